package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.TreeSet;

/**
 * A range filter ({@code {"min": .., "max": ..}}): company sizes, years of experience, followers, graduation years.
 * Either end may be open. Where LinkedIn only knows fixed brackets (company size 11 to 50, ...), the filter that takes
 * the range checks each end against them and names the one it refuses.
 *
 * @param min the lower end, or {@code null} for none
 * @param max the upper end, or {@code null} for none
 */
public record SearchRange(Integer min, Integer max) {

    /** Requires one end at least, and {@code min <= max}. */
    public SearchRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a range needs min, max or both");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("the range's min " + min + " is above its max " + max);
        }
    }

    /** From {@code min} to {@code max}, both included. */
    public static SearchRange of(int min, int max) {
        return new SearchRange(min, max);
    }

    /** From {@code min} up. */
    public static SearchRange atLeast(int min) {
        return new SearchRange(min, null);
    }

    /** Up to {@code max}. */
    public static SearchRange atMost(int max) {
        return new SearchRange(null, max);
    }

    /** This range in the spec's shape; {@code mins} and {@code maxes} are the brackets allowed, or null for any. */
    JsonNode toJson(String field, Set<Integer> mins, Set<Integer> maxes) {
        ObjectNode node = SearchBuilder.NODES.objectNode();
        if (min != null) {
            node.put("min", checked(field + ".min", min, mins));
        }
        if (max != null) {
            node.put("max", checked(field + ".max", max, maxes));
        }
        return node;
    }

    /** This range, each end within {@code [lowest, highest]}. */
    JsonNode toJson(String field, int lowest, int highest) {
        for (Integer v : new Integer[]{min, max}) {
            if (v != null && (v < lowest || v > highest)) {
                throw new IllegalArgumentException(field + " must be within " + lowest + " and " + highest
                        + " but was " + v);
            }
        }
        return toJson(field, null, null);
    }

    private static int checked(String field, int value, Set<Integer> allowed) {
        if (allowed != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + new TreeSet<>(allowed) + " but was "
                    + value);
        }
        return value;
    }
}
