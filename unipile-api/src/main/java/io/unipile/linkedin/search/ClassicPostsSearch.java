package io.unipile.linkedin.search;

import io.unipile.internal.Check;

/**
 * A LinkedIn classic posts (content) search ({@code "api": "classic", "category": "posts"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link PostResult}s.
 * Pages hold up to 50 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class ClassicPostsSearch extends SearchBuilder<ClassicPostsSearch> {

    ClassicPostsSearch() {
        super(SearchApi.CLASSIC, SearchCategory.POSTS, 50);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public ClassicPostsSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code sort_by}: Default value is relevance. Linkedin native filter : SORT BY. */
    public ClassicPostsSearch sortBy(SearchSortOrder value) {
        return put("sort_by", NODES.textNode(Check.notNull("sortBy", value).value()));
    }

    /** {@code date_posted}: Linkedin native filter : DATE POSTED. */
    public ClassicPostsSearch datePosted(PostDate value) {
        return put("date_posted", NODES.textNode(Check.notNull("datePosted", value).value()));
    }

    /** {@code content_type}: Linkedin native filter : CONTENT TYPE. */
    public ClassicPostsSearch contentType(PostContentType value) {
        return put("content_type", NODES.textNode(Check.notNull("contentType", value).value()));
    }

    /** {@code posted_by}. */
    public ClassicPostsSearch postedBy(PostedBy value) {
        return put("posted_by", Check.notNull("postedBy", value).toJson("postedBy"));
    }

    /** {@code mentioning}. */
    public ClassicPostsSearch mentioning(Mentioning value) {
        return put("mentioning", Check.notNull("mentioning", value).toJson("mentioning"));
    }

    /** {@code author}. */
    public ClassicPostsSearch author(PostAuthorFilter value) {
        return put("author", Check.notNull("author", value).toJson("author"));
    }
}
