package io.unipile.internal.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.ApiCaller;
import io.unipile.internal.Json;
import io.unipile.linkedin.search.LinkedInSearchClient;
import io.unipile.linkedin.search.LinkedInSearchPage;
import io.unipile.linkedin.search.LinkedInSearchRequest;
import io.unipile.linkedin.search.SearchPaging;
import io.unipile.linkedin.search.SearchParameter;
import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.linkedin.search.SearchParametersRequest;
import io.unipile.linkedin.search.SearchResult;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link LinkedInSearchClient} over an {@link ApiCaller}; the declarations are in {@link LinkedInSearchEndpoints}. */
public final class LinkedInSearchClientImpl implements LinkedInSearchClient {
    private final ApiCaller caller;

    public LinkedInSearchClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public List<SearchParameter> parameters(SearchParametersRequest request) {
        return caller.call(LinkedInSearchEndpoints.PARAMETERS, request).items();
    }

    @Override
    public List<SearchParameter> parameters(String accountId, SearchParameterType type, String keywords) {
        return parameters(SearchParametersRequest.builder(accountId, type).keywords(keywords).build());
    }

    @Override
    public CompletableFuture<List<SearchParameter>> parametersAsync(SearchParametersRequest request) {
        return caller.callAsync(LinkedInSearchEndpoints.PARAMETERS, request).thenApply(Page::items);
    }

    @Override
    public LinkedInSearchPage search(LinkedInSearchRequest request) {
        return toSearchPage(caller.call(LinkedInSearchEndpoints.SEARCH, request));
    }

    @Override
    public CompletableFuture<LinkedInSearchPage> searchAsync(LinkedInSearchRequest request) {
        return caller.callAsync(LinkedInSearchEndpoints.SEARCH, request).thenApply(LinkedInSearchClientImpl::toSearchPage);
    }

    @Override
    public PagedIterable<SearchResult> searchAll(LinkedInSearchRequest request) {
        io.unipile.internal.Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> caller.call(LinkedInSearchEndpoints.SEARCH,
                cursor == null || cursor.equals(request.cursor()) ? request : request.continueAt(cursor)));
    }

    /** The generic page with the search's own {@code config} and {@code paging} taken out of its extra fields. */
    public static LinkedInSearchPage toSearchPage(Page<SearchResult> page) {
        Map<String, JsonNode> extra = new LinkedHashMap<>(page.extra());
        JsonNode config = extra.remove("config");
        SearchPaging paging = null;
        JsonNode rawPaging = extra.get("paging");
        if (rawPaging != null && rawPaging.isObject()) {
            try {
                paging = Json.mapper().convertValue(rawPaging, SearchPaging.class);
                extra.remove("paging");
            } catch (IllegalArgumentException e) {
                // A paging of unexpected types stays in extra, as sent, rather than failing the page.
            }
        }
        return new LinkedInSearchPage(page.object(), page.items(), config, paging, page.cursor(), extra);
    }
}
