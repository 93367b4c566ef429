package io.unipile.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request types of the connection operations: checked when built, naming the field in the library's spelling;
 * options a provider does not take refused; immutable; no secret in {@code toString()} or in a message.
 */
class AccountRequestsTest {
    private static final String SECRET = "pa55-w0rd-Zq";
    private static final Instant IN_AN_HOUR = Instant.parse("2030-01-01T10:00:00Z");

    private static ImapCredentials.Builder imap() {
        return ImapCredentials.builder().imapHost("imap.example.com").imapPort(993).imapEncryption(ImapEncryption.SSL)
                .smtpHost("smtp.example.com").smtpPort(465).login("jane@example.com", SECRET);
    }

    @Test
    void credentialsNameTheMissingField() {
        assertThatThrownBy(() -> LinkedInCredentials.basic(null, SECRET)).hasMessage("username is required");
        assertThatThrownBy(() -> LinkedInCredentials.basic("jane", " ")).hasMessage("password must not be blank");
        assertThatThrownBy(() -> LinkedInCredentials.cookie("")).hasMessage("accessToken must not be blank");
        assertThatThrownBy(() -> LinkedInCredentials.cookie("li_at", " ")).hasMessage("premiumToken must not be blank");
        assertThatThrownBy(() -> InstagramCredentials.of("jane", null)).hasMessage("password is required");
        assertThatThrownBy(() -> MessengerCredentials.of(null, SECRET)).hasMessage("username is required");
        assertThatThrownBy(() -> TwitterCredentials.builder().username("j").password(SECRET).build())
                .hasMessage("email is required");
        assertThatThrownBy(() -> TwitterCredentials.builder().username("j").email("jane").password(SECRET).build())
                .hasMessageContaining("email must be an e-mail address");
        assertThatThrownBy(() -> imap().imapPassword(null).build()).hasMessage("imapPassword is required");
        assertThatThrownBy(() -> imap().smtpPort(0).build()).hasMessage("smtpPort must be between 1 and 65535 but was 0");
        assertThatThrownBy(() -> imap().imapEncryption(null).build()).hasMessage("imapEncryption is required");
        assertThatThrownBy(() -> GoogleOAuthCredentials.builder().accessToken("a").build())
                .hasMessage("refreshToken is required");
        assertThatThrownBy(() -> OutlookCredentials.builder().accessToken("a").refreshToken("r").username("u").build())
                .hasMessage("id is required");
        assertThatThrownBy(() -> TelegramCredentials.qrCode("")).hasMessage("password must not be blank");
    }

    @Test
    void eachCredentialsTypeSaysItsProvider() {
        assertThat(List.of(LinkedInCredentials.basic("j", SECRET), LinkedInCredentials.cookie(SECRET),
                WhatsAppCredentials.qrCode(), InstagramCredentials.of("j", SECRET), MessengerCredentials.of("j", SECRET),
                imap().build(), GoogleOAuthCredentials.builder().accessToken("a").refreshToken("r").build(),
                TelegramCredentials.qrCode(), OutlookCredentials.builder().accessToken("a").refreshToken("r")
                        .username("u").id("i").build(),
                TwitterCredentials.builder().username("j").email("j@x.org").password(SECRET).build()))
                .extracting(AccountCredentials::provider)
                .containsExactly(AccountType.LINKEDIN, AccountType.LINKEDIN, AccountType.WHATSAPP,
                        AccountType.INSTAGRAM, AccountType.MESSENGER, AccountType.MAIL, AccountType.GOOGLE_OAUTH,
                        AccountType.TELEGRAM, AccountType.OUTLOOK, AccountType.TWITTER);
    }

    @Test
    void noSecretAppearsInToString() {
        AccountProxy proxy = AccountProxy.builder("proxy.example", 8080).protocol(ProxyProtocol.SOCKS5)
                .username("p").password(SECRET).build();
        List<Object> withSecrets = List.of(
                ConnectAccountRequest.builder(LinkedInCredentials.basic("jane@example.com", SECRET)).proxy(proxy)
                        .build(),
                LinkedInCredentials.cookie(SECRET, SECRET + "-premium"),
                InstagramCredentials.of("jane", SECRET), MessengerCredentials.of("jane", SECRET), imap().build(),
                GoogleOAuthCredentials.builder().accessToken(SECRET).refreshToken(SECRET).build(),
                OutlookCredentials.builder().accessToken(SECRET).refreshToken(SECRET).username("u").id("i").build(),
                TwitterCredentials.builder().username("j").email("j@x.org").password(SECRET).build(),
                TelegramCredentials.qrCode(SECRET), proxy,
                SolveCheckpointRequest.builder().accountId("a").provider(AccountType.LINKEDIN).code(SECRET).build(),
                HostedAuthLinkRequest.create(HostedAuthProviders.ALL).expiresOn(IN_AN_HOUR)
                        .apiUrl("https://api1.unipile.com:13153").proxy(proxy).build());
        for (Object o : withSecrets) {
            assertThat(o.toString()).as(o.getClass().getSimpleName()).doesNotContain(SECRET).contains("[REDACTED]");
        }
        assertThat(withSecrets.get(0).toString()).contains("jane@example.com").contains("proxy.example");
    }

