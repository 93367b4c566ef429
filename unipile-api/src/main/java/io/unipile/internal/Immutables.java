package io.unipile.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for model constructors: absent collections become empty, null elements are dropped. */
public final class Immutables {
    private Immutables() {
    }

    /** An unmodifiable copy of {@code list} without null elements; empty for {@code null}. */
    public static <T> List<T> list(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T t : list) {
            if (t != null) {
                copy.add(t);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable, order-keeping copy of {@code map} without null keys or values; empty for {@code null}. */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
