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
 * The organizer of an event.
 *
 * @param email       their email address
 * @param displayName {@code display_name}, or {@code null}
 * @param extra       fields this version of the library does not know, kept as sent
 */
public record EventOrganizer(
        @JsonInclude(ALWAYS) @JsonProperty(value = "email", required = true) String email,
        @JsonProperty("display_name") String displayName,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EventOrganizer {
        extra = Immutables.map(extra);
    }
}
