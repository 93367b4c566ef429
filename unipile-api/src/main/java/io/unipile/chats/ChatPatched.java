package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to updating a chat ({@code "object": "ChatPatched"}).
 *
 * @param object always {@code ChatPatched}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record ChatPatched(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatPatched {
        extra = Immutables.map(extra);
    }
}
