package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

/**
 * Keywords matched against one part of a profile ({@code advanced_keywords}) in a classic people search. Set at
 * least one; blank values are refused.
 *
 * @param firstName KEYWORDS / FIRST NAME, or null
 * @param lastName  KEYWORDS / LAST NAME, or null
 * @param title     KEYWORDS / TITLE, or null
 * @param company   KEYWORDS / COMPANY, or null
 * @param school    KEYWORDS / SCHOOL, or null
 */
public record AdvancedKeywords(String firstName, String lastName, String title, String company, String school) {

    /** Requires one part at least; none blank. */
    public AdvancedKeywords {
        Check.nullOrNotBlank("advancedKeywords.firstName", firstName);
        Check.nullOrNotBlank("advancedKeywords.lastName", lastName);
        Check.nullOrNotBlank("advancedKeywords.title", title);
        Check.nullOrNotBlank("advancedKeywords.company", company);
        Check.nullOrNotBlank("advancedKeywords.school", school);
        if (firstName == null && lastName == null && title == null && company == null && school == null) {
            throw new IllegalArgumentException("advancedKeywords needs one of firstName, lastName, title, company, "
                    + "school");
        }
    }

    /** Keywords in the title only. */
    public static AdvancedKeywords title(String title) {
        return new AdvancedKeywords(null, null, title, null, null);
    }

    /** Keywords in the names only. */
    public static AdvancedKeywords name(String firstName, String lastName) {
        return new AdvancedKeywords(firstName, lastName, null, null, null);
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        putIf(n, "first_name", firstName);
        putIf(n, "last_name", lastName);
        putIf(n, "title", title);
        putIf(n, "company", company);
        putIf(n, "school", school);
        return n;
    }

    static void putIf(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }
}
