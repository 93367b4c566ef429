package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where every LinkedIn search starts: one entry point per product and category, each a builder with exactly the
 * filters the spec gives that search, so that a Sales Navigator filter cannot slip into a classic search.
 *
 * <pre>{@code
 * LinkedInSearchRequest java = LinkedInSearch.classicPeople().accountId(accountId)
 *         .keywords("java").location("105015875").networkDistance(NetworkDistance.SECOND).build();
 * LinkedInSearchRequest leads = LinkedInSearch.salesNavigatorPeople().accountId(accountId)
 *         .keywords("cto").company(IncludeExclude.include("1441")).limit(100).build();
 * LinkedInSearchRequest pasted = LinkedInSearch.fromUrl(
 *         "https://www.linkedin.com/search/results/people/?keywords=java").accountId(accountId).build();
 * }</pre>
 *
 * <p>Filters that take ids (locations, industries, companies, schools...) want LinkedIn's ids, not text: find them
 * with {@link LinkedInSearchClient#parameters}.
 */
public final class LinkedInSearch {
    private LinkedInSearch() {
    }

    /** Members, with LinkedIn classic (any account). */
    public static ClassicPeopleSearch classicPeople() {
        return new ClassicPeopleSearch();
    }

    /** Company pages, with LinkedIn classic. */
    public static ClassicCompaniesSearch classicCompanies() {
        return new ClassicCompaniesSearch();
    }

    /** Posts, with LinkedIn classic. */
    public static ClassicPostsSearch classicPosts() {
        return new ClassicPostsSearch();
    }

    /** Job offers, with LinkedIn classic. */
    public static ClassicJobsSearch classicJobs() {
        return new ClassicJobsSearch();
    }

    /** Leads, with Sales Navigator (the account needs its subscription). */
    public static SalesNavigatorPeopleSearch salesNavigatorPeople() {
        return new SalesNavigatorPeopleSearch();
    }

    /** Accounts (companies), with Sales Navigator. */
    public static SalesNavigatorCompaniesSearch salesNavigatorCompanies() {
        return new SalesNavigatorCompaniesSearch();
    }

    /** Candidates, with LinkedIn Recruiter (the account needs its subscription). */
    public static RecruiterPeopleSearch recruiterPeople() {
        return new RecruiterPeopleSearch();
    }

    /**
     * The search a LinkedIn search URL describes (classic, Sales Navigator or Recruiter), as copied from the browser;
     * the URL must be an {@code https} URL of {@code linkedin.com}.
     */
    public static UrlSearch fromUrl(String url) {
        Check.notBlank("url", url);
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"https".equalsIgnoreCase(uri.getScheme())
                    || !(host.equals("linkedin.com") || host.endsWith(".linkedin.com"))) {
                throw new IllegalArgumentException("url must be an https URL of linkedin.com but was " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a URL: " + e.getMessage(), e);
        }
        return new UrlSearch(url, null);
    }

    /**
     * The next page of an earlier search, from the cursor its page returned
     * ({@link LinkedInSearchPage#cursor()}); the cursor carries the search itself, so no filter is sent again.
     */
    public static UrlSearch continueAt(String cursor) {
        return new UrlSearch(null, Check.notBlank("cursor", cursor));
    }
}
