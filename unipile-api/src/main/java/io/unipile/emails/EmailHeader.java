package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A header of a received e-mail ({@code headers}, with {@code include_headers}).
 *
 * @param name  the header's name
 * @param value its value
 * @param extra fields this version of the library does not know, kept as sent
 */
public record EmailHeader(
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "value", required = true) String value,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailHeader {
        extra = Immutables.map(extra);
    }
}
