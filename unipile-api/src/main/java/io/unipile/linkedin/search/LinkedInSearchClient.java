package io.unipile.linkedin.search;

import io.unipile.pagination.PagedIterable;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * LinkedIn search: people, companies, posts and jobs, with LinkedIn classic, Sales Navigator or Recruiter, or from a
 * search URL; reached with {@code unipile.linkedin().search()}. Build a search with {@link LinkedInSearch}; find
 * the ids its filters take with {@link #parameters}.
 *
 * <pre>{@code
 * String paris = unipile.linkedin().search()
 *         .parameters(accountId, SearchParameterType.LOCATION, "Paris").get(0).id();
 * for (SearchResult r : unipile.linkedin().search().searchAll(LinkedInSearch.classicPeople()
 *         .accountId(accountId).keywords("java").location(paris).limit(50).build())) {
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Limits.</b> The spec caps a page at 100 results for Sales Navigator and Recruiter and says LinkedIn classic
 * should not exceed 50 (the builders refuse more). It gives no cap on a whole search: LinkedIn itself stops
 * serving results after some depth, and Unipile then returns a page with no cursor, which ends {@link #searchAll}.
 * {@link SearchPaging#totalCount()} is LinkedIn's own estimate and may exceed what it serves; bound an iteration with
 * {@code stream().limit(n)} when a number is enough. Searches count against the account's LinkedIn usage: every page
 * is a request to LinkedIn.
 *
 * <p>A search creates nothing: {@code POST /linkedin/search} is declared idempotent, so the resilience layer may
 * retry it like a read. Bad input fails with {@link IllegalArgumentException} naming the field before anything is
 * sent.
 */
public interface LinkedInSearchClient {

    /**
     * The ids of one kind that match keywords ({@code GET /linkedin/search/parameters}): LinkedIn search filters
     * take ids, not text.
     */
    List<SearchParameter> parameters(SearchParametersRequest request);

    /** {@link #parameters(SearchParametersRequest)} for up to 10 ids of {@code type} matching {@code keywords}. */
    List<SearchParameter> parameters(String accountId, SearchParameterType type, String keywords);

    /** {@link #parameters(SearchParametersRequest)} without blocking. */
    CompletableFuture<List<SearchParameter>> parametersAsync(SearchParametersRequest request);

    /** One page of results ({@code POST /linkedin/search}); continue with {@code request.continueAt(page.cursor())}. */
    LinkedInSearchPage search(LinkedInSearchRequest request);

    /** {@link #search(LinkedInSearchRequest)} without blocking. */
    CompletableFuture<LinkedInSearchPage> searchAsync(LinkedInSearchRequest request);

    /**
     * Every result of the search, fetched lazily page by page: each next page is asked for with the cursor of the
     * previous one in the body (the spec's cursor form of the search, which carries the search itself) until a page
     * comes without a cursor. See the limits above.
     */
    PagedIterable<SearchResult> searchAll(LinkedInSearchRequest request);
}
