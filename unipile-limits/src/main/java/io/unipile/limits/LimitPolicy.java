package io.unipile.limits;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The quotas of one account, per action; an action without a quota is not limited. Immutable; start from
 * {@link #defaults(AccountKind)} and change what differs with {@link #toBuilder()}.
 *
 * <p>The defaults follow Unipile's published recommendations for LinkedIn ("Provider limits and restrictions",
 * developer.unipile.com), taking the low end of each range, with actions spaced by a random 30 to 90 seconds ("space
 * out all calls ... use random values", "intervals of about a minute"):
 * <table>
 *   <caption>Default quotas</caption>
 *   <tr><th>action</th><th>free</th><th>premium</th><th>Sales Navigator</th><th>Recruiter</th></tr>
 *   <tr><td>invitation</td><td>150 a week</td><td>80 a day, 200 a week</td><td>80 a day, 200 a week</td>
 *       <td>80 a day, 200 a week</td></tr>
 *   <tr><td>invitation with a note</td><td>15 a week</td><td colspan="3">as invitation</td></tr>
 *   <tr><td>profile view</td><td colspan="4">80 a day</td></tr>
 *   <tr><td>search results</td><td>1,000 a day</td><td>1,000 a day</td><td>2,500 a day</td><td>2,500 a day</td></tr>
 * </table>
 * Unipile publishes no figure for the other actions; this library limits them conservatively and the same for every
 * kind: 100 messages, 30 InMails, 10 posts, 30 comments and 50 reactions a day. Search pages are spaced by 10 to 30
 * seconds, everything else by 30 to 90. Unipile calls its figures conservative: raise them at your own risk, lower
 * them for new or little-used accounts.
 */
public final class LimitPolicy {
    private static final Duration SPACING_MIN = Duration.ofSeconds(30);
    private static final Duration SPACING_MAX = Duration.ofSeconds(90);
    private static final LimitPolicy UNLIMITED = new Builder().build();

    private final Map<LimitedAction, Quota> quotas;

    private LimitPolicy(Map<LimitedAction, Quota> quotas) {
        this.quotas = Collections.unmodifiableMap(quotas.isEmpty() ? Map.of() : new EnumMap<>(quotas));
    }

    /**
     * The default quotas of {@code kind} (see the table above).
     *
     * @param kind the kind of account
     * @return its default policy
     */
    public static LimitPolicy defaults(AccountKind kind) {
        Objects.requireNonNull(kind, "kind");
        boolean paid = kind != AccountKind.FREE;
        boolean salesTools = kind == AccountKind.SALES_NAVIGATOR || kind == AccountKind.RECRUITER;
        Builder b = new Builder();
        if (paid) {
            b.quota(LimitedAction.INVITATION, spaced(Quota.perDay(80).andPerWeek(200)));
        } else {
            b.quota(LimitedAction.INVITATION, spaced(Quota.perWeek(150)));
            b.quota(LimitedAction.INVITATION_WITH_NOTE, Quota.perWeek(15));
        }
        b.quota(LimitedAction.PROFILE_VIEW, spaced(Quota.perDay(80)));
        b.quota(LimitedAction.SEARCH_RESULTS, Quota.perDay(salesTools ? 2500 : 1000)
                .spacedBetween(Duration.ofSeconds(10), Duration.ofSeconds(30)));
        b.quota(LimitedAction.MESSAGE, spaced(Quota.perDay(100)));
        b.quota(LimitedAction.INMAIL, spaced(Quota.perDay(30)));
        b.quota(LimitedAction.POST, spaced(Quota.perDay(10)));
        b.quota(LimitedAction.COMMENT, spaced(Quota.perDay(30)));
        b.quota(LimitedAction.REACTION, spaced(Quota.perDay(50)));
        return b.build();
    }

    private static Quota spaced(Quota q) {
        return q.spacedBetween(SPACING_MIN, SPACING_MAX);
    }

    /**
     * No quota at all: for accounts the guard should let through (e.g. a provider without such limits).
     *
     * @return the empty policy
     */
    public static LimitPolicy unlimited() {
        return UNLIMITED;
    }

    /**
     * An empty builder: only the actions given a quota are limited.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these quotas.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.quotas.putAll(quotas);
        return b;
    }

    /**
     * The quota of {@code action}.
     *
     * @param action the action
     * @return its quota, or empty when it is not limited
     */
    public Optional<Quota> quota(LimitedAction action) {
        return Optional.ofNullable(quotas.get(action));
    }

    /**
     * Every quota.
     *
     * @return the quotas by action, unmodifiable
     */
    public Map<LimitedAction, Quota> quotas() {
        return quotas;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LimitPolicy p && quotas.equals(p.quotas);
    }

    @Override
    public int hashCode() {
        return quotas.hashCode();
    }

    @Override
    public String toString() {
        return "LimitPolicy" + quotas;
    }

    /** Builds a {@link LimitPolicy}. */
    public static final class Builder {
        private final Map<LimitedAction, Quota> quotas = new EnumMap<>(LimitedAction.class);

        private Builder() {
        }

        /**
         * Sets the quota of {@code action}, replacing any.
         *
         * @param action the action
         * @param quota  its quota
         * @return this builder
         */
        public Builder quota(LimitedAction action, Quota quota) {
            quotas.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(quota, "quota"));
            return this;
        }

        /**
         * Lifts any limit on {@code action}.
         *
         * @param action the action
         * @return this builder
         */
        public Builder unlimited(LimitedAction action) {
            quotas.remove(Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * The policy.
         *
         * @return the immutable policy
         */
        public LimitPolicy build() {
            return new LimitPolicy(quotas);
        }
    }
}
