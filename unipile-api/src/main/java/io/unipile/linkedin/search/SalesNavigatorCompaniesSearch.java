package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.List;
import java.util.Set;

/**
 * A Sales Navigator account (companies) search ({@code "api": "sales_navigator", "category": "companies"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link CompanyResult}s.
 * Pages hold up to 100 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class SalesNavigatorCompaniesSearch extends SearchBuilder<SalesNavigatorCompaniesSearch> {

    SalesNavigatorCompaniesSearch() {
        super(SearchApi.SALES_NAVIGATOR, SearchCategory.COMPANIES, 100);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public SalesNavigatorCompaniesSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code last_viewed_at}: Unix timestamp to be used with a saved search to filter new results from this date. Sent as seconds since the epoch. */
    public SalesNavigatorCompaniesSearch lastViewedAt(java.time.Instant value) {
        return put("last_viewed_at", NODES.numberNode(Check.notNull("lastViewedAt", value).getEpochSecond()));
    }

    /** {@code saved_search_id}: The ID of the parameter. Use {@link SearchParameterType#SAVED_SEARCHES} with {@link LinkedInSearchClient#parameters} to find it. Overrides all other parameters. */
    public SalesNavigatorCompaniesSearch savedSearchId(String id) {
        return id("savedSearchId", "saved_search_id", id, DIGITS);
    }

    /** {@code recent_search_id}: The ID of the parameter. Use {@link SearchParameterType#RECENT_SEARCHES} with {@link LinkedInSearchClient#parameters} to find it. Overrides all other parameters. */
    public SalesNavigatorCompaniesSearch recentSearchId(String id) {
        return id("recentSearchId", "recent_search_id", id, DIGITS);
    }

    /** {@code industry}: Linkedin native filter : INDUSTRY. */
    public SalesNavigatorCompaniesSearch industry(IncludeExclude<String> filter) {
        return filter("industry", "industry", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code location}: Linkedin native filter : HEADQUARTERS LOCATION. */
    public SalesNavigatorCompaniesSearch location(IncludeExclude<String> filter) {
        return filter("location", "location", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code location_by_postal_code}. */
    public SalesNavigatorCompaniesSearch locationByPostalCode(IncludeExclude<String> filter) {
        return filter("locationByPostalCode", "location_by_postal_code", filter, (name, v) -> checkId(name, v, DIGITS), true);
    }

    /** {@code has_job_offers}: Linkedin native filter : JOB OPPORTUNITIES / HIRING ON LINKEDIN. */
    public SalesNavigatorCompaniesSearch hasJobOffers(boolean value) {
        return flag("has_job_offers", value);
    }

    /** {@code headcount}: Linkedin native filter : COMPANY HEADCOUNT. */
    public SalesNavigatorCompaniesSearch headcount(SearchRange... ranges) {
        return ranges("headcount", "headcount", list(ranges), Set.of(1, 11, 51, 201, 501, 1001, 5001, 10001), Set.of(10, 50, 200, 500, 1000, 5000, 10000));
    }

    /** {@code headcount_growth}: Linkedin native filter : COMPANY HEADCOUNT GROWTH. */
    public SalesNavigatorCompaniesSearch headcountGrowth(SearchRange range) {
        return put("headcount_growth", Check.notNull("headcountGrowth", range).toJson("headcountGrowth", null, null));
    }

    /** {@code department_headcount}: Linkedin native filter : DEPARTMENT HEADCOUNT. */
    public SalesNavigatorCompaniesSearch departmentHeadcount(DepartmentHeadcount value) {
        return put("department_headcount", Check.notNull("departmentHeadcount", value).toJson("departmentHeadcount"));
    }

    /** {@code department_headcount_growth}: Linkedin native filter : DEPARTMENT HEADCOUNT GROWTH. */
    public SalesNavigatorCompaniesSearch departmentHeadcountGrowth(DepartmentHeadcount value) {
        return put("department_headcount_growth", Check.notNull("departmentHeadcountGrowth", value).toJson("departmentHeadcountGrowth"));
    }

    /** {@code network_distance}: First, second or third+ degree. Linkedin native filter : CONNECTION. */
    public SalesNavigatorCompaniesSearch networkDistance(NetworkDistance... values) {
        return distances("networkDistance", "network_distance", list(values), false);
    }

    /** {@code annual_revenue}: Linkedin native filter : ANNUAL REVENUE. If you want to use the '1000+' value, please set the 'max' value field to 1001. */
    public SalesNavigatorCompaniesSearch annualRevenue(AnnualRevenue value) {
        return put("annual_revenue", Check.notNull("annualRevenue", value).toJson("annualRevenue"));
    }

    /** {@code followers_count}: Linkedin native filter : NUMBER OF FOLLOWERS. */
    public SalesNavigatorCompaniesSearch followersCount(SearchRange... ranges) {
        return ranges("followersCount", "followers_count", list(ranges), Set.of(1, 51, 101, 1001, 5001), Set.of(50, 100, 1000, 5000));
    }

    /** {@code fortune}: Linkedin native filter : FORTUNE. */
    public SalesNavigatorCompaniesSearch fortune(SearchRange... ranges) {
        return ranges("fortune", "fortune", list(ranges), Set.of(0, 51, 101, 251), Set.of(50, 100, 250, 500));
    }

    /** {@code technologies}: The ID of the parameter. Use {@link SearchParameterType#TECHNOLOGIES} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : TECHNOLOGIES USED. */
    public SalesNavigatorCompaniesSearch technologies(String... ids) {
        return technologies(list(ids));
    }

    /** {@code technologies}: The ID of the parameter. Use {@link SearchParameterType#TECHNOLOGIES} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : TECHNOLOGIES USED. */
    public SalesNavigatorCompaniesSearch technologies(List<String> ids) {
        return ids("technologies", "technologies", ids, DIGITS);
    }

    /** {@code recent_activities}: Linkedin native filter : RECENT ACTIVITIES. */
    public SalesNavigatorCompaniesSearch recentActivities(CompanyActivity... values) {
        return recentActivities(list(values));
    }

    /** {@code recent_activities}: Linkedin native filter : RECENT ACTIVITIES. */
    public SalesNavigatorCompaniesSearch recentActivities(List<CompanyActivity> values) {
        return enums("recentActivities", "recent_activities", values);
    }

    /** {@code saved_accounts}: The ID of the parameter. Use {@link SearchParameterType#SAVED_ACCOUNTS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SAVED ACCOUNTS. */
    public SalesNavigatorCompaniesSearch savedAccounts(String... ids) {
        return savedAccounts(list(ids));
    }

    /** {@code saved_accounts}: The ID of the parameter. Use {@link SearchParameterType#SAVED_ACCOUNTS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SAVED ACCOUNTS. */
    public SalesNavigatorCompaniesSearch savedAccounts(List<String> ids) {
        return ids("savedAccounts", "saved_accounts", ids, ANY);
    }

    /** {@code account_lists}: Linkedin native filter : ACCOUNT LISTS. */
    public SalesNavigatorCompaniesSearch accountLists(IncludeExclude<String> filter) {
        return filter("accountLists", "account_lists", filter, (name, v) -> checkId(name, v, LIST_ID), false);
    }
}
