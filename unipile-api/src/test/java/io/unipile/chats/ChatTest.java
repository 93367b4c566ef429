package io.unipile.chats;

import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Json;
import io.unipile.messages.AttachmentType;
import io.unipile.messages.AttendeeType;
import io.unipile.messages.AudioAttachment;
import io.unipile.messages.FileAttachment;
import io.unipile.messages.ImageAttachment;
import io.unipile.messages.LinkedInPostAttachment;
import io.unipile.messages.MediaSize;
import io.unipile.messages.Message;
import io.unipile.messages.MessageAttachment;
import io.unipile.messages.MessageType;
import io.unipile.messages.Reaction;
import io.unipile.messages.ReplyTo;
import io.unipile.messages.VideoAttachment;
import io.unipile.messages.VideoMeetingAttachment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatTest {
    private static final String SPEC_EXAMPLE = "/spec/examples/get-chat.json";
    private static final Instant WHEN = Instant.parse("2025-12-31T23:59:59.999Z");

    /** The six attachment kinds exactly as the spec example fills them. */
    private static final List<MessageAttachment> SPEC_ATTACHMENTS = List.of(
            new ImageAttachment("string", 0L, true, "string", "string", 0L, new MediaSize(0, 0, null), true, null),
            new VideoAttachment("string", 0L, true, "string", "string", 0L, new MediaSize(0, 0, null), true, null),
            new AudioAttachment("string", 0L, true, "string", "string", 0L, 0.0, true, null),
            new FileAttachment("string", 0L, true, "string", "string", 0L, "string", null),
            new LinkedInPostAttachment("string", 0L, true, "string", "string", 0L, null),
            new VideoMeetingAttachment("string", 0L, true, "string", "string", 0L, 0L, 0L, 0L, null));

    @Test
    void specExampleKeepsItsPlaceholderTimestampsAsSent() throws IOException {
        // The spec types timestamp as a plain string, without a format, and its example sends "string".
        Chat chat = parse(resource(SPEC_EXAMPLE));

        assertThat(chat.timestamp()).isEqualTo("string");
        assertThat(chat.timestampInstant()).isEmpty();
        assertThat(chat.lastMessage().timestamp()).isEqualTo("string");
        assertThat(chat.lastMessage().timestampInstant()).isEmpty();
        assertThat(chat.lastMessage().replyTo().timestamp()).isEqualTo("string");
        assertThat(chat.lastMessage().replyTo().timestampInstant()).isEmpty();
    }

    @Test
    void specExampleParsesIntoEveryField() throws IOException {
        Chat chat = parse(resource(SPEC_EXAMPLE));

        assertThat(chat.object()).isEqualTo("Chat");
        assertThat(chat.id()).isEqualTo("string");
        assertThat(chat.accountId()).isEqualTo("string");
        assertThat(chat.accountType()).isSameAs(AccountType.WHATSAPP);
        assertThat(chat.providerId()).isEqualTo("string");
        assertThat(chat.attendeeProviderId()).isEqualTo("string");
        assertThat(chat.name()).isEqualTo("string");
        assertThat(chat.type()).isZero();
        assertThat(chat.timestamp()).isEqualTo("string");
        assertThat(chat.unreadCount()).isZero();
        assertThat(chat.archived()).isFalse();
        assertThat(chat.mutedUntil()).isEqualTo("-1");
        assertThat(chat.readOnly()).isZero();
        assertThat(chat.disabledFeatures()).containsExactly(ChatFeature.REACTIONS, ChatFeature.REPLY);
        assertThat(chat.subject()).isEqualTo("string");
        assertThat(chat.organizationId()).isEqualTo("string");
        assertThat(chat.mailboxId()).isEqualTo("string");
        assertThat(chat.contentType()).isSameAs(ChatContentType.INMAIL);
        assertThat(chat.folder()).containsExactly(ChatFolder.INBOX, ChatFolder.INBOX_LINKEDIN_CLASSIC,
                ChatFolder.INBOX_LINKEDIN_RECRUITER, ChatFolder.INBOX_LINKEDIN_SALES_NAVIGATOR,
                ChatFolder.INBOX_LINKEDIN_ORGANIZATION);
        assertThat(chat.extra()).isEmpty();
    }

    @Test
    void specExampleLastMessageParsesIntoEveryField() throws IOException {
        Message m = parse(resource(SPEC_EXAMPLE)).lastMessage();

        assertThat(m.object()).isNull();
        assertThat(m.providerId()).isEqualTo("string");
        assertThat(m.senderId()).isEqualTo("string");
        assertThat(m.text()).isEqualTo("string");
        assertThat(m.attachments()).isEqualTo(SPEC_ATTACHMENTS);
        assertThat(m.id()).isEqualTo("string");
        assertThat(m.accountId()).isEqualTo("string");
        assertThat(m.chatId()).isEqualTo("string");
        assertThat(m.chatProviderId()).isEqualTo("string");
        assertThat(m.timestamp()).isEqualTo("string");
        assertThat(m.isSender()).isFalse();
        assertThat(m.quoted().providerId()).isEqualTo("string");
        assertThat(m.quoted().senderId()).isEqualTo("string");
        assertThat(m.quoted().text()).isEqualTo("string");
        assertThat(m.quoted().attachments()).isEqualTo(SPEC_ATTACHMENTS);
        assertThat(m.reactions()).containsExactly(new Reaction("string", "string", true, null));
        assertThat(m.seen()).isFalse();
        // The spec types seen_by values as string or boolean, yet its example sends an object: kept as JSON.
        assertThat(m.seenBy()).containsOnlyKeys("additionalProp");
        assertThat(m.seenBy().get("additionalProp").isObject()).isTrue();
        assertThat(m.hidden()).isFalse();
        assertThat(m.deleted()).isFalse();
        assertThat(m.edited()).isFalse();
        assertThat(m.isEvent()).isFalse();
        assertThat(m.delivered()).isFalse();
        assertThat(m.behavior()).isZero();
        assertThat(m.eventType()).isZero();
        assertThat(m.original()).isEqualTo("string");
        assertThat(m.replies()).isZero();
        assertThat(m.replyBy()).containsExactly("string");
        assertThat(m.parent()).isEqualTo("string");
        assertThat(m.senderAttendeeId()).isEqualTo("string");
        assertThat(m.subject()).isEqualTo("string");
        assertThat(m.messageType()).isSameAs(MessageType.MESSAGE);
        assertThat(m.attendeeType()).isSameAs(AttendeeType.MEMBER);
        assertThat(m.attendeeDistance()).isEqualTo(1);
        assertThat(m.senderUrn()).isEqualTo("string");
        assertThat(m.replyTo())
                .isEqualTo(new ReplyTo("string", "string", "string", "string", "string", "string", null));
        assertThat(m.extra()).isEmpty();
        assertThat(m.quoted().extra()).isEmpty();
        assertThat(m.attachments()).allSatisfy(a -> assertThat(a.extra()).isEmpty());
    }

    @Test
    void realisticChatKeepsEveryValueInItsPlace() throws IOException {
        Chat chat = parse(resource("chat.json"));

        assertThat(chat.id()).isEqualTo("chat_0001");
        assertThat(chat.accountId()).isEqualTo("acc_linkedin_1");
        assertThat(chat.accountType()).isSameAs(AccountType.LINKEDIN);
        assertThat(chat.providerId()).isEqualTo("2-Y2hhdC1wcm92aWRlcg==");
        assertThat(chat.attendeeProviderId()).isEqualTo("ACoAAattendee07");
        assertThat(chat.name()).isEqualTo("Jane Doe and John Roe");
        assertThat(chat.type()).isEqualTo(1);
        assertThat(chat.timestamp()).isEqualTo("2024-05-20T14:03:09.512Z");
        assertThat(chat.timestampInstant()).contains(Instant.parse("2024-05-20T14:03:09.512Z"));
        assertThat(chat.unreadCount()).isEqualTo(3);
        assertThat(chat.archived()).isTrue();
        assertThat(chat.mutedUntil()).isEqualTo("2024-06-01T00:00:00.000Z");
        assertThat(chat.readOnly()).isEqualTo(2);
        assertThat(chat.disabledFeatures()).containsExactly(ChatFeature.REPLY);
        assertThat(chat.subject()).isEqualTo("Partnership");
        assertThat(chat.organizationId()).isEqualTo("org-1001");
        assertThat(chat.mailboxId()).isEqualTo("mbx-2002");
        assertThat(chat.contentType()).isSameAs(ChatContentType.SPONSORED);
        assertThat(chat.folder()).containsExactly(ChatFolder.INBOX, ChatFolder.INBOX_LINKEDIN_RECRUITER);

        Message last = chat.lastMessage();
        assertThat(last.id()).isEqualTo("msg_0042");
        assertThat(last.providerId()).isEqualTo("2-bGFzdC1tZXNzYWdl");
        assertThat(last.senderId()).isEqualTo("ACoAAattendee07");
        assertThat(last.text()).isEqualTo("See you Monday");
        assertThat(last.chatId()).isEqualTo("chat_0001");
        assertThat(last.timestamp()).isEqualTo("2024-05-20T14:03:09.512Z");
        assertThat(last.timestampInstant()).contains(Instant.parse("2024-05-20T14:03:09.512Z"));
        assertThat(last.delivered()).isTrue();
        assertThat(last.subject()).isNull();
        assertThat(last.seenBy()).isEmpty();
        assertThat(last.attachments()).containsExactly(new VideoMeetingAttachment("att_meet_1", null, false, null,
                "https://meet.example.net/xyz", null, 1717405200000L, null, 1800L, null));
    }

    @Test
    void nullsAndAbsentFields() throws IOException {
        Chat chat = parse(chat("""
                {"id": "c", "name": null, "timestamp": null, "muted_until": null, "lastMessage": null,
                 "content_type": null, "disabledFeatures": null}"""));

        assertThat(chat.name()).isNull();
        assertThat(chat.timestamp()).isNull();
        assertThat(chat.timestampInstant()).isEmpty();
        assertThat(chat.mutedUntil()).isNull();
        assertThat(chat.lastMessage()).isNull();
        assertThat(chat.contentType()).isNull();
        assertThat(chat.disabledFeatures()).isEmpty();
        assertThat(chat.folder()).isEmpty();
        assertThat(chat.extra()).isEmpty();

        // Items of GET /chats carry no lastMessage at all.
        Chat item = parse(chat("{\"object\": \"Chat\", \"id\": \"c\", \"muted_until\": -1}"));
        assertThat(item.lastMessage()).isNull();
        assertThat(item.mutedUntil()).isEqualTo("-1");
        assertThat(item.attendeeProviderId()).isNull();
        assertThat(item.subject()).isNull();
        assertThat(item.contentType()).isNull();

        // A required field may be null, but not absent: a reply without one fails naming it.
        RequiredFields.assertEachRequired(chat("{}"), Chat.class, List.of("object", "id", "account_id",
                "account_type", "provider_id", "name", "type", "timestamp", "unread_count", "archived",
                "muted_until", "read_only"));
        assertThatThrownBy(() -> parse("{\"id\": \"c\"}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'object'");
    }

    @Test
    void timestampInstantReadsIso8601Leniently() throws IOException {
        assertThat(timestampOf("\"2025-12-31T23:59:59.999Z\"")).contains(WHEN);
        assertThat(timestampOf("\"2026-01-01T00:59:59.999+01:00\"")).contains(WHEN);
        assertThat(timestampOf("\" 2025-12-31T23:59:59.999Z \"")).contains(WHEN);
        assertThat(timestampOf("\"2025-12-31T23:59:59Z\"")).contains(Instant.parse("2025-12-31T23:59:59Z"));
        assertThat(timestampOf("null")).isEmpty();
        assertThat(timestampOf("\"\"")).isEmpty();
        assertThat(timestampOf("\"   \"")).isEmpty();
        assertThat(timestampOf("\"not a date\"")).isEmpty();
        assertThat(timestampOf("\"2025-12-31\"")).isEmpty();
        assertThat(timestampOf("\"2025-12-31T23:59:59\"")).isEmpty();
        assertThat(timestampOf("\"2025-13-45T99:00:00Z\"")).isEmpty();
        assertThat(timestampOf("\"2025-02-30T00:00:00Z\"")).isEmpty();
    }

    @Test
    void nonDateTimestampIsKeptAsSent() throws IOException {
        Chat chat = parse(chat("{\"timestamp\": \"not a date\", \"lastMessage\": {\"timestamp\": \"yesterday\"}}"));

        assertThat(chat.timestamp()).isEqualTo("not a date");
        assertThat(chat.timestampInstant()).isEmpty();
        assertThat(chat.lastMessage().timestamp()).isEqualTo("yesterday");
        assertThat(chat.lastMessage().timestampInstant()).isEmpty();
    }

    @Test
    void scalarTimestampIsCoercedToItsText() throws IOException {
        // Jackson's default coercion turns a JSON number into its text for a String field, as for every other String
        // of the models; timestampInstant() then finds no date in it (epoch numbers are not read as dates).
        Chat huge = parse(chat("{\"timestamp\": 5.5e999}"));
        Chat millis = parse(chat("{\"timestamp\": 1716213789512}"));

        assertThat(huge.timestamp()).isEqualTo("5.5e999");
        assertThat(huge.timestampInstant()).isEmpty();
        assertThat(millis.timestamp()).isEqualTo("1716213789512");
        assertThat(millis.timestampInstant()).isEmpty();
    }

    @Test
    void unknownEnumValuesKeepTheirText() throws IOException {
        Chat chat = parse(chat("""
                {"account_type": "DISCORD", "content_type": "job_offer", "folder": ["INBOX", "ARCHIVE"],
                 "disabledFeatures": ["edit"], "lastMessage": {"attachments": [{"type": "sticker_pack", "id": "s",
                 "unavailable": true}]}}"""));

        assertThat(chat.accountType().value()).isEqualTo("DISCORD");
        assertThat(chat.accountType().isKnown()).isFalse();
        assertThat(chat.contentType().value()).isEqualTo("job_offer");
        assertThat(chat.contentType().isKnown()).isFalse();
        assertThat(chat.folder()).containsExactly(ChatFolder.INBOX, ChatFolder.of("ARCHIVE"));
        assertThat(chat.folder().get(1).isKnown()).isFalse();
        assertThat(chat.disabledFeatures()).extracting(ChatFeature::value).containsExactly("edit");
        MessageAttachment attachment = chat.lastMessage().attachments().get(0);
        assertThat(attachment.type()).isEqualTo(AttachmentType.of("sticker_pack"));
        assertThat(attachment.unavailable()).isTrue();
    }

    @Test
    void unknownFieldsLandInExtra() throws IOException {
        Chat chat = parse(chat("{\"id\": \"c\", \"pinned\": true, \"lastMessage\": {\"id\": \"m\", \"pinned\": 1}}"));

        assertThat(chat.extra()).containsOnlyKeys("pinned");
        assertThat(chat.extra().get("pinned").asBoolean()).isTrue();
        assertThat(chat.lastMessage().extra().get("pinned").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"timestamp\": {}}",
            "{\"timestamp\": []}",
            "{\"timestamp\": [\"2024-05-20T14:03:09.512Z\"]}",
            "{\"type\": \"group\"}",
            "{\"unread_count\": []}",
            "{\"unread_count\": 5.5e999}",
            "{\"archived\": \"no\"}",
            "{\"muted_until\": {}}",
            "{\"muted_until\": [-1]}",
            "{\"folder\": \"INBOX\"}",
            "{\"disabledFeatures\": [{}]}",
            "{\"account_type\": []}",
            "{\"lastMessage\": []}",
            "{\"lastMessage\": \"hello\"}",
            "{\"lastMessage\": {\"attachments\": [{\"type\": 7}]}}",
            "{\"lastMessage\": {\"timestamp\": {\"seconds\": 1}}}",
            "{\"lastMessage\": {\"reply_to\": {\"timestamp\": []}}}",
    })
    void wrongTypesFailWithAJacksonException(String json) {
        ParseFailures.assertFailsCleanly(() -> parse(chat(json)), JsonProcessingException.class);
    }

    @Test
    void isImmutable() throws IOException {
        Chat chat = parse(resource("chat.json"));

        assertThatThrownBy(() -> chat.folder().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chat.disabledFeatures().add(ChatFeature.REACTIONS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chat.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chat.lastMessage().attachments().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        Chat chat = parse(resource("chat.json"));

        assertThat(parse(Json.mapper().writeValueAsString(chat))).isEqualTo(chat);
    }

    private static Optional<Instant> timestampOf(String jsonValue) throws IOException {
        return parse(chat("{\"timestamp\": " + jsonValue + "}")).timestampInstant();
    }

    /** {@code json} with the required fields it lacks, its own and those of its lastMessage, added. */
    private static String chat(String json) {
        return RequiredFields.fill(json, Map.of("", RequiredFields.CHAT, "/lastMessage", RequiredFields.MESSAGE));
    }

    private static Chat parse(String json) throws IOException {
        return Json.mapper().readValue(json, Chat.class);
    }

    private static String resource(String name) {
        try (InputStream in = ChatTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
