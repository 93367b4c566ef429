package io.unipile.limits;

import io.unipile.RequestOptions;

import java.time.Duration;
import java.util.Objects;

/**
 * What a call does when its account's budget says "not now": fail at once with {@link LimitExceededException}, or
 * wait until the budget allows it, for at most a given time. An asynchronous call waits without holding a thread; a
 * blocking call waits on its own thread. Either way nothing is sent before the budget allows it.
 *
 * <p>Set for a client with {@link UnipileLimits.Builder#mode(LimitMode)}, or for some calls with
 * {@code unipile.withOptions(LimitMode.waitUpTo(Duration.ofMinutes(5)).asOptions())}.
 */
public final class LimitMode {
    private static final LimitMode FAIL_FAST = new LimitMode(Duration.ZERO);

    private final Duration maxWait;

    private LimitMode(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /**
     * Refuse at once; the exception says when the action will be allowed. The default.
     *
     * @return the fail-fast mode
     */
    public static LimitMode failFast() {
        return FAIL_FAST;
    }

    /**
     * Wait until the budget allows the call, unless that is further away than {@code maxWait}: then refuse at once,
     * as in fail-fast mode. A call that waited and then lost its turn to another (on this instance or another one)
     * waits again while its {@code maxWait}, counted from the call, allows, and is refused when it does not.
     *
     * @param maxWait the longest wait, positive
     * @return the waiting mode
     */
    public static LimitMode waitUpTo(Duration maxWait) {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive but was " + maxWait);
        }
        return new LimitMode(maxWait);
    }

    /**
     * The longest wait.
     *
     * @return zero when failing fast
     */
    public Duration maxWait() {
        return maxWait;
    }

    /**
     * Whether calls wait.
     *
     * @return false when failing fast
     */
    public boolean waits() {
        return !maxWait.isZero();
    }

    /**
     * Options that give the calls made with them this mode, whatever the client's.
     *
     * @return request options carrying this mode
     */
    public RequestOptions asOptions() {
        return RequestOptions.builder().attribute(LimitMode.class, this).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LimitMode m && maxWait.equals(m.maxWait);
    }

    @Override
    public int hashCode() {
        return maxWait.hashCode();
    }

    @Override
    public String toString() {
        return waits() ? "LimitMode[wait up to " + maxWait + "]" : "LimitMode[fail fast]";
    }
}
