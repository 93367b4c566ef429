package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.List;
import java.util.Set;

/**
 * A Sales Navigator lead (people) search ({@code "api": "sales_navigator", "category": "people"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link PersonResult}s.
 * Pages hold up to 100 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class SalesNavigatorPeopleSearch extends SearchBuilder<SalesNavigatorPeopleSearch> {

    SalesNavigatorPeopleSearch() {
        super(SearchApi.SALES_NAVIGATOR, SearchCategory.PEOPLE, 100);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public SalesNavigatorPeopleSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code last_viewed_at}: Unix timestamp to be used with a saved search to filter new results from this date. Sent as seconds since the epoch. */
    public SalesNavigatorPeopleSearch lastViewedAt(java.time.Instant value) {
        return put("last_viewed_at", NODES.numberNode(Check.notNull("lastViewedAt", value).getEpochSecond()));
    }

    /** {@code saved_search_id}: The ID of the parameter. Use {@link SearchParameterType#SAVED_SEARCHES} with {@link LinkedInSearchClient#parameters} to find it. Overrides all other parameters. */
    public SalesNavigatorPeopleSearch savedSearchId(String id) {
        return id("savedSearchId", "saved_search_id", id, DIGITS);
    }

    /** {@code recent_search_id}: The ID of the parameter. Use {@link SearchParameterType#RECENT_SEARCHES} with {@link LinkedInSearchClient#parameters} to find it. Overrides all other parameters. */
    public SalesNavigatorPeopleSearch recentSearchId(String id) {
        return id("recentSearchId", "recent_search_id", id, DIGITS);
    }

    /** {@code location}: Linkedin native filter : GEOGRAPHY. */
    public SalesNavigatorPeopleSearch location(IncludeExclude<String> filter) {
        return filter("location", "location", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code location_by_postal_code}. */
    public SalesNavigatorPeopleSearch locationByPostalCode(IncludeExclude<String> filter) {
        return filter("locationByPostalCode", "location_by_postal_code", filter, (name, v) -> checkId(name, v, DIGITS), true);
    }

    /** {@code industry}: Linkedin native filter : INDUSTRY. */
    public SalesNavigatorPeopleSearch industry(IncludeExclude<String> filter) {
        return filter("industry", "industry", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code first_name}: Linkedin native filter : FIRST NAME. */
    public SalesNavigatorPeopleSearch firstName(String value) {
        return text("firstName", "first_name", value);
    }

    /** {@code last_name}: Linkedin native filter : LAST NAME. */
    public SalesNavigatorPeopleSearch lastName(String value) {
        return text("lastName", "last_name", value);
    }

    /** {@code tenure}: Linkedin native filter : YEARS OF EXPERIENCE. */
    public SalesNavigatorPeopleSearch tenure(SearchRange... ranges) {
        return ranges("tenure", "tenure", list(ranges), Set.of(0, 1, 3, 6, 10), Set.of(1, 2, 5, 10));
    }

    /** {@code groups}: The ID of the parameter. Use {@link SearchParameterType#GROUPS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : GROUPS. */
    public SalesNavigatorPeopleSearch groups(String... ids) {
        return groups(list(ids));
    }

    /** {@code groups}: The ID of the parameter. Use {@link SearchParameterType#GROUPS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : GROUPS. */
    public SalesNavigatorPeopleSearch groups(List<String> ids) {
        return ids("groups", "groups", ids, DIGITS);
    }

    /** {@code school}: Linkedin native filter : SCHOOL. */
    public SalesNavigatorPeopleSearch school(IncludeExclude<String> filter) {
        return filter("school", "school", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGE. */
    public SalesNavigatorPeopleSearch profileLanguage(String... values) {
        return profileLanguage(list(values));
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGE. */
    public SalesNavigatorPeopleSearch profileLanguage(List<String> values) {
        return texts("profileLanguage", "profile_language", values, 2, 2);
    }

    /** {@code company}: Linkedin native filter : CURRENT COMPANY. */
    public SalesNavigatorPeopleSearch company(IncludeExclude<String> filter) {
        return filter("company", "company", filter, (name, v) -> checkId(name, v, ANY), false);
    }

    /** {@code company_headcount}: Linkedin native filter : COMPANY HEADCOUNT. */
    public SalesNavigatorPeopleSearch companyHeadcount(SearchRange... ranges) {
        return ranges("companyHeadcount", "company_headcount", list(ranges), Set.of(1, 11, 51, 201, 501, 1001, 5001, 10001), Set.of(10, 50, 200, 500, 1000, 5000, 10000));
    }

    /** {@code company_type}: Linkedin native filter : COMPANY TYPE. */
    public SalesNavigatorPeopleSearch companyType(CompanyType... values) {
        return companyType(list(values));
    }

    /** {@code company_type}: Linkedin native filter : COMPANY TYPE. */
    public SalesNavigatorPeopleSearch companyType(List<CompanyType> values) {
        return enums("companyType", "company_type", values);
    }

    /** {@code company_location}: Linkedin native filter : COMPANY HEADQUARTERS LOCATION. */
    public SalesNavigatorPeopleSearch companyLocation(IncludeExclude<String> filter) {
        return filter("companyLocation", "company_location", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code tenure_at_company}: Linkedin native filter : YEARS IN CURRENT COMPANY. */
    public SalesNavigatorPeopleSearch tenureAtCompany(SearchRange... ranges) {
        return ranges("tenureAtCompany", "tenure_at_company", list(ranges), Set.of(0, 1, 3, 6, 10), Set.of(1, 2, 5, 10));
    }

    /** {@code past_company}: Linkedin native filter : PAST COMPANY. */
    public SalesNavigatorPeopleSearch pastCompany(IncludeExclude<String> filter) {
        return filter("pastCompany", "past_company", filter, (name, v) -> checkId(name, v, ANY), false);
    }

    /** {@code function}: Linkedin native filter : FUNCTION. */
    public SalesNavigatorPeopleSearch function(IncludeExclude<String> filter) {
        return filter("function", "function", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code role}: Linkedin native filter : CURRENT JOB TITLE. */
    public SalesNavigatorPeopleSearch role(IncludeExclude<String> filter) {
        return filter("role", "role", filter, (name, v) -> checkId(name, v, ANY), false);
    }

    /** {@code tenure_at_role}: Linkedin native filter : YEARS IN CURRENT POSITION. */
    public SalesNavigatorPeopleSearch tenureAtRole(SearchRange... ranges) {
        return ranges("tenureAtRole", "tenure_at_role", list(ranges), Set.of(0, 1, 3, 6, 10), Set.of(1, 2, 5, 10));
    }

    /** {@code seniority}: Linkedin native filter : SENIORITY LEVEL. */
    public SalesNavigatorPeopleSearch seniority(IncludeExclude<SalesNavigatorSeniority> filter) {
        return filter("seniority", "seniority", filter, (name, v) -> Check.notNull(name, v).value(), false);
    }

    /** {@code past_role}: Linkedin native filter : PAST JOB TITLE. */
    public SalesNavigatorPeopleSearch pastRole(IncludeExclude<String> filter) {
        return filter("pastRole", "past_role", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code following_your_company}: Linkedin native filter : FOLLOWING YOUR COMPANY. */
    public SalesNavigatorPeopleSearch followingYourCompany(boolean value) {
        return flag("following_your_company", value);
    }

    /** {@code viewed_your_profile_recently}: Linkedin native filter : VIEWED YOUR PROFILE RECENTLY. */
    public SalesNavigatorPeopleSearch viewedYourProfileRecently(boolean value) {
        return flag("viewed_your_profile_recently", value);
    }

    /** {@code network_distance}: First, second, third+ degree or GROUP. Linkedin native filter : CONNECTION. */
    public SalesNavigatorPeopleSearch networkDistance(NetworkDistance... values) {
        return distances("networkDistance", "network_distance", list(values), true);
    }

    /** {@code connections_of}: The ID of the parameter. Use {@link SearchParameterType#PEOPLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CONNECTIONS OF. */
    public SalesNavigatorPeopleSearch connectionsOf(String... ids) {
        return connectionsOf(list(ids));
    }

    /** {@code connections_of}: The ID of the parameter. Use {@link SearchParameterType#PEOPLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CONNECTIONS OF. */
    public SalesNavigatorPeopleSearch connectionsOf(List<String> ids) {
        return ids("connectionsOf", "connections_of", ids, ANY);
    }

    /** {@code past_colleague}: Linkedin native filter : PAST COLLEAGUE. */
    public SalesNavigatorPeopleSearch pastColleague(boolean value) {
        return flag("past_colleague", value);
    }

    /** {@code shared_experiences}: Linkedin native filter : SHARED EXPERIENCES. */
    public SalesNavigatorPeopleSearch sharedExperiences(boolean value) {
        return flag("shared_experiences", value);
    }

    /** {@code changed_jobs}: Linkedin native filter : CHANGED JOBS. */
    public SalesNavigatorPeopleSearch changedJobs(boolean value) {
        return flag("changed_jobs", value);
    }

    /** {@code posted_on_linkedin}: Linkedin native filter : POSTED ON LINKEDIN. */
    public SalesNavigatorPeopleSearch postedOnLinkedin(boolean value) {
        return flag("posted_on_linkedin", value);
    }

    /** {@code mentionned_in_news}: Linkedin native filter : MENTIONNED IN NEWS. */
    public SalesNavigatorPeopleSearch mentionnedInNews(boolean value) {
        return flag("mentionned_in_news", value);
    }

    /** {@code persona}: The ID of the parameter. Use {@link SearchParameterType#PERSONA} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : PERSONA. */
    public SalesNavigatorPeopleSearch persona(String... ids) {
        return persona(list(ids));
    }

    /** {@code persona}: The ID of the parameter. Use {@link SearchParameterType#PERSONA} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : PERSONA. */
    public SalesNavigatorPeopleSearch persona(List<String> ids) {
        return ids("persona", "persona", ids, DIGITS);
    }

    /** {@code account_lists}: Linkedin native filter : ACCOUNT LISTS. */
    public SalesNavigatorPeopleSearch accountLists(IncludeExclude<String> filter) {
        return filter("accountLists", "account_lists", filter, (name, v) -> checkId(name, v, LIST_ID), false);
    }

    /** {@code lead_lists}: Linkedin native filter : LEAD LISTS. */
    public SalesNavigatorPeopleSearch leadLists(IncludeExclude<String> filter) {
        return filter("leadLists", "lead_lists", filter, (name, v) -> checkId(name, v, LIST_ID), false);
    }

    /** {@code viewed_profile_recently}: Linkedin native filter : PEOPLE YOU INTERACTED WITH / VIEWED PROFILE. */
    public SalesNavigatorPeopleSearch viewedProfileRecently(boolean value) {
        return flag("viewed_profile_recently", value);
    }

    /** {@code messaged_recently}: Linkedin native filter : PEOPLE YOU INTERACTED WITH / MESSAGED. */
    public SalesNavigatorPeopleSearch messagedRecently(boolean value) {
        return flag("messaged_recently", value);
    }

    /** {@code include_saved_leads}: Linkedin native filter : SAVED LEADS AND ACCOUNTS / ALL MY SAVED LEADS. */
    public SalesNavigatorPeopleSearch includeSavedLeads(boolean value) {
        return flag("include_saved_leads", value);
    }

    /** {@code include_saved_accounts}: Linkedin native filter : SAVED LEADS AND ACCOUNTS / ALL MY SAVED ACCOUNTS. */
    public SalesNavigatorPeopleSearch includeSavedAccounts(boolean value) {
        return flag("include_saved_accounts", value);
    }
}
