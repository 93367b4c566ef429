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
 * The reply to endorsing a skill of a LinkedIn profile ({@code "object": "LinkedinProfileEndorse"}).
 *
 * @param object   always {@code LinkedinProfileEndorse}
 * @param endorsed whether the skill is now endorsed
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record ProfileEndorsement(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "endorsed", required = true) boolean endorsed,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ProfileEndorsement {
        extra = Immutables.map(extra);
    }
}
