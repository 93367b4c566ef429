package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A message of a chat: what {@code GET /api/v1/messages/{message_id}} returns, the items of
 * {@code GET /api/v1/chats/{chat_id}/messages} and {@code GET /api/v1/messages}, and a chat's {@code lastMessage}
 * (the spec gives all of them the same shape, except that {@code object} is absent from {@code lastMessage}).
 * <p>The spec sends the flags {@code is_sender}, {@code seen}, {@code hidden}, ... as the numbers 0 and 1; they are
 * booleans here.
 *
 * @param object           {@code Message}, or {@code null} inside a chat's {@code lastMessage}, which has no
 *                         {@code object}
 * @param providerId       the provider's id of the message
 * @param senderId         the provider id of the sender
 * @param text             the text, or {@code null} when the message has none
 * @param attachments      the attachments; empty when none
 * @param id               the Unipile id of the message
 * @param accountId        the Unipile id of the account the message belongs to
 * @param chatId           the Unipile id of the chat
 * @param chatProviderId   the provider's id of the chat
 * @param timestamp        when the message was sent, as the server wrote it; the spec gives no format, see
 *                         {@link #timestampInstant()}
 * @param isSender         whether the account itself sent the message
 * @param quoted           the message this one quotes, or {@code null} when none
 * @param reactions        the reactions to the message; empty when none
 * @param seen             whether the message has been seen
 * @param seenBy           who has seen the message, keyed by attendee; the spec gives each value as a string or a
 *                         boolean without saying more (its own example sends an object), so values stay JSON;
 *                         empty when not told
 * @param hidden           whether the message is hidden
 * @param deleted          whether the message has been deleted
 * @param edited           whether the message has been edited
 * @param isEvent          whether the message is an event of the chat (see {@code eventType}) rather than a message
 * @param delivered        whether the message has been delivered
 * @param behavior         {@code 0} or {@code null}; the spec does not say what it means
 * @param eventType        the kind of event, 0 to 9, for event messages, or {@code null}; the spec lists the numbers
 *                         without describing them
 * @param original         the message as the provider gave it to Unipile, as a string
 * @param replies          how many replies the message has in its thread, or {@code null} when not told
 * @param replyBy          the ids of who replied in the message's thread; empty when none
 * @param parent           the Unipile id of the message whose thread holds this one, or {@code null}
 * @param senderAttendeeId the Unipile attendee id of the sender
 * @param subject          the subject, or {@code null} when the message has none
 * @param messageType      the LinkedIn kind of the message, or {@code null} when not told
 * @param attendeeType     the LinkedIn kind of the sender, or {@code null} when not told
 * @param attendeeDistance the LinkedIn network distance to the sender, or {@code null}; the spec lists 1, 2, 3, 4
 *                         and -1 without describing them
 * @param senderUrn        the LinkedIn URN of the sender, or {@code null} when not told
 * @param replyTo          the message this one answers, or {@code null} when none
 * @param extra            fields this version of the library does not know, kept as sent
 */
public record Message(
        @JsonProperty("object") String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "sender_id", required = true) String senderId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "text", required = true) String text,
        @JsonInclude(ALWAYS) @JsonProperty(value = "attachments", required = true) List<MessageAttachment> attachments,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "chat_id", required = true) String chatId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "chat_provider_id", required = true) String chatProviderId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "timestamp", required = true) String timestamp,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_sender", required = true) boolean isSender,
        @JsonProperty("quoted") QuotedMessage quoted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reactions", required = true) List<Reaction> reactions,
        @JsonInclude(ALWAYS) @JsonProperty(value = "seen", required = true) boolean seen,
        @JsonInclude(ALWAYS) @JsonProperty(value = "seen_by", required = true) Map<String, JsonNode> seenBy,
        @JsonInclude(ALWAYS) @JsonProperty(value = "hidden", required = true) boolean hidden,
        @JsonInclude(ALWAYS) @JsonProperty(value = "deleted", required = true) boolean deleted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "edited", required = true) boolean edited,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_event", required = true) boolean isEvent,
        @JsonInclude(ALWAYS) @JsonProperty(value = "delivered", required = true) boolean delivered,
        @JsonInclude(ALWAYS) @JsonProperty(value = "behavior", required = true) Integer behavior,
        @JsonProperty("event_type") Integer eventType,
        @JsonInclude(ALWAYS) @JsonProperty(value = "original", required = true) String original,
        @JsonProperty("replies") Integer replies,
        @JsonProperty("reply_by") List<String> replyBy,
        @JsonProperty("parent") String parent,
        @JsonInclude(ALWAYS) @JsonProperty(value = "sender_attendee_id", required = true) String senderAttendeeId,
        @JsonProperty("subject") String subject,
        @JsonProperty("message_type") MessageType messageType,
        @JsonProperty("attendee_type") AttendeeType attendeeType,
        @JsonProperty("attendee_distance") Integer attendeeDistance,
        @JsonProperty("sender_urn") String senderUrn,
        @JsonProperty("reply_to") ReplyTo replyTo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Message {
        attachments = Immutables.list(attachments);
        reactions = Immutables.list(reactions);
        seenBy = Immutables.map(seenBy);
        replyBy = Immutables.list(replyBy);
        extra = Immutables.map(extra);
    }

    /** {@code timestamp} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> timestampInstant() {
        return Json.parseInstant(timestamp);
    }
}
