package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A participant as a messaging webhook names it ({@code sender}, {@code reaction_sender}, {@code attendees} item).
 *
 * @param attendeeId         the Unipile id of the attendee
 * @param attendeeName       the attendee's display name, or {@code null} when not told
 * @param attendeeProviderId the provider's id of the attendee
 * @param attendeeProfileUrl a URL to the attendee's profile, or {@code null} when not told
 * @param extra              fields this version of the library does not know, kept as sent
 */
public record WebhookAttendee(
        @JsonProperty("attendee_id") String attendeeId,
        @JsonProperty("attendee_name") String attendeeName,
        @JsonProperty("attendee_provider_id") String attendeeProviderId,
        @JsonProperty("attendee_profile_url") String attendeeProfileUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public WebhookAttendee {
        extra = Immutables.map(extra);
    }
}
