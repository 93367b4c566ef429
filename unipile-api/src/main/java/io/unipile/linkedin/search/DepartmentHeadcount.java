package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.List;

/**
 * The headcount, or its growth, of departments (ids of type {@link SearchParameterType#DEPARTMENT}) in a Sales
 * Navigator companies search ({@code department_headcount}, {@code department_headcount_growth}).
 *
 * @param departments department ids (digits), at least one
 * @param range       the headcount (or growth) range, or null for any
 */
public record DepartmentHeadcount(List<String> departments, SearchRange range) {

    /** Requires a department. */
    public DepartmentHeadcount {
        departments = Check.noNullElements("departments", departments);
    }

    /** These departments within {@code range}. */
    public static DepartmentHeadcount of(SearchRange range, String... departments) {
        return new DepartmentHeadcount(SearchBuilder.list(departments), range);
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        n.set("department", SearchBuilder.idArray(field + ".departments", departments, SearchBuilder.DIGITS));
        if (range != null) {
            n.setAll((ObjectNode) range.toJson(field + ".range", null, null));
        }
        return n;
    }
}
