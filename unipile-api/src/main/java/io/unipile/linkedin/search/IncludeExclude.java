package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A Sales Navigator or Recruiter filter that keeps some values and drops others ({@code {"include": [..],
 * "exclude": [..]}}): ids from {@link LinkedInSearchClient#parameters}, or the filter's typed values.
 *
 * <pre>{@code
 * IncludeExclude.include("102277331").exclude("90009706")
 * }</pre>
 *
 * @param include the values to keep; empty for none
 * @param exclude the values to drop; empty for none
 * @param withinArea the search zone in miles around the included postal codes; postal code filters only
 * @param <T> the value type: an id, or one of the filter's enums
 */
public record IncludeExclude<T>(List<T> include, List<T> exclude, Integer withinArea) {

    /** Requires a value to include or exclude; null lists are empty. */
    public IncludeExclude {
        include = Check.noNullElements("include", include);
        exclude = Check.noNullElements("exclude", exclude);
        if (include.isEmpty() && exclude.isEmpty()) {
            throw new IllegalArgumentException("a filter needs values to include or to exclude");
        }
        if (withinArea != null && withinArea < 0) {
            throw new IllegalArgumentException("withinArea must not be negative but was " + withinArea);
        }
    }

    /** Keeps these values. */
    @SafeVarargs
    public static <T> IncludeExclude<T> include(T... values) {
        return new IncludeExclude<>(Arrays.asList(values), List.of(), null);
    }

    /** Drops these values. */
    @SafeVarargs
    public static <T> IncludeExclude<T> exclude(T... values) {
        return new IncludeExclude<>(List.of(), Arrays.asList(values), null);
    }

    /** This filter, dropping these values too. */
    @SafeVarargs
    public final IncludeExclude<T> andExclude(T... values) {
        return new IncludeExclude<>(include, Arrays.asList(values), withinArea);
    }

    /** This filter, keeping these values too. */
    @SafeVarargs
    public final IncludeExclude<T> andInclude(T... values) {
        return new IncludeExclude<>(Arrays.asList(values), exclude, withinArea);
    }

    /** This filter within {@code miles} of the included postal codes. */
    public IncludeExclude<T> withinArea(int miles) {
        return new IncludeExclude<>(include, exclude, miles);
    }

    JsonNode toJson(String field, BiFunction<String, T, String> check, boolean areaAllowed) {
        if (withinArea != null && !areaAllowed) {
            throw new IllegalArgumentException(field + ".withinArea applies to postal codes only");
        }
        ObjectNode node = SearchBuilder.NODES.objectNode();
        write(node, field, "include", include, check);
        write(node, field, "exclude", exclude, check);
        if (withinArea != null) {
            node.put("within_area", withinArea);
        }
        return node;
    }

    private static <T> void write(ObjectNode node, String field, String side, List<T> values,
                                  BiFunction<String, T, String> check) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(side);
        for (int i = 0; i < values.size(); i++) {
            array.add(check.apply(field + "." + side + "[" + i + "]", values.get(i)));
        }
    }
}
