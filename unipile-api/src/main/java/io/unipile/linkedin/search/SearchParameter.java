package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An id LinkedIn search filters take ({@code "object": "LinkedinSearchParameter"}), as
 * {@code GET /api/v1/linkedin/search/parameters} lists them: {@code {"id": "105015875", "title": "France"}}.
 *
 * @param object         always {@code LinkedinSearchParameter}
 * @param id             the id to give a filter
 * @param title          what it stands for
 * @param additionalData more about it, as sent (strings, numbers or booleans); empty when none
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record SearchParameter(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("additional_data") Map<String, JsonNode> additionalData,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public SearchParameter {
        additionalData = Immutables.map(additionalData);
        extra = Immutables.map(extra);
    }
}
