package io.unipile.internal;

import io.unipile.StringEnum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One query parameter of an {@link Endpoint}: its wire name, where its value comes from, its limits.
 *
 * @param name     the wire name, e.g. {@code account_id}
 * @param value    reads the value from the endpoint's input; null means not sent
 * @param min      the smallest number allowed, or null
 * @param max      the largest number allowed, or null
 * @param required whether the operation fails without it
 * @param <Q>      the endpoint's input type
 */
public record QueryParam<Q>(String name, Function<Q, ?> value, Long min, Long max, boolean required) {
    static final String BEFORE = "before";
    static final String AFTER = "after";

    /** The name the library's API gives a wire name: {@code account_id} is {@code accountId}. */
    public String field() {
        return fieldName(name);
    }

    static String fieldName(String wire) {
        StringBuilder sb = new StringBuilder(wire.length());
        boolean upper = false;
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    Object valueOf(Q input) {
        return input == null ? null : value.apply(input);
    }

    /**
     * Checks a value against the declaration and returns what goes on the wire, or null for nothing. A collection
     * is the array form of a parameter: each element is checked and sent as its own {@code name=value}, the
     * OpenAPI default for query arrays; an empty one sends nothing.
     */
    Object check(Object v) {
        if (v instanceof Collection<?> c) {
            List<Object> values = new ArrayList<>(c.size());
            for (Object element : c) {
                values.add(Check.notNull(field(), checkOne(element)));
            }
            return values.isEmpty() ? check(null) : List.copyOf(values);
        }
        return checkOne(v);
    }

    private Object checkOne(Object v) {
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(field() + " is required");
            }
            return null;
        }
        if (v instanceof String s) {
            return Check.notBlank(field(), s);
        }
        if (v instanceof StringEnum e) {
            return e.value();
        }
        if (v instanceof Number n && (min != null || max != null)) {
            long l = n.longValue();
            if ((min != null && l < min) || (max != null && l > max)) {
                throw new IllegalArgumentException(field() + " must be between " + min + " and " + max
                        + " but was " + n);
            }
        }
        return v;
    }
}
