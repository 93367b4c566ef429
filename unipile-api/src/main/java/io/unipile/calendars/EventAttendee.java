package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An attendee of an event, as the event replies show them.
 *
 * @param email          their email address
 * @param displayName    {@code display_name}, or {@code null}
 * @param comment        the comment they answered with, or {@code null}
 * @param organizer      {@code is_organizer}: whether they organise the event
 * @param optional       {@code is_optional}: whether they are optional (from {@link #type()})
 * @param resource       {@code is_resource}: whether they are a resource such as a room (from {@link #type()})
 * @param type           required, optional or resource
 * @param responseStatus {@code response_status}: yes, no, maybe, or noreply while pending
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record EventAttendee(
        @JsonInclude(ALWAYS) @JsonProperty(value = "email", required = true) String email,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("comment") String comment,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_organizer", required = true) Boolean organizer,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_optional", required = true) Boolean optional,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_resource", required = true) Boolean resource,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) AttendeeType type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "response_status", required = true)
        AttendeeResponse responseStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EventAttendee {
        extra = Immutables.map(extra);
    }
}
