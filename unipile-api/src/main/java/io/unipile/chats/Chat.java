package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;
import io.unipile.messages.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A chat ({@code "object": "Chat"}), as {@code GET /api/v1/chats/{chat_id}} and the items of
 * {@code GET /api/v1/chats} return it.
 * <p>The spec sends {@code archived} as the numbers 0 and 1; it is a boolean here. {@code type} and
 * {@code read_only} have three values each and stay numbers.
 *
 * @param object             always {@code Chat}
 * @param id                 the Unipile id of the chat
 * @param accountId          the Unipile id of the account the chat belongs to
 * @param accountType        the provider of that account
 * @param providerId         the provider's id of the chat
 * @param attendeeProviderId the provider id of the other party of a one-to-one chat, or {@code null} when not told
 * @param name               the chat's name, or {@code null} when it has none
 * @param type               0, 1 or 2; the spec lists the numbers without naming them
 * @param timestamp          when the chat was last active, as the server wrote it, or {@code null}; the spec gives
 *                           no format (its example sends {@code "string"}), see {@link #timestampInstant()}
 * @param unreadCount        how many messages are unread
 * @param archived           whether the chat is archived
 * @param mutedUntil         the wire's {@code muted_until}: {@code "-1"} when the server sends the number -1, the
 *                           string as sent when it sends a string, or {@code null}; the spec says neither what -1
 *                           means nor how the string is formatted, so it is not interpreted
 * @param readOnly           0, 1 or 2; the spec lists the numbers without naming them
 * @param disabledFeatures   the features the chat does not offer; empty when not told
 * @param subject            the chat's subject, or {@code null} when not told
 * @param organizationId     the LinkedIn id of the organization whose mailbox holds the chat, or {@code null}
 * @param mailboxId          the LinkedIn id of that organization mailbox, or {@code null}
 * @param contentType        the special kind of a LinkedIn chat, or {@code null} for an ordinary chat
 * @param folder             the folders the chat is filed in; empty when not told
 * @param lastMessage        the latest message, or {@code null} when the server sent none (list items have none)
 * @param extra              fields this version of the library does not know, kept as sent
 */
public record Chat(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_type", required = true) AccountType accountType,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonProperty("attendee_provider_id") String attendeeProviderId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) int type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "timestamp", required = true) String timestamp,
        @JsonInclude(ALWAYS) @JsonProperty(value = "unread_count", required = true) int unreadCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "archived", required = true) boolean archived,
        @JsonInclude(ALWAYS) @JsonProperty(value = "muted_until", required = true) String mutedUntil,
        @JsonInclude(ALWAYS) @JsonProperty(value = "read_only", required = true) int readOnly,
        @JsonProperty("disabledFeatures") List<ChatFeature> disabledFeatures,
        @JsonProperty("subject") String subject,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("mailbox_id") String mailboxId,
        @JsonProperty("content_type") ChatContentType contentType,
        @JsonProperty("folder") List<ChatFolder> folder,
        @JsonProperty("lastMessage") Message lastMessage,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Chat {
        disabledFeatures = Immutables.list(disabledFeatures);
        folder = Immutables.list(folder);
        extra = Immutables.map(extra);
    }

    /** {@code timestamp} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> timestampInstant() {
        return Json.parseInstant(timestamp);
    }
}
