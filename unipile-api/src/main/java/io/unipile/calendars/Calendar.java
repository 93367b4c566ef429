package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A calendar of an account ({@code "object": "Calendar"}), as {@code GET /api/v1/calendars} and
 * {@code GET /api/v1/calendars/{calendar_id}} answer it.
 *
 * @param object          always {@code Calendar}
 * @param id              the calendar's id
 * @param name            its name
 * @param description     its description, or {@code null}
 * @param readOnly        {@code is_read_only}: whether events cannot be written to it
 * @param ownedByUser     {@code is_owned_by_user}: whether the account's user owns it
 * @param isDefault       {@code is_default}: whether it is the user's primary calendar
 * @param backgroundColor its background colour, hexadecimal ({@code #0b8043})
 * @param textColor       its foreground colour, hexadecimal, or {@code null}
 * @param timezone        its time zone as the provider names it ({@code Europe/Paris}), or {@code null};
 *                        see {@link #zone()}
 * @param extra           fields this version of the library does not know, kept as sent
 */
public record Calendar(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("description") String description,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_read_only", required = true) Boolean readOnly,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_owned_by_user", required = true) Boolean ownedByUser,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_default", required = true) Boolean isDefault,
        @JsonInclude(ALWAYS) @JsonProperty(value = "background_color", required = true) String backgroundColor,
        @JsonProperty("text_color") String textColor,
        @JsonProperty("timezone") String timezone,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Calendar {
        extra = Immutables.map(extra);
    }

    /** {@link #timezone()} as a {@link ZoneId}; empty when absent or not a zone Java knows (Outlook's Windows names). */
    public Optional<ZoneId> zone() {
        return EventTime.zoneOf(timezone);
    }
}
