package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of an account that brings both mail and calendar through OAuth: {@link AccountType#GOOGLE_OAUTH}
 * and {@link AccountType#OUTLOOK} accounts, which share this shape.
 *
 * @param mail     the user of the mail service
 * @param calendar the user of the calendar service
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record MailCalendarConnectionParams(
        @JsonProperty("mail") ProviderUser mail,
        @JsonProperty("calendar") ProviderUser calendar,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public MailCalendarConnectionParams {
        extra = Immutables.map(extra);
    }
}
