package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.List;

/**
 * Posts that mention members or companies ({@code mentioning}) in a classic posts search.
 *
 * @param member  member ids (type {@link SearchParameterType#PEOPLE}); empty for none
 * @param company company ids (digits, type {@link SearchParameterType#COMPANY}); empty for none
 */
public record Mentioning(List<String> member, List<String> company) {

    /** Null lists are empty; one of them must hold an id. */
    public Mentioning {
        member = Check.noNullElements("mentioning.member", member);
        company = Check.noNullElements("mentioning.company", company);
        if (member.isEmpty() && company.isEmpty()) {
            throw new IllegalArgumentException("mentioning needs a member or a company");
        }
    }

    /** Posts mentioning these members. */
    public static Mentioning members(String... ids) {
        return new Mentioning(SearchBuilder.list(ids), List.of());
    }

    /** Posts mentioning these companies. */
    public static Mentioning companies(String... ids) {
        return new Mentioning(List.of(), SearchBuilder.list(ids));
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        if (!member.isEmpty()) {
            n.set("member", SearchBuilder.idArray(field + ".member", member, SearchBuilder.ANY));
        }
        if (!company.isEmpty()) {
            n.set("company", SearchBuilder.idArray(field + ".company", company, SearchBuilder.DIGITS));
        }
        return n;
    }
}
