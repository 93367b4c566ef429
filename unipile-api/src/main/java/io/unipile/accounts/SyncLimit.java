package io.unipile.accounts;

import io.unipile.internal.Check;

import java.time.Instant;
import java.util.Objects;

/**
 * How far back a messaging account syncs its chats or messages: from a point in time ({@link #since(Instant)}) or a
 * number of the latest items ({@link #count(long)}; 0 syncs no history). See {@link MessagingSyncLimit}.
 */
public final class SyncLimit {
    private final Instant startTime;
    private final Long quantity;

    private SyncLimit(Instant startTime, Long quantity) {
        this.startTime = startTime;
        this.quantity = quantity;
    }

    /** Sync what is newer than {@code startTime}, sent as ISO 8601 UTC with milliseconds. */
    public static SyncLimit since(Instant startTime) {
        return new SyncLimit(Check.notNull("startTime", startTime), null);
    }

    /** Sync the latest {@code quantity} items; 0 syncs no history. */
    public static SyncLimit count(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must be 0 or more but was " + quantity);
        }
        return new SyncLimit(null, quantity);
    }

    /** The time to sync from, or {@code null} for a quantity. */
    public Instant startTime() {
        return startTime;
    }

    /** The number of items to sync, or {@code null} for a time. */
    public Long quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncLimit s && Objects.equals(startTime, s.startTime)
                && Objects.equals(quantity, s.quantity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startTime, quantity);
    }

    @Override
    public String toString() {
        return startTime != null ? "SyncLimit[since=" + startTime + "]" : "SyncLimit[count=" + quantity + "]";
    }
}
