package io.unipile.testkit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.UnipileClient;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Route;
import io.unipile.testkit.Routes;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin HTTP API over real HTTP: keys, seeding, reset, faults, stubs, simulations, journal, deliveries. */
class AdminApiTest {
    private static final String ADMIN_KEY = "admin-secret";
    private static final String API_KEY = "unipile-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeUnipileServer server = FakeUnipileServer.builder().apiKey(API_KEY).adminKey(ADMIN_KEY)
            .webhookRetryDelays(Duration.ofMillis(10)).webhookTimeout(Duration.ofSeconds(2)).build().start();
    private final AdminClient admin = new AdminClient(server, ADMIN_KEY);
    private final UnipileClient client = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
            .disableRetries().build();
    private final Receiver receiver = new Receiver();

    @AfterEach
    void close() {
        client.close();
        server.close();
        receiver.close();
    }

    private JsonNode ok(AdminClient.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.json();
    }

    private String linkedinAccount() {
        return ok(admin.post("/_admin/accounts", "{\"type\": \"LINKEDIN\", \"name\": \"Alice\"}"), 201)
                .get("id").asText();
    }

    private String chat(String accountId) {
        return ok(admin.post("/_admin/chats", "{\"account_id\": \"" + accountId + "\", \"attendees\": [\"ACoAAbob\"]}"),
                201).get("id").asText();
    }

    // --- off by default, keys ---

    @Test
    void isOffByDefault() {
        try (FakeUnipileServer plain = FakeUnipileServer.builder().build().start()) {
            AdminClient guess = new AdminClient(plain, "anything");
            assertThat(plain.adminKey()).isEmpty();
            assertThat(guess.get("/_admin").status()).isEqualTo(404);
            assertThat(guess.post("/_admin/reset", "{}").status()).isEqualTo(404);
            assertThat(guess.get("/_admin/journal").status()).isEqualTo(404);
        }
    }

    @Test
    void opensOnlyWithTheAdminKey() {
        assertThat(server.adminKey()).contains(ADMIN_KEY);
        AdminClient.Response missing = new AdminClient(server, null).get("/_admin/state");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(new AdminClient(server, "wrong").get("/_admin/state").status()).isEqualTo(401);
        assertThat(new AdminClient(server, ADMIN_KEY + "x").get("/_admin/state").status()).isEqualTo(401);
        // The Unipile key opens nothing here, in either header.
        assertThat(admin.raw("GET", "/_admin/state", null, "X-API-KEY", API_KEY).status()).isEqualTo(401);
        assertThat(new AdminClient(server, API_KEY).get("/_admin/state").status()).isEqualTo(401);
        // A 401 comes before anything else, even for unknown admin paths or bad bodies.
        assertThat(new AdminClient(server, "wrong").post("/_admin/nothing", "{").status()).isEqualTo(401);
        // And the admin key does not open /api/v1.
        AdminClient.Response adminKeyAsApiKey = admin.raw("GET", "/api/v1/accounts", null, "X-API-KEY", ADMIN_KEY);
        assertThat(adminKeyAsApiKey.status()).isEqualTo(401);
        assertThat(adminKeyAsApiKey.json().get("type").asText()).isEqualTo("errors/invalid_credentials");
        assertThat(admin.raw("GET", "/api/v1/accounts", null, "X-Admin-Key", ADMIN_KEY).status()).isEqualTo(401);
        assertThat(admin.raw("GET", "/api/v1/accounts", null, "X-API-KEY", API_KEY).status()).isEqualTo(200);
    }