    @Test
    void badValuesAreNamedWithoutEchoingSecrets() {
        assertThatThrownBy(() -> AccountProxy.builder("h", 70_000).password(SECRET).build())
                .hasMessage("proxy.port must be between 1 and 65535 but was 70000");
        assertThatThrownBy(() -> AccountProxy.builder("h", 80).password(" ").build())
                .hasMessage("proxy.password must not be blank");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(imap().build()).proxy(AccountProxy.builder("h", 80)
                .password(SECRET).build()).build()).hasMessageNotContaining(SECRET);
    }

    @Test
    void optionsAProviderDoesNotTakeAreRefusedNamingThem() {
        AccountProxy proxy = AccountProxy.builder("proxy.example", 8080).build();
        MessagingSyncLimit fifty = MessagingSyncLimit.builder().chats(SyncLimit.count(50)).build();

        assertThatThrownBy(() -> ConnectAccountRequest.builder(imap().build()).proxy(proxy).build())
                .hasMessage("proxy is not taken for MAIL accounts, only for LINKEDIN, WHATSAPP and INSTAGRAM");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(LinkedInCredentials.cookie("t"))
                .mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC).build()).hasMessageStartingWith("mailSyncLimit");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(imap().build()).syncLimit(fifty).build())
                .hasMessageStartingWith("syncLimit is not taken for MAIL");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(WhatsAppCredentials.qrCode()).userAgent("UA").build())
                .hasMessageStartingWith("userAgent is not taken for WHATSAPP");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(InstagramCredentials.of("j", SECRET))
                .recruiterContractId("c").build()).hasMessageStartingWith("recruiterContractId");

        ConnectAccountRequest linkedIn = ConnectAccountRequest.builder(LinkedInCredentials.basic("j", SECRET))
                .proxy(proxy).userAgent("UA").recruiterContractId("c").syncLimit(fifty).country("fr")
                .ip("192.0.2.1").disableFeature(AccountFeature.LINKEDIN_SALES_NAVIGATOR).build();
        assertThat(linkedIn.provider()).isEqualTo(AccountType.LINKEDIN);
        assertThat(linkedIn.toBuilder().build()).isEqualTo(linkedIn).hasSameHashCodeAs(linkedIn);
        assertThat(ConnectAccountRequest.builder(imap().build()).mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC).build()
                .mailSyncLimit()).isEqualTo(MailSyncLimit.NO_HISTORY_SYNC);
    }

    @Test
    void countryIpAndFeaturesAreChecked() {
        ConnectAccountRequest.Builder b = ConnectAccountRequest.builder(WhatsAppCredentials.qrCode());
        assertThatThrownBy(() -> b.country("FRA").build()).hasMessageContaining("country must be an ISO 3166-1");
        assertThatThrownBy(() -> b.country(null).ip("256.1.1.1").build()).hasMessageContaining("ip must be an IPv4");
        assertThatThrownBy(() -> b.ip("::1").build()).hasMessageContaining("ip");
        assertThatThrownBy(() -> b.ip(null).disableFeature(null).build()).hasMessage("disabledFeatures[0] is required");
        assertThatThrownBy(() -> ConnectAccountRequest.builder(null).build()).hasMessage("credentials is required");
    }

    @Test
    void requestsAreImmutable() {
        List<AccountFeature> features = new ArrayList<>(List.of(AccountFeature.LINKEDIN_RECRUITER));
        ConnectAccountRequest r = ConnectAccountRequest.builder(LinkedInCredentials.cookie("t"))
                .disabledFeatures(features).build();
        features.clear();
        assertThat(r.disabledFeatures()).containsExactly(AccountFeature.LINKEDIN_RECRUITER);
        assertThatThrownBy(() -> r.disabledFeatures().add(AccountFeature.LINKEDIN_RECRUITER))
                .isInstanceOf(UnsupportedOperationException.class);
        List<HostedAuthProvider> providers = new ArrayList<>(List.of(HostedAuthProvider.GOOGLE));
        HostedAuthProviders chosen = HostedAuthProviders.of(providers);
        providers.add(HostedAuthProvider.MAIL);
        assertThat(chosen.providers()).containsExactly(HostedAuthProvider.GOOGLE);
    }

    @Test
    void syncLimitsAreChecked() {
        assertThatThrownBy(() -> SyncLimit.count(-1)).hasMessage("quantity must be 0 or more but was -1");
        assertThatThrownBy(() -> SyncLimit.since(null)).hasMessage("startTime is required");
        assertThatThrownBy(() -> MessagingSyncLimit.builder().build()).hasMessageContaining("chats, messages");
        MessagingSyncLimit both = MessagingSyncLimit.builder().chats(SyncLimit.since(IN_AN_HOUR))
                .messages(SyncLimit.count(0)).build();
        assertThat(both.chats().startTime()).isEqualTo(IN_AN_HOUR);
        assertThat(both.messages().quantity()).isZero();
        assertThat(both.toBuilder().build()).isEqualTo(both);
    }

    @Test
    void hostedLinksOfEachTypeTakeTheirOwnFields() {
        HostedAuthLinkRequest.Builder create = HostedAuthLinkRequest.create(HostedAuthProviders.ALL_MESSAGING)
                .expiresOn(IN_AN_HOUR).apiUrl("https://api1.unipile.com:13153");
        assertThat(create.build().type()).isEqualTo(HostedAuthLinkType.CREATE);
        assertThatThrownBy(() -> create.apiUrl(null).build()).hasMessage("apiUrl is required");
        assertThatThrownBy(() -> create.apiUrl("api1.unipile.com").build())
                .hasMessageContaining("apiUrl must be an absolute http or https URL");
        assertThatThrownBy(() -> create.apiUrl("https://a.example").expiresOn(null).build())
                .hasMessage("expiresOn is required");
        assertThatThrownBy(() -> create.expiresOn(IN_AN_HOUR).reconnectAccount("acc").build())
                .hasMessageContaining("reconnectAccount is for reconnect links");
        assertThatThrownBy(() -> create.reconnectAccount(null).providers(null).build())
                .hasMessage("providers is required");
        assertThatThrownBy(() -> create.providers(HostedAuthProviders.ALL).notifyUrl("ftp://x").build())
                .hasMessageContaining("notifyUrl");
        assertThatThrownBy(() -> create.notifyUrl(null).successRedirectUrl("/ok").build())
                .hasMessageContaining("successRedirectUrl");
        assertThatThrownBy(() -> create.successRedirectUrl(null).name(" ").build()).hasMessage("name must not be blank");

        HostedAuthLinkRequest.Builder reconnect = HostedAuthLinkRequest.reconnect("acc_1").expiresOn(IN_AN_HOUR)
                .apiUrl("https://api1.unipile.com:13153");
        assertThat(reconnect.build().reconnectAccount()).isEqualTo("acc_1");
        assertThat(reconnect.build().toBuilder().build()).isEqualTo(reconnect.build());
        assertThatThrownBy(() -> reconnect.providers(HostedAuthProviders.ALL).build())
                .hasMessageContaining("providers is for create links");
        assertThatThrownBy(() -> HostedAuthLinkRequest.reconnect(" ").expiresOn(IN_AN_HOUR).apiUrl("https://a.b")
                .build()).hasMessage("reconnectAccount must not be blank");
        assertThatThrownBy(() -> HostedAuthProviders.of()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> HostedAuthProviders.of(HostedAuthProvider.MAIL, HostedAuthProvider.MAIL))
                .hasMessageContaining("must not repeat");
    }

    @Test
    void checkpointRequestsAreMadeFromTheCheckpointAndChecked() {
        CheckpointRequired required = new CheckpointRequired("Checkpoint", "acc_1", AccountType.LINKEDIN,
                new TwoFactorCheckpoint(TwoFactorSource.APP, null), null);

        SolveCheckpointRequest solve = SolveCheckpointRequest.of(required, "123456");
        assertThat(solve.accountId()).isEqualTo("acc_1");
        assertThat(solve.provider()).isEqualTo(AccountType.LINKEDIN);
        assertThat(solve.code()).isEqualTo("123456");
        assertThat(SolveCheckpointRequest.tryAnotherWay(required).code()).isEqualTo("TRY_ANOTHER_WAY");
        assertThat(ResendCheckpointRequest.of(required).accountId()).isEqualTo("acc_1");
        assertThat(solve.toBuilder().build()).isEqualTo(solve);

        assertThatThrownBy(() -> SolveCheckpointRequest.of(required, " ")).hasMessage("code must not be blank");
        assertThatThrownBy(() -> SolveCheckpointRequest.builder().provider(AccountType.LINKEDIN).code("1").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> SolveCheckpointRequest.builder().accountId("a").provider(AccountType.WHATSAPP)
                .code("1").build()).hasMessageContaining("provider WHATSAPP");
        assertThatThrownBy(() -> ResendCheckpointRequest.builder().accountId("a").provider(AccountType.TWITTER)
                .build()).hasMessageContaining("provider TWITTER");
        assertThatThrownBy(() -> ResendCheckpointRequest.builder().accountId("a").build())
                .hasMessage("provider is required");
        // A provider this version does not know may have gained checkpoints: it passes.
        assertThat(ResendCheckpointRequest.builder().accountId("a").provider(AccountType.of("THREADS")).build()
                .provider().value()).isEqualTo("THREADS");
    }

    @Test
    void resyncChecksTheChunkSizeAndSendsMillis() {
        assertThatThrownBy(() -> ResyncAccountRequest.builder().chunkSize(0).build())
                .hasMessage("chunkSize must be at least 1 but was 0");
        ResyncAccountRequest r = ResyncAccountRequest.builder().before(Instant.ofEpochMilli(1_700_000_000_123L))
                .after(Instant.ofEpochMilli(1_600_000_000_000L)).build();
        assertThat(r.beforeMillis()).isEqualTo(1_700_000_000_123L);
        assertThat(r.afterMillis()).isEqualTo(1_600_000_000_000L);
        assertThat(ResyncAccountRequest.builder().build().beforeMillis()).isNull();
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }
}
