package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.List;

/**
 * A LinkedIn classic jobs search ({@code "api": "classic", "category": "jobs"}): every filter of the spec's
 * shape, each checked when set. Ids come from {@link LinkedInSearchClient#parameters}. Results come back as
 * {@link JobResult}s.
 * Pages hold up to 50 results ({@link #limit}).
 *
 * <p>Made by {@link LinkedInSearch}; generated from the spec's schema of this search, so its filters are exactly the
 * spec's.
 */
public final class ClassicJobsSearch extends SearchBuilder<ClassicJobsSearch> {

    ClassicJobsSearch() {
        super(SearchApi.CLASSIC, SearchCategory.JOBS, 50);
    }

    /** {@code keywords}: Linkedin native filter : KEYWORDS. */
    public ClassicJobsSearch keywords(String value) {
        return text("keywords", "keywords", value);
    }

    /** {@code sort_by}: Default value is relevance. Linkedin native filter : SORT BY. */
    public ClassicJobsSearch sortBy(SearchSortOrder value) {
        return put("sort_by", NODES.textNode(Check.notNull("sortBy", value).value()));
    }

    /** {@code date_posted}: The timespan in days since today for the filter to be applied. Linkedin native filter : DATE POSTED. */
    public ClassicJobsSearch datePosted(int value) {
        return number("datePosted", "date_posted", value, 0);
    }

    /** {@code region}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : GLOBAL LOCATION. */
    public ClassicJobsSearch region(String id) {
        return id("region", "region", id, DIGITS);
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATION. */
    public ClassicJobsSearch location(String... ids) {
        return location(list(ids));
    }

    /** {@code location}: The ID of the parameter. Use {@link SearchParameterType#LOCATION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : LOCATION. */
    public ClassicJobsSearch location(List<String> ids) {
        return ids("location", "location", ids, DIGITS);
    }

    /** {@code location_within_area}: The search zone around the location in miles. Linkedin native filter : DISTANCE. */
    public ClassicJobsSearch locationWithinArea(int value) {
        return number("locationWithinArea", "location_within_area", value, 0);
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicJobsSearch industry(String... ids) {
        return industry(list(ids));
    }

    /** {@code industry}: The ID of the parameter. Use {@link SearchParameterType#INDUSTRY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : INDUSTRY. */
    public ClassicJobsSearch industry(List<String> ids) {
        return ids("industry", "industry", ids, DIGITS);
    }

    /** {@code seniority}: Linkedin native filter : EXPERIENCE LEVEL. */
    public ClassicJobsSearch seniority(JobExperienceLevel... values) {
        return seniority(list(values));
    }

    /** {@code seniority}: Linkedin native filter : EXPERIENCE LEVEL. */
    public ClassicJobsSearch seniority(List<JobExperienceLevel> values) {
        return enums("seniority", "seniority", values);
    }

    /** {@code function}: The ID of the parameter. Use {@link SearchParameterType#JOB_FUNCTION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : JOB FUNCTION. */
    public ClassicJobsSearch function(String... ids) {
        return function(list(ids));
    }

    /** {@code function}: The ID of the parameter. Use {@link SearchParameterType#JOB_FUNCTION} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : JOB FUNCTION. */
    public ClassicJobsSearch function(List<String> ids) {
        return ids("function", "function", ids, LOWER_CASE);
    }

    /** {@code role}: The ID of the parameter. Use {@link SearchParameterType#JOB_TITLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : TITLE. */
    public ClassicJobsSearch role(String... ids) {
        return role(list(ids));
    }

    /** {@code role}: The ID of the parameter. Use {@link SearchParameterType#JOB_TITLE} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : TITLE. */
    public ClassicJobsSearch role(List<String> ids) {
        return ids("role", "role", ids, DIGITS);
    }

    /** {@code job_type}: Linkedin native filter : JOB TYPE. */
    public ClassicJobsSearch jobType(JobType... values) {
        return jobType(list(values));
    }

    /** {@code job_type}: Linkedin native filter : JOB TYPE. */
    public ClassicJobsSearch jobType(List<JobType> values) {
        return enums("jobType", "job_type", values);
    }

    /** {@code company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : COMPANY. */
    public ClassicJobsSearch company(String... ids) {
        return company(list(ids));
    }

    /** {@code company}: The ID of the parameter. Use {@link SearchParameterType#COMPANY} with {@link LinkedInSearchClient#parameters} to find it. Linkedin native filter : COMPANY. */
    public ClassicJobsSearch company(List<String> ids) {
        return ids("company", "company", ids, DIGITS);
    }

    /** {@code presence}. */
    public ClassicJobsSearch presence(JobPresence... values) {
        return presence(list(values));
    }

    /** {@code presence}. */
    public ClassicJobsSearch presence(List<JobPresence> values) {
        return enums("presence", "presence", values);
    }

    /** {@code easy_apply}: Linkedin native filter : EASY APPLY. */
    public ClassicJobsSearch easyApply(boolean value) {
        return flag("easy_apply", value);
    }

    /** {@code has_verifications}: Linkedin native filter : HAS VERIFICATIONS. */
    public ClassicJobsSearch hasVerifications(boolean value) {
        return flag("has_verifications", value);
    }

    /** {@code under_10_applicants}: Linkedin native filter : UNDER 10 APPLICANTS. */
    public ClassicJobsSearch under10Applicants(boolean value) {
        return flag("under_10_applicants", value);
    }

    /** {@code in_your_network}: Linkedin native filter : IN YOUR NETWORK. */
    public ClassicJobsSearch inYourNetwork(boolean value) {
        return flag("in_your_network", value);
    }

    /** {@code fair_chance_employer}: Linkedin native filter : FAIR CHANCE EMPLOYER. */
    public ClassicJobsSearch fairChanceEmployer(boolean value) {
        return flag("fair_chance_employer", value);
    }

    /** {@code benefits}: Linkedin native filter : BENEFITS. */
    public ClassicJobsSearch benefits(JobBenefit... values) {
        return benefits(list(values));
    }

    /** {@code benefits}: Linkedin native filter : BENEFITS. */
    public ClassicJobsSearch benefits(List<JobBenefit> values) {
        return enums("benefits", "benefits", values);
    }

    /** {@code commitments}: Linkedin native filter : COMMITMENTS. */
    public ClassicJobsSearch commitments(JobCommitment... values) {
        return commitments(list(values));
    }

    /** {@code commitments}: Linkedin native filter : COMMITMENTS. */
    public ClassicJobsSearch commitments(List<JobCommitment> values) {
        return enums("commitments", "commitments", values);
    }

    /** {@code minimum_salary}: Linkedin native filter : SALARY. */
    public ClassicJobsSearch minimumSalary(MinimumSalary value) {
        return put("minimum_salary", Check.notNull("minimumSalary", value).toJson("minimumSalary"));
    }
}
