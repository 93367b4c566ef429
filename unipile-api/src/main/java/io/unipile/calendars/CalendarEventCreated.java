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
 * The reply of {@code POST /api/v1/calendars/{calendar_id}/events} ({@code "object": "CalendarEventCreated"}).
 *
 * @param object  always {@code CalendarEventCreated}
 * @param eventId the new event's id
 * @param extra   fields this version of the library does not know, kept as sent
 */
public record CalendarEventCreated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "event_id", required = true) String eventId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CalendarEventCreated {
        extra = Immutables.map(extra);
    }
}
