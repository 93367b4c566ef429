package io.unipile.limits;

import java.time.Duration;

/**
 * One action's budget on one account: at most {@link #perDay()} a calendar day and {@link #perWeek()} a calendar
 * week (in the zone of {@link UnipileLimits.Builder#zone}), and a random pause between {@link #minSpacing()} and
 * {@link #maxSpacing()} after each action before the next, drawn anew after each and kept in the store, so that
 * every instance sharing the store keeps it.
 *
 * @param perDay     how many a day, or {@link #UNLIMITED}
 * @param perWeek    how many a week (Monday to Sunday), or {@link #UNLIMITED}
 * @param minSpacing the shortest pause between two actions; zero for none
 * @param maxSpacing the longest; not shorter than {@code minSpacing}
 */
public record Quota(int perDay, int perWeek, Duration minSpacing, Duration maxSpacing) {
    /** No limit for that period. */
    public static final int UNLIMITED = -1;

    /**
     * Checks the values.
     *
     * @param perDay     how many a day, or {@link #UNLIMITED}
     * @param perWeek    how many a week, or {@link #UNLIMITED}
     * @param minSpacing the shortest pause between two actions; zero for none
     * @param maxSpacing the longest; not shorter than {@code minSpacing}, at most a day
     * @throws IllegalArgumentException naming the value that is wrong
     */
    public Quota {
        if (perDay < UNLIMITED || perWeek < UNLIMITED) {
            throw new IllegalArgumentException("perDay and perWeek must be at least 0 (or UNLIMITED) but were "
                    + perDay + " and " + perWeek);
        }
        if (minSpacing == null || maxSpacing == null || minSpacing.isNegative()) {
            throw new IllegalArgumentException("minSpacing must be zero or positive and maxSpacing set");
        }
        if (maxSpacing.compareTo(minSpacing) < 0) {
            throw new IllegalArgumentException("maxSpacing (" + maxSpacing + ") must not be shorter than minSpacing ("
                    + minSpacing + ")");
        }
        if (!maxSpacing.isZero() && maxSpacing.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("maxSpacing must be zero or at least a millisecond but was "
                    + maxSpacing);
        }
        if (maxSpacing.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("maxSpacing must be at most a day but was " + maxSpacing);
        }
    }

    /**
     * A quota of {@code n} a day, no weekly limit, no spacing.
     *
     * @param n how many a day, at least 0
     * @return the quota
     */
    public static Quota perDay(int n) {
        return new Quota(checkCount("perDay", n), UNLIMITED, Duration.ZERO, Duration.ZERO);
    }

    /**
     * A quota of {@code n} a week, no daily limit, no spacing.
     *
     * @param n how many a week, at least 0
     * @return the quota
     */
    public static Quota perWeek(int n) {
        return new Quota(UNLIMITED, checkCount("perWeek", n), Duration.ZERO, Duration.ZERO);
    }

    /**
     * This quota with a weekly limit as well.
     *
     * @param n how many a week, at least 0
     * @return the new quota
     */
    public Quota andPerWeek(int n) {
        return new Quota(perDay, checkCount("perWeek", n), minSpacing, maxSpacing);
    }

    /**
     * This quota with a daily limit as well.
     *
     * @param n how many a day, at least 0
     * @return the new quota
     */
    public Quota andPerDay(int n) {
        return new Quota(checkCount("perDay", n), perWeek, minSpacing, maxSpacing);
    }

    /**
     * This quota with a random pause of {@code min} to {@code max} after each action.
     *
     * @param min the shortest pause
     * @param max the longest pause
     * @return the new quota
     */
    public Quota spacedBetween(Duration min, Duration max) {
        return new Quota(perDay, perWeek, min, max);
    }

    /**
     * Whether actions are spaced at all.
     *
     * @return true when {@link #maxSpacing()} is positive
     */
    public boolean spaced() {
        return !maxSpacing.isZero();
    }

    /** Whether a day or a week limits how many: else only the spacing applies. */
    boolean counted() {
        return perDay != UNLIMITED || perWeek != UNLIMITED;
    }

    /** Whether {@code units} actions at once fit in a day and in a week at all (not whether they do today). */
    boolean fits(long units) {
        return (perDay == UNLIMITED || units <= perDay) && (perWeek == UNLIMITED || units <= perWeek);
    }

    private static int checkCount(String name, int n) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must be at least 0 but was " + n);
        }
        return n;
    }
}
