package io.unipile.limits;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.guard.CallGuard;
import io.unipile.guard.GuardedCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps each account within its provider's limits: a {@link CallGuard} that charges every limited call to its
 * account's budget before it is sent, and lets it go, makes it wait, or refuses it.
 *
 * <pre>{@code
 * UnipileLimits limits = UnipileLimits.builder()
 *         .store(RedisLimitStore.connect("redis://redis.internal:6379"))   // shared by every instance
 *         .account("acc_sales_1", AccountKind.SALES_NAVIGATOR)              // else read from the account
 *         .build();
 * UnipileClient unipile = UnipileClient.builder().apiKey(key).callGuard(limits).build();
 *
 * unipile.users().invite(...);                    // LimitExceededException when over budget: nothing sent
 * unipile.withOptions(LimitMode.waitUpTo(Duration.ofMinutes(10)).asOptions())
 *         .users().inviteAsync(...);              // waits its turn without holding a thread
 * }</pre>
 *
 * <p>Each call is charged per {@link ActionMapping} (LinkedIn's limited operations by default) to its account: the
 * call's {@code account_id}, or the chat's account for a message in a chat (looked up once per chat). The account's
 * {@link LimitPolicy} is the one configured for it, else the default policy of its {@link AccountKind}, read from the
 * account itself ({@code GET /accounts/{id}}, once an hour per account and instance); accounts of other providers are
 * not limited. Budgets are Bucket4j token buckets in the {@link LimitStore}: a day and a week are calendar periods
 * in {@link Builder#zone}, and the random pause after each action is drawn per action and stored, so that several
 * instances on one store keep every quota and pause together.
 *
 * <p>Thread-safe; one instance serves any number of clients. {@link #close()} closes the store and stops waiting
 * calls' timers.
 */
public final class UnipileLimits implements CallGuard, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnipileLimits.class);
    private static final CompletableFuture<Void> ADMITTED = CompletableFuture.completedFuture(null);
    /** A Monday midnight long past: the anchor of every calendar day and week, the same on every instance. */
    private static final LocalDate ANCHOR_MONDAY = LocalDate.of(2024, 1, 1);
    private static final Duration KIND_TTL = Duration.ofHours(1);
    private static final int MAX_CACHED = 10_000;

    private final LimitStore store;
    private final LimitMode mode;
    private final ActionMapping mapping;
    private final Map<String, LimitPolicy> accounts;
    private final Map<AccountKind, LimitPolicy> kinds;
    private final AccountKind defaultKind;
    private final boolean detectKinds;
    private final ZoneId zone;
    private final StoreFailureMode failureMode;
    private final Duration storeTimeout;
    private final Clock clock;
    private final String keyPrefix;
    private final ScheduledExecutorService timer;
    private final ConcurrentMap<String, CompletableFuture<String>> chatAccounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, KindEntry> accountKinds = new ConcurrentHashMap<>();
    private final ConcurrentMap<Quota, BucketConfiguration> quotaConfigs = new ConcurrentHashMap<>();
    private final ConcurrentMap<Quota, BucketConfiguration> spacingConfigs = new ConcurrentHashMap<>();
    private final AtomicLong lastOpenWarning = new AtomicLong(Long.MIN_VALUE);

    private UnipileLimits(Builder b) {
        this.store = b.store != null ? b.store : LimitStore.inMemory(b.clock);
        this.mode = b.mode;
        this.mapping = b.mapping;
        Map<AccountKind, LimitPolicy> k = new EnumMap<>(AccountKind.class);
        for (AccountKind kind : AccountKind.values()) {
            k.put(kind, b.kinds.getOrDefault(kind, LimitPolicy.defaults(kind)));
        }
        this.kinds = k;
        Map<String, LimitPolicy> a = new java.util.HashMap<>(b.accounts);
        b.accountKinds.forEach((id, kind) -> a.put(id, k.get(kind)));
        this.accounts = Map.copyOf(a);
        this.defaultKind = b.defaultKind;
        this.detectKinds = b.detectKinds;
        this.zone = b.zone;
        this.failureMode = b.failureMode;
        this.storeTimeout = b.storeTimeout;
        this.clock = b.clock;
        this.keyPrefix = b.keyPrefix;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unipile-limits-timer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A builder with the defaults: in-memory store, fail fast, LinkedIn's actions, kinds read from the accounts,
     * free-account quotas when that fails, UTC days, fail closed when the store is away.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets this guard on a client builder: {@code builder.callGuard(this)}.
     *
     * @param builder the client's builder
     * @return the builder
     */
    public UnipileClient.Builder bindTo(UnipileClient.Builder builder) {
        return builder.callGuard(this);
    }

    /**
     * The policy that applies to {@code accountId} without looking anything up: the configured one, else the default
     * kind's.
     *
     * @param accountId the account
     * @return its policy
     */
    public LimitPolicy configuredPolicy(String accountId) {
        LimitPolicy p = accounts.get(accountId);
        return p != null ? p : kinds.get(defaultKind);
    }

    @Override
    public CompletionStage<Void> admit(GuardedCall call) {
        List<ActionMapping.Charge> charges = mapping.charges(call);
        if (charges.isEmpty()) {
            return ADMITTED;
        }
        LimitMode callMode = call.options().attribute(LimitMode.class).orElse(mode);
        Instant deadline = clock.instant().plus(callMode.maxWait());
        return accountOf(call).thenCompose(account -> account == null ? ADMITTED
                : policyOf(account, call).thenCompose(policy -> {
                    List<Step> steps = steps(account, policy, charges);
                    if (steps.isEmpty()) {
                        return ADMITTED;
                    }
                    CompletableFuture<Void> result = new CompletableFuture<>();
                    attempt(account, steps, callMode, deadline, result);
                    return result;
                }));
    }

    /** The account charged: the call's own, or its chat's; null when there is none to find. */
    private CompletableFuture<String> accountOf(GuardedCall call) {
        Optional<String> direct = call.accountId();
        if (direct.isPresent()) {
            return CompletableFuture.completedFuture(direct.get());
        }
        Optional<String> chatId = call.pathValue("chat_id");
        if (chatId.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (chatAccounts.size() >= MAX_CACHED) {
            chatAccounts.clear();
        }
        CompletableFuture<String> lookup = chatAccounts.computeIfAbsent(chatId.get(),
                id -> call.client().chats().getAsync(id).thenApply(Chat::accountId));
        return lookup.handle((account, error) -> {
            if (error != null) {
                // Not cached: the next message looks again. The send itself will meet the same API and fail alike.
                chatAccounts.remove(chatId.get(), lookup);
                LOG.debug("chat {}: its account could not be looked up ({}); not limited", chatId.get(),
                        unwrap(error).getClass().getSimpleName());
                return null;
            }
            return account;
        });
    }

    /** The account's policy, or null when it is not limited (another provider than LinkedIn). */
    private CompletableFuture<LimitPolicy> policyOf(String account, GuardedCall call) {
        LimitPolicy configured = accounts.get(account);
        if (configured != null) {
            return CompletableFuture.completedFuture(configured);
        }
        if (!detectKinds) {
            return CompletableFuture.completedFuture(kinds.get(defaultKind));
        }
        Instant now = clock.instant();
        KindEntry entry = accountKinds.get(account);
        if (entry == null || entry.expires.isBefore(now)) {
            if (accountKinds.size() >= MAX_CACHED) {
                accountKinds.clear();
            }
            KindEntry fresh = new KindEntry(call.client().accounts().getAsync(account).thenApply(AccountKind::of),
                    now.plus(KIND_TTL));
            entry = entry == null ? Objects.requireNonNullElse(accountKinds.putIfAbsent(account, fresh), fresh)
                    : accountKinds.replace(account, entry, fresh) ? fresh : accountKinds.getOrDefault(account, fresh);
        }
        KindEntry used = entry;
        return used.kind.handle((kind, error) -> {
            if (error != null) {
                accountKinds.remove(account, used);
                LOG.warn("account {}: its kind could not be read ({}); the {} quotas apply to this call", account,
                        unwrap(error).getClass().getSimpleName(), defaultKind);
                return kinds.get(defaultKind);
            }
            return kind.map(kinds::get).orElse(null);
        });
    }

    private List<Step> steps(String account, LimitPolicy policy, List<ActionMapping.Charge> charges) {
        if (policy == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>(charges.size());
        for (ActionMapping.Charge c : charges) {
            policy.quota(c.action()).ifPresent(q -> steps.add(new Step(c.action(), c.units(), q,
                    keyPrefix + account + ":" + c.action().key())));
        }
        return steps;
    }

    /** One try at every step; on a refusal, gives back what was taken, then waits and tries again or refuses. */
    private void attempt(String account, List<Step> steps, LimitMode callMode, Instant deadline,
                         CompletableFuture<Void> result) {
        if (result.isDone()) {
            return; // cancelled by the caller while waiting
        }
        List<Runnable> undo = new ArrayList<>();
        takeFrom(0, steps, undo).whenComplete((refusal, error) -> {
            if (error != null) {
                undo.forEach(Runnable::run);
                storeFailed(account, unwrap(error), result);
                return;
            }
            if (refusal == null) {
                result.complete(null);
                return;
            }
            undo.forEach(Runnable::run);
            Instant now = clock.instant();
            Instant allowedAt = refusal.delay == null ? null : allowedAt(now.plus(refusal.delay), refusal.reason);
            if (allowedAt != null && callMode.waits() && !allowedAt.isAfter(deadline)) {
                // A little jitter, so that the instances waiting for one account do not all ask at the same moment.
                long delayMs = refusal.delay.toMillis() + ThreadLocalRandom.current().nextLong(1, 50);
                try {
                    timer.schedule(() -> attempt(account, steps, callMode, deadline, result), delayMs,
                            TimeUnit.MILLISECONDS);
                } catch (RuntimeException closed) {
                    result.completeExceptionally(new IllegalStateException("UnipileLimits is closed", closed));
                }
                return;
            }
            result.completeExceptionally(new LimitExceededException(account, refusal.step.action, refusal.reason,
                    allowedAt, now));
        });
    }

    /** Takes each step from {@code i} on; completes with the first refusal, or null when all were taken. */
    private CompletableFuture<Refusal> takeFrom(int i, List<Step> steps, List<Runnable> undo) {
        if (i == steps.size()) {
            return CompletableFuture.completedFuture(null);
        }
        Step step = steps.get(i);
        Quota q = step.quota;
        if (q.perDay() == 0 || q.perWeek() == 0) {
            return CompletableFuture.completedFuture(new Refusal(step, LimitExceededException.Reason.LARGER_THAN_QUOTA,
                    null));
        }
        CompletableFuture<Refusal> spaced;
        long pause = q.maxSpacing().toMillis();
        if (q.spaced()) {
            BucketConfiguration spacing = spacingConfigs.computeIfAbsent(q, UnipileLimits::spacingConfig);
            spaced = bounded(store.tryConsume(step.key + ":spacing", spacing, pause)).thenApply(probe -> {
                if (!probe.isConsumed()) {
                    return new Refusal(step, LimitExceededException.Reason.SPACING,
                            Duration.ofNanos(probe.getNanosToWaitForRefill()));
                }
                undo.add(() -> giveBack(step.key + ":spacing", spacing, pause));
                return null;
            });
        } else {
            spaced = CompletableFuture.completedFuture(null);
        }
        return spaced.thenCompose(refused -> {
            if (refused != null) {
                return CompletableFuture.completedFuture(refused);
            }
            if (q.perDay() == Quota.UNLIMITED && q.perWeek() == Quota.UNLIMITED) {
                return afterTaken(i, steps, undo, step, pause);
            }
            if ((q.perDay() != Quota.UNLIMITED && step.units > q.perDay())
                    || (q.perWeek() != Quota.UNLIMITED && step.units > q.perWeek())) {
                return CompletableFuture.completedFuture(new Refusal(step,
                        LimitExceededException.Reason.LARGER_THAN_QUOTA, null));
            }
            BucketConfiguration quota = quotaConfigs.computeIfAbsent(q, this::quotaConfig);
            return bounded(store.tryConsume(step.key, quota, step.units)).thenCompose(probe -> {
                if (!probe.isConsumed()) {
                    Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
                    return CompletableFuture.completedFuture(new Refusal(step, quotaReason(q, wait), wait));
                }
                undo.add(() -> giveBack(step.key, quota, step.units));
                return afterTaken(i, steps, undo, step, pause);
            });
        });
    }

    /**
     * The step is allowed: the spacing bucket, emptied by it, gets back what makes the pause a random length between
     * the quota's bounds, and the next step is taken.
     */
    private CompletableFuture<Refusal> afterTaken(int i, List<Step> steps, List<Runnable> undo, Step step,
                                                  long pause) {
        Quota q = step.quota;
        CompletableFuture<Void> drawn = CompletableFuture.completedFuture(null);
        if (q.spaced()) {
            long min = q.minSpacing().toMillis();
            long chosen = min == pause ? pause : ThreadLocalRandom.current().nextLong(min, pause + 1);
            if (chosen < pause) {
                drawn = bounded(store.addTokens(step.key + ":spacing", spacingConfigs.get(q), pause - chosen));
            }
        }
        return drawn.thenCompose(x -> takeFrom(i + 1, steps, undo));
    }

    private void giveBack(String key, BucketConfiguration configuration, long tokens) {
        bounded(store.addTokens(key, configuration, tokens)).whenComplete((x, error) -> {
            if (error != null) {
                LOG.debug("{}: {} token(s) could not be given back ({})", key, tokens,
                        unwrap(error).getClass().getSimpleName());
            }
        });
    }

    private <T> CompletableFuture<T> bounded(CompletableFuture<T> f) {
        return f.orTimeout(storeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void storeFailed(String account, Throwable error, CompletableFuture<Void> result) {
        if (failureMode == StoreFailureMode.FAIL_OPEN) {
            long now = System.nanoTime();
            long last = lastOpenWarning.get();
            if ((last == Long.MIN_VALUE || now - last > TimeUnit.MINUTES.toNanos(1))
                    && lastOpenWarning.compareAndSet(last, now)) {
                LOG.warn("the limit store {} failed ({}); calls go unlimited while it does (FAIL_OPEN)", store,
                        describe(error));
            }
            result.complete(null);
            return;
        }
        result.completeExceptionally(new LimitStoreUnavailableException("account " + account
                + ": the limit store " + store + " failed (" + describe(error)
                + "), so the call was refused (FAIL_CLOSED); nothing was sent", error));
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /**
     * A quota refills at a midnight: the store's wait, measured a moment before {@code now}, lands a few milliseconds
     * past it, so it is put back on the midnight itself.
     */
    private Instant allowedAt(Instant estimate, LimitExceededException.Reason reason) {
        if (reason != LimitExceededException.Reason.DAILY_QUOTA && reason != LimitExceededException.Reason.WEEKLY_QUOTA) {
            return estimate;
        }
        Instant midnight = estimate.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return Duration.between(midnight, estimate).compareTo(Duration.ofSeconds(1)) < 0 ? midnight : estimate;
    }

    private LimitExceededException.Reason quotaReason(Quota q, Duration wait) {
        if (q.perWeek() == Quota.UNLIMITED) {
            return LimitExceededException.Reason.DAILY_QUOTA;
        }
        if (q.perDay() == Quota.UNLIMITED) {
            return LimitExceededException.Reason.WEEKLY_QUOTA;
        }
        ZonedDateTime now = clock.instant().atZone(zone);
        Instant nextDay = now.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return clock.instant().plus(wait).isAfter(nextDay.plusSeconds(1))
                ? LimitExceededException.Reason.WEEKLY_QUOTA : LimitExceededException.Reason.DAILY_QUOTA;
    }

    /** Day and week buckets, refilled whole at each midnight and each Monday midnight in the zone. */
    private BucketConfiguration quotaConfig(Quota q) {
        ConfigurationBuilder c = BucketConfiguration.builder();
        Instant anchor = ANCHOR_MONDAY.atStartOfDay(zone).toInstant();
        if (q.perDay() != Quota.UNLIMITED) {
            c.addLimit(BandwidthBuilder.builder().capacity(q.perDay())
                    .refillIntervallyAligned(q.perDay(), Duration.ofDays(1), anchor).id("day").build());
        }
        if (q.perWeek() != Quota.UNLIMITED) {
            c.addLimit(BandwidthBuilder.builder().capacity(q.perWeek())
                    .refillIntervallyAligned(q.perWeek(), Duration.ofDays(7), anchor).id("week").build());
        }
        return c.build();
    }

    /** A millisecond per token: an action empties it, and it fills back within the longest pause. */
    private static BucketConfiguration spacingConfig(Quota q) {
        long ms = q.maxSpacing().toMillis();
        return BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder().capacity(ms).refillGreedy(ms, Duration.ofMillis(ms)).build())
                .build();
    }

    /** Closes the store and stops the timers of waiting calls (which then fail). */
    @Override
    public void close() {
        timer.shutdownNow();
        store.close();
    }

    @Override
    public String toString() {
        return "UnipileLimits[store=" + store + ", mode=" + mode + ", " + mapping + ", accounts=" + accounts.size()
                + ", defaultKind=" + defaultKind + (detectKinds ? ", kinds read from accounts" : "") + ", zone="
                + zone + ", " + failureMode + "]";
    }

    private record Step(LimitedAction action, long units, Quota quota, String key) {
    }

    private record Refusal(Step step, LimitExceededException.Reason reason, Duration delay) {
    }

    private record KindEntry(CompletableFuture<Optional<AccountKind>> kind, Instant expires) {
    }

    /** Configures {@link UnipileLimits}; every setter checks its argument and names it when wrong. */
    public static final class Builder {
        private LimitStore store;
        private LimitMode mode = LimitMode.failFast();
        private ActionMapping mapping = ActionMapping.linkedIn();
        private final Map<String, LimitPolicy> accounts = new ConcurrentHashMap<>();
        private final Map<String, AccountKind> accountKinds = new ConcurrentHashMap<>();
        private final Map<AccountKind, LimitPolicy> kinds = new EnumMap<>(AccountKind.class);
        private AccountKind defaultKind = AccountKind.FREE;
        private boolean detectKinds = true;
        private ZoneId zone = ZoneOffset.UTC;
        private StoreFailureMode failureMode = StoreFailureMode.FAIL_CLOSED;
        private Duration storeTimeout = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();
        private String keyPrefix = "unipile:limits:";

        private Builder() {
        }

        /**
         * Where budgets live; default {@link LimitStore#inMemory()} (this instance only). Closed with the guard.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(LimitStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * What calls do when over budget, unless a call's options say otherwise; default
         * {@link LimitMode#failFast()}.
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder mode(LimitMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Which calls are which actions; default {@link ActionMapping#linkedIn()}.
         *
         * @param mapping the mapping
         * @return this builder
         */
        public Builder actionMapping(ActionMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "actionMapping");
            return this;
        }

        /**
         * The account is of {@code kind}: its kind's policy applies, without reading the account.
         *
         * @param accountId the account's Unipile id
         * @param kind      its kind
         * @return this builder
         */
        public Builder account(String accountId, AccountKind kind) {
            Objects.requireNonNull(kind, "kind");
            accounts.remove(checkAccount(accountId));
            accountKinds.put(accountId, kind);
            return this;
        }

        /**
         * The account's own quotas, e.g. lower ones for a new account: {@code
         * LimitPolicy.defaults(AccountKind.PREMIUM).toBuilder().quota(LimitedAction.INVITATION, Quota.perDay(20))}.
         *
         * @param accountId the account's Unipile id
         * @param policy    its quotas; {@link LimitPolicy#unlimited()} lets it through
         * @return this builder
         */
        public Builder account(String accountId, LimitPolicy policy) {
            accounts.put(checkAccount(accountId), Objects.requireNonNull(policy, "policy"));
            accountKinds.remove(accountId);
            return this;
        }

        /**
         * Replaces the default quotas of a kind, for every account of that kind without its own.
         *
         * @param kind   the kind
         * @param policy its quotas
         * @return this builder
         */
        public Builder policy(AccountKind kind, LimitPolicy policy) {
            kinds.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * The kind whose quotas apply to an account without its own when its kind cannot be read (or reading is off);
         * default {@link AccountKind#FREE}, the most careful.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder defaultKind(AccountKind kind) {
            this.defaultKind = Objects.requireNonNull(kind, "defaultKind");
            return this;
        }

        /**
         * Whether an account without its own policy has its kind read with {@code GET /accounts/{id}} (once an hour
         * per account and instance; not admitted by the guard), so that a Sales Navigator account gets its quotas
         * and accounts of other providers go unlimited. Default true. When false, every account without its own
         * policy gets {@link #defaultKind}'s, whatever its provider: give other providers' accounts
         * {@link LimitPolicy#unlimited()}.
         *
         * @param detect whether to read kinds
         * @return this builder
         */
        public Builder detectAccountKinds(boolean detect) {
            this.detectKinds = detect;
            return this;
        }

        /**
         * The zone whose midnights start a day and whose Monday midnights start a week; default UTC.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * What happens to a call when the store fails or does not answer within {@link #storeTimeout}; default
         * {@link StoreFailureMode#FAIL_CLOSED}.
         *
         * @param failureMode the mode
         * @return this builder
         */
        public Builder whenStoreUnavailable(StoreFailureMode failureMode) {
            this.failureMode = Objects.requireNonNull(failureMode, "whenStoreUnavailable");
            return this;
        }

        /**
         * How long one store operation may take before it counts as failed; default 2 seconds.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder storeTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "storeTimeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("storeTimeout must be positive but was " + timeout);
            }
            this.storeTimeout = timeout;
            return this;
        }

        /**
         * The prefix of every bucket key; default {@code unipile:limits:}. Instances share budgets only with the same
         * prefix (and store).
         *
         * @param prefix not blank
         * @return this builder
         */
        public Builder keyPrefix(String prefix) {
            if (prefix == null || prefix.isBlank()) {
                throw new IllegalArgumentException("keyPrefix must not be blank");
            }
            this.keyPrefix = prefix;
            return this;
        }

        /**
         * The clock for calendar periods, waits and messages; default the system's. The default in-memory store
         * refills by it too.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The guard.
         *
         * @return a new guard, which owns its store
         */
        public UnipileLimits build() {
            return new UnipileLimits(this);
        }

        private static String checkAccount(String accountId) {
            if (accountId == null || accountId.isBlank()) {
                throw new IllegalArgumentException("accountId must not be blank");
            }
            return accountId;
        }
    }
}
