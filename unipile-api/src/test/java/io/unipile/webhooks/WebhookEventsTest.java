package io.unipile.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import io.unipile.chats.ChatFolder;
import io.unipile.errors.UnipileException;
import io.unipile.internal.Json;
import io.unipile.messages.AttachmentType;
import io.unipile.messages.ImageAttachment;
import io.unipile.messages.MediaSize;
import io.unipile.messages.MessageType;
import io.unipile.messages.UnknownAttachment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WebhookEventsTest {

    @Test
    void documentationsMessageExampleParses() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse(resource("message-received.json"));

        assertThat(m.accountId()).isEqualTo("dfXlh46vQYCsMbVarumWlg");
        assertThat(m.accountType()).isSameAs(AccountType.LINKEDIN);
        assertThat(m.event()).isSameAs(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(m.chatId()).isEqualTo("R8J-xM9WX7eoHLp6gSVtWQ");
        assertThat(m.timestamp()).isEqualTo("2023-09-24T13:49:07.965Z");
        assertThat(m.timestampInstant()).contains(Instant.parse("2023-09-24T13:49:07.965Z"));
        assertThat(m.webhookName()).isEqualTo("Webhook demo");
        assertThat(m.messageId()).isEqualTo("ykmhfXlRW0W_cqReJYrfBw");
        assertThat(m.message()).isEqualTo("Hello World !");
        assertThat(m.sender()).isEqualTo(new WebhookAttendee("C8zaRZTlVcmfnke_Vai4Gg", "Kim Unipile",
                "ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E",
                "https://www.linkedin.com/in/ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E/", null));
        assertThat(m.attendees()).containsExactly(new WebhookAttendee("12Siz1Vcmfnke_Vai4Gg", "Bastien Unipile ",
                "AA1212sqqsMQBODyLwZrRcgYhrkCafURGqva0U4E",
                "https://www.linkedin.com/in/ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E/", null));
        // The example sends one object, with numbers and booleans as strings.
        assertThat(m.attachments()).containsExactly(new ImageAttachment(
                "2-MTY5MzQ3ODM0MTgxOWI4MDA4My0wMDMmNjg2M2E2MTgtNjM2Yi01OWNkLWFjNmQtYjE3Y2NjNTU5ZWZkXzAxMw==", null,
                false, "image/jpeg", "att://iWfwCtGXSr288YQm5MbWVaeGtYNHQyaEZQcVpPbW5PdGNsQQ==", null,
                new MediaSize(150, 150, null), false, null));
        assertThat(m.reaction()).isNull();
        assertThat(m.reactionSender()).isNull();
        assertThat(m.accountInfo()).isNull();
        assertThat(m.quoted()).isNull();
        assertThat(m.folder()).isEmpty();
        assertThat(m.isEvent()).isFalse();
        assertThat(m.isGroup()).isFalse();
        assertThat(m.extra()).isEmpty();
    }

    @Test
    void reactionWithEveryDocumentedField() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse(resource("message-reaction.json"));

        assertThat(m.event()).isSameAs(WebhookEventType.MESSAGE_REACTION);
        assertThat(m.accountType()).isSameAs(AccountType.WHATSAPP);
        assertThat(m.accountInfo().get("user_id").asText()).isEqualTo("33600000000@s.whatsapp.net");
        assertThat(m.timestampInstant()).contains(Instant.parse("2024-05-20T14:03:09.512Z"));
        assertThat(m.reaction()).isEqualTo("👍");
        assertThat(m.reactionSender()).isEqualTo(new WebhookAttendee("att_friend", "Friend",
                "33611111111@s.whatsapp.net", null, null));
        assertThat(m.sender().attendeeProfileUrl()).isNull();
        assertThat(m.attendees().get(0).extra()).containsOnlyKeys("attendee_specifics");
        assertThat(m.attendees().get(0).extra().get("attendee_specifics").get("phone_number").asText())
                .isEqualTo("+33611111111");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.subject()).isNull();
        assertThat(m.providerChatId()).isEqualTo("33611111111@s.whatsapp.net");
        assertThat(m.providerMessageId()).isEqualTo("3EB0C767D71D6A5F4A3B");
        assertThat(m.isEvent()).isFalse();
        assertThat(m.isGroup()).isTrue();
        assertThat(m.quoted().get("text").asText()).isEqualTo("Lunch?");
        assertThat(m.chatContentType()).isNull();
        assertThat(m.messageType()).isSameAs(MessageType.MESSAGE);
        assertThat(m.folder()).containsExactly(ChatFolder.INBOX);
        assertThat(m.extra()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"message_received", "message_read", "message_reaction", "message_edited",
            "message_deleted", "message_delivered"})
    void everyMessagingEventIsAMessagingEvent(String event) {
        WebhookEvent e = WebhookEvents.parse("{\"event\": \"" + event + "\", \"chat_id\": \"c\"}");

        assertThat(e).isInstanceOfSatisfying(MessagingEvent.class, m -> {
            assertThat(m.event().value()).isEqualTo(event);
            assertThat(m.event().isKnown()).isTrue();
            assertThat(m.chatId()).isEqualTo("c");
        });
    }

    @Test
    void documentationsAccountStatusExampleParses() {
        WebhookEvent e = WebhookEvents.parse(resource("account-status.json"));

        assertThat(e).isEqualTo(new AccountStatusEvent(new AccountStatusEvent.AccountStatus(
                "h_EKCy2lRLef5NzHp0iw4A", AccountType.LINKEDIN, AccountStatusMessage.CREDENTIALS, null), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OK", "ERROR", "STOPPED", "CREDENTIALS", "PERMISSIONS", "CONNECTING", "DELETED",
            "CREATION_SUCCESS", "CREATION_FAIL", "RECONNECTED", "SYNC_SUCCESS", "PAUSED"})
    void everyAccountStatusIsKept(String message) {
        AccountStatusEvent e = (AccountStatusEvent) WebhookEvents.parse(
                "{\"AccountStatus\": {\"account_id\": \"a\", \"account_type\": \"WHATSAPP\", \"message\": \""
                        + message + "\"}}");

        assertThat(e.accountStatus().message().value()).isEqualTo(message);
        assertThat(e.accountStatus().message().isKnown()).isEqualTo(!message.equals("PAUSED"));
        assertThat(e.accountStatus().accountType()).isSameAs(AccountType.WHATSAPP);
    }

    @Test
    void accountStatusKeepsUnknownFieldsAtBothLevels() {
        AccountStatusEvent e = (AccountStatusEvent) WebhookEvents.parse("""
                {"AccountStatus": {"account_id": "a", "account_type": "X", "message": "OK", "reason": "r"},
                 "webhook_name": "status"}""");

        assertThat(e.accountStatus().accountType().isKnown()).isFalse();
        assertThat(e.accountStatus().extra()).containsOnlyKeys("reason");
        assertThat(e.extra()).containsOnlyKeys("webhook_name");
    }

    @Test
    void aNewRelationIsTypedWithEveryDocumentedFieldAndKeepsTheRest() {
        WebhookEvent parsed = WebhookEvents.parse("{\"event\":\"new_relation\",\"account_id\":\"acc1\","
                + "\"account_type\":\"LINKEDIN\",\"webhook_name\":\"relations\","
                + "\"timestamp\":\"2026-11-27T10:00:00.000Z\",\"user_provider_id\":\"ACoAAB1\","
                + "\"user_full_name\":\"Ada Lovelace\",\"user_public_identifier\":\"ada\","
                + "\"user_profile_url\":\"https://www.linkedin.com/in/ada\",\"user_picture_url\":null,"
                + "\"renamed_by_data\":\"x\"}");

        assertThat(parsed).isInstanceOfSatisfying(NewRelationEvent.class, r -> {
            assertThat(r.event()).isSameAs(WebhookEventType.NEW_RELATION);
            assertThat(r.accountId()).isEqualTo("acc1");
            assertThat(r.accountType()).isEqualTo(AccountType.LINKEDIN);
            assertThat(r.webhookName()).isEqualTo("relations");
            assertThat(r.timestampInstant()).contains(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(r.userProviderId()).isEqualTo("ACoAAB1");
            assertThat(r.userFullName()).isEqualTo("Ada Lovelace");
            assertThat(r.userPublicIdentifier()).isEqualTo("ada");
            assertThat(r.userProfileUrl()).isEqualTo("https://www.linkedin.com/in/ada");
            assertThat(r.userPictureUrl()).isNull();
            assertThat(r.extra()).containsOnlyKeys("renamed_by_data");
        });
        // A relation without any of the optional fields still parses.
        assertThat(WebhookEvents.parse("{\"event\": \"new_relation\"}")).isInstanceOf(NewRelationEvent.class);
    }

    @Test
    void otherEventsAreKeptRaw() {
        WebhookEvent mail = WebhookEvents.parse(resource("mail-received.json"));
        WebhookEvent future = WebhookEvents.parse("{\"event\": \"message_pinned\", \"chat_id\": {\"id\": 1}}");
        WebhookEvent noEvent = WebhookEvents.parse("{\"hello\": \"world\"}");
        WebhookEvent nullEvent = WebhookEvents.parse("{\"event\": null}");
        WebhookEvent empty = WebhookEvents.parse("{}");

        assertThat(mail).as("typed since the Emails group").isInstanceOfSatisfying(EmailEvent.class, e -> {
            assertThat(e.event()).isSameAs(WebhookEventType.MAIL_RECEIVED);
            assertThat(e.subject()).isEqualTo("Hello");
            assertThat(e.toAttendees().get(0).identifier()).isEqualTo("bob@example.com");
        });
        assertThat(future).isInstanceOfSatisfying(UnknownWebhookEvent.class, u -> {
            assertThat(u.event().value()).isEqualTo("message_pinned");
            assertThat(u.event().isKnown()).isFalse();
            assertThat(u.raw().at("/chat_id/id").asInt()).isEqualTo(1);
        });
        assertThat(noEvent).isInstanceOfSatisfying(UnknownWebhookEvent.class, u -> {
            assertThat(u.event()).isNull();
            assertThat(u.raw().get("hello").asText()).isEqualTo("world");
        });
        assertThat(nullEvent).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(((UnknownWebhookEvent) nullEvent).event()).isNull();
        assertThat(empty).isEqualTo(new UnknownWebhookEvent(Json.mapper().createObjectNode()));
    }

    @Test
    void unknownValuesAndFieldsOfAMessagingEvent() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse("""
                {"event": "message_received", "account_type": "BLUESKY", "message_type": "POLL",
                 "chat_content_type": "newsletter", "folder": "INBOX_SPAM", "pinned": true,
                 "attachments": [{"type": "sticker_pack", "id": "s"}],
                 "sender": {"attendee_id": "a", "attendee_public_identifier": "pub"}}""");

        assertThat(m.accountType().value()).isEqualTo("BLUESKY");
        assertThat(m.accountType().isKnown()).isFalse();
        assertThat(m.messageType().isKnown()).isFalse();
        assertThat(m.chatContentType().value()).isEqualTo("newsletter");
        assertThat(m.folder()).extracting(ChatFolder::value, ChatFolder::isKnown)
                .containsExactly(tuple("INBOX_SPAM", false));
        assertThat(m.extra()).containsOnlyKeys("pinned");
        assertThat(m.attachments().get(0)).isInstanceOfSatisfying(UnknownAttachment.class,
                a -> assertThat(a.type()).isEqualTo(AttachmentType.of("sticker_pack")));
        assertThat(m.sender().extra().get("attendee_public_identifier").asText()).isEqualTo("pub");
    }

    @Test
    void renamedFieldsLandInExtra() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse(
                "{\"event\": \"message_received\", \"text\": \"Hi\", \"sent_at\": \"2024-01-01T00:00:00Z\"}");

        assertThat(m.message()).isNull();
        assertThat(m.timestamp()).isNull();
        assertThat(m.timestampInstant()).isEmpty();
        assertThat(m.extra()).containsOnlyKeys("text", "sent_at");
    }

    @Test
    void nullsInAMessagingEvent() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse("""
                {"event": "message_read", "account_info": null, "quoted": null, "sender": null,
                 "attendees": null, "attachments": null, "folder": null, "is_event": null, "message": null,
                 "timestamp": null, "reaction_sender": null}""");

        assertThat(m.accountInfo()).isNull();
        assertThat(m.quoted()).isNull();
        assertThat(m.sender()).isNull();
        assertThat(m.attendees()).isEmpty();
        assertThat(m.attachments()).isEmpty();
        assertThat(m.folder()).isEmpty();
        assertThat(m.isEvent()).isFalse();
        assertThat(m.message()).isNull();
        assertThat(m.timestampInstant()).isEmpty();
        assertThat(m.reactionSender()).isNull();
    }

    @Test
    void flagsAcceptNumbersBooleansAndTheirText() {
        MessagingEvent numbers = (MessagingEvent) WebhookEvents.parse(
                "{\"event\": \"message_received\", \"is_event\": 1, \"is_group\": 0}");
        MessagingEvent booleans = (MessagingEvent) WebhookEvents.parse(
                "{\"event\": \"message_received\", \"is_event\": false, \"is_group\": true}");
        MessagingEvent text = (MessagingEvent) WebhookEvents.parse(
                "{\"event\": \"message_received\", \"is_event\": \"true\", \"is_group\": \"false\"}");

        assertThat(numbers.isEvent()).isTrue();
        assertThat(numbers.isGroup()).isFalse();
        assertThat(booleans.isEvent()).isFalse();
        assertThat(booleans.isGroup()).isTrue();
        assertThat(text.isEvent()).isTrue();
        assertThat(text.isGroup()).isFalse();
    }

    @Test
    void bytesStringAndStreamAgree() {
        String body = resource("message-reaction.json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        WebhookEvent fromString = WebhookEvents.parse(body);

        assertThat(WebhookEvents.parse(bytes)).isEqualTo(fromString);
        assertThat(WebhookEvents.parse(new ByteArrayInputStream(bytes))).isEqualTo(fromString);
        // Leading whitespace and a byte order mark are no reason to reject a delivery.
        assertThat(WebhookEvents.parse("\n  " + body + "\n")).isEqualTo(fromString);
        assertThat(WebhookEvents.parse("\uFEFF" + body)).isEqualTo(fromString);
    }

    @Test
    void aJacksonUserGetsTheSameEvents() throws IOException {
        String body = resource("message-received.json");

        assertThat(Json.mapper().readValue(body, WebhookEvent.class)).isEqualTo(WebhookEvents.parse(body));
        assertThat(Json.mapper().readValue(resource("account-status.json"), WebhookEvent.class))
                .isInstanceOf(AccountStatusEvent.class);
        assertThat(Json.mapper().readValue("{\"x\": 1}", UnknownWebhookEvent.class).raw().get("x").asInt())
                .isEqualTo(1);
        assertThat(Json.mapper().readValue(body, MessagingEvent.class)).isEqualTo(WebhookEvents.parse(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "null",
            "not json",
            "<html><body>502 Bad Gateway</body></html>",
            "{\"event\": \"message_received\"",
            "{\"event\": \"message_received\", \"chat_id\": \"c",
            "{\"AccountStatus\": {\"account_id\": \"a\"}} trailing",
            "{} {}",
            "[]",
            "[{\"event\": \"message_received\"}]",
            "\"message_received\"",
            "42",
            "true",
            "{\"event\": 5}",
            "{\"event\": [\"message_received\"]}",
            "{\"event\": {\"type\": \"message_received\"}}",
            "{\"AccountStatus\": \"OK\"}",
            "{\"AccountStatus\": null}",
            "{\"AccountStatus\": []}",
            "{\"AccountStatus\": {\"message\": 3}}",
            "{\"AccountStatus\": {\"message\": {}}}",
            "{\"AccountStatus\": {\"account_id\": []}}",
            "{\"AccountStatus\": {\"account_type\": {}}}",
            "{\"event\": \"message_received\", \"sender\": \"Kim\"}",
            "{\"event\": \"message_received\", \"sender\": []}",
            "{\"event\": \"message_received\", \"sender\": {\"attendee_id\": {}}}",
            "{\"event\": \"message_received\", \"attendees\": {}}",
            "{\"event\": \"message_received\", \"attendees\": \"Kim\"}",
            "{\"event\": \"message_received\", \"attendees\": [\"Kim\"]}",
            "{\"event\": \"message_received\", \"attachments\": \"img\"}",
            "{\"event\": \"message_received\", \"attachments\": [{\"id\": \"no type\"}]}",
            "{\"event\": \"message_received\", \"attachments\": [{\"type\": 1}]}",
            "{\"event\": \"message_received\", \"attachments\": {\"type\": \"img\", \"size\": \"big\"}}",
            "{\"event\": \"message_received\", \"attachments\": [[]]}",
            "{\"event\": \"message_received\", \"message\": {\"text\": \"hi\"}}",
            "{\"event\": \"message_received\", \"message\": [\"hi\"]}",
            "{\"event\": \"message_received\", \"chat_id\": {}}",
            "{\"event\": \"message_received\", \"timestamp\": {}}",
            "{\"event\": \"message_received\", \"account_type\": []}",
            "{\"event\": \"message_received\", \"is_event\": \"sometimes\"}",
            "{\"event\": \"message_received\", \"is_group\": {}}",
            "{\"event\": \"message_received\", \"folder\": {}}",
            "{\"event\": \"message_received\", \"folder\": [[]]}",
            "{\"event\": \"message_received\", \"message_type\": {}}",
            "{\"event\": \"message_reaction\", \"reaction\": {}}",
            "{\"event\": \"message_reaction\", \"reaction_sender\": \"Kim\"}",
    })
    void malformedBodiesFailWithAWebhookParseException(String body) {
        assertThatThrownBy(() -> WebhookEvents.parse(body))
                .isInstanceOf(WebhookParseException.class)
                .isInstanceOf(UnipileException.class)
                .hasMessageStartingWith("Not a Unipile webhook payload: ")
                .satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                        .noneMatch(c -> c instanceof NullPointerException || c instanceof ClassCastException
                                || c instanceof IllegalArgumentException));
        assertThatThrownBy(() -> WebhookEvents.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookParseException.class);
        assertThatThrownBy(() -> WebhookEvents.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(WebhookParseException.class);
    }

    @Test
    void theMessageSaysWhatAndWhere() {
        assertThatThrownBy(() -> WebhookEvents.parse(
                "{\"event\": \"message_received\", \"attendees\": [{\"attendee_id\": \"a\"}, \"Kim\"]}"))
                .isInstanceOfSatisfying(WebhookParseException.class, e -> {
                    assertThat(e.getMessage()).contains("(at attendees[1])");
                    assertThat(e.bodyExcerpt()).startsWith("{\"event\": \"message_received\", \"attendees\"");
                    assertThat(e.getMessage()).endsWith("; body: " + e.bodyExcerpt());
                });
        assertThatThrownBy(() -> WebhookEvents.parse("{\"AccountStatus\": \"OK\"}"))
                .hasMessageContaining("\"AccountStatus\" must be a JSON object, not STRING");
        assertThatThrownBy(() -> WebhookEvents.parse("[1]"))
                .hasMessageContaining("must be a JSON object, not ARRAY");
        assertThatThrownBy(() -> WebhookEvents.parse("null")).hasMessageContaining("not null");
        assertThatThrownBy(() -> WebhookEvents.parse("")).hasMessageEndingWith("(empty body)");
    }

    @Test
    void theExcerptIsShortAndPrintable() {
        String body = "{\"event\": \"message_received\",\n\t\"message\": \"" + "x".repeat(10_000) + "\", \"chat_id\": []}";

        assertThatThrownBy(() -> WebhookEvents.parse(body)).isInstanceOfSatisfying(WebhookParseException.class, e -> {
            assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(203).endsWith("...").doesNotContain("\n", "\t");
            assertThat(e.getMessage()).hasSizeLessThan(1_000);
        });
    }

    @Test
    void brokenEncodingAndAbsurdNestingFailCleanly() {
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        String deep = "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        String hugeNumber = "{\"event\": \"message_received\", \"is_event\": 1" + "0".repeat(5_000) + "}";

        assertThatThrownBy(() -> WebhookEvents.parse(invalidUtf8)).isInstanceOf(WebhookParseException.class);
        assertThatThrownBy(() -> WebhookEvents.parse(deep)).isInstanceOf(WebhookParseException.class);
        assertThatThrownBy(() -> WebhookEvents.parse(hugeNumber)).isInstanceOf(WebhookParseException.class);
    }

    @Test
    void aFailingStreamIsAnIoProblemNotAParseProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> WebhookEvents.parse(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> WebhookEvents.parse((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("body");
        assertThatThrownBy(() -> WebhookEvents.parse((byte[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WebhookEvents.parse((InputStream) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eventsAreImmutable() {
        MessagingEvent m = (MessagingEvent) WebhookEvents.parse(resource("message-reaction.json"));
        UnknownWebhookEvent u = (UnknownWebhookEvent) WebhookEvents.parse("{\"event\":\"mail_archived\","
                + "\"subject\":\"Hello\"}");
        AccountStatusEvent s = (AccountStatusEvent) WebhookEvents.parse(resource("account-status.json"));

        assertThatThrownBy(() -> m.attendees().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.attachments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.folder().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.sender().extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.accountStatus().extra().clear())
                .isInstanceOf(UnsupportedOperationException.class);

        ((ObjectNode) m.quoted()).put("text", "changed");
        ((ObjectNode) m.accountInfo()).removeAll();
        ((ObjectNode) u.raw()).put("subject", "changed");
        assertThat(m.quoted().get("text").asText()).isEqualTo("Lunch?");
        assertThat(m.accountInfo().get("user_id").asText()).isEqualTo("33600000000@s.whatsapp.net");
        assertThat(u.raw().get("subject").asText()).isEqualTo("Hello");

        ObjectNode source = Json.mapper().createObjectNode().put("event", "mail_sent");
        UnknownWebhookEvent built = new UnknownWebhookEvent(source);
        source.put("event", "changed");
        assertThat(built.event()).isSameAs(WebhookEventType.MAIL_SENT);
    }

    @Test
    void writesBackTheWireShape() throws IOException {
        for (String name : new String[] {"message-reaction.json", "account-status.json", "mail-received.json"}) {
            WebhookEvent e = WebhookEvents.parse(resource(name));

            String json = Json.mapper().writeValueAsString(e);

            assertThat(WebhookEvents.parse(json)).as(name).isEqualTo(e);
        }
        JsonNode status = Json.mapper().valueToTree(WebhookEvents.parse(resource("account-status.json")));
        assertThat(status).isEqualTo(Json.mapper().readTree(resource("account-status.json")));
        JsonNode mail = Json.mapper().valueToTree(WebhookEvents.parse(resource("mail-received.json")));
        Json.mapper().readTree(resource("mail-received.json")).fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) { // a null is written back as an absent field
                assertThat(mail.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
            }
        });
        JsonNode reaction = Json.mapper().valueToTree(WebhookEvents.parse(resource("message-reaction.json")));
        assertThat(reaction.get("event").asText()).isEqualTo("message_reaction");
        assertThat(reaction.at("/reaction_sender/attendee_id").asText()).isEqualTo("att_friend");
        assertThat(reaction.has("timestampInstant")).isFalse();
    }

    private static String resource(String name) {
        try (InputStream in = WebhookEventsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
