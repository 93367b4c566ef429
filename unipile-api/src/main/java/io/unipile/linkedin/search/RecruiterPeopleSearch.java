package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.List;
import java.util.Set;

/**
 * A LinkedIn Recruiter candidate (people) search ({@code "api": "recruiter", "category": "people"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link PersonResult}s.
 * Pages hold up to 100 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class RecruiterPeopleSearch extends SearchBuilder<RecruiterPeopleSearch> {

    RecruiterPeopleSearch() {
        super(SearchApi.RECRUITER, SearchCategory.PEOPLE, 100);
    }

    /** {@code keywords}: Boolean modifiers can be used to refine your search. Example : developers AND product owners NOT managers */
    public RecruiterPeopleSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code saved_search}: This parameter will override all others. */
    public RecruiterPeopleSearch savedSearch(SavedSearch value) {
        return put("saved_search", Check.notNull("savedSearch", value).toJson("savedSearch"));
    }

    /** {@code saved_filter}: The ID of the parameter. Use {@link SearchParameterType#SAVED_FILTERS} with {@link LinkedInSearchClient#parameters} to find it. */
    public RecruiterPeopleSearch savedFilter(String id) {
        return id("savedFilter", "saved_filter", id, DIGITS);
    }

    /** {@code location}. */
    public RecruiterPeopleSearch location(RecruiterCriterion... values) {
        return location(list(values));
    }

    /** {@code location}. */
    public RecruiterPeopleSearch location(List<RecruiterCriterion> values) {
        return objects("location", "location", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.LOCATION));
    }

    /** {@code location_within_area}: The search zone around the location in miles. */
    public RecruiterPeopleSearch locationWithinArea(int value) {
        return number("locationWithinArea", "location_within_area", value, 0);
    }

    /** {@code industry}: Linkedin native filter : INDUSTRIES. */
    public RecruiterPeopleSearch industry(IncludeExclude<String> filter) {
        return filter("industry", "industry", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code role}. */
    public RecruiterPeopleSearch role(RecruiterCriterion... values) {
        return role(list(values));
    }

    /** {@code role}. */
    public RecruiterPeopleSearch role(List<RecruiterCriterion> values) {
        return objects("role", "role", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.ROLE));
    }

    /** {@code skills}. */
    public RecruiterPeopleSearch skills(RecruiterCriterion... values) {
        return skills(list(values));
    }

    /** {@code skills}. */
    public RecruiterPeopleSearch skills(List<RecruiterCriterion> values) {
        return objects("skills", "skills", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.SKILL));
    }

    /** {@code company}. */
    public RecruiterPeopleSearch company(RecruiterCriterion... values) {
        return company(list(values));
    }

    /** {@code company}. */
    public RecruiterPeopleSearch company(List<RecruiterCriterion> values) {
        return objects("company", "company", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.COMPANY));
    }

    /** {@code company_headcount}: Linkedin native filter : COMPANY SIZES. */
    public RecruiterPeopleSearch companyHeadcount(SearchRange... ranges) {
        return ranges("companyHeadcount", "company_headcount", list(ranges), Set.of(1, 11, 51, 201, 501, 1001, 5001, 10001), Set.of(10, 50, 200, 500, 1000, 5000, 10000));
    }

    /** {@code current_company}. */
    public RecruiterPeopleSearch currentCompany(RecruiterCriterion... values) {
        return currentCompany(list(values));
    }

    /** {@code current_company}. */
    public RecruiterPeopleSearch currentCompany(List<RecruiterCriterion> values) {
        return objects("currentCompany", "current_company", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.ID_ONLY));
    }

    /** {@code past_company}. */
    public RecruiterPeopleSearch pastCompany(RecruiterCriterion... values) {
        return pastCompany(list(values));
    }

    /** {@code past_company}. */
    public RecruiterPeopleSearch pastCompany(List<RecruiterCriterion> values) {
        return objects("pastCompany", "past_company", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.ID_ONLY));
    }

    /** {@code school}. */
    public RecruiterPeopleSearch school(RecruiterCriterion... values) {
        return school(list(values));
    }

    /** {@code school}. */
    public RecruiterPeopleSearch school(List<RecruiterCriterion> values) {
        return objects("school", "school", values, (v, name) -> ((RecruiterCriterion) v).toJson(name, RecruiterCriterion.Rule.ID_ONLY));
    }

    /** {@code groups}: The ID of the parameter. Use {@link SearchParameterType#GROUPS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : ALL GROUPS. */
    public RecruiterPeopleSearch groups(String... ids) {
        return groups(list(ids));
    }

    /** {@code groups}: The ID of the parameter. Use {@link SearchParameterType#GROUPS} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : ALL GROUPS. */
    public RecruiterPeopleSearch groups(List<String> ids) {
        return ids("groups", "groups", ids, DIGITS);
    }

    /** {@code graduation_year}: A range of years. Linkedin native filter : YEAR OF GRADUATION. */
    public RecruiterPeopleSearch graduationYear(SearchRange range) {
        return put("graduation_year", Check.notNull("graduationYear", range).toJson("graduationYear", 1000, 9999));
    }

    /** {@code tenure}: Linkedin native filter : YEARS OF EXPERIENCE. */
    public RecruiterPeopleSearch tenure(SearchRange range) {
        return put("tenure", Check.notNull("tenure", range).toJson("tenure", null, null));
    }

    /** {@code seniority}: Linkedin native filter : SENIORITY. */
    public RecruiterPeopleSearch seniority(IncludeExclude<RecruiterSeniority> filter) {
        return filter("seniority", "seniority", filter, (name, v) -> Check.notNull(name, v).value(), false);
    }

    /** {@code function}: The ID of the parameter. Use {@link SearchParameterType#DEPARTMENT} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : JOB FUNCTIONS. */
    public RecruiterPeopleSearch function(String... ids) {
        return function(list(ids));
    }

    /** {@code function}: The ID of the parameter. Use {@link SearchParameterType#DEPARTMENT} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : JOB FUNCTIONS. */
    public RecruiterPeopleSearch function(List<String> ids) {
        return ids("function", "function", ids, DIGITS);
    }

    /** {@code network_distance}: First, second, third+ degree or GROUP. Linkedin native filter : NETWORK RELATIONSHIPS. */
    public RecruiterPeopleSearch networkDistance(NetworkDistance... values) {
        return distances("networkDistance", "network_distance", list(values), true);
    }

    /** {@code spoken_languages}. */
    public RecruiterPeopleSearch spokenLanguages(SpokenLanguage... values) {
        return objects("spokenLanguages", "spoken_languages", list(values), (v, name) -> ((SpokenLanguage) v).toJson(name));
    }

    /** {@code hide_previously_viewed}: Linkedin native filter : HIDE PREVIOUSLY VIEWED. Takes the timespan in days. */
    public RecruiterPeopleSearch hidePreviouslyViewed(int days) {
        return put("hide_previously_viewed", NODES.objectNode().put("timespan", checkDays("hidePreviouslyViewed", days)));
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGES. */
    public RecruiterPeopleSearch profileLanguage(String... values) {
        return profileLanguage(list(values));
    }

    /** {@code profile_language}: ISO 639-1 language code. Linkedin native filter : PROFILE LANGUAGES. */
    public RecruiterPeopleSearch profileLanguage(List<String> values) {
        return texts("profileLanguage", "profile_language", values, 2, 2);
    }

    /** {@code recently_joined}: Linkedin native filter : RECENTLY JOINED LINKEDIN. */
    public RecruiterPeopleSearch recentlyJoined(SearchRange... ranges) {
        return ranges("recentlyJoined", "recently_joined", list(ranges), Set.of(2, 8, 15, 31), Set.of(1, 7, 14, 30, 90));
    }

    /** {@code spotlights}: Linkedin native filter : SPOTLIGHTS. For users with advanced Recruiter subscription. */
    public RecruiterPeopleSearch spotlights(RecruiterSpotlight... values) {
        return spotlights(list(values));
    }

    /** {@code spotlights}: Linkedin native filter : SPOTLIGHTS. For users with advanced Recruiter subscription. */
    public RecruiterPeopleSearch spotlights(List<RecruiterSpotlight> values) {
        return enums("spotlights", "spotlights", values);
    }

    /** {@code first_name}: Linkedin native filter : FIRST NAMES. */
    public RecruiterPeopleSearch firstName(String... values) {
        return firstName(list(values));
    }

    /** {@code first_name}: Linkedin native filter : FIRST NAMES. */
    public RecruiterPeopleSearch firstName(List<String> values) {
        return texts("firstName", "first_name", values, 1, 100000);
    }

    /** {@code last_name}: Linkedin native filter : LAST NAMES. */
    public RecruiterPeopleSearch lastName(String... values) {
        return lastName(list(values));
    }

    /** {@code last_name}: Linkedin native filter : LAST NAMES. */
    public RecruiterPeopleSearch lastName(List<String> values) {
        return texts("lastName", "last_name", values, 1, 100000);
    }

    /** {@code has_military_background}: Linkedin native filter : HAS US MILITARY BACKGROUND. */
    public RecruiterPeopleSearch hasMilitaryBackground(boolean value) {
        return flag("has_military_background", value);
    }

    /** {@code past_applicants}: Linkedin native filter : PAST APPLICANTS. */
    public RecruiterPeopleSearch pastApplicants(boolean value) {
        return flag("past_applicants", value);
    }

    /** {@code hiring_projects}: Linkedin native filter : PROJECTS. */
    public RecruiterPeopleSearch hiringProjects(IncludeExclude<String> filter) {
        return filter("hiringProjects", "hiring_projects", filter, (name, v) -> checkId(name, v, DIGITS), false);
    }

    /** {@code recruiting_activity}. */
    public RecruiterPeopleSearch recruitingActivity(RecruitingActivity... values) {
        return objects("recruitingActivity", "recruiting_activity", list(values), (v, name) -> ((RecruitingActivity) v).toJson(name));
    }

    /** {@code notes}: Linkedin native filter : NOTES. */
    public RecruiterPeopleSearch notes(String... values) {
        return notes(list(values));
    }

    /** {@code notes}: Linkedin native filter : NOTES. */
    public RecruiterPeopleSearch notes(List<String> values) {
        return texts("notes", "notes", values, 1, 100000);
    }
}
