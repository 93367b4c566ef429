package io.unipile.conformance.wire;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountConnected;
import io.unipile.accounts.AccountFeature;
import io.unipile.accounts.AccountProxy;
import io.unipile.accounts.AccountRestart;
import io.unipile.accounts.AccountResync;
import io.unipile.accounts.AccountSyncStatus;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.CheckpointRequired;
import io.unipile.accounts.CheckpointResent;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.ContractChooserCheckpoint;
import io.unipile.accounts.GoogleOAuthCredentials;
import io.unipile.accounts.HostedAuthLink;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.HostedAuthOption;
import io.unipile.accounts.HostedAuthProvider;
import io.unipile.accounts.HostedAuthProviders;
import io.unipile.accounts.ImapCredentials;
import io.unipile.accounts.ImapEncryption;
import io.unipile.accounts.InstagramCredentials;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.accounts.LinkedInProduct;
import io.unipile.accounts.MailSyncLimit;
import io.unipile.accounts.MessagingSyncLimit;
import io.unipile.accounts.MessengerCredentials;
import io.unipile.accounts.OutlookCredentials;
import io.unipile.accounts.ProxyProtocol;
import io.unipile.accounts.QrCodeCheckpoint;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.ResyncAccountRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.accounts.SyncLimit;
import io.unipile.accounts.TelegramCredentials;
import io.unipile.accounts.TwitterCredentials;
import io.unipile.accounts.TwoFactorCheckpoint;
import io.unipile.accounts.TwoFactorSource;
import io.unipile.accounts.WhatsAppCredentials;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.errors.AuthenticationException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.resilience.Sleeper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport must put on the wire for the Accounts operations that connect accounts (hosted auth link,
 * connect, reconnect, solve and resend a checkpoint, restart, resync), and how each reply is read back: the spec's
 * examples of each operation's 2xx reply, and the 202 checkpoint replies Unipile sends besides. A transport's test
 * extends this class.
 */
public abstract class AccountsWireSuite extends WireSuiteBase {
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static final Instant EXPIRES = Instant.parse("2030-06-01T12:30:00.250Z");

    private static String example(String name) {
        return resource("accounts/" + name + ".json");
    }

    private static Reply created() {
        return Reply.json(201, example("connect-account"));
    }

    private static ImapCredentials imap() {
        return ImapCredentials.builder().imapHost("imap.example.com").imapPort(993).imapEncryption(ImapEncryption.SSL)
                .smtpHost("smtp.example.com").smtpPort(587).login("jane@example.com", PASSWORD).build();
    }

