package io.unipile.limits;

/** What {@link UnipileLimits} does when its {@link LimitStore} fails or does not answer in time. */
public enum StoreFailureMode {
    /**
     * Refuse the call with {@link LimitStoreUnavailableException}: no budget is overspent, but nothing limited is
     * sent while the store is away. The default: an account restricted by LinkedIn costs more than a delay.
     */
    FAIL_CLOSED,
    /**
     * Let the call go unlimited (logged at WARN, at most once a minute): work goes on while the store is away, and
     * the budgets are not kept meanwhile.
     */
    FAIL_OPEN
}