    @Test
    void refusesAnAdminKeyEqualToTheApiKey() {
        assertThatThrownBy(() -> FakeUnipileServer.builder().apiKey("same").adminKey("same").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> FakeUnipileServer.builder().adminKey(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- index, routes, errors ---

    @Test
    void listsItsOperationsAndTheFakesRoutes() {
        List<String> operations = new ArrayList<>();
        ok(admin.get("/_admin"), 200).get("operations").forEach(o -> operations.add(o.asText()));
        assertThat(operations).contains("POST /_admin/reset", "POST /_admin/faults", "GET /_admin/journal",
                "POST /_admin/simulate/incoming-message", "GET /_admin/webhook-deliveries");

        JsonNode routes = ok(admin.get("/_admin/routes"), 200).get("routes");
        assertThat(routes).hasSize(Routes.all().size());
        List<String> names = new ArrayList<>();
        routes.forEach(r -> names.add(r.get("name").asText()));
        assertThat(names).contains("ChatRoutes.SEND_MESSAGE", "AccountRoutes.LIST_ACCOUNTS");
    }

    @Test
    void everyRouteOfTheFakeHasAName() {
        for (Route route : Routes.all()) {
            assertThat(OperationNames.nameOf(route)).as(route.toString()).isPresent();
        }
        assertThat(OperationNames.parse("LIST_ACCOUNTS", "route")).isEqualTo(AccountRoutes.LIST_ACCOUNTS);
        assertThat(OperationNames.parse("GET /api/v1/accounts/{id}", "route")).isEqualTo(AccountRoutes.GET_ACCOUNT);
    }

    @Test
    void namesTheFieldOfBadInput() {
        AdminClient.Response missing = admin.post("/_admin/accounts", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).isEqualTo("missing_field");
        assertThat(missing.field()).isEqualTo("type");

        AdminClient.Response unknownType = admin.post("/_admin/accounts", "{\"type\": \"FAX\"}");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.field()).isEqualTo("type");
        assertThat(unknownType.json().get("message").asText()).contains("LINKEDIN");

        AdminClient.Response unknownField = admin.post("/_admin/accounts", "{\"type\": \"LINKEDIN\", \"colour\": 1}");
        assertThat(unknownField.json().get("error").asText()).isEqualTo("unknown_field");
        assertThat(unknownField.field()).isEqualTo("colour");

        AdminClient.Response wrongType = admin.post("/_admin/chats", "{\"account_id\": 42}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.field()).isEqualTo("account_id");

        AdminClient.Response unknownChat = admin.post("/_admin/simulate/incoming-message",
                "{\"chat_id\": \"nope\", \"text\": \"hi\"}");
        assertThat(unknownChat.status()).isEqualTo(404);
        assertThat(unknownChat.field()).isEqualTo("chat_id");

        AdminClient.Response nested = admin.post("/_admin/faults",
                "{\"route\": \"LIST_ACCOUNTS\", \"fault\": {\"kind\": \"status\", \"status\": 200}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.field()).isEqualTo("fault.status");

        AdminClient.Response badKind = admin.post("/_admin/faults",
                "{\"route\": \"LIST_ACCOUNTS\", \"fault\": {\"kind\": \"explode\"}}");
        assertThat(badKind.field()).isEqualTo("fault.kind");
        assertThat(badKind.json().get("message").asText()).contains("too_many_requests");

        AdminClient.Response badRoute = admin.post("/_admin/faults",
                "{\"route\": \"NO_SUCH_OPERATION\", \"fault\": {\"kind\": \"disconnect\"}}");
        assertThat(badRoute.field()).isEqualTo("route");

        AdminClient.Response notJson = admin.post("/_admin/accounts", "{type");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error").asText()).isEqualTo("invalid_json");

        AdminClient.Response badQuery = admin.get("/_admin/journal?colour=red");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.field()).isEqualTo("colour");
        assertThat(admin.get("/_admin/journal?since=x").field()).isEqualTo("since");

        assertThat(admin.get("/_admin/nothing").status()).isEqualTo(404);
        AdminClient.Response wrongMethod = admin.admin("PUT", "/_admin/reset", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.raw().headers().firstValue("Allow")).contains("POST");
    }

    // --- seeding, state, reset ---

    @Test
    void seedsAccountsChatsMessagesAttendeesAndEmailsSeenThroughTheApi() {
        String account = linkedinAccount();
        String chatId = ok(admin.post("/_admin/chats", "{\"account_id\": \"" + account + "\", \"id\": \"chat1\", "
                + "\"attendees\": [\"ACoAAbob\"], \"name\": \"Bob\", \"unread_count\": 2}"), 201).get("id").asText();
        assertThat(chatId).isEqualTo("chat1");
        JsonNode message = ok(admin.post("/_admin/messages", "{\"chat_id\": \"chat1\", \"text\": \"Hello\", "
                + "\"from\": \"ACoAAbob\", \"timestamp\": \"2025-06-02T09:30:00Z\"}"), 201);
        assertThat(message.get("sender_id").asText()).isEqualTo("ACoAAbob");
        ok(admin.post("/_admin/messages", "{\"chat_id\": \"chat1\", \"text\": \"Hi Bob\", \"from_self\": true}"),
                201);
        JsonNode attendee = ok(admin.post("/_admin/attendees", "{\"account_id\": \"" + account + "\", "
                + "\"provider_id\": \"ACoAAcarol\", \"name\": \"Carol\"}"), 201);
        assertThat(attendee.get("name").asText()).isEqualTo("Carol");

        String gmail = ok(admin.post("/_admin/accounts", "{\"type\": \"GOOGLE_OAUTH\"}"), 201).get("id").asText();
        JsonNode email = ok(admin.post("/_admin/emails", "{\"account_id\": \"" + gmail + "\", "
                + "\"from\": {\"address\": \"bob@example.com\", \"name\": \"Bob\"}, \"subject\": \"Offer\", "
                + "\"body\": \"<p>Hi</p>\", \"read\": true}"), 201);
        assertThat(email.get("from").get("name").asText()).isEqualTo("Bob");
        assertThat(email.get("folders").get(0).asText()).isEqualTo("INBOX");

        // The Unipile API serves what was seeded.
        assertThat(client.chats().get("chat1").name()).isEqualTo("Bob");
        assertThat(admin.raw("GET", "/api/v1/chats/chat1/messages", null, "X-API-KEY", API_KEY).json()
                .get("items")).hasSize(2);
        assertThat(admin.raw("GET", "/api/v1/emails/" + email.get("id").asText() + "?account_id=" + gmail, null,
                "X-API-KEY", API_KEY).status()).isEqualTo(200);

        JsonNode state = ok(admin.get("/_admin/state"), 200);
        assertThat(state.get("accounts")).hasSize(2);
        assertThat(state.get("chats")).hasSize(1);
        assertThat(state.get("messages")).hasSize(2);
        assertThat(state.get("emails")).hasSize(1);
        assertThat(server.state().messages("chat1")).hasSize(2);
    }

    @Test
    void seedsInvitationsAndRelations() {
        String account = linkedinAccount();
        JsonNode received = ok(admin.post("/_admin/invitations", "{\"account_id\": \"" + account + "\", "
                + "\"provider_id\": \"ACoAAdan\", \"direction\": \"received\", \"message\": \"Hi\"}"), 201);
        assertThat(received.get("shared_secret").asText()).isNotBlank();
        ok(admin.post("/_admin/invitations", "{\"account_id\": \"" + account + "\", "
                + "\"provider_id\": \"ACoAAeve\", \"direction\": \"sent\"}"), 201);
        assertThat(admin.post("/_admin/invitations", "{\"account_id\": \"" + account + "\", "
                + "\"provider_id\": \"ACoAAx\", \"direction\": \"up\"}").field()).isEqualTo("direction");
        ok(admin.post("/_admin/relations", "{\"account_id\": \"" + account + "\", \"provider_id\": \"ACoAAbob\"}"),
                201);
        assertThat(server.state().receivedInvitations(account)).hasSize(1);
        assertThat(server.state().sentInvitations(account)).hasSize(1);
        assertThat(server.state().relations(account)).hasSize(1);
    }

    @Test
    void resetsToEmptyOrToTheDemoSeed() {
        linkedinAccount();
        client.accounts().list();
        JsonNode demo = ok(admin.post("/_admin/reset", "{\"seed\": \"demo\"}"), 200);
        assertThat(demo.get("accounts").asInt()).isEqualTo(5);
        assertThat(server.state().account(DemoData.LINKEDIN_ACCOUNT_ID)).isPresent();
        assertThat(server.journal().requests()).isEmpty();

        JsonNode empty = ok(admin.post("/_admin/reset", ""), 200);
        assertThat(empty.get("seed").asText()).isEqualTo("empty");
        assertThat(server.state().accounts()).isEmpty();
        assertThat(admin.post("/_admin/reset", "{\"seed\": \"full\"}").field()).isEqualTo("seed");
    }

    // --- faults and stubs ---

    @Test
    void aFaultArmedThroughTheAdminApiReachesTheClient() {
        JsonNode armed = ok(admin.post("/_admin/faults", "{\"route\": \"AccountRoutes.LIST_ACCOUNTS\", \"times\": 2, "
                + "\"fault\": {\"kind\": \"status\", \"status\": 503}}"), 201);
        assertThat(armed.get("pending").asInt()).isEqualTo(2);

        assertThatThrownBy(() -> client.accounts().list()).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
        assertThat(client.accounts().list().items()).isEmpty();

        ok(admin.post("/_admin/faults", "{\"route\": \"GET /api/v1/accounts\", "
                + "\"fault\": {\"kind\": \"too_many_requests\", \"retry_after_seconds\": 7}}"), 201);
        assertThatThrownBy(() -> client.accounts().list()).isInstanceOfSatisfying(RateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void armsEveryKindOfFault() {
        String account = linkedinAccount();
        String accountPath = "/api/v1/accounts/" + account;
        // By method and template (parameter names need not match), filtered by path parameter.
        assertThat(admin.post("/_admin/faults", "{\"route\": \"GET /api/v1/accounts/{account_id}\", "
                + "\"path_params\": {\"account_id\": \"x\"}, \"fault\": {\"kind\": \"disconnect\"}}").field())
                .isEqualTo("path_params.account_id");
        ok(admin.post("/_admin/faults", "{\"route\": \"GET /api/v1/accounts/{account_id}\", \"path_params\": "
                + "{\"id\": \"" + account + "\"}, \"fault\": {\"kind\": \"status\", \"status\": 500, "
                + "\"type\": \"errors/unexpected_error\", \"title\": \"Boom\", \"retry_after_seconds\": 3}}"), 201);
        AdminClient.Response status = api("GET", "/api/v1/accounts/other");
        assertThat(status.status()).isEqualTo(404);
        status = api("GET", accountPath);
        assertThat(status.status()).isEqualTo(500);
        assertThat(status.json().get("title").asText()).isEqualTo("Boom");
        assertThat(status.raw().headers().firstValue("Retry-After")).contains("3");

        ok(admin.post("/_admin/faults", "{\"route\": \"GET_ACCOUNT\", \"fault\": {\"kind\": \"delay\", "
                + "\"millis\": 300}}"), 201);
        long start = System.nanoTime();
        assertThat(api("GET", accountPath).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));

        ok(admin.post("/_admin/faults", "{\"route\": \"GET_ACCOUNT\", \"fault\": {\"kind\": \"malformed_body\"}}"),
                201);
        AdminClient.Response malformed = api("GET", accountPath);
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.json()).isNull();

        ok(admin.post("/_admin/faults", "{\"route\": \"GET_ACCOUNT\", \"fault\": {\"kind\": \"html_error_page\", "
                + "\"status\": 504}}"), 201);
        AdminClient.Response html = api("GET", accountPath);
        assertThat(html.status()).isEqualTo(504);
        assertThat(html.raw().body()).contains("<html>");

        ok(admin.post("/_admin/faults", "{\"route\": \"GET_ACCOUNT\", \"fault\": {\"kind\": \"raw\", "
                + "\"status\": 418, \"content_type\": \"text/plain\", \"body\": \"teapot\"}}"), 201);
        assertThat(api("GET", accountPath).raw().body()).isEqualTo("teapot");

        // Any route, always, until cleared: the connection drops (the JDK client retries a GET once, in vain).
        ok(admin.post("/_admin/faults", "{\"route\": \"*\", \"always\": true, \"headers\": {\"x-trace\": \"1\"}, "
                + "\"fault\": {\"kind\": \"disconnect\"}}"), 201);
        assertThatThrownBy(() -> admin.raw("GET", accountPath, null, "X-API-KEY", API_KEY, "X-Trace", "1"))
                .hasRootCauseInstanceOf(java.io.IOException.class);
        assertThat(api("GET", accountPath).status()).isEqualTo(200);
        ok(admin.delete("/_admin/faults"), 200);
        assertThat(admin.raw("GET", accountPath, null, "X-API-KEY", API_KEY, "X-Trace", "1").status())
                .isEqualTo(200);

        // The rest are accepted; the fault tests of the Java API cover how they behave.
        for (String fault : List.of("{\"kind\": \"truncated_body\"}", "{\"kind\": \"stall_after_headers\", "
                + "\"millis\": 100}", "{\"kind\": \"disconnect\", \"after_processing\": true}",
                "{\"kind\": \"too_many_requests\", \"retry_at\": \"2030-01-01T00:00:00Z\"}")) {
            ok(admin.post("/_admin/faults", "{\"route\": \"START_CHAT\", \"nth\": 3, \"fault\": " + fault + "}"),
                    201);
        }
        assertThat(server.faults().pending(io.unipile.testkit.chats.ChatRoutes.START_CHAT)).isEqualTo(4);
        assertThat(admin.post("/_admin/faults", "{\"route\": \"START_CHAT\", \"fault\": {\"kind\": \"delay\"}}")
                .field()).isEqualTo("fault.millis");
        assertThat(admin.post("/_admin/faults", "{\"route\": \"START_CHAT\", \"times\": 2, \"always\": true, "
                + "\"fault\": {\"kind\": \"disconnect\"}}").field()).isEqualTo("times");
    }

    @Test
    void stubsAnyOperation() {
        JsonNode stubbed = ok(admin.post("/_admin/stubs", "{\"route\": \"GET /api/v1/things/{thing_id}\", "
                + "\"times\": 1, \"status\": 200, \"body\": {\"object\": \"Thing\"}, "
                + "\"response_headers\": {\"X-Stub\": \"yes\"}}"), 201);
        assertThat(stubbed.get("active").asInt()).isEqualTo(1);
        AdminClient.Response thing = api("GET", "/api/v1/things/t1");
        assertThat(thing.status()).isEqualTo(200);
        assertThat(thing.json().get("object").asText()).isEqualTo("Thing");
        assertThat(thing.raw().headers().firstValue("X-Stub")).contains("yes");
        assertThat(api("GET", "/api/v1/things/t1").status()).isEqualTo(404);

        ok(admin.post("/_admin/stubs", "{\"route\": \"AccountRoutes.LIST_ACCOUNTS\", \"status\": 429, "
                + "\"body\": \"{\\\"status\\\":429}\", \"response_headers\": {\"Retry-After\": \"2\"}}"), 201);
        assertThat(api("GET", "/api/v1/accounts").status()).isEqualTo(429);
        assertThat(api("GET", "/api/v1/accounts").status()).isEqualTo(429);
        ok(admin.delete("/_admin/stubs"), 200);
        assertThat(api("GET", "/api/v1/accounts").status()).isEqualTo(200);
        assertThat(admin.post("/_admin/stubs", "{\"route\": \"LIST_ACCOUNTS\"}").field()).isEqualTo("status");
    }

    private AdminClient.Response api(String method, String path) {
        return admin.raw(method, path, null, "X-API-KEY", API_KEY);
    }

    // --- simulations and webhook deliveries ---

    @Test
    void aSimulatedIncomingMessageReachesAWebhookRegisteredThroughTheApi() throws Exception {
        String account = linkedinAccount();
        String chatId = chat(account);
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.MESSAGING)
                .name("inbox").build());

        JsonNode message = ok(admin.post("/_admin/simulate/incoming-message", "{\"chat_id\": \"" + chatId
                + "\", \"from\": \"ACoAAbob\", \"text\": \"Are you there?\"}"), 200);
        assertThat(message.get("origin").asText()).isEqualTo("SIMULATED");

        Receiver.Received received = receiver.await(1, WAIT).get(0);
        assertThat(received.path()).isEqualTo("/hook");
        JsonNode payload = AdminClient.JSON.readTree(received.body());
        assertThat(payload.get("event").asText()).isEqualTo("message_received");
        assertThat(payload.get("message").asText()).isEqualTo("Are you there?");
        assertThat(payload.get("chat_id").asText()).isEqualTo(chatId);

        JsonNode deliveries = ok(admin.get("/_admin/webhook-deliveries?settled=1&timeout_ms=5000"), 200);
        assertThat(deliveries.get("timed_out").asBoolean()).isFalse();
        JsonNode delivery = deliveries.get("deliveries").get(0);
        assertThat(delivery.get("event").asText()).isEqualTo("message_received");
        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.get("attempts").get(0).get("status_code").asInt()).isEqualTo(200);
        assertThat(delivery.get("request_url").asText()).isEqualTo(receiver.url("/hook"));

        ok(admin.delete("/_admin/webhook-deliveries"), 200);
        assertThat(ok(admin.get("/_admin/webhook-deliveries"), 200).get("count").asInt()).isZero();
        assertThat(ok(admin.get("/_admin/webhook-deliveries?settled=1&timeout_ms=50"), 200)
                .get("timed_out").asBoolean()).isTrue();
    }

