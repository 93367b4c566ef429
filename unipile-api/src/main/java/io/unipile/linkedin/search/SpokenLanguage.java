package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

/**
 * A language a Recruiter candidate speaks ({@code spoken_languages}).
 *
 * @param language    the language, as LinkedIn names it
 * @param priority    how strongly it applies, or null
 * @param proficiency how well it is spoken ({@code scope}), or null
 */
public record SpokenLanguage(String language, RecruiterPriority priority, LanguageProficiency proficiency) {

    /** Requires the language. */
    public SpokenLanguage {
        Check.notBlank("language", language);
    }

    /** This language, at any level. */
    public static SpokenLanguage of(String language) {
        return new SpokenLanguage(language, null, null);
    }

    /** This language at that level at least. */
    public SpokenLanguage proficiency(LanguageProficiency proficiency) {
        return new SpokenLanguage(language, priority, proficiency);
    }

    /** This language with that priority. */
    public SpokenLanguage priority(RecruiterPriority priority) {
        return new SpokenLanguage(language, priority, proficiency);
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode().put("language", language);
        if (priority != null) {
            n.put("priority", priority.value());
        }
        if (proficiency != null) {
            n.put("scope", proficiency.value());
        }
        return n;
    }
}
