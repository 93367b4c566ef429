package io.unipile.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The registry behind one {@link io.unipile.StringEnum} subclass: hands out the known constants and makes unknown
 * values on demand, so that parsing an already seen value allocates nothing.
 *
 * @param <E> the enum class
 */
public final class EnumValues<E> {
    /** Unknown values are cached only up to this many, so a hostile server cannot grow the heap. */
    private static final int MAX_CACHED_UNKNOWN = 256;

    private final Map<String, E> known = new ConcurrentHashMap<>();
    private final Map<String, E> unknown = new ConcurrentHashMap<>();
    private final BiFunction<String, Boolean, E> factory;

    public EnumValues(BiFunction<String, Boolean, E> factory) {
        this.factory = factory;
    }

    /** Declares a known constant. */
    public E known(String value) {
        E e = factory.apply(value, Boolean.TRUE);
        known.put(value, e);
        return e;
    }

    /** The constant for {@code value}, or an unknown instance that keeps it. */
    public E of(String value) {
        if (value == null) {
            return null;
        }
        E e = known.get(value);
        if (e != null) {
            return e;
        }
        e = unknown.get(value);
        if (e != null) {
            return e;
        }
        e = factory.apply(value, Boolean.FALSE);
        if (unknown.size() < MAX_CACHED_UNKNOWN) {
            unknown.putIfAbsent(value, e);
        }
        return e;
    }
}
