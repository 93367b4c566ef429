package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * A LinkedIn search, ready to run ({@code POST /api/v1/linkedin/search}): the account it runs from, the page size,
 * and what it looks for: filters of one product and category, a search URL, or the cursor of a page to continue
 * from. Made by the builders of {@link LinkedInSearch}, which checked every value; immutable.
 */
public final class LinkedInSearchRequest {
    private final String accountId;
    private final Integer limit;
    private final SearchApi api;
    private final SearchCategory category;
    private final ObjectNode filters;
    private final String url;
    private final String cursor;

    LinkedInSearchRequest(String accountId, Integer limit, SearchApi api, SearchCategory category,
                          ObjectNode filters, String url, String cursor) {
        this.accountId = accountId;
        this.limit = limit;
        this.api = api;
        this.category = category;
        this.filters = filters;
        this.url = url;
        this.cursor = cursor;
    }

    /** {@code account_id}: the LinkedIn account that searches. */
    public String accountId() {
        return accountId;
    }

    /** {@code limit}: results per page; {@code null} for Unipile's default (10). */
    public Integer limit() {
        return limit;
    }

    /** The product searched, or {@code null} for a URL or a continuation. */
    public SearchApi api() {
        return api;
    }

    /** What is searched, or {@code null} for a URL or a continuation. */
    public SearchCategory category() {
        return category;
    }

    /** The search URL, or {@code null}. */
    public String url() {
        return url;
    }

    /** The cursor this search continues from, or {@code null} for a first page. */
    public String cursor() {
        return cursor;
    }

    /**
     * The same search continued at {@code cursor}: same account and page size, and only the cursor in the body,
     * which carries the search itself.
     */
    public LinkedInSearchRequest continueAt(String cursor) {
        return new LinkedInSearchRequest(accountId, limit, null, null, SearchBuilder.NODES.objectNode(), null,
                io.unipile.internal.Check.notBlank("cursor", cursor));
    }

    /** The JSON body as it is sent, in the spec's names: a copy, free to read. */
    public JsonNode body() {
        ObjectNode body = SearchBuilder.NODES.objectNode();
        if (cursor != null) {
            return body.put("cursor", cursor);
        }
        if (url != null) {
            return body.put("url", url);
        }
        body.put("api", api.value()).put("category", category.value());
        body.setAll(filters.deepCopy());
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedInSearchRequest r && accountId.equals(r.accountId) && Objects.equals(limit, r.limit)
                && body().equals(r.body());
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, limit, body());
    }

    @Override
    public String toString() {
        return "LinkedInSearchRequest[accountId=" + accountId + ", limit=" + limit + ", body=" + body() + "]";
    }
}
