package io.unipile.pagination;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * One page of a list: {@code {"object": "<Thing>List", "items": [...], "cursor": <string or null>}}. A list that
 * gives its cursor as {@code paging.cursor} instead (a post's reactions) reads the same, and so do the calendar
 * lists, which answer {@code {"data": [...], "next_cursor": <string, absent on the last page>}}.
 *
 * @param object the list's kind, such as {@code AccountList}
 * @param items  the items of this page, never null
 * @param cursor the cursor of the next page, or {@code null} on the last page
 * @param extra  fields this version of the library does not know, kept as sent
 * @param <T>    the item type
 */
public record Page<T>(
        @JsonProperty("object") String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "items", required = true) @JsonAlias("data") List<T> items,
        @JsonProperty("cursor") @JsonAlias("next_cursor") String cursor,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Page {
        items = Immutables.list(items);
        extra = Immutables.map(extra);
        if (cursor == null) {
            // GET /posts/{post_id}/reactions puts the cursor in its paging object, not beside the items.
            JsonNode paging = extra.get("paging");
            JsonNode nested = paging == null ? null : paging.get("cursor");
            cursor = nested != null && nested.isTextual() ? nested.textValue() : null;
        }
    }

    /** The cursor of the next page; empty on the last page. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }

    /** Whether another page follows. */
    public boolean hasNextPage() {
        return cursor != null;
    }
}
