package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.Set;

/**
 * One criterion of a Recruiter people search: a location, a job title, a skill, a company or a school, given by its
 * id (from {@link LinkedInSearchClient#parameters}) or, where the filter allows, by boolean keywords
 * ({@code "developers AND product owners NOT managers"}), with how strongly it applies and when.
 *
 * <pre>{@code
 * RecruiterCriterion.id("102277331").priority(RecruiterPriority.MUST_HAVE)
 * RecruiterCriterion.keywords("java OR kotlin").scope(RecruiterScope.CURRENT)
 * RecruiterCriterion.id("9").selection(true)      // a job title that may include related titles
 * }</pre>
 *
 * <p>What a filter accepts is checked when the search takes the criterion: locations, current and past companies
 * and schools need an id; only job titles take {@link #selection}, and need it with an id; only locations take a
 * {@link #title}; each filter has its own {@link RecruiterScope}s, and skills and companies by id alone none.
 *
 * @param id        the parameter's id (digits), or null when given by keywords
 * @param keywords  boolean keywords, or null when given by id
 * @param priority  how strongly it applies, or null for LinkedIn's default
 * @param scope     when it applies, or null for LinkedIn's default
 * @param selection for job titles by id: whether related titles count too ({@code is_selection})
 * @param title     for locations: the title that came with the id, needed with
 *                  {@link RecruiterScope#CURRENT_OR_OPEN_TO_RELOCATE}
 */
public record RecruiterCriterion(String id, String keywords, RecruiterPriority priority, RecruiterScope scope,
                                 Boolean selection, String title) {

    /** Requires an id or keywords, not both. */
    public RecruiterCriterion {
        if ((id == null) == (keywords == null)) {
            throw new IllegalArgumentException("a Recruiter criterion takes an id or keywords, not both");
        }
        Check.nullOrNotBlank("keywords", keywords);
        Check.nullOrNotBlank("title", title);
    }

    /** The parameter with this id. */
    public static RecruiterCriterion id(String id) {
        return new RecruiterCriterion(Check.notBlank("id", id), null, null, null, null, null);
    }

    /** Boolean keywords, where the filter takes them (job titles, skills, companies). */
    public static RecruiterCriterion keywords(String keywords) {
        return new RecruiterCriterion(null, Check.notBlank("keywords", keywords), null, null, null, null);
    }

    /** This criterion with that priority. */
    public RecruiterCriterion priority(RecruiterPriority priority) {
        return new RecruiterCriterion(id, keywords, priority, scope, selection, title);
    }

    /** This criterion with that scope. */
    public RecruiterCriterion scope(RecruiterScope scope) {
        return new RecruiterCriterion(id, keywords, priority, scope, selection, title);
    }

    /** This job title criterion as a selection (related titles count) or strict. */
    public RecruiterCriterion selection(boolean selection) {
        return new RecruiterCriterion(id, keywords, priority, scope, selection, title);
    }

    /** This location criterion with the title that came with its id. */
    public RecruiterCriterion title(String title) {
        return new RecruiterCriterion(id, keywords, priority, scope, selection, title);
    }

    /** What each Recruiter filter takes, from the spec. */
    enum Rule {
        LOCATION(false, false, true, Set.of("CURRENT", "OPEN_TO_RELOCATE_ONLY", "CURRENT_OR_OPEN_TO_RELOCATE")),
        ROLE(true, true, false, Set.of("CURRENT_OR_PAST", "CURRENT", "PAST", "PAST_NOT_CURRENT", "OPEN_TO_WORK")),
        SKILL(true, false, false, Set.of()),
        COMPANY(true, false, false, Set.of("CURRENT_OR_PAST", "CURRENT", "PAST", "PAST_NOT_CURRENT")),
        ID_ONLY(false, false, false, Set.of());

        final boolean keywords;
        final boolean selection;
        final boolean title;
        final Set<String> scopes;

        Rule(boolean keywords, boolean selection, boolean title, Set<String> scopes) {
            this.keywords = keywords;
            this.selection = selection;
            this.title = title;
            this.scopes = scopes;
        }
    }

    JsonNode toJson(String field, Rule rule) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        if (id != null) {
            n.put("id", SearchBuilder.checkId(field + ".id", id, SearchBuilder.DIGITS));
        } else if (rule.keywords) {
            n.put("keywords", keywords);
        } else {
            throw new IllegalArgumentException(field + " takes an id, not keywords");
        }
        if (selection != null) {
            if (!rule.selection) {
                throw new IllegalArgumentException(field + ".selection applies to job titles only");
            }
            if (id == null) {
                throw new IllegalArgumentException(field + ".selection applies to a job title given by id");
            }
            n.put("is_selection", selection);
        } else if (rule.selection && id != null) {
            throw new IllegalArgumentException(field + ".selection is required for a job title given by id");
        }
        if (priority != null) {
            n.put("priority", priority.value());
        }
        if (scope != null) {
            if (!rule.scopes.contains(scope.value())) {
                throw new IllegalArgumentException(field + ".scope must be one of " + new java.util.TreeSet<>(
                        rule.scopes) + " but was " + scope);
            }
            n.put("scope", scope.value());
        }
        if (title != null) {
            if (!rule.title) {
                throw new IllegalArgumentException(field + ".title applies to locations only");
            }
            n.put("title", title);
        }
        return n;
    }
}
