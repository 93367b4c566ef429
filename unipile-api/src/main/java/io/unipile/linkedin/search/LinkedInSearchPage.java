package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a LinkedIn search ({@code "object": "LinkedinSearch"}).
 *
 * @param object  always {@code LinkedinSearch}
 * @param items   the results of this page, never null
 * @param config  the search as Unipile ran it ({@code config.params}: the body's shape), or null
 * @param paging  where this page stands in LinkedIn's count, or null when not sent
 * @param cursor  the cursor of the next page, or {@code null} on the last
 * @param extra   fields this version of the library does not know, kept as sent
 */
public record LinkedInSearchPage(String object, List<SearchResult> items, JsonNode config, SearchPaging paging,
                                 String cursor, Map<String, JsonNode> extra) {

    public LinkedInSearchPage {
        items = Immutables.list(items);
        extra = Immutables.map(extra);
    }

    /** The cursor of the next page; empty on the last. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }

    /** Whether another page follows. */
    public boolean hasNextPage() {
        return cursor != null;
    }
}
