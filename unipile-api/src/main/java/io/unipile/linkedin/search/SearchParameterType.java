package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * What kind of id {@link LinkedInSearchClient#parameters} looks up ({@code type}): the common kinds, then those
 * of Sales Navigator and of Recruiter. A kind this library does not know yet can be asked for with {@link #of}.
 */
public final class SearchParameterType extends StringEnum {
    private static final EnumValues<SearchParameterType> VALUES = new EnumValues<>(SearchParameterType::new);

    /** Places. */
    public static final SearchParameterType LOCATION = VALUES.known("LOCATION");

    /** Members. */
    public static final SearchParameterType PEOPLE = VALUES.known("PEOPLE");

    /** Members whose connections to search. */
    public static final SearchParameterType CONNECTIONS = VALUES.known("CONNECTIONS");

    /** Companies. */
    public static final SearchParameterType COMPANY = VALUES.known("COMPANY");

    /** Schools. */
    public static final SearchParameterType SCHOOL = VALUES.known("SCHOOL");

    /** Industries (classic and Recruiter). */
    public static final SearchParameterType INDUSTRY = VALUES.known("INDUSTRY");

    /** Service categories. */
    public static final SearchParameterType SERVICE = VALUES.known("SERVICE");

    /** Job functions. */
    public static final SearchParameterType JOB_FUNCTION = VALUES.known("JOB_FUNCTION");

    /** Job titles. */
    public static final SearchParameterType JOB_TITLE = VALUES.known("JOB_TITLE");

    /** Employment types (keywords do not apply). */
    public static final SearchParameterType EMPLOYMENT_TYPE = VALUES.known("EMPLOYMENT_TYPE");

    /** Skills. */
    public static final SearchParameterType SKILL = VALUES.known("SKILL");

    /** Groups (Sales Navigator, Recruiter). */
    public static final SearchParameterType GROUPS = VALUES.known("GROUPS");

    /** Industries as Sales Navigator knows them. */
    public static final SearchParameterType SALES_INDUSTRY = VALUES.known("SALES_INDUSTRY");

    /** Departments (Sales Navigator, Recruiter). */
    public static final SearchParameterType DEPARTMENT = VALUES.known("DEPARTMENT");

    /** Sales Navigator personas. */
    public static final SearchParameterType PERSONA = VALUES.known("PERSONA");

    /** Sales Navigator account lists. */
    public static final SearchParameterType ACCOUNT_LISTS = VALUES.known("ACCOUNT_LISTS");

    /** Sales Navigator lead lists. */
    public static final SearchParameterType LEAD_LISTS = VALUES.known("LEAD_LISTS");

    /** Technologies companies use (Sales Navigator). */
    public static final SearchParameterType TECHNOLOGIES = VALUES.known("TECHNOLOGIES");

    /** Sales Navigator saved accounts. */
    public static final SearchParameterType SAVED_ACCOUNTS = VALUES.known("SAVED_ACCOUNTS");

    /** Saved searches (Sales Navigator, Recruiter). */
    public static final SearchParameterType SAVED_SEARCHES = VALUES.known("SAVED_SEARCHES");

    /** Sales Navigator recent searches. */
    public static final SearchParameterType RECENT_SEARCHES = VALUES.known("RECENT_SEARCHES");

    /** Postal codes (Sales Navigator). */
    public static final SearchParameterType POSTAL_CODE = VALUES.known("POSTAL_CODE");

    /** Recruiter hiring projects. */
    public static final SearchParameterType HIRING_PROJECTS = VALUES.known("HIRING_PROJECTS");

    /** Recruiter saved filters. */
    public static final SearchParameterType SAVED_FILTERS = VALUES.known("SAVED_FILTERS");

    private SearchParameterType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchParameterType of(String value) {
        return VALUES.of(value);
    }
}
