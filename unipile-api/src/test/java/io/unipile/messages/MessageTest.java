package io.unipile.messages;

import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MessageTest {

    @Test
    void realisticMessageKeepsEveryValueInItsPlace() throws IOException {
        Message m = Json.mapper().readValue(resource("message.json"), Message.class);

        assertThat(m.object()).isEqualTo("Message");
        assertThat(m.providerId()).isEqualTo("2-MTcxNjQ2NTc4OTA1NmI=");
        assertThat(m.senderId()).isEqualTo("ACoAAsender01");
        assertThat(m.text()).isEqualTo("Here are the files we talked about");
        assertThat(m.id()).isEqualTo("msg_0001");
        assertThat(m.accountId()).isEqualTo("acc_linkedin_1");
        assertThat(m.chatId()).isEqualTo("chat_0001");
        assertThat(m.chatProviderId()).isEqualTo("2-Y2hhdC1wcm92aWRlcg==");
        assertThat(m.timestamp()).isEqualTo("2024-05-20T14:03:09.512Z");
        assertThat(m.timestampInstant()).contains(Instant.parse("2024-05-20T14:03:09.512Z"));
        assertThat(m.isSender()).isTrue();
        assertThat(m.seen()).isTrue();
        assertThat(m.hidden()).isFalse();
        assertThat(m.deleted()).isFalse();
        assertThat(m.edited()).isTrue();
        assertThat(m.isEvent()).isFalse();
        assertThat(m.delivered()).isTrue();
        assertThat(m.behavior()).isNull();
        assertThat(m.eventType()).isEqualTo(3);
        assertThat(m.original()).isEqualTo("{\"id\":\"2-MTcxNjQ2NTc4OTA1NmI=\"}");
        assertThat(m.replies()).isEqualTo(4);
        assertThat(m.replyBy()).containsExactly("ACoAAreplier04", "ACoAAreplier05");
        assertThat(m.parent()).isEqualTo("msg_0000");
        assertThat(m.senderAttendeeId()).isEqualTo("att_attendee_1");
        assertThat(m.subject()).isEqualTo("Files");
        assertThat(m.messageType()).isSameAs(MessageType.INMAIL_REPLY);
        assertThat(m.attendeeType()).isSameAs(AttendeeType.ORGANIZATION);
        assertThat(m.attendeeDistance()).isEqualTo(2);
        assertThat(m.senderUrn()).isEqualTo("urn:li:fsd_profile:ACoAAsender01");
        assertThat(m.extra()).isEmpty();

        assertThat(m.reactions()).extracting(Reaction::value, Reaction::senderId, Reaction::isSender)
                .containsExactly(tuple("👍", "ACoAAreactor03", false), tuple("🎉", "ACoAAsender01", true));
        assertThat(m.seenBy()).containsOnlyKeys("att_attendee_9", "att_attendee_10");
        assertThat(m.seenBy().get("att_attendee_9").asText()).isEqualTo("2024-05-20T14:05:00.000Z");
        assertThat(m.seenBy().get("att_attendee_10").booleanValue()).isTrue();

        assertThat(m.quoted()).isEqualTo(new QuotedMessage("2-cXVvdGVkLXByb3ZpZGVy", "ACoAAquoted02", null,
                List.of(new FileAttachment("att_q_1", null, false, null, null, null, "agenda.docx", null)), null));
        assertThat(m.replyTo()).isEqualTo(new ReplyTo("msg_0000", "2-cmVwbHktdG8=", "2024-05-20T13:59:59.000Z",
                "att_attendee_2", "ACoAAreplied06", "Can you send the files?", null));
        assertThat(m.replyTo().timestampInstant()).contains(Instant.parse("2024-05-20T13:59:59Z"));
    }

    @Test
    void eachAttachmentKindBecomesItsRecord() throws IOException {
        List<MessageAttachment> attachments =
                Json.mapper().readValue(resource("message.json"), Message.class).attachments();

        assertThat(attachments).extracting(MessageAttachment::type).containsExactly(AttachmentType.IMG,
                AttachmentType.VIDEO, AttachmentType.AUDIO, AttachmentType.FILE, AttachmentType.LINKEDIN_POST,
                AttachmentType.VIDEO_MEETING, AttachmentType.of("poll"));
        assertThat(attachments.get(0)).isEqualTo(new ImageAttachment("att_img_1", 48213L, false, "image/png",
                "https://media.example.net/img-1.png", 1717000000000L, new MediaSize(1280, 720, null), false, null));
        assertThat(attachments.get(1)).isEqualTo(new VideoAttachment("att_vid_2", 5242880L, false, "video/mp4",
                "https://media.example.net/vid-2.mp4", 1717000000001L, new MediaSize(640, 360, null), true, null));
        assertThat(attachments.get(2)).isEqualTo(new AudioAttachment("att_aud_3", 30720L, true, "audio/ogg",
                null, 1717000000002L, 12.5, true, null));
        assertThat(attachments.get(3)).isEqualTo(new FileAttachment("att_file_4", 102400L, false,
                "application/pdf", "https://media.example.net/quote.pdf", null, "quote-2024.pdf", null));
        assertThat(attachments.get(4)).isEqualTo(new LinkedInPostAttachment("att_post_5", null, false, null,
                "https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000", null, null));
        assertThat(attachments.get(5)).isEqualTo(new VideoMeetingAttachment("att_meet_6", null, false, null,
                "https://meet.example.net/abc-defg-hij", null, 1717003600000L, 1717007200000L, 3600L, null));
        // The type already says the kind: it must not leak into extra.
        assertThat(attachments.subList(0, 6)).allSatisfy(a -> assertThat(a.extra()).isEmpty());
    }

    @Test
    void unknownAttachmentKindKeepsItsTypeAndFields() throws IOException {
        MessageAttachment a = Json.mapper().readValue(resource("message.json"), Message.class).attachments().get(6);

        assertThat(a).isInstanceOfSatisfying(UnknownAttachment.class, u -> {
            assertThat(u.type().value()).isEqualTo("poll");
            assertThat(u.type().isKnown()).isFalse();
            assertThat(u.id()).isEqualTo("att_poll_7");
            assertThat(u.fileSize()).isEqualTo(12L);
            assertThat(u.unavailable()).isFalse();
            assertThat(u.mimetype()).isEqualTo("application/json");
            assertThat(u.url()).isEqualTo("https://media.example.net/poll-7");
            assertThat(u.urlExpiresAt()).isEqualTo(1717000000007L);
            assertThat(u.extra()).containsOnlyKeys("question", "options");
            assertThat(u.extra().get("question").asText()).isEqualTo("Lunch?");
            assertThat(u.extra().get("options").get(1).asText()).isEqualTo("no");
        });
    }

    @Test
    void attachmentAloneAndInAListParse() throws IOException {
        MessageAttachment single = Json.mapper().readValue(
                "{\"type\": \"audio\", \"id\": \"a\", \"unavailable\": false, \"voice_note\": false}",
                MessageAttachment.class);
        List<MessageAttachment> list = Json.mapper().readValue(
                "[{\"type\": \"img\", \"id\": \"i\", \"unavailable\": true, \"sticker\": true}, null]",
                new TypeReference<List<MessageAttachment>>() {
                });

        assertThat(single).isEqualTo(new AudioAttachment("a", null, false, null, null, null, null, false, null));
        assertThat(list).hasSize(2);
        assertThat(list.get(0)).isInstanceOfSatisfying(ImageAttachment.class, i -> {
            assertThat(i.sticker()).isTrue();
            assertThat(i.unavailable()).isTrue();
            assertThat(i.size()).isNull();
        });
        assertThat(list.get(1)).isNull();
    }

    @Test
    void unknownFieldsLandInExtraAtEveryLevel() throws IOException {
        Message m = parse(message("""
                {"id": "m", "pinned": true,
                 "attachments": [{"type": "img", "id": "i", "unavailable": false, "sticker": false,
                   "size": {"width": 1, "height": 2, "dpi": 72}, "blurhash": "LEHV6n"}],
                 "quoted": {"provider_id": "p", "forwarded": 1, "attachments": []},
                 "reactions": [{"value": "x", "sender_id": "s", "is_sender": false, "at": "now"}],
                 "reply_to": {"id": "r", "thread": "t"}}"""));

        assertThat(m.extra()).containsOnlyKeys("pinned");
        ImageAttachment image = (ImageAttachment) m.attachments().get(0);
        assertThat(image.extra()).containsOnlyKeys("blurhash");
        assertThat(image.size().extra().get("dpi").asInt()).isEqualTo(72);
        assertThat(m.quoted().extra().get("forwarded").asInt()).isEqualTo(1);
        assertThat(m.reactions().get(0).extra().get("at").asText()).isEqualTo("now");
        assertThat(m.replyTo().extra().get("thread").asText()).isEqualTo("t");
    }

    @Test
    void unknownEnumValuesKeepTheirText() throws IOException {
        Message m = parse(message("{\"message_type\": \"POLL\", \"attendee_type\": \"BOT\"}"));

        assertThat(m.messageType().value()).isEqualTo("POLL");
        assertThat(m.messageType().isKnown()).isFalse();
        assertThat(m.attendeeType().value()).isEqualTo("BOT");
        assertThat(m.attendeeType().isKnown()).isFalse();
        assertThat(MessageType.of("INVITATION")).isSameAs(MessageType.INVITATION);
    }

    @Test
    void nullsAndAbsentFields() throws IOException {
        Message m = parse(message("""
                {"id": "m", "text": null, "subject": null, "behavior": null, "quoted": null, "reply_to": null,
                 "attachments": null, "reactions": null, "seen_by": null, "reply_by": null,
                 "is_sender": 0, "seen": 0, "hidden": 1, "deleted": 1, "edited": 0, "is_event": 1,
                 "delivered": 0, "attendee_distance": -1}"""));

        assertThat(m.text()).isNull();
        assertThat(m.subject()).isNull();
        assertThat(m.behavior()).isNull();
        assertThat(m.quoted()).isNull();
        assertThat(m.replyTo()).isNull();
        assertThat(m.attachments()).isEmpty();
        assertThat(m.reactions()).isEmpty();
        assertThat(m.seenBy()).isEmpty();
        assertThat(m.replyBy()).isEmpty();
        assertThat(m.isSender()).isFalse();
        assertThat(m.seen()).isFalse();
        assertThat(m.hidden()).isTrue();
        assertThat(m.deleted()).isTrue();
        assertThat(m.edited()).isFalse();
        assertThat(m.isEvent()).isTrue();
        assertThat(m.delivered()).isFalse();
        assertThat(m.attendeeDistance()).isEqualTo(-1);

        Message bare = parse(message("{\"id\": \"m\", \"timestamp\": null}"));
        assertThat(bare.object()).isNull();
        assertThat(bare.timestamp()).isNull();
        assertThat(bare.timestampInstant()).isEmpty();
        assertThat(bare.eventType()).isNull();
        assertThat(bare.replies()).isNull();
        assertThat(bare.messageType()).isNull();
        assertThat(bare.attachments()).isEmpty();
        assertThat(bare.seenBy()).isEmpty();
        assertThat(bare.quoted()).isNull();
        assertThat(bare.replyBy()).isEmpty();
        assertThat(bare.extra()).isEmpty();

        // A required field may be null, but not absent: a reply without one fails naming it.
        RequiredFields.assertEachRequired(message("{}"), Message.class, List.of("provider_id", "sender_id",
                "text", "attachments", "id", "account_id", "chat_id", "chat_provider_id", "timestamp",
                "is_sender", "reactions", "seen", "seen_by", "hidden", "deleted", "edited", "is_event",
                "delivered", "behavior", "original", "sender_attendee_id"));
        assertThatThrownBy(() -> parse("{\"id\": \"m\"}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'provider_id'");

        VideoMeetingAttachment meeting = (VideoMeetingAttachment) Json.mapper().readValue("""
                {"type": "video_meeting", "id": "v", "unavailable": false,
                 "starts_at": null, "expires_at": null, "time_range": null}""", MessageAttachment.class);
        assertThat(meeting.startsAt()).isNull();
        assertThat(meeting.expiresAt()).isNull();
        assertThat(meeting.timeRange()).isNull();
    }

    @Test
    void timestampsAreKeptAsSent() throws IOException {
        Message m = parse(message("""
                {"timestamp": "2024-05-20T16:03:09.512+02:00", "reply_to": {"timestamp": "yesterday"}}"""));
        Message huge = parse(message("{\"timestamp\": 5.5e999, \"reply_to\": {\"timestamp\": \"\"}}"));

        assertThat(m.timestamp()).isEqualTo("2024-05-20T16:03:09.512+02:00");
        assertThat(m.timestampInstant()).contains(Instant.parse("2024-05-20T14:03:09.512Z"));
        assertThat(m.replyTo().timestamp()).isEqualTo("yesterday");
        assertThat(m.replyTo().timestampInstant()).isEmpty();
        // Jackson's default coercion turns a JSON number into its text for a String field.
        assertThat(huge.timestamp()).isEqualTo("5.5e999");
        assertThat(huge.timestampInstant()).isEmpty();
        assertThat(huge.replyTo().timestamp()).isEmpty();
        assertThat(huge.replyTo().timestampInstant()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"timestamp\": {}}",
            "{\"timestamp\": [\"2024-05-20T14:03:09.512Z\"]}",
            "{\"attachments\": {}}",
            "{\"attachments\": [{\"type\": 7, \"id\": \"a\"}]}",
            "{\"attachments\": [{\"type\": null, \"id\": \"a\"}]}",
            "{\"attachments\": [{\"id\": \"a\"}]}",
            "{\"attachments\": [\"img\"]}",
            "{\"attachments\": [[]]}",
            "{\"attachments\": [{\"type\": \"img\", \"size\": \"big\"}]}",
            "{\"attachments\": [{\"type\": \"file\", \"file_size\": \"1 MB\"}]}",
            "{\"attachments\": [{\"type\": \"file\", \"file_size\": 5.5e999}]}",
            "{\"attachments\": [{\"type\": \"img\", \"size\": {\"width\": 1e12, \"height\": 1}}]}",
            "{\"attachments\": [{\"type\": \"poll\", \"url_expires_at\": {}}]}",
            "{\"quoted\": {\"attachments\": [{\"type\": 7}]}}",
            "{\"quoted\": \"text\"}",
            "{\"reactions\": \"x\"}",
            "{\"reactions\": [{\"is_sender\": \"maybe\"}]}",
            "{\"seen_by\": []}",
            "{\"reply_by\": [{}]}",
            "{\"event_type\": \"call\"}",
            "{\"message_type\": []}",
            "{\"reply_to\": {\"timestamp\": {\"seconds\": 1}}}",
            "{\"reply_to\": {\"timestamp\": []}}",
            "{\"is_sender\": \"yes\"}",
    })
    void wrongTypesFailWithAJacksonException(String json) {
        ParseFailures.assertFailsCleanly(() -> parse(message(json)), JsonProcessingException.class);
    }

    @Test
    void wrongAttachmentTypeSaysWhy() {
        assertThatThrownBy(() -> parse(message("{\"attachments\": [{\"type\": 7}]}")))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("\"type\"")
                .hasMessageContaining("attachments");
    }

    @Test
    void isImmutable() throws IOException {
        Message m = Json.mapper().readValue(resource("message.json"), Message.class);

        assertThatThrownBy(() -> m.attachments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.reactions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.replyBy().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.seenBy().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.quoted().attachments().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.attachments().get(6).extra().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        Message m = Json.mapper().readValue(resource("message.json"), Message.class);

        String json = Json.mapper().writeValueAsString(m);
        JsonNode tree = Json.mapper().readTree(json);

        assertThat(parse(json)).isEqualTo(m);
        assertThat(tree.at("/attachments/0/type").asText()).isEqualTo("img");
        assertThat(tree.at("/attachments/6/type").asText()).isEqualTo("poll");
        assertThat(tree.at("/attachments/6/question").asText()).isEqualTo("Lunch?");
        assertThat(tree.at("/message_type").asText()).isEqualTo("INMAIL_REPLY");
        assertThat(tree.at("/is_sender").asBoolean()).isTrue();
        assertThat(tree.at("/timestamp").asText()).isEqualTo("2024-05-20T14:03:09.512Z");
        assertThat(tree.at("/reply_to/timestamp").asText()).isEqualTo("2024-05-20T13:59:59.000Z");
        assertThat(tree.has("timestampInstant")).isFalse();
    }

    /** {@code json} with the required fields it lacks added. */
    private static String message(String json) {
        return RequiredFields.fill(json, RequiredFields.MESSAGE);
    }

    private static Message parse(String json) throws IOException {
        return Json.mapper().readValue(json, Message.class);
    }

    private static String resource(String name) {
        try (InputStream in = MessageTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
