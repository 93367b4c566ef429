package io.unipile.linkedin.search;

/**
 * A search given by a LinkedIn search URL, as copied from the browser ({@code {"url": ..}}; it overrides every
 * filter), or the continuation of an earlier search from its cursor ({@code {"cursor": ..}}). Made by
 * {@link LinkedInSearch#fromUrl} and {@link LinkedInSearch#continueAt}.
 */
public final class UrlSearch extends SearchBuilder<UrlSearch> {

    UrlSearch(String url, String cursor) {
        super(null, null, 100, url, cursor);
    }
}
