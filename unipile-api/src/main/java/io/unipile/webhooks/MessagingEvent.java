package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.chats.ChatContentType;
import io.unipile.chats.ChatFolder;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;
import io.unipile.messages.MessageAttachment;
import io.unipile.messages.MessageType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payload of a messaging webhook: a message was received, sent, read, delivered, edited or deleted, or someone
 * reacted to it ({@link #event()}). Messages the account itself sends are delivered too.
 * <p>The field names are Unipile's public documentation and the {@code data} keys of {@code POST /api/v1/webhooks};
 * no schema gives their types. Fields whose shape is documented nowhere ({@code account_info}, {@code quoted}) stay
 * JSON. A field renamed through the webhook's {@code data} lands in {@code extra} under its new name.
 *
 * @param accountId         the Unipile id of the account
 * @param accountType       the account's provider
 * @param accountInfo       the wire's {@code account_info}, as sent, or {@code null} when not sent; its shape is not
 *                          documented
 * @param event             what happened
 * @param chatId            the Unipile id of the chat
 * @param timestamp         when it happened, as the server wrote it (ISO 8601 in the documentation's example), or
 *                          {@code null}; see {@link #timestampInstant()}
 * @param webhookName       the name of the webhook that delivers this payload, or {@code null} when it has none
 * @param messageId         the Unipile id of the message
 * @param message           the text of the message, or {@code null} when it has none
 * @param sender            who sent the message, or {@code null} when not told
 * @param attendees         the chat's attendees; empty when not told
 * @param attachments       the message's attachments; empty when none. The documentation's example sends a single
 *                          object rather than an array, which is read as a list of one
 * @param reaction          the reaction, for {@link WebhookEventType#MESSAGE_REACTION}, or {@code null}
 * @param reactionSender    who reacted, for {@link WebhookEventType#MESSAGE_REACTION}, or {@code null}
 * @param subject           the message's subject, or {@code null} when it has none
 * @param providerChatId    the provider's id of the chat, or {@code null} when not told
 * @param providerMessageId the provider's id of the message, or {@code null} when not told
 * @param isEvent           whether the message is an event of the chat rather than a message; {@code false} when not
 *                          told
 * @param quoted            the wire's {@code quoted}: the message this one quotes, as sent, or {@code null}; its shape
 *                          in webhooks is not documented
 * @param chatContentType   the special kind of a LinkedIn chat, or {@code null} for an ordinary chat
 * @param messageType       the LinkedIn kind of the message, or {@code null} when not told
 * @param isGroup           whether the chat is a group chat; {@code false} when not told
 * @param folder            the folders the chat is filed in; empty when not told (a single string is read as a list
 *                          of one)
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record MessagingEvent(
        @JsonProperty("account_id") String accountId,
        @JsonProperty("account_type") AccountType accountType,
        @JsonProperty("account_info") JsonNode accountInfo,
        @JsonProperty("event") WebhookEventType event,
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("webhook_name") String webhookName,
        @JsonProperty("message_id") String messageId,
        @JsonProperty("message") String message,
        @JsonProperty("sender") WebhookAttendee sender,
        @JsonProperty("attendees") List<WebhookAttendee> attendees,
        @JsonProperty("attachments") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<MessageAttachment> attachments,
        @JsonProperty("reaction") String reaction,
        @JsonProperty("reaction_sender") WebhookAttendee reactionSender,
        @JsonProperty("subject") String subject,
        @JsonProperty("provider_chat_id") String providerChatId,
        @JsonProperty("provider_message_id") String providerMessageId,
        @JsonProperty("is_event") boolean isEvent,
        @JsonProperty("quoted") JsonNode quoted,
        @JsonProperty("chat_content_type") ChatContentType chatContentType,
        @JsonProperty("message_type") MessageType messageType,
        @JsonProperty("is_group") boolean isGroup,
        @JsonProperty("folder") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<ChatFolder> folder,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookEvent {

    public MessagingEvent {
        accountInfo = copyOrNull(accountInfo);
        attendees = Immutables.list(attendees);
        attachments = Immutables.list(attachments);
        quoted = copyOrNull(quoted);
        folder = Immutables.list(folder);
        extra = Immutables.map(extra);
    }

    /** {@code account_info} as sent; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode accountInfo() {
        return copyOrNull(accountInfo);
    }

    /** {@code quoted} as sent; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode quoted() {
        return copyOrNull(quoted);
    }

    /** {@code timestamp} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> timestampInstant() {
        return Json.parseInstant(timestamp);
    }

    // JsonNode is mutable, and Jackson hands a JSON null to a JsonNode field as a NullNode rather than null.
    private static JsonNode copyOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.deepCopy();
    }
}
