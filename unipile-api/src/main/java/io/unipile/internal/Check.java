package io.unipile.internal;

import java.util.List;

/** Argument checks whose messages name the offending field, run before anything is sent. */
public final class Check {
    private Check() {
    }

    /** Returns {@code value} or fails when it is null, empty or only white space. */
    public static String notBlank(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} unless it is non-null and blank. */
    public static String nullOrNotBlank(String field, String value) {
        return value == null ? null : notBlank(field, value);
    }

    /** Returns {@code value} or fails when it is null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Returns {@code value} unless it is non-null and outside {@code [min, max]}. */
    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }

    /** An immutable copy of {@code values}; fails naming the index of a blank element. */
    public static List<String> noBlankElements(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            notBlank(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }

    /** An immutable copy of {@code values}; fails naming the index of a null element. Null gives an empty list. */
    public static <T> List<T> noNullElements(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            notNull(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }
}
