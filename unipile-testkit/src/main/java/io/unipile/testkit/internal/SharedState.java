package io.unipile.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The fake's data: one slice per resource group, all guarded by one lock, so that a request's checks and
 * changes are atomic across groups (deleting an account removes its chats, messages and attendees).
 * Slices are made on first use, which lets a new group keep data without touching this class.
 */
public final class SharedState {
    private final Object lock = new Object();
    private final Map<Class<?>, Slice> slices = new LinkedHashMap<>();

    /** A group's part of the data; {@link #clear()} forgets it. */
    public interface Slice {
        /** Forgets everything, as on a fresh server. Called with the lock held. */
        void clear();
    }

    /** The one lock every slice reads and writes under; reentrant, so slices may call each other. */
    public Object lock() {
        return lock;
    }

    /** The slice of this type, made by {@code create} on first use. */
    public <T extends Slice> T slice(Class<T> type, Function<SharedState, T> create) {
        synchronized (lock) {
            Slice slice = slices.get(type);
            if (slice == null) {
                // Not computeIfAbsent: making a slice may ask for another one.
                slice = create.apply(this);
                slices.put(type, slice);
            }
            return type.cast(slice);
        }
    }

    /** Empties every slice. */
    public void clear() {
        synchronized (lock) {
            slices.values().forEach(Slice::clear);
        }
    }
}
