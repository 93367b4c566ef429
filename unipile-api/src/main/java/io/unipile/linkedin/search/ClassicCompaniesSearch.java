package io.unipile.linkedin.search;

import java.util.List;
import java.util.Set;

/**
 * A LinkedIn classic companies search ({@code "api": "classic", "category": "companies"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link CompanyResult}s.
 * Pages hold up to 50 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class ClassicCompaniesSearch extends SearchBuilder<ClassicCompaniesSearch> {

    ClassicCompaniesSearch() {
        super(SearchApi.CLASSIC, SearchCategory.COMPANIES, 50);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public ClassicCompaniesSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicCompaniesSearch industry(String... ids) {
        return industry(list(ids));
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicCompaniesSearch industry(List<String> ids) {
        return ids("industry", "industry", ids, DIGITS);
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATIONS. */
    public ClassicCompaniesSearch location(String... ids) {
        return location(list(ids));
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATIONS. */
    public ClassicCompaniesSearch location(List<String> ids) {
        return ids("location", "location", ids, DIGITS);
    }

    /** {@code has_job_offers}: Linkedin native filter : JOB LISTINGS ON LINKEDIN. */
    public ClassicCompaniesSearch hasJobOffers(boolean value) {
        return flag("has_job_offers", value);
    }

    /** {@code headcount}: Linkedin native filter : COMPANY SIZE. */
    public ClassicCompaniesSearch headcount(SearchRange... ranges) {
        return ranges("headcount", "headcount", list(ranges), Set.of(1, 11, 51, 201, 501, 1001, 5001, 10001), Set.of(10, 50, 200, 500, 1000, 5000, 10000));
    }

    /** {@code network_distance}: First, second or third+ degree. Linkedin native filter : CONNECTIONS. */
    public ClassicCompaniesSearch networkDistance(NetworkDistance... values) {
        return distances("networkDistance", "network_distance", list(values), false);
    }
}
