package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A signature saved on an account.
 *
 * @param title   the name the user gave the signature
 * @param content the signature itself
 * @param extra   fields this version of the library does not know, kept as sent
 */
public record Signature(
        @JsonProperty("title") String title,
        @JsonProperty("content") String content,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Signature {
        extra = Immutables.map(extra);
    }
}
