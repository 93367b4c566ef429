package io.unipile.accounts;

import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AccountTest {
    private static final TypeReference<Page<Account>> PAGE = new TypeReference<>() {
    };
    private static final Instant SPEC_INSTANT = Instant.parse("2025-12-31T23:59:59.999Z");

    @Test
    void specListExampleTypesEachOfTheFourteenShapes() throws IOException {
        Page<Account> page = Json.mapper().readValue(resource("/spec/examples/list-accounts.json"), PAGE);

        assertThat(page.object()).isEqualTo("AccountList");
        assertThat(page.cursor()).isNull();
        assertThat(page.items()).extracting(Account::type).containsExactly(
                AccountType.MOBILE, AccountType.MAIL, AccountType.GOOGLE_OAUTH, AccountType.ICLOUD,
                AccountType.OUTLOOK, AccountType.GOOGLE_CALENDAR, AccountType.WHATSAPP, AccountType.LINKEDIN,
                AccountType.SLACK, AccountType.TWITTER, AccountType.EXCHANGE, AccountType.TELEGRAM,
                AccountType.INSTAGRAM, AccountType.MESSENGER);
        assertThat(page.items()).extracting(a -> (Object) a.connectionParams().getClass()).containsExactly(
                MobileConnectionParams.class, MailConnectionParams.class, MailCalendarConnectionParams.class,
                MailConnectionParams.class, MailCalendarConnectionParams.class, GoogleCalendarConnectionParams.class,
                WhatsAppConnectionParams.class, LinkedInConnectionParams.class, SlackConnectionParams.class,
                SocialConnectionParams.class, MailConnectionParams.class, TelegramConnectionParams.class,
                SocialConnectionParams.class, SocialConnectionParams.class);
        for (Account a : page.items()) {
            assertThat(a.object()).isEqualTo("Account");
            assertThat(a.id()).isEqualTo("string");
            assertThat(a.name()).isEqualTo("string");
            assertThat(a.createdAt()).isEqualTo(SPEC_INSTANT);
            assertThat(a.currentSignature()).isEqualTo("string");
            assertThat(a.signatures()).containsExactly(new Signature("string", "string", null));
            assertThat(a.groups()).containsExactly("string");
            assertThat(a.sources()).containsExactly(new AccountSource("string", AccountSourceStatus.OK, null));
            // Every field of the spec example has a component: nothing falls into extra.
            assertThat(a.extra()).isEmpty();
        }
    }

    @Test
    void specListExampleFillsTheFieldsOfEachShape() throws IOException {
        List<Account> items = Json.mapper().readValue(resource("/spec/examples/list-accounts.json"), PAGE).items();

        Account mobile = items.get(0);
        assertThat(mobile.lastFetchedAt()).isEqualTo(SPEC_INSTANT);
        MobileConnectionParams.Line line = new MobileConnectionParams.Line("string", "string", null);
        assertThat(mobile.connectionParams()).isEqualTo(new MobileConnectionParams(line, line, null));

        MailConnectionParams.Servers servers = ((MailConnectionParams) items.get(1).connectionParams()).mail();
        assertThat(servers).isEqualTo(new MailConnectionParams.Servers(
                "string", 0, "string", ImapEncryption.TLS, "string", 0, "string", null));
        assertThat(items.get(1).lastFetchedAt()).isNull();

        ProviderUser user = new ProviderUser("string", "string", null);
        assertThat(items.get(2).connectionParams()).isEqualTo(new MailCalendarConnectionParams(user, user, null));
        assertThat(items.get(9).connectionParams()).isEqualTo(new SocialConnectionParams(user, null));

        Account calendar = items.get(5);
        assertThat(calendar.syncToken()).isEqualTo("string");
        assertThat(calendar.connectionParams()).isEqualTo(new GoogleCalendarConnectionParams("string", null));

        assertThat(((WhatsAppConnectionParams) items.get(6).connectionParams()).im().phoneNumber())
                .isEqualTo("string");

        LinkedInConnectionParams.Im im = ((LinkedInConnectionParams) items.get(7).connectionParams()).im();
        assertThat(im.publicIdentifier()).isEqualTo("string");
        assertThat(im.premiumFeatures()).containsExactly(LinkedInPremiumFeature.RECRUITER,
                LinkedInPremiumFeature.SALES_NAVIGATOR, LinkedInPremiumFeature.PREMIUM);
        assertThat(im.organizations()).containsExactly(
                new LinkedInConnectionParams.Organization("string", true, "string", "string", null));
        assertThat(im.proxy()).isEqualTo(new LinkedInConnectionParams.Proxy(
                "USER", "string", 0, ProxyProtocol.HTTP, "string", "string", null));
        assertThat(im.extra()).isEmpty();

        assertThat(items.get(8).connectionParams()).isEqualTo(new SlackConnectionParams(
                new SlackConnectionParams.Im("string", "string", "string", "string", "string", null), null));
        assertThat(items.get(11).connectionParams()).isEqualTo(new TelegramConnectionParams(
                new TelegramConnectionParams.Im("string", "string", null), null));
    }

    @Test
    void realisticPageKeepsEveryValueInItsPlace() throws IOException {
        Page<Account> page = Json.mapper().readValue(resource("accounts-page.json"), PAGE);
        assertThat(page.cursor()).isEqualTo("eyJvZmZzZXQiOjl9");
        List<Account> items = page.items();

        Account linkedIn = items.get(0);
        assertThat(linkedIn.id()).isEqualTo("acc_linkedin_1");
        assertThat(linkedIn.name()).isEqualTo("Jane on LinkedIn");
        assertThat(linkedIn.createdAt()).isEqualTo(Instant.parse("2024-03-01T08:15:30.123Z"));
        assertThat(linkedIn.currentSignature()).isEqualTo("sig_2");
        assertThat(linkedIn.signatures()).extracting(Signature::title, Signature::content)
                .containsExactly(tuple("Short", "-- Jane"),
                        tuple("Long", "Jane Doe, Acme Corp"));
        assertThat(linkedIn.groups()).containsExactly("grp_sales", "grp_emea");
        assertThat(linkedIn.sources()).containsExactly(
                new AccountSource("acc_linkedin_1_MESSAGING", AccountSourceStatus.OK, null),
                new AccountSource("acc_linkedin_1_SEARCH", AccountSourceStatus.CREDENTIALS, null));
        assertThat(linkedIn.connectionParams()).isInstanceOfSatisfying(LinkedInConnectionParams.class, p -> {
            LinkedInConnectionParams.Im im = p.im();
            assertThat(im.id()).isEqualTo("ACoAAB1a2b3");
            assertThat(im.publicIdentifier()).isEqualTo("jane-doe-42");
            assertThat(im.username()).isEqualTo("Jane Doe");
            assertThat(im.premiumId()).isEqualTo("prem-881");
            assertThat(im.premiumContractId()).isEqualTo("contract-17");
            assertThat(im.premiumFeatures())
                    .containsExactly(LinkedInPremiumFeature.RECRUITER, LinkedInPremiumFeature.PREMIUM);
            assertThat(im.organizations()).containsExactly(
                    new LinkedInConnectionParams.Organization("Acme Corp", true, "urn:li:organization:1001",
                            "urn:li:mailbox:2002", null),
                    new LinkedInConnectionParams.Organization("Acme Labs", false, "urn:li:organization:1003",
                            "urn:li:mailbox:2004", null));
            assertThat(im.proxy()).isEqualTo(new LinkedInConnectionParams.Proxy("USER", "proxy.example.net", 3128,
                    ProxyProtocol.HTTPS, "proxy-user", "s3cret-proxy-pass", null));
        });

        assertThat(items.get(1).connectionParams()).isEqualTo(new MailConnectionParams(
                new MailConnectionParams.Servers("imap.example.org", 993, "jane@example.org", ImapEncryption.SSL,
                        "smtp.example.org", 465, "jane.smtp@example.org", null), null));
        assertThat(items.get(1).signatures()).isEmpty();
        assertThat(items.get(1).currentSignature()).isNull();
        assertThat(items.get(1).sources()).extracting(AccountSource::status)
                .containsExactly(AccountSourceStatus.CONNECTING);

        assertThat(items.get(2).connectionParams()).isEqualTo(new MailCalendarConnectionParams(
                new ProviderUser("g-mail-77", "jane.mail@gmail.com", null),
                new ProviderUser("g-cal-78", "jane.cal@gmail.com", null), null));

        Account mobile = items.get(3);
        assertThat(mobile.lastFetchedAt()).isEqualTo(Instant.parse("2024-03-04T11:12:13.456Z"));
        assertThat(mobile.connectionParams()).isEqualTo(new MobileConnectionParams(
                new MobileConnectionParams.Line("+33600000001", "8933000000000000001", null),
                new MobileConnectionParams.Line("+33600000002", "8933000000000000002", null), null));
        assertThat(mobile.sources()).extracting(AccountSource::status)
                .containsExactly(AccountSourceStatus.PERMISSIONS);

        Account calendar = items.get(4);
        assertThat(calendar.syncToken()).isEqualTo("CPDAlvWDx_sCEPDAlvWDx_sCGAU=");
        assertThat(calendar.connectionParams())
                .isEqualTo(new GoogleCalendarConnectionParams("jane.calendar@gmail.com", null));
        assertThat(calendar.sources()).extracting(AccountSource::status).containsExactly(AccountSourceStatus.ERROR);

        assertThat(items.get(5).connectionParams()).isEqualTo(new WhatsAppConnectionParams(
                new WhatsAppConnectionParams.Im("+33611111111", null), null));
        assertThat(items.get(6).connectionParams()).isEqualTo(new SlackConnectionParams(
                new SlackConnectionParams.Im("https://acme.slack.com/", "jane", "U0123ABC", "Acme", "T0456DEF", null),
                null));
        assertThat(items.get(7).connectionParams()).isEqualTo(new TelegramConnectionParams(
                new TelegramConnectionParams.Im("987654321", "jane_tg", null), null));
        assertThat(items.get(8).connectionParams()).isEqualTo(new SocialConnectionParams(
                new ProviderUser("17841400000000001", "jane.insta", null), null));
    }

    @Test
    void unknownAccountTypeKeepsTypeAndParamsAsSent() throws IOException {
        Account account = parse("""
                {"object": "Account", "type": "DISCORD", "id": "acc_1", "name": "n",
                 "created_at": "2024-01-01T00:00:00.000Z", "groups": [], "sources": [],
                 "connection_params": {"im": {"guild": "g-1", "ids": [1, 2]}}}""");

        assertThat(account.type().isKnown()).isFalse();
        assertThat(account.type().value()).isEqualTo("DISCORD");
        assertThat(account.connectionParams()).isInstanceOfSatisfying(UnknownConnectionParams.class, p -> {
            assertThat(p.raw().at("/im/guild").asText()).isEqualTo("g-1");
            assertThat(p.raw().at("/im/ids/1").asInt()).isEqualTo(2);
        });
    }

    @Test
    void missingTypeKeepsParamsAsSent() throws IOException {
        // type is required, yet may be null: the params are then kept as sent.
        Account account = parse(account("""
                {"type": null, "id": "acc_1", "connection_params": {"im": {"id": "x"}}}"""));

        assertThat(account.type()).isNull();
        assertThat(account.connectionParams()).isEqualTo(
                new UnknownConnectionParams(Json.mapper().readTree("{\"im\": {\"id\": \"x\"}}")));
    }

    @Test
    void unknownEnumValuesKeepTheirText() throws IOException {
        Account account = parse(account("""
                {"type": "LINKEDIN", "id": "a", "sources": [{"id": "s", "status": "SLEEPING"}],
                 "connection_params": {"im": {"id": "i", "username": "u", "premiumId": null,
                   "premiumContractId": null, "organizations": [], "premiumFeatures": ["learning", "premium"],
                   "proxy": {"source": "UNIPILE", "host": "h", "port": 1, "protocol": "socks4"}}}}"""));

        AccountSourceStatus status = account.sources().get(0).status();
        assertThat(status.isKnown()).isFalse();
        assertThat(status.value()).isEqualTo("SLEEPING");
        LinkedInConnectionParams.Im im = ((LinkedInConnectionParams) account.connectionParams()).im();
        assertThat(im.premiumFeatures()).extracting(LinkedInPremiumFeature::value, LinkedInPremiumFeature::isKnown)
                .containsExactly(tuple("learning", false),
                        tuple("premium", true));
        assertThat(im.premiumFeatures().get(1)).isSameAs(LinkedInPremiumFeature.PREMIUM);
        assertThat(im.proxy().source()).isEqualTo("UNIPILE");
        assertThat(im.proxy().protocol().value()).isEqualTo("socks4");
        assertThat(im.proxy().protocol().isKnown()).isFalse();

        MailConnectionParams mail = (MailConnectionParams) parse(account("""
                {"type": "EXCHANGE", "connection_params": {"mail": {"imap_encryption": "ssl/tls"}}}"""))
                .connectionParams();
        assertThat(mail.mail().imapEncryption()).isEqualTo(ImapEncryption.of("ssl/tls"));
        assertThat(mail.mail().imapEncryption().isKnown()).isFalse();
    }

    @Test
    void unknownFieldsLandInExtraAtEveryLevel() throws IOException {
        Account account = parse(account("""
                {"type": "LINKEDIN", "id": "a", "beta": {"x": 1},
                 "signatures": [{"title": "t", "content": "c", "html": true}],
                 "sources": [{"id": "s", "status": "OK", "since": "2024"}],
                 "connection_params": {"im": {"id": "i", "username": "u", "premiumId": null,
                   "premiumContractId": null, "headline": "CTO",
                   "organizations": [{"name": "o", "messaging_enabled": true, "organization_urn": "u",
                     "mailbox_urn": "m", "role": "admin"}],
                   "proxy": {"source": "USER", "host": "h", "port": 1, "country": "fr"}},
                   "call": {"enabled": false}}}"""));

        assertThat(account.extra()).containsOnlyKeys("beta");
        assertThat(account.extra().get("beta").get("x").asInt()).isEqualTo(1);
        assertThat(account.signatures().get(0).extra().get("html").asBoolean()).isTrue();
        assertThat(account.sources().get(0).extra().get("since").asText()).isEqualTo("2024");
        LinkedInConnectionParams params = (LinkedInConnectionParams) account.connectionParams();
        assertThat(params.extra()).containsOnlyKeys("call");
        assertThat(params.im().extra().get("headline").asText()).isEqualTo("CTO");
        assertThat(params.im().organizations().get(0).extra().get("role").asText()).isEqualTo("admin");
        assertThat(params.im().proxy().extra().get("country").asText()).isEqualTo("fr");
    }

    @Test
    void nullsAndAbsentFields() throws IOException {
        Account account = parse(account("""
                {"type": "LINKEDIN", "id": "a", "last_fetched_at": null, "current_signature": null,
                 "sync_token": null, "signatures": null, "created_at": null, "groups": null, "sources": null,
                 "connection_params": {"im": {"id": "i", "username": "u", "premiumId": null,
                   "premiumContractId": null}}}"""));

        assertThat(account.lastFetchedAt()).isNull();
        assertThat(account.currentSignature()).isNull();
        assertThat(account.syncToken()).isNull();
        assertThat(account.createdAt()).isNull();
        assertThat(account.signatures()).isEmpty();
        assertThat(account.groups()).isEmpty();
        assertThat(account.sources()).isEmpty();
        assertThat(account.extra()).isEmpty();
        LinkedInConnectionParams.Im im = ((LinkedInConnectionParams) account.connectionParams()).im();
        assertThat(im.premiumId()).isNull();
        assertThat(im.premiumContractId()).isNull();
        assertThat(im.premiumFeatures()).isEmpty();
        assertThat(im.organizations()).isEmpty();
        assertThat(im.proxy()).isNull();

        assertThat(parse(account("{\"type\": \"MAIL\", \"connection_params\": null}")).connectionParams()).isNull();
        Account bare = parse(account("{}"));
        assertThat(bare.lastFetchedAt()).isNull();
        assertThat(bare.currentSignature()).isNull();
        assertThat(bare.signatures()).isEmpty();
        assertThat(bare.syncToken()).isNull();
        assertThat(bare.extra()).isEmpty();

        // A required field may be null, but not absent: a reply without one fails naming it.
        RequiredFields.assertEachRequired(account("{}"), Account.class, List.of("object", "type",
                "connection_params", "id", "name", "created_at", "groups", "sources"));
        assertThatThrownBy(() -> parse("{\"object\": \"Account\", \"type\": \"MAIL\"}"))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("'connection_params'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\": \"MAIL\", \"created_at\": 5.5e999}",
            "{\"type\": \"MAIL\", \"created_at\": \"not a date\"}",
            "{\"type\": \"MAIL\", \"created_at\": true}",
            "{\"type\": \"MAIL\", \"groups\": \"x\"}",
            "{\"type\": \"MAIL\", \"groups\": {\"a\": 1}}",
            "{\"type\": \"MAIL\", \"signatures\": [\"x\"]}",
            "{\"type\": \"MAIL\", \"sources\": [{\"status\": {}}]}",
            "{\"type\": {\"v\": \"MAIL\"}}",
            "{\"type\": \"MAIL\", \"connection_params\": []}",
            "{\"type\": \"MAIL\", \"connection_params\": \"imap\"}",
            "{\"type\": \"MAIL\", \"connection_params\": {\"mail\": []}}",
            "{\"type\": \"MAIL\", \"connection_params\": {\"mail\": {\"imap_port\": \"nine\"}}}",
            "{\"type\": \"LINKEDIN\", \"connection_params\": {\"im\": {\"organizations\": \"acme\"}}}",
            "{\"type\": \"LINKEDIN\", \"connection_params\": {\"im\": {\"proxy\": {\"port\": {}}}}}",
            "{\"type\": \"LINKEDIN\", \"connection_params\": {\"im\": {\"premiumFeatures\": [[]]}}}",
            "{\"type\": \"GOOGLE_CALENDAR\", \"connection_params\": {\"calendar\": {\"id\": \"x\"}}}",
            "{\"type\": \"MOBILE\", \"connection_params\": {\"im\": 5}}",
            "{\"type\": \"MAIL\", \"id\": \"a\"} trailing",
            "[]",
    })
    void wrongTypesFailWithAJacksonException(String json) {
        ParseFailures.assertFailsCleanly(() -> parse(account(json)), JsonProcessingException.class);
    }

    @Test
    void wrongParamsNameTheOffendingField() {
        assertThatThrownBy(() -> parse(account("""
                {"type": "MAIL", "connection_params": {"mail": {"smtp_port": "twenty-five"}}}""")))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("smtp_port");
    }

    @Test
    void isImmutable() throws IOException {
        Account account = Json.mapper().readValue(resource("accounts-page.json"), PAGE).items().get(0);
        LinkedInConnectionParams.Im im = ((LinkedInConnectionParams) account.connectionParams()).im();

        assertThatThrownBy(() -> account.groups().add("g")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> account.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> account.signatures().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> account.extra().put("k", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> im.organizations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> im.premiumFeatures().clear()).isInstanceOf(UnsupportedOperationException.class);

        List<String> groups = new ArrayList<>(List.of("g1"));
        Account built = new Account("Account", AccountType.MAIL, null, "a", "n", null, null, null, null, groups,
                null, null, null);
        groups.add("g2");
        assertThat(built.groups()).containsExactly("g1");
        assertThat(built.signatures()).isEmpty();
        assertThat(built.extra()).isEmpty();
    }

    @Test
    void unknownParamsCannotBeChangedThroughTheirTree() throws IOException {
        JsonNode tree = Json.mapper().readTree("{\"a\": 1}");
        UnknownConnectionParams params = new UnknownConnectionParams(tree);
        ((ObjectNode) tree).put("a", 2);
        ((ObjectNode) params.raw()).put("a", 3);

        assertThat(params.raw().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        Page<Account> page = Json.mapper().readValue(resource("accounts-page.json"), PAGE);
        Account unknown = parse(account("""
                {"type": "DISCORD", "id": "d", "connection_params": {"im": {"guild": "g"}}, "beta": [1]}"""));

        for (Account account : List.of(page.items().get(0), page.items().get(3), unknown)) {
            String json = Json.mapper().writeValueAsString(account);
            assertThat(parse(json)).isEqualTo(account);
        }
        assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(unknown)))
                .isEqualTo(Json.mapper().readTree("""
                        {"object": "Account", "type": "DISCORD", "id": "d", "name": "jane@example.org",
                         "created_at": "2024-03-02T09:00:00Z", "connection_params": {"im": {"guild": "g"}},
                         "beta": [1], "signatures": [], "groups": [], "sources": []}"""));
    }

    @Test
    void proxyPasswordStaysOutOfToString() {
        LinkedInConnectionParams.Proxy proxy = new LinkedInConnectionParams.Proxy("USER", "h", 8080,
                ProxyProtocol.HTTP, "user", "hunter2", null);

        assertThat(proxy.toString()).doesNotContain("hunter2").contains("h", "8080", "user", "password=***");
        assertThat(new LinkedInConnectionParams(new LinkedInConnectionParams.Im("i", null, "u", null, null, null,
                null, proxy, null), null).toString()).doesNotContain("hunter2");
    }

    @Test
    void enumsAreCanonical() {
        assertThat(AccountType.of("LINKEDIN")).isSameAs(AccountType.LINKEDIN);
        assertThat(AccountType.of(null)).isNull();
        assertThat(AccountType.of("NEW")).isEqualTo(AccountType.of("NEW")).isNotEqualTo(AccountType.LINKEDIN);
        assertThat(ImapEncryption.STARTTLS.value()).isEqualTo("starttls");
    }

    /** {@code json} with the required fields it lacks added. */
    private static String account(String json) {
        return RequiredFields.fill(json, RequiredFields.ACCOUNT);
    }

    private static Account parse(String json) throws IOException {
        return Json.mapper().readValue(json, Account.class);
    }

    private static String resource(String name) {
        try (InputStream in = AccountTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
