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
 * The reply to resyncing an account's messaging data ({@code "object": "AccountResync"}); call again to poll.
 *
 * @param object always {@code AccountResync}
 * @param status where the sync stands; unknown values are kept
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record AccountResync(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "status", required = true) AccountSyncStatus status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public AccountResync {
        extra = Immutables.map(extra);
    }
}
