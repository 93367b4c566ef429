package io.unipile.attendees;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A participant of the account's chats ({@code "object": "ChatAttendee"}), as
 * {@code GET /api/v1/chat_attendees/{id}} returns it and as the items of {@code GET /api/v1/chat_attendees} and
 * {@code GET /api/v1/chats/{chat_id}/attendees}.
 * <p>The spec sends {@code is_self} and {@code hidden} as the numbers 0 and 1; they are booleans here.
 *
 * @param object     always {@code ChatAttendee}
 * @param id         the Unipile id of the attendee
 * @param accountId  the Unipile id of the account the attendee was met through
 * @param providerId the provider's id of the attendee
 * @param name       the attendee's display name
 * @param isSelf     whether the attendee is the account's own user
 * @param hidden     whether the attendee is hidden; {@code false} when not told
 * @param pictureUrl a URL to the attendee's picture, or {@code null} when not told
 * @param profileUrl a URL to the attendee's profile, or {@code null} when not told
 * @param specifics  provider-specific data, or {@code null} when the provider has none
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record ChatAttendee(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_self", required = true) boolean isSelf,
        @JsonProperty("hidden") boolean hidden,
        @JsonProperty("picture_url") String pictureUrl,
        @JsonProperty("profile_url") String profileUrl,
        @JsonProperty("specifics") AttendeeSpecifics specifics,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatAttendee {
        extra = Immutables.map(extra);
    }
}
