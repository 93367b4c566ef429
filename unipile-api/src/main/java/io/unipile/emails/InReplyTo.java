package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The e-mail an e-mail answers ({@code in_reply_to}).
 *
 * @param messageId its {@code Message-ID} header
 * @param id        its Unipile id
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record InReplyTo(
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "message_id", required = true) String messageId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public InReplyTo {
        extra = Immutables.map(extra);
    }
}
