package io.unipile.webhooks;

import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WebhookTest {
    private static final TypeReference<Page<Webhook>> PAGE = new TypeReference<>() {
    };

    @Test
    void aRequestsHeadersNeverShowTheirValues() {
        CreateWebhookRequest request = CreateWebhookRequest.builder("https://h.example/x", WebhookSource.MESSAGING)
                .addHeader("X-Webhook-Secret", "whsec_51f0").build();

        assertThat(request.toString()).contains("X-Webhook-Secret").doesNotContain("whsec_51f0");
        assertThat(request.headers().get(0).value()).isEqualTo("whsec_51f0");
    }

    @Test
    void autoWebhookKeepsEveryValueInItsPlace() throws IOException {
        Page<Webhook> page = page();
        Webhook w = page.items().get(0);

        assertThat(page.object()).isEqualTo("WebhookList");
        assertThat(page.cursor()).isNull();
        assertThat(w.object()).isEqualTo("Webhook");
        assertThat(w.id()).isEqualTo("wh_auto_1");
        assertThat(w.accountIds()).containsExactly(
                new Webhook.TargetAccount("acc_linkedin_1", "Kim's LinkedIn", AccountType.LINKEDIN, null),
                new Webhook.TargetAccount("acc_google_1", null, AccountType.of("GOOGLE"), null));
        assertThat(w.enabled()).isTrue();
        assertThat(w.name()).isEqualTo("New messages");
        assertThat(w.requestUrl()).isEqualTo("https://hooks.example.com/unipile/messages");
        assertThat(w.format()).isSameAs(WebhookFormat.JSON);
        assertThat(w.headers()).extracting(WebhookHeader::key, WebhookHeader::value).containsExactly(
                tuple("Content-Type", "application/json"), tuple("X-Hook-Secret", "s3cr3t"));
        assertThat(w.data()).containsExactly(new WebhookDataField("text", "message", null),
                new WebhookDataField("sent_at", "timestamp", null));
        assertThat(w.events()).containsExactly(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_REACTION,
                WebhookEventType.MESSAGE_READ);
        assertThat(w.type()).isSameAs(WebhookType.AUTO);
        assertThat(w.trigger()).isNull();
        assertThat(w.extra()).isEmpty();
    }

    @Test
    void triggerWebhook() throws IOException {
        Webhook w = page().items().get(1);

        assertThat(w.type()).isSameAs(WebhookType.TRIGGER);
        assertThat(w.trigger()).isEqualTo(new Webhook.Trigger("LinkedInIcon", "Sync to CRM", "CHAT", null));
        assertThat(w.enabled()).isFalse();
        assertThat(w.name()).isNull();
        assertThat(w.format()).isSameAs(WebhookFormat.FORM);
        assertThat(w.accountIds()).isEmpty();
        assertThat(w.headers()).isEmpty();
        assertThat(w.data()).isEmpty();
        assertThat(w.events()).containsExactly(WebhookEventType.CREATION_SUCCESS, WebhookEventType.CREDENTIALS,
                WebhookEventType.PERMISSIONS);
    }

    @Test
    void everyEventNameOfTheSpecIsKnown() {
        // The union of the five "events" enums of POST /api/v1/webhooks.
        assertThat(Stream.of("message_received", "message_read", "message_reaction", "message_edited",
                        "message_deleted", "message_delivered", "new_relation", "mail_sent", "mail_received",
                        "mail_moved", "mail_opened", "mail_link_clicked", "creation_success", "creation_fail",
                        "deleted", "reconnected", "sync_success", "stopped", "ok", "connecting", "error",
                        "credentials", "permissions")
                .map(WebhookEventType::of)).allSatisfy(e -> assertThat(e.isKnown()).as(e.value()).isTrue());
        assertThat(Stream.of("messaging", "users", "account_status", "email", "email_tracking")
                .map(WebhookSource::of)).allMatch(WebhookSource::isKnown);
        assertThat(Stream.of("OK", "ERROR", "STOPPED", "CREDENTIALS", "CONNECTING", "DELETED", "CREATION_SUCCESS",
                "RECONNECTED", "SYNC_SUCCESS", "CREATION_FAIL", "PERMISSIONS").map(AccountStatusMessage::of))
                .allMatch(AccountStatusMessage::isKnown);
        assertThat(WebhookSource.of("email_tracking")).isSameAs(WebhookSource.EMAIL_TRACKING);
        assertThat(WebhookFormat.of("json")).isSameAs(WebhookFormat.JSON);
        assertThat(WebhookEventType.of("ok")).isSameAs(WebhookEventType.OK);
        assertThat(WebhookEventType.of("OK").isKnown()).isFalse();
    }

    @Test
    void unknownValuesKeepTheirText() throws IOException {
        Webhook w = parse(webhook("""
                {"format": "xml", "type": "SCHEDULED", "events": ["calendar_event_created"],
                 "account_ids": [{"id": "a", "type": "BLUESKY"}]}"""));

        assertThat(w.format().value()).isEqualTo("xml");
        assertThat(w.format().isKnown()).isFalse();
        assertThat(w.type().value()).isEqualTo("SCHEDULED");
        assertThat(w.events().get(0).value()).isEqualTo("calendar_event_created");
        assertThat(w.events().get(0).isKnown()).isFalse();
        assertThat(w.accountIds().get(0).type().isKnown()).isFalse();
        assertThat(WebhookSource.of("calendar").value()).isEqualTo("calendar");
    }

    @Test
    void unknownFieldsLandInExtraAtEveryLevel() throws IOException {
        Webhook w = parse(webhook("""
                {"id": "w", "source": "messaging", "created_at": "2024-01-01",
                 "account_ids": [{"id": "a", "type": "LINKEDIN", "status": "OK"}],
                 "headers": [{"key": "k", "value": "v", "secret": true}],
                 "data": [{"name": "n", "key": "k", "format": "upper"}],
                 "trigger": {"icon": "WebhookIcon", "name": "t", "context": "MESSAGE", "color": "red"}}"""));

        assertThat(w.extra()).containsOnlyKeys("source", "created_at");
        assertThat(w.extra().get("source").asText()).isEqualTo("messaging");
        assertThat(w.accountIds().get(0).extra()).containsOnlyKeys("status");
        assertThat(w.headers().get(0).extra()).containsOnlyKeys("secret");
        assertThat(w.data().get(0).extra()).containsOnlyKeys("format");
        assertThat(w.trigger().extra()).containsOnlyKeys("color");
    }

    @Test
    void nullsAndAbsentFields() throws IOException {
        Webhook w = parse(webhook("""
                {"id": "w", "account_ids": null, "headers": null, "data": null, "events": null, "name": null,
                 "trigger": null, "enabled": null, "format": null, "type": null}"""));

        assertThat(w.accountIds()).isEmpty();
        assertThat(w.headers()).isEmpty();
        assertThat(w.data()).isEmpty();
        assertThat(w.events()).isEmpty();
        assertThat(w.name()).isNull();
        assertThat(w.trigger()).isNull();
        assertThat(w.enabled()).isFalse();
        assertThat(w.format()).isNull();
        assertThat(w.type()).isNull();
        Webhook minimal = parse(webhook("{}"));
        assertThat(minimal.name()).isNull();
        assertThat(minimal.events()).isEmpty();
        assertThat(minimal.trigger()).isNull();
        assertThat(minimal.extra()).isEmpty();

        // A required field may be null, but not absent: a reply without one fails naming it.
        RequiredFields.assertEachRequired(webhook("{}"), Webhook.class, List.of("object", "id", "account_ids",
                "enabled", "request_url", "format", "headers", "data", "type"));
        assertThatThrownBy(() -> parse("{}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'object'");
    }

    @Test
    void repliesOfCreateAndDelete() throws IOException {
        WebhookCreated created = Json.mapper().readValue(
                "{\"object\": \"WebhookCreated\", \"webhook_id\": \"wh_new_1\"}", WebhookCreated.class);
        WebhookDeleted deleted = Json.mapper().readValue(
                "{\"object\": \"WebhookDeleted\", \"deleted_at\": 1}", WebhookDeleted.class);
        AccountDeleted account = Json.mapper().readValue("{\"object\": \"AccountDeleted\"}", AccountDeleted.class);

        assertThat(created).isEqualTo(new WebhookCreated("WebhookCreated", "wh_new_1", null));
        assertThat(deleted.object()).isEqualTo("WebhookDeleted");
        assertThat(deleted.extra()).containsOnlyKeys("deleted_at");
        assertThat(account).isEqualTo(new AccountDeleted("AccountDeleted", null));
        assertThat(Json.mapper().readValue("{\"object\": \"WebhookCreated\", \"webhook_id\": null}",
                WebhookCreated.class).webhookId()).isNull();
        RequiredFields.assertEachRequired("{\"object\": \"WebhookCreated\", \"webhook_id\": \"wh_new_1\"}",
                WebhookCreated.class, List.of("object", "webhook_id"));
        RequiredFields.assertEachRequired("{\"object\": \"WebhookDeleted\"}", WebhookDeleted.class,
                List.of("object"));
        RequiredFields.assertEachRequired("{\"object\": \"AccountDeleted\"}", AccountDeleted.class,
                List.of("object"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"enabled\": \"sometimes\"}",
            "{\"enabled\": []}",
            "{\"account_ids\": \"acc_1\"}",
            "{\"account_ids\": {}}",
            "{\"account_ids\": [\"acc_1\"]}",
            "{\"account_ids\": [{\"type\": 3}]}",
            "{\"account_ids\": [{\"type\": []}]}",
            "{\"headers\": {\"k\": \"v\"}}",
            "{\"headers\": [[\"k\", \"v\"]]}",
            "{\"data\": [\"message\"]}",
            "{\"events\": \"message_received\"}",
            "{\"events\": [{}]}",
            "{\"events\": [[]]}",
            "{\"format\": {}}",
            "{\"type\": []}",
            "{\"trigger\": \"t\"}",
            "{\"trigger\": {\"icon\": {}}}",
            "{\"request_url\": [\"https://example.com\"]}",
    })
    void wrongTypesFailWithAJacksonException(String json) {
        ParseFailures.assertFailsCleanly(() -> parse(webhook(json)), JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"object\": \"WebhookCreated\", \"webhook_id\": {}}",
            "{\"object\": \"WebhookCreated\", \"webhook_id\": []}", "{\"object\": {}, \"webhook_id\": \"wh_1\"}",
            "[]", "\"x\""})
    void wrongTypesInTheCreateReplyFailWithAJacksonException(String json) {
        assertThatThrownBy(() -> Json.mapper().readValue(json, WebhookCreated.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void wrongTypesInTheDeleteRepliesFailWithAJacksonException() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\": []}", WebhookDeleted.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\": {}}", AccountDeleted.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void isImmutable() throws IOException {
        Webhook w = page().items().get(0);

        assertThatThrownBy(() -> w.accountIds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.data().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.events().add(WebhookEventType.OK))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> w.accountIds().get(0).extra().clear())
                .isInstanceOf(UnsupportedOperationException.class);

        List<WebhookEventType> events = new java.util.ArrayList<>(List.of(WebhookEventType.OK));
        Webhook built = new Webhook(null, "w", null, true, null, null, null, null, null, events, null, null, null);
        events.add(WebhookEventType.ERROR);
        assertThat(built.events()).containsExactly(WebhookEventType.OK);
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        Page<Webhook> page = page();

        String json = Json.mapper().writeValueAsString(page);
        JsonNode tree = Json.mapper().readTree(json);

        assertThat(Json.mapper().readValue(json, PAGE)).isEqualTo(page);
        assertThat(tree.at("/items/0/format").asText()).isEqualTo("json");
        assertThat(tree.at("/items/0/events/1").asText()).isEqualTo("message_reaction");
        assertThat(tree.at("/items/0/account_ids/1/type").asText()).isEqualTo("GOOGLE");
        assertThat(tree.at("/items/1/trigger/icon").asText()).isEqualTo("LinkedInIcon");
        assertThat(tree.at("/items/0/request_url").asText()).isEqualTo("https://hooks.example.com/unipile/messages");
    }

    private static Page<Webhook> page() throws IOException {
        return Json.mapper().readValue(resource("webhooks-page.json"), PAGE);
    }

    /** {@code json} with the required fields it lacks added. */
    private static String webhook(String json) {
        return RequiredFields.fill(json, RequiredFields.WEBHOOK);
    }

    private static Webhook parse(String json) throws IOException {
        return Json.mapper().readValue(json, Webhook.class);
    }

    private static String resource(String name) {
        try (InputStream in = WebhookTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
