package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

/**
 * Recruiter activity on a candidate ({@code recruiting_activity}): messages, tags, notes, projects, resumes or
 * reviews, optionally within the last days.
 *
 * @param type     the kind of activity ({@code id})
 * @param priority how strongly it applies, or null
 * @param days     within how many days from today ({@code timespan}), or null
 */
public record RecruitingActivity(RecruitingActivityType type, RecruiterPriority priority, Integer days) {

    /** Requires the kind; days are not negative. */
    public RecruitingActivity {
        Check.notNull("type", type);
        if (days != null && days < 0) {
            throw new IllegalArgumentException("days must not be negative but was " + days);
        }
    }

    /** Any activity of that kind. */
    public static RecruitingActivity of(RecruitingActivityType type) {
        return new RecruitingActivity(type, null, null);
    }

    /** This activity within the last {@code days}. */
    public RecruitingActivity withinDays(int days) {
        return new RecruitingActivity(type, priority, days);
    }

    /** This activity with that priority. */
    public RecruitingActivity priority(RecruiterPriority priority) {
        return new RecruitingActivity(type, priority, days);
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode().put("id", type.value());
        if (priority != null) {
            n.put("priority", priority.value());
        }
        if (days != null) {
            n.put("timespan", days);
        }
        return n;
    }
}
