package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The message a message answers ({@code reply_to}).
 *
 * @param id               the Unipile id of the answered message
 * @param providerId       the provider's id of the answered message
 * @param timestamp        when the answered message was sent, as the server wrote it; the spec gives no format,
 *                         see {@link #timestampInstant()}
 * @param senderAttendeeId the Unipile attendee id of the answered message's sender
 * @param senderId         the provider id of the answered message's sender
 * @param text             the text of the answered message, or {@code null} when it has none
 * @param extra            fields this version of the library does not know, kept as sent
 */
public record ReplyTo(
        @JsonProperty("id") String id,
        @JsonProperty("provider_id") String providerId,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("sender_attendee_id") String senderAttendeeId,
        @JsonProperty("sender_id") String senderId,
        @JsonProperty("text") String text,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ReplyTo {
        extra = Immutables.map(extra);
    }

    /** {@code timestamp} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> timestampInstant() {
        return Json.parseInstant(timestamp);
    }
}
