package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.List;

/**
 * A LinkedIn classic people search ({@code "api": "classic", "category": "people"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link PersonResult}s.
 * Pages hold up to 50 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class ClassicPeopleSearch extends SearchBuilder<ClassicPeopleSearch> {

    ClassicPeopleSearch() {
        super(SearchApi.CLASSIC, SearchCategory.PEOPLE, 50);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public ClassicPeopleSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicPeopleSearch industry(String... ids) {
        return industry(list(ids));
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicPeopleSearch industry(List<String> ids) {
        return ids("industry", "industry", ids, DIGITS);
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATIONS. */
    public ClassicPeopleSearch location(String... ids) {
        return location(list(ids));
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATIONS. */
    public ClassicPeopleSearch location(List<String> ids) {
        return ids("location", "location", ids, DIGITS);
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGE. */
    public ClassicPeopleSearch profileLanguage(String... values) {
        return profileLanguage(list(values));
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGE. */
    public ClassicPeopleSearch profileLanguage(List<String> values) {
        return texts("profileLanguage", "profile_language", values, 2, 2);
    }

    /** {@code network_distance}: First, second or third+ degree. Linkedin native filter : CONNECTIONS. */
    public ClassicPeopleSearch networkDistance(NetworkDistance... values) {
        return distances("networkDistance", "network_distance", list(values), false);
    }

    /** {@code company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CURRENT COMPANY. */
    public ClassicPeopleSearch company(String... ids) {
        return company(list(ids));
    }

    /** {@code company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CURRENT COMPANY. */
    public ClassicPeopleSearch company(List<String> ids) {
        return ids("company", "company", ids, DIGITS);
    }

    /** {@code past_company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : PAST COMPANY. */
    public ClassicPeopleSearch pastCompany(String... ids) {
        return pastCompany(list(ids));
    }

    /** {@code past_company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : PAST COMPANY. */
    public ClassicPeopleSearch pastCompany(List<String> ids) {
        return ids("pastCompany", "past_company", ids, DIGITS);
    }

    /** {@code school}: The ID of the parameter. Use {@link SearchParameterType#SCHOOL} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SCHOOL. */
    public ClassicPeopleSearch school(String... ids) {
        return school(list(ids));
    }

    /** {@code school}: The ID of the parameter. Use {@link SearchParameterType#SCHOOL} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SCHOOL. */
    public ClassicPeopleSearch school(List<String> ids) {
        return ids("school", "school", ids, DIGITS);
    }

    /** {@code service}: The ID of the parameter. Use {@link SearchParameterType#SERVICE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SERVICE CATEGORIES. */
    public ClassicPeopleSearch service(String... ids) {
        return service(list(ids));
    }

    /** {@code service}: The ID of the parameter. Use {@link SearchParameterType#SERVICE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : SERVICE CATEGORIES. */
    public ClassicPeopleSearch service(List<String> ids) {
        return ids("service", "service", ids, DIGITS);
    }

    /** {@code connections_of}: The ID of the parameter. Use {@link SearchParameterType#CONNECTIONS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CONNECTIONS OF. */
    public ClassicPeopleSearch connectionsOf(String... ids) {
        return connectionsOf(list(ids));
    }

    /** {@code connections_of}: The ID of the parameter. Use {@link SearchParameterType#CONNECTIONS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : CONNECTIONS OF. */
    public ClassicPeopleSearch connectionsOf(List<String> ids) {
        return ids("connectionsOf", "connections_of", ids, ANY);
    }

    /** {@code followers_of}: The ID of the parameter. Use {@link SearchParameterType#PEOPLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : FOLLOWERS OF. */
    public ClassicPeopleSearch followersOf(String... ids) {
        return followersOf(list(ids));
    }

    /** {@code followers_of}: The ID of the parameter. Use {@link SearchParameterType#PEOPLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : FOLLOWERS OF. */
    public ClassicPeopleSearch followersOf(List<String> ids) {
        return ids("followersOf", "followers_of", ids, ANY);
    }

    /** {@code open_to}: Linkedin native filter : OPEN TO. */
    public ClassicPeopleSearch openTo(OpenTo... values) {
        return openTo(list(values));
    }

    /** {@code open_to}: Linkedin native filter : OPEN TO. */
    public ClassicPeopleSearch openTo(List<OpenTo> values) {
        return enums("openTo", "open_to", values);
    }

    /** {@code advanced_keywords}. */
    public ClassicPeopleSearch advancedKeywords(AdvancedKeywords value) {
        return put("advanced_keywords", Check.notNull("advancedKeywords", value).toJson("advancedKeywords"));
    }
}
