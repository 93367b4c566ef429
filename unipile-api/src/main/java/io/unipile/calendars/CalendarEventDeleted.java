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
 * The reply of {@code DELETE /api/v1/calendars/{calendar_id}/events/{event_id}} ({@code "object": "CalendarEventDeleted"}).
 *
 * @param object always {@code CalendarEventDeleted}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record CalendarEventDeleted(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CalendarEventDeleted {
        extra = Immutables.map(extra);
    }
}
