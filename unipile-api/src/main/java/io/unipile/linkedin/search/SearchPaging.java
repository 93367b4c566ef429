package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * Where a search page stands ({@code paging}).
 *
 * @param start the index of this page's first result, or null
 * @param pageCount results in this page
 * @param totalCount results LinkedIn says the search has
 * @param extra fields this version of the library does not know, kept as sent
 */
public record SearchPaging(
        @JsonProperty("start") Long start,
        @JsonProperty("page_count") Long pageCount,
        @JsonProperty("total_count") Long totalCount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public SearchPaging {
        extra = Immutables.map(extra);
    }
}
