package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to restarting a frozen account's sources: {@code "object": "AccountRestarted"}, or
 * {@code "AccountFailedToRestart"} when they could not be restarted.
 *
 * @param object {@code AccountRestarted} or {@code AccountFailedToRestart}, as sent
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record AccountRestart(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public AccountRestart {
        extra = Immutables.map(extra);
    }

    /** Whether the account restarted ({@code AccountRestarted}). */
    public boolean restarted() {
        return "AccountRestarted".equals(object);
    }
}
