package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a {@link AccountType#GOOGLE_CALENDAR} account. Unlike the other types, the spec makes
 * {@code calendar} a plain string here.
 *
 * @param calendar the calendar the account is connected to
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record GoogleCalendarConnectionParams(
        @JsonProperty("calendar") String calendar,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public GoogleCalendarConnectionParams {
        extra = Immutables.map(extra);
    }
}
