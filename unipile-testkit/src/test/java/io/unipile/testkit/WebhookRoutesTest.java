package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.webhooks.WebhookRoutes;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookSource;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET/POST /api/v1/webhooks} and {@code DELETE /api/v1/webhooks/{id}} over raw HTTP. */
class WebhookRoutesTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().maxRequestBodyBytes(4096).build().start();
    private final Http http = new Http(server);
    private FakeAccount account;

    @BeforeEach
    void seed() {
        account = server.state().addAccount(FakeAccount.builder(AccountType.LINKEDIN).id("acc_1").name("Jane")
                .build());
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void createsAWebhookWithUnipilesDefaults() {
        HttpResponse<String> created = http.postJson("/api/v1/webhooks",
                "{\"request_url\":\"https://hooks.example.com/in\",\"source\":\"messaging\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode json = Http.json(created);
        assertThat(json.get("object").asText()).isEqualTo("WebhookCreated");
        FakeWebhook webhook = server.state().webhook(json.get("webhook_id").asText()).orElseThrow();
        assertThat(webhook.source()).isEqualTo(WebhookSource.MESSAGING);
        assertThat(webhook.format()).isEqualTo(WebhookFormat.JSON);
        assertThat(webhook.enabled()).isTrue();
        assertThat(webhook.events()).containsExactly(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(webhook.accounts()).isEmpty();
        assertThat(webhook.origin()).isEqualTo(Origin.API);
        RecordedRequest recorded = server.journal().requests(WebhookRoutes.CREATE_WEBHOOK).get(0);
        assertThat(recorded.jsonBody()).contains(
                "{\"request_url\":\"https://hooks.example.com/in\",\"source\":\"messaging\"}");
        assertThat(recorded.applied()).isTrue();
    }

    @Test
    void listsWebhooksAsUnipileDoesAndPagesThem() {
        for (int i = 0; i < 3; i++) {
            http.postJson("/api/v1/webhooks", "{\"request_url\":\"http://h/" + i + "\",\"source\":\"account_status\","
                    + "\"account_ids\":[\"acc_1\"],\"format\":\"form\",\"enabled\":false}");
        }
        JsonNode first = Http.json(http.get("/api/v1/webhooks?limit=2"));
        JsonNode second = Http.json(http.get("/api/v1/webhooks?limit=2&cursor="
                + URLEncoder.encode(first.get("cursor").asText(), StandardCharsets.UTF_8)));

        assertThat(first.get("object").asText()).isEqualTo("WebhookList");
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("cursor").isNull()).isTrue();
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("object").asText()).isEqualTo("Webhook");
        assertThat(item.get("account_ids").toString()).isEqualTo("[{\"id\":\"acc_1\",\"name\":\"Jane\",\"type\":\"LINKEDIN\"}]");
        assertThat(item.get("enabled").asBoolean()).isFalse();
        assertThat(item.get("format").asText()).isEqualTo("form");
        assertThat(item.get("type").asText()).isEqualTo("AUTO");
        assertThat(item.get("data").isArray()).isTrue();
        assertThat(item.has("source")).isFalse();
        List<String> events = new ArrayList<>();
        item.get("events").forEach(e -> events.add(e.asText()));
        assertThat(events).containsExactly("creation_success", "creation_fail", "deleted", "reconnected",
                "sync_success", "error", "credentials", "permissions");
    }

    @Test
    void deletesAWebhookOnce() {
        String id = Http.json(http.postJson("/api/v1/webhooks",
                "{\"request_url\":\"http://h\",\"source\":\"messaging\"}")).get("webhook_id").asText();

        HttpResponse<String> deleted = http.delete("/api/v1/webhooks/" + id);
        HttpResponse<String> again = http.delete("/api/v1/webhooks/" + id);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"object\":\"WebhookDeleted\"}");
        assertThat(server.state().webhooks()).isEmpty();
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Http.json(again).get("type").asText()).isEqualTo("errors/resource_not_found");
    }

    @Test
    void aWebhookOutlivesTheAccountItIsLimitedTo() {
        http.postJson("/api/v1/webhooks", "{\"request_url\":\"http://h\",\"source\":\"messaging\","
                + "\"account_ids\":[\"acc_1\"]}");

        server.state().removeAccount(account.id());

        JsonNode item = Http.json(http.get("/api/v1/webhooks")).get("items").get(0);
        assertThat(item.get("account_ids").get(0).get("id").asText()).isEqualTo("acc_1");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"source\":\"messaging\"}|400|errors/missing_parameters",
        "{\"request_url\":\"http://h\"}|400|errors/missing_parameters",
        "{\"request_url\":\"/relative\",\"source\":\"messaging\"}|400|errors/invalid_url",
        "{\"request_url\":\"mailto:a@b\",\"source\":\"messaging\"}|400|errors/invalid_url",
        "{\"request_url\":\"http://h\",\"source\":\"sms\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"format\":\"xml\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"events\":[\"mail_sent\"]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"events\":[\"message_typing\"]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"events\":\"message_read\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"data\":[{\"name\":\"x\",\"key\":\"email_id\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"data\":[{\"name\":\"x\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"data\":[{\"name\":\"x\",\"key\":\"chat_id\"},{\"name\":\"x\",\"key\":\"message\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"account_status\",\"data\":[{\"name\":\"x\",\"key\":\"account_id\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"headers\":[{\"key\":\"X\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"headers\":[{\"key\":\"X\",\"value\":\"1\",\"x\":2}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"headers\":[{\"key\":\"Bad Name\",\"value\":\"1\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"headers\":[{\"key\":\"Content-Length\",\"value\":\"1\"}]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"enabled\":\"yes\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"name\":\"\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"name\":null}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"account_ids\":[\"\"]}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"account_ids\":[\"nope\"]}|404|errors/resource_not_found",
        "{\"request_url\":\"http://h\",\"source\":\"messaging\",\"url\":\"http://h\"}|400|errors/invalid_parameters",
        "{\"request_url\":\"http://h\",|400|errors/malformed_request",
        "[]|400|errors/malformed_request",
        "''|400|errors/malformed_request",
    })
    void refusesWhatUnipileDoesNotTake(String body, int status, String type) {
        HttpResponse<String> response = http.postJson("/api/v1/webhooks", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Http.json(response).get("type").asText()).isEqualTo(type);
        assertThat(server.state().webhooks()).isEmpty();
        assertThat(server.journal().requests(WebhookRoutes.CREATE_WEBHOOK).get(0).applied()).isFalse();
    }

    @Test
    void wantsJsonNoBiggerThanTheCap() {
        HttpResponse<String> text = http.send(http.request("/api/v1/webhooks").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(Http.json(text).get("type").asText()).isEqualTo("errors/unsupported_media_type");

        HttpResponse<String> charset = http.send(http.request("/api/v1/webhooks")
                .header("Content-Type", "Application/JSON; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"request_url\":\"http://h\",\"source\":\"users\"}")).build());
        assertThat(charset.statusCode()).isEqualTo(201);

        HttpResponse<String> big = http.postJson("/api/v1/webhooks", "{\"request_url\":\"http://h\",\"source\":"
                + "\"messaging\",\"name\":\"" + "n".repeat(5000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(Http.json(big).get("type").asText()).isEqualTo("errors/content_too_large");
    }
}
