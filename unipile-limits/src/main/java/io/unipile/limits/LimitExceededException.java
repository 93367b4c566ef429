package io.unipile.limits;

import io.unipile.errors.UnipileException;

import java.time.Duration;
import java.time.Instant;

/**
 * A call refused by {@link UnipileLimits} before anything was sent: its account has used its budget for an action,
 * or must pause before the next one. Never retried by the client; try again at {@link #allowedAt()}.
 */
public class LimitExceededException extends UnipileException {
    private static final long serialVersionUID = 1L;

    /** What the budget said. */
    public enum Reason {
        /**
         * The day's quota is used. On the last day of a week, a refusal that lasts until Monday midnight is
         * reported as this, whichever of the two quotas is used.
         */
        DAILY_QUOTA,
        /** The week's quota is used. */
        WEEKLY_QUOTA,
        /** The pause after the previous action is not over. */
        SPACING,
        /** The call asks for more than a whole day's or week's quota (a search page larger than it). */
        LARGER_THAN_QUOTA
    }

    /** The account. */
    private final String accountId;
    /** The action refused. */
    private final LimitedAction action;
    /** Why. */
    private final Reason reason;
    /** When it will be allowed, or null. */
    private final Instant allowedAt;

    /**
     * Creates the exception.
     *
     * @param accountId the account
     * @param action    the action refused
     * @param reason    why
     * @param allowedAt when it will be allowed, or null when never (larger than the quota)
     * @param now       the present, for the message
     */
    public LimitExceededException(String accountId, LimitedAction action, Reason reason, Instant allowedAt,
                                  Instant now) {
        super(message(accountId, action, reason, allowedAt, now));
        this.accountId = accountId;
        this.action = action;
        this.reason = reason;
        this.allowedAt = allowedAt;
    }

    private static String message(String accountId, LimitedAction action, Reason reason, Instant allowedAt,
                                  Instant now) {
        String why = switch (reason) {
            case DAILY_QUOTA -> "its daily quota is used";
            case WEEKLY_QUOTA -> "its weekly quota is used";
            case SPACING -> "it must pause after the previous one";
            case LARGER_THAN_QUOTA -> "the call asks for more than its whole quota";
        };
        String when = allowedAt == null ? "never allowed as it is"
                : "allowed at " + allowedAt + " (in " + Duration.between(now, allowedAt).toSeconds() + " s)";
        return "account " + accountId + ": " + action.key() + " refused by unipile-limits, " + why + "; " + when
                + "; nothing was sent";
    }

    /**
     * The account.
     *
     * @return its Unipile id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The action refused.
     *
     * @return the action
     */
    public LimitedAction action() {
        return action;
    }

    /**
     * Why it was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * When the action will be allowed, if no other call takes the budget first.
     *
     * @return the moment, or null when the call can never be allowed as it is
     */
    public Instant allowedAt() {
        return allowedAt;
    }
}