    /** The request as received: a JSON POST of the common headers to {@code path}. */
    private Recorded jsonPost(String path) throws InterruptedException {
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo(path);
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length));
        assertCommonHeaders(r);
        return r;
    }

    @Test
    void connectSendsEachProvidersCredentialsAndOptionsAsJson() throws Exception {
        AccountProxy proxy = AccountProxy.builder("proxy.example", 3128).protocol(ProxyProtocol.HTTP)
                .username("px").password("px-pass").build();
        Map<ConnectAccountRequest, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put(ConnectAccountRequest.builder(LinkedInCredentials.basic("jane@example.com", PASSWORD))
                        .country("FR").ip("192.0.2.10").disableFeature(AccountFeature.LINKEDIN_RECRUITER)
                        .disableFeature(AccountFeature.LINKEDIN_ORGANIZATIONS_MAILBOXES).proxy(proxy)
                        .userAgent("Mozilla/5.0 (X11)").recruiterContractId("contract-7")
                        .syncLimit(MessagingSyncLimit.builder().chats(SyncLimit.count(100))
                                .messages(SyncLimit.since(Instant.parse("2025-01-02T03:04:05.006Z"))).build())
                        .build(),
                "{\"provider\":\"LINKEDIN\",\"username\":\"jane@example.com\",\"password\":\"" + PASSWORD + "\","
                        + "\"country\":\"FR\",\"ip\":\"192.0.2.10\","
                        + "\"disabled_features\":[\"linkedin_recruiter\",\"linkedin_organizations_mailboxes\"],"
                        + "\"proxy\":{\"protocol\":\"http\",\"host\":\"proxy.example\",\"port\":3128,"
                        + "\"username\":\"px\",\"password\":\"px-pass\"},\"user_agent\":\"Mozilla/5.0 (X11)\","
                        + "\"recruiter_contract_id\":\"contract-7\","
                        + "\"sync_limit\":{\"chats\":100,\"messages\":\"2025-01-02T03:04:05.006Z\"}}");
        bodies.put(ConnectAccountRequest.of(LinkedInCredentials.cookie("AQEDli_at", "AQJli_a")),
                "{\"provider\":\"LINKEDIN\",\"access_token\":\"AQEDli_at\",\"premium_token\":\"AQJli_a\"}");
        bodies.put(ConnectAccountRequest.builder(WhatsAppCredentials.qrCode()).country("BR")
                        .proxy(AccountProxy.builder("10.0.0.1", 1080).build()).build(),
                "{\"provider\":\"WHATSAPP\",\"country\":\"BR\",\"proxy\":{\"host\":\"10.0.0.1\",\"port\":1080}}");
        bodies.put(ConnectAccountRequest.builder(InstagramCredentials.of("jane.doe", PASSWORD)).userAgent("UA")
                        .syncLimit(MessagingSyncLimit.builder().messages(SyncLimit.count(0)).build()).build(),
                "{\"provider\":\"INSTAGRAM\",\"username\":\"jane.doe\",\"password\":\"" + PASSWORD + "\","
                        + "\"user_agent\":\"UA\",\"sync_limit\":{\"messages\":0}}");
        bodies.put(ConnectAccountRequest.of(MessengerCredentials.of("jane", PASSWORD)),
                "{\"provider\":\"MESSENGER\",\"username\":\"jane\",\"password\":\"" + PASSWORD + "\"}");
        bodies.put(ConnectAccountRequest.builder(imap()).mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC).build(),
                "{\"provider\":\"MAIL\",\"imap_user\":\"jane@example.com\",\"imap_password\":\"" + PASSWORD + "\","
                        + "\"imap_host\":\"imap.example.com\",\"imap_port\":993,\"imap_encryption\":\"ssl\","
                        + "\"smtp_user\":\"jane@example.com\",\"smtp_password\":\"" + PASSWORD + "\","
                        + "\"smtp_host\":\"smtp.example.com\",\"smtp_port\":587,\"sync_limit\":\"NO_HISTORY_SYNC\"}");
        bodies.put(ConnectAccountRequest.of(GoogleOAuthCredentials.builder().accessToken("ya29.a0")
                        .refreshToken("1//0g").build()),
                "{\"provider\":\"GOOGLE_OAUTH\",\"access_token\":\"ya29.a0\",\"refresh_token\":\"1//0g\"}");
        bodies.put(ConnectAccountRequest.of(TelegramCredentials.qrCode("cloud-pass")),
                "{\"provider\":\"TELEGRAM\",\"password\":\"cloud-pass\"}");
        bodies.put(ConnectAccountRequest.builder(OutlookCredentials.builder().accessToken("EwB").refreshToken("M.C")
                        .username("jane@contoso.com").id("00000000-0000-0000-0000-000000000001").build())
                        .mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC).disableFeature(AccountFeature.of("calendar"))
                        .build(),
                "{\"provider\":\"OUTLOOK\",\"access_token\":\"EwB\",\"refresh_token\":\"M.C\","
                        + "\"username\":\"jane@contoso.com\",\"id\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"disabled_features\":[\"calendar\"],\"sync_limit\":\"NO_HISTORY_SYNC\"}");
        bodies.put(ConnectAccountRequest.of(TwitterCredentials.builder().username("jdoe").email("jane@example.com")
                        .password(PASSWORD).build()),
                "{\"provider\":\"TWITTER\",\"username\":\"jdoe\",\"email\":\"jane@example.com\","
                        + "\"password\":\"" + PASSWORD + "\"}");
        for (int i = 0; i < bodies.size(); i++) {
            server.enqueue(created());
        }

        List<ConnectionResult> results = new ArrayList<>();
        for (ConnectAccountRequest request : bodies.keySet()) {
            results.add(client.accounts().connect(request));
        }

        for (String body : bodies.values()) {
            assertThat(jsonPost("/api/v1/accounts").bodyText()).isEqualTo(body);
        }
        assertThat(results).containsOnly(new AccountConnected("AccountCreated", "string", Map.of()));
    }

    @Test
    void aConnectionAnsweredWithACheckpointIsTypedWithItsProvider() throws Exception {
        server.enqueue(
                Reply.json(202, "{\"object\":\"Checkpoint\",\"account_id\":\"wa_1\","
                        + "\"checkpoint\":{\"type\":\"QRCODE\",\"qrcode\":\"2@Zm9v,YmFy==,1\"}}"),
                Reply.json(202, "{\"object\":\"Checkpoint\",\"account_id\":\"li_1\","
                        + "\"checkpoint\":{\"type\":\"2FA\",\"source\":\"APP\"}}"));

        ConnectionResult whatsapp = client.accounts().connect(ConnectAccountRequest.of(WhatsAppCredentials.qrCode()));
        ConnectionResult linkedIn = client.accounts().connectAsync(ConnectAccountRequest.of(
                LinkedInCredentials.basic("jane@example.com", PASSWORD))).get();

        CheckpointRequired qr = (CheckpointRequired) whatsapp;
        assertThat(qr.accountId()).isEqualTo("wa_1");
        assertThat(qr.provider()).isEqualTo(AccountType.WHATSAPP);
        assertThat(qr.checkpoint()).isEqualTo(new QrCodeCheckpoint("2@Zm9v,YmFy==,1", Map.of()));
        CheckpointRequired twoFactor = (CheckpointRequired) linkedIn;
        assertThat(twoFactor.provider()).isEqualTo(AccountType.LINKEDIN);
        assertThat(twoFactor.checkpoint()).isEqualTo(new TwoFactorCheckpoint(TwoFactorSource.APP, Map.of()));
        assertThat(jsonPost("/api/v1/accounts").bodyText()).isEqualTo("{\"provider\":\"WHATSAPP\"}");
        assertThat(jsonPost("/api/v1/accounts").bodyText()).contains("\"provider\":\"LINKEDIN\"");
    }

    @Test
    void reconnectPostsTheCredentialsToTheAccount() throws Exception {
        server.enqueue(Reply.json(201, example("reconnect-account")), Reply.json(201, example("reconnect-account")));

        ConnectionResult reconnected = client.accounts().reconnect("acc/1 x",
                ConnectAccountRequest.of(LinkedInCredentials.cookie("AQEDnew")));
        ConnectionResult async = client.accounts().reconnectAsync("acc_2", ConnectAccountRequest.builder(imap())
                .mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC).build()).get();

        assertThat(reconnected).isEqualTo(new AccountConnected("AccountReconnected", "string", Map.of()));
        assertThat(((AccountConnected) async).reconnected()).isTrue();
        assertThat(jsonPost("/api/v1/accounts/acc%2F1%20x").bodyText())
                .isEqualTo("{\"provider\":\"LINKEDIN\",\"access_token\":\"AQEDnew\"}");
        assertThat(jsonPost("/api/v1/accounts/acc_2").bodyText()).startsWith("{\"provider\":\"MAIL\",")
                .endsWith(",\"sync_limit\":\"NO_HISTORY_SYNC\"}");
    }

    @Test
    void aCheckpointIsSolvedAndResentAndMayLeadToAnother() throws Exception {
        server.enqueue(
                Reply.json(202, "{\"object\":\"Checkpoint\",\"account_id\":\"li_1\",\"checkpoint\":"
                        + "{\"type\":\"CONTRACT_CHOOSER\","
                        + "\"contract_options\":[{\"id\":\"ct_1\",\"name\":\"Talent\"}]}}"),
                Reply.json(201, example("solve-checkpoint")),
                Reply.json(200, example("resend-checkpoint")),
                Reply.json(201, example("solve-checkpoint")));

        CheckpointRequired first = (CheckpointRequired) client.accounts().solveCheckpoint(SolveCheckpointRequest
                .builder().accountId("li_1").provider(AccountType.LINKEDIN).code("123456").build());
        ContractChooserCheckpoint chooser = (ContractChooserCheckpoint) first.checkpoint();
        ConnectionResult done = client.accounts().solveCheckpoint(SolveCheckpointRequest.of(first,
                chooser.contractOptions().get(0).id()));
        CheckpointResent resent = client.accounts().resendCheckpoint(ResendCheckpointRequest.of(first));
        ConnectionResult async = client.accounts().solveCheckpointAsync(SolveCheckpointRequest.builder()
                .accountId("ig 1").provider(AccountType.INSTAGRAM).code("(+33)0612345678").build()).get();

        assertThat(first.provider()).isEqualTo(AccountType.LINKEDIN);
        assertThat(done).isEqualTo(new AccountConnected("AccountCreated", "string", Map.of()));
        assertThat(resent).isEqualTo(new CheckpointResent("CheckpointResend", "string", true, Map.of()));
        assertThat(async.accountId()).isEqualTo("string");
        assertThat(jsonPost("/api/v1/accounts/checkpoint").bodyText())
                .isEqualTo("{\"account_id\":\"li_1\",\"provider\":\"LINKEDIN\",\"code\":\"123456\"}");
        assertThat(jsonPost("/api/v1/accounts/checkpoint").bodyText())
                .isEqualTo("{\"account_id\":\"li_1\",\"provider\":\"LINKEDIN\",\"code\":\"ct_1\"}");
        assertThat(jsonPost("/api/v1/accounts/checkpoint/resend").bodyText())
                .isEqualTo("{\"account_id\":\"li_1\",\"provider\":\"LINKEDIN\"}");
        assertThat(jsonPost("/api/v1/accounts/checkpoint").bodyText())
                .isEqualTo("{\"account_id\":\"ig 1\",\"provider\":\"INSTAGRAM\",\"code\":\"(+33)0612345678\"}");
    }

    @Test
    void aWrongCodeIsAnAuthenticationError() throws Exception {
        server.enqueue(Reply.json(401, "{\"title\":\"Invalid checkpoint solution\",\"detail\":\"The checkpoint "
                + "resolution did not pass successfully. Please retry.\","
                + "\"type\":\"errors/invalid_checkpoint_solution\","
                + "\"status\":401}"));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> client.accounts().solveCheckpoint(SolveCheckpointRequest.builder().accountId("li_1")
                        .provider(AccountType.LINKEDIN).code("000000").build()));

        assertThat(e.errorCode()).contains("invalid_checkpoint_solution");
        assertThat(e.path()).isEqualTo("/accounts/checkpoint");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/accounts/checkpoint");
    }

    @Test
    void restartPostsNothingAndReadsBothOutcomes() throws Exception {
        server.enqueue(Reply.json(200, example("restart-account")),
                Reply.json(200, "{\"object\":\"AccountFailedToRestart\"}"));

        AccountRestart restarted = client.accounts().restart("acc 1");
        AccountRestart failed = client.accounts().restartAsync("acc_2").get();

        assertThat(restarted.restarted()).isTrue();
        assertThat(failed.restarted()).isFalse();
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts/acc%201/restart");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/accounts/acc_2/restart");
    }

    @Test
    void resyncSendsEveryQueryParameterWithTheTimesInEpochMillis() throws Exception {
        server.enqueue(Reply.json(200, example("resync-account")),
                Reply.json(200, "{\"object\":\"AccountResync\",\"status\":\"CHUNK_DONE\"}"));

        AccountResync started = client.accounts().resync("acc/1", ResyncAccountRequest.builder().chunkSize(20)
                .partial(true).linkedinProduct(LinkedInProduct.SALES_NAVIGATOR)
                .before(Instant.ofEpochMilli(1_700_000_000_123L)).after(Instant.ofEpochMilli(1_600_000_000_000L))
                .build());
        AccountResync polled = client.accounts().resyncAsync("acc_2", ResyncAccountRequest.builder().build()).get();

        assertThat(started.status()).isEqualTo(AccountSyncStatus.SYNC_STARTED);
        assertThat(polled.status()).isEqualTo(AccountSyncStatus.CHUNK_DONE);
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts/acc%2F1/sync");
        assertThat(r.rawQuery()).isEqualTo("chunk_size=20&partial=true&linkedin_product=sales_navigator"
                + "&before=1700000000123&after=1600000000000");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        Recorded plain = server.takeRequest();
        assertThat(plain.rawPath()).isEqualTo("/api/v1/accounts/acc_2/sync");
        assertThat(plain.rawQuery()).isNull();
    }

    @Test
    void hostedAuthLinksAreCreatedWithEveryOption() throws Exception {
        server.enqueue(Reply.json(200, example("hosted-auth-link")),
                Reply.json(200, "{\"object\":\"HostedAuthUrl\",\"url\":\"https://account.unipile.com/pqBX4xzj\"}"),
                Reply.json(200, example("hosted-auth-link")));

        HostedAuthLink create = client.accounts().createHostedAuthLink(HostedAuthLinkRequest
                .create(HostedAuthProviders.of(HostedAuthProvider.LINKEDIN, HostedAuthProvider.GOOGLE))
                .expiresOn(EXPIRES).apiUrl("https://api8.unipile.com:13851").name("user-42")
                .successRedirectUrl("https://app.example.com/ok").failureRedirectUrl("https://app.example.com/ko")
                .notifyUrl("https://app.example.com/unipile/notify?tenant=7").bypassSuccessScreen(true)
                .disableFeature(AccountFeature.LINKEDIN_SALES_NAVIGATOR)
                .disableOption(HostedAuthOption.PROXY).disableOption(HostedAuthOption.COOKIE_AUTH)
                .proxy(AccountProxy.builder("proxy.example", 8080).protocol(ProxyProtocol.SOCKS5).build())
                .syncLimit(MessagingSyncLimit.builder().chats(SyncLimit.count(10)).build())
                .mailSyncLimit(MailSyncLimit.NO_HISTORY_SYNC)
                .build());
        HostedAuthLink reconnect = client.accounts().createHostedAuthLinkAsync(HostedAuthLinkRequest
                .reconnect("acc_1").expiresOn(EXPIRES).apiUrl("https://api8.unipile.com:13851").build()).get();
        client.accounts().createHostedAuthLink(HostedAuthLinkRequest.create(HostedAuthProviders.ALL_CALENDAR)
                .expiresOn(EXPIRES).apiUrl("https://api8.unipile.com:13851").build());

        assertThat(create).isEqualTo(new HostedAuthLink("HostedAuthUrl", "string", Map.of()));
        assertThat(reconnect.url()).isEqualTo("https://account.unipile.com/pqBX4xzj");
        assertThat(jsonPost("/api/v1/hosted/accounts/link").bodyText()).isEqualTo("{\"type\":\"create\","
                + "\"providers\":[\"LINKEDIN\",\"GOOGLE\"],\"expiresOn\":\"2030-06-01T12:30:00.250Z\","
                + "\"api_url\":\"https://api8.unipile.com:13851\",\"name\":\"user-42\","
                + "\"success_redirect_url\":\"https://app.example.com/ok\","
                + "\"failure_redirect_url\":\"https://app.example.com/ko\","
                + "\"notify_url\":\"https://app.example.com/unipile/notify?tenant=7\",\"bypass_success_screen\":true,"
                + "\"disabled_features\":[\"linkedin_sales_navigator\"],"
                + "\"disabled_options\":[\"proxy\",\"cookie_auth\"],"
                + "\"proxy\":{\"protocol\":\"socks5\",\"host\":\"proxy.example\",\"port\":8080},"
                + "\"sync_limit\":{\"MAILING\":\"NO_HISTORY_SYNC\",\"MESSAGING\":{\"chats\":10}}}");
        assertThat(jsonPost("/api/v1/hosted/accounts/link").bodyText()).isEqualTo("{\"type\":\"reconnect\","
                + "\"reconnect_account\":\"acc_1\",\"expiresOn\":\"2030-06-01T12:30:00.250Z\","
                + "\"api_url\":\"https://api8.unipile.com:13851\"}");
        assertThat(jsonPost("/api/v1/hosted/accounts/link").bodyText()).isEqualTo("{\"type\":\"create\","
                + "\"providers\":\"*:CALENDAR\",\"expiresOn\":\"2030-06-01T12:30:00.250Z\","
                + "\"api_url\":\"https://api8.unipile.com:13851\"}");
    }

    @Test
    void writesAreNotResentAfterTheyMayHaveReachedTheServerButAResyncIs() throws Exception {
        Reply unavailable = Reply.json(503, "{\"title\":\"Service unavailable\","
                + "\"type\":\"errors/service_unavailable\",\"status\":503}");
        server.otherwise(unavailable);
        try (UnipileClient retrying = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .disableCircuitBreaker().sleeper(Sleeper.NONE).requestTimeout(Duration.ofSeconds(10))
                .transport(transportProvider()).build()) {
            List<Runnable> writes = List.of(
                    () -> retrying.accounts().connect(ConnectAccountRequest.of(WhatsAppCredentials.qrCode())),
                    () -> retrying.accounts().reconnect("a", ConnectAccountRequest.of(WhatsAppCredentials.qrCode())),
                    () -> retrying.accounts().solveCheckpoint(SolveCheckpointRequest.builder().accountId("a")
                            .provider(AccountType.LINKEDIN).code("123456").build()),
                    () -> retrying.accounts().resendCheckpoint(ResendCheckpointRequest.builder().accountId("a")
                            .provider(AccountType.LINKEDIN).build()),
                    () -> retrying.accounts().restart("a"),
                    () -> retrying.accounts().createHostedAuthLink(HostedAuthLinkRequest.reconnect("a")
                            .expiresOn(EXPIRES).apiUrl("https://api8.unipile.com:13851").build()));
            for (Runnable write : writes) {
                ServerException e = catchThrowableOfType(ServerException.class, write::run);
                assertThat(e.details().isOutcomeUnknown()).isTrue();
                server.takeRequest();
                assertThat(server.pendingRequests()).as("one attempt only").isZero();
            }

            catchThrowableOfType(ServerException.class, () -> retrying.accounts().resync("a"));
            assertThat(server.drain()).as("a resync is retried").hasSizeGreaterThan(1);
        }
    }

    @Test
    void secretsSentAreNeverShownInErrors() {
        server.enqueue(Reply.json(400, "{\"title\":\"Invalid parameters\",\"detail\":\"proxy.password px-Secret-9 "
                + "and premium_token AQJpremium are invalid\",\"type\":\"errors/invalid_parameters\",\"status\":400}"),
                Reply.json(401, "{\"title\":\"Wrong code 987654\",\"type\":\"errors/invalid_checkpoint_solution\","
                        + "\"status\":401}"));

        UnipileApiException connect = catchThrowableOfType(UnipileApiException.class,
                () -> client.accounts().connect(ConnectAccountRequest.builder(
                                LinkedInCredentials.cookie("AQEDli_at", "AQJpremium"))
                        .proxy(AccountProxy.builder("p", 1).password("px-Secret-9").build()).build()));
        UnipileApiException solve = catchThrowableOfType(UnipileApiException.class,
                () -> client.accounts().solveCheckpoint(SolveCheckpointRequest.builder().accountId("a")
                        .provider(AccountType.LINKEDIN).code("987654").build()));

        for (UnipileApiException e : List.of(connect, solve)) {
            assertThat(e.getMessage()).contains("[REDACTED]").doesNotContain("px-Secret-9").doesNotContain("AQJpremium")
                    .doesNotContain("987654").doesNotContain(API_KEY);
            assertThat(e.bodyExcerpt()).doesNotContain("px-Secret-9").doesNotContain("AQJpremium")
                    .doesNotContain("987654");
        }
    }
}
