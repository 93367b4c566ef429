package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to an action on a LinkedIn member ({@code "object": "LinkedinPerformActionOnUser"}).
 *
 * @param object   always {@code LinkedinPerformActionOnUser}
 * @param success  whether LinkedIn carried the action out
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record MemberActionResult(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "success", required = true) boolean success,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public MemberActionResult {
        extra = Immutables.map(extra);
    }
}
