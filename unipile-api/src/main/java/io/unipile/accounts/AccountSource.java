package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * One service Unipile runs for an account (messaging, calls, mail, ...) and its state.
 *
 * @param id     the id of the service
 * @param status the state of the service
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record AccountSource(
        @JsonProperty("id") String id,
        @JsonProperty("status") AccountSourceStatus status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public AccountSource {
        extra = Immutables.map(extra);
    }
}
