package io.unipile.testkit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rows by id in insertion order, each with an insertion number that orders listings and cursors; replacing a
 * row keeps its number. Not thread-safe: used under the {@link SharedState} lock.
 */
public final class Table<T> {
    private final Map<String, T> rows = new LinkedHashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private long next;

    /** Adds or replaces a row. */
    public void put(String id, T row) {
        rows.put(id, row);
        sequences.computeIfAbsent(id, key -> next++);
    }

    /** The row, or null. */
    public T get(String id) {
        return rows.get(id);
    }

    /** Whether there is such a row. */
    public boolean contains(String id) {
        return rows.containsKey(id);
    }

    /** Removes a row; the removed row, or null. */
    public T remove(String id) {
        sequences.remove(id);
        return rows.remove(id);
    }

    /** Removes the rows that pass the test. */
    public void removeIf(Predicate<T> test) {
        rows.entrySet().removeIf(row -> test.test(row.getValue()) && sequences.remove(row.getKey()) != null);
    }

    /** The rows in insertion order, live. */
    public Collection<T> values() {
        return rows.values();
    }

    /** A row's insertion number. */
    public long sequence(String id) {
        return sequences.get(id);
    }

    /** The rows in insertion order, as list entries. */
    public List<Paging.Entry<T>> entries() {
        return rows.entrySet().stream()
                .map(row -> new Paging.Entry<>(row.getValue(), Paging.inserted(sequences.get(row.getKey()))))
                .toList();
    }

    /** Removes every row. */
    public void clear() {
        rows.clear();
        sequences.clear();
    }
}