    @Test
    void simulatesMessageEvents() throws Exception {
        String account = linkedinAccount();
        String chatId = chat(account);
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.MESSAGING)
                .events(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_REACTION,
                        WebhookEventType.MESSAGE_READ, WebhookEventType.MESSAGE_EDITED,
                        WebhookEventType.MESSAGE_DELETED, WebhookEventType.MESSAGE_DELIVERED).build());
        String id = ok(admin.post("/_admin/simulate/incoming-message", "{\"chat_id\": \"" + chatId
                + "\", \"text\": \"one\"}"), 200).get("id").asText();
        String m = "{\"message_id\": \"" + id + "\"";
        ok(admin.post("/_admin/simulate/message-reaction", m + ", \"from\": \"ACoAAbob\", \"reaction\": \"👍\"}"),
                200);
        ok(admin.post("/_admin/simulate/message-read", m + ", \"reader\": \"ACoAAbob\"}"), 200);
        ok(admin.post("/_admin/simulate/message-edited", m + ", \"text\": \"one!\"}"), 200);
        ok(admin.post("/_admin/simulate/message-delivered", m + "}"), 200);
        JsonNode deleted = ok(admin.post("/_admin/simulate/message-deleted", m + "}"), 200);
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("text").asText()).isEqualTo("one!");

        List<String> events = new ArrayList<>();
        for (Receiver.Received r : receiver.await(6, WAIT)) {
            events.add(AdminClient.JSON.readTree(r.body()).get("event").asText());
        }
        assertThat(events).containsExactlyInAnyOrder("message_received", "message_reaction", "message_read",
                "message_edited", "message_delivered", "message_deleted");
        assertThat(admin.post("/_admin/simulate/message-read", "{\"message_id\": \"nope\", \"reader\": \"x\"}")
                .field()).isEqualTo("message_id");
    }

    @Test
    void simulatesAccountStatus() throws Exception {
        String account = linkedinAccount();
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/status"), WebhookSource.ACCOUNT_STATUS)
                .build());
        JsonNode answer = ok(admin.post("/_admin/simulate/account-status", "{\"account_id\": \"" + account
                + "\", \"status\": \"CREDENTIALS\"}"), 200);
        assertThat(answer.get("status").asText()).isEqualTo("CREDENTIALS");
        JsonNode payload = AdminClient.JSON.readTree(receiver.await(1, WAIT).get(0).body());
        assertThat(payload.get("AccountStatus").get("message").asText()).isEqualTo("CREDENTIALS");
        assertThat(payload.get("AccountStatus").get("account_id").asText()).isEqualTo(account);
        assertThat(admin.post("/_admin/simulate/account-status", "{\"account_id\": \"" + account
                + "\", \"status\": \"SLEEPY\"}").field()).isEqualTo("status");
        assertThat(admin.post("/_admin/simulate/account-status", "{\"account_id\": \"nope\", \"status\": \"OK\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void simulatesEmailsAndTracking() throws Exception {
        String gmail = ok(admin.post("/_admin/accounts", "{\"type\": \"GOOGLE_OAUTH\"}"), 201).get("id").asText();
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/mail"), WebhookSource.EMAIL).build());
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/track"), WebhookSource.EMAIL_TRACKING)
                .events(WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED).build());

        JsonNode first = ok(admin.post("/_admin/simulate/incoming-email", "{\"account_id\": \"" + gmail
                + "\", \"from\": \"bob@example.com\", \"subject\": \"Offer\", \"body\": \"<p>Hi</p>\"}"), 200);
        JsonNode reply = ok(admin.post("/_admin/simulate/incoming-email", "{\"account_id\": \"" + gmail
                + "\", \"from\": \"bob@example.com\", \"subject\": \"Re: Offer\", \"in_reply_to\": \""
                + first.get("id").asText() + "\"}"), 200);
        assertThat(reply.get("thread_id").asText()).isEqualTo(first.get("thread_id").asText());
        List<Receiver.Received> mail = receiver.await(2, WAIT);
        assertThat(mail).allSatisfy(r -> assertThat(r.path()).isEqualTo("/mail"));
        assertThat(AdminClient.JSON.readTree(mail.get(0).body()).get("event").asText()).isEqualTo("mail_received");

        // A tracked e-mail, seeded as if the account had sent it, then opened and clicked.
        String tracked = ok(admin.post("/_admin/emails", "{\"account_id\": \"" + gmail + "\", \"from\": \""
                + server.state().emails().address(gmail) + "\", \"to\": [\"bob@example.com\"], \"folder\": \"SENT\", "
                + "\"subject\": \"Deck\", \"tracking\": {\"opens\": true, \"links\": true, \"label\": \"q3\"}}"), 201)
                .get("id").asText();
        ok(admin.post("/_admin/simulate/email-opened", "{\"email_id\": \"" + tracked + "\"}"), 200);
        ok(admin.post("/_admin/simulate/email-link-clicked", "{\"email_id\": \"" + tracked
                + "\", \"url\": \"https://deck.example\"}"), 200);
        List<String> events = new ArrayList<>();
        for (Receiver.Received r : receiver.await(2, WAIT)) {
            assertThat(r.path()).isEqualTo("/track");
            JsonNode payload = AdminClient.JSON.readTree(r.body());
            events.add(payload.get("event").asText());
            assertThat(payload.get("label").asText()).isEqualTo("q3");
        }
        assertThat(events).containsExactlyInAnyOrder("mail_opened", "mail_link_clicked");

        AdminClient.Response untracked = admin.post("/_admin/simulate/email-opened", "{\"email_id\": \""
                + first.get("id").asText() + "\"}");
        assertThat(untracked.status()).isEqualTo(400);
        assertThat(untracked.field()).isEqualTo("email_id");
        assertThat(untracked.json().get("error").asText()).isEqualTo("rejected");
        assertThat(admin.post("/_admin/simulate/email-opened", "{\"email_id\": \"nope\"}").field())
                .isEqualTo("email_id");
    }

    @Test
    void simulatesInvitations() throws Exception {
        String account = linkedinAccount();
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/users"), WebhookSource.USERS).build());
        JsonNode received = ok(admin.post("/_admin/simulate/invitation-received", "{\"account_id\": \"" + account
                + "\", \"from\": \"ACoAAdan\", \"message\": \"Let's connect\"}"), 200);
        assertThat(received.get("direction").asText()).isEqualTo("RECEIVED");
        ok(admin.post("/_admin/simulate/invitation-withdrawn", "{\"invitation_id\": \""
                + received.get("id").asText() + "\"}"), 200);
        assertThat(server.state().receivedInvitations(account)).isEmpty();

        String sent = ok(admin.post("/_admin/invitations", "{\"account_id\": \"" + account + "\", "
                + "\"provider_id\": \"ACoAAeve\", \"direction\": \"sent\"}"), 201).get("id").asText();
        JsonNode relation = ok(admin.post("/_admin/simulate/invitation-accepted", "{\"invitation_id\": \"" + sent
                + "\"}"), 200);
        assertThat(relation.get("provider_id").asText()).isEqualTo("ACoAAeve");
        JsonNode payload = AdminClient.JSON.readTree(receiver.await(1, WAIT).get(0).body());
        assertThat(payload.toString()).contains("new_relation").contains("ACoAAeve");

        assertThat(admin.post("/_admin/simulate/checkpoint-approved", "{\"account_id\": \"" + account + "\"}")
                .field()).isEqualTo("account_id");
        assertThat(admin.post("/_admin/simulate/invitation-accepted", "{\"invitation_id\": \"nope\"}").field())
                .isEqualTo("invitation_id");
        assertThat(admin.post("/_admin/simulate/hosted-auth-completed", "{\"link\": \"nope\", \"type\": "
                + "\"LINKEDIN\"}").status()).isEqualTo(400);
    }

    // --- journal ---

    @Test
    void theJournalShowsTheClientsCallsWithTheKeyRedacted() {
        String account = linkedinAccount();
        client.accounts().list();
        client.accounts().get(account);
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.MESSAGING)
                .name("inbox").build());

        AdminClient.Response response = admin.get("/_admin/journal");
        JsonNode journal = ok(response, 200);
        assertThat(response.raw().body()).doesNotContain(API_KEY).doesNotContain(ADMIN_KEY);
        assertThat(journal.get("count").asInt()).isEqualTo(3);
        JsonNode list = journal.get("requests").get(0);
        assertThat(list.get("method").asText()).isEqualTo("GET");
        assertThat(list.get("path").asText()).isEqualTo("/api/v1/accounts");
        assertThat(list.get("headers").get("x-api-key").get(0).asText()).isEqualTo("***");
        assertThat(list.get("api_key").asText()).isEqualTo("VALID");
        assertThat(list.get("route").get("name").asText()).isEqualTo("AccountRoutes.LIST_ACCOUNTS");
        assertThat(list.get("status").asInt()).isEqualTo(200);
        JsonNode create = journal.get("requests").get(2);
        assertThat(create.get("body_excerpt").asText()).contains("inbox");
        assertThat(create.get("status").asInt()).isEqualTo(201);
        assertThat(create.get("applied").asBoolean()).isTrue();

        JsonNode filtered = ok(admin.get("/_admin/journal?route=AccountRoutes.GET_ACCOUNT"), 200);
        assertThat(filtered.get("count").asInt()).isEqualTo(1);
        assertThat(filtered.get("requests").get(0).get("path_params").get("id").asText()).isEqualTo(account);
        long last = journal.get("requests").get(2).get("sequence").asLong();
        client.accounts().list();
        assertThat(ok(admin.get("/_admin/journal?since=" + last), 200).get("count").asInt()).isEqualTo(1);
        assertThat(ok(admin.get("/_admin/journal?limit=2"), 200).get("count").asInt()).isEqualTo(2);

        // Admin calls are not journaled; a stray admin key sent to /api/v1 is redacted too.
        admin.raw("GET", "/api/v1/accounts", null, "X-Admin-Key", ADMIN_KEY);
        AdminClient.Response again = admin.get("/_admin/journal");
        assertThat(again.raw().body()).doesNotContain(ADMIN_KEY);
        assertThat(again.json().get("count").asInt()).isEqualTo(5);

        ok(admin.delete("/_admin/journal"), 200);
        assertThat(ok(admin.get("/_admin/journal"), 200).get("count").asInt()).isZero();
    }
}
