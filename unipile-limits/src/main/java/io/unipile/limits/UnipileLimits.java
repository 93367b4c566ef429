package io.unipile.limits;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.errors.NotFoundException;
import io.unipile.guard.CallGuard;
import io.unipile.guard.GuardedCall;
import io.unipile.internal.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

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
 * not limited. A look-up that fails is handled like the store being away ({@link StoreFailureMode}). Budgets are Bucket4j token buckets in the {@link LimitStore}: a day and a week are calendar periods
 * in {@link Builder#zone}, and the random pause after each action is drawn per action and stored, so that several
 * instances on one store keep every quota and pause together.
 *
 * <p>Thread-safe; one instance serves any number of clients. A call admitted off its caller's thread (after a wait,
 * or a store's asynchronous answer) goes on from one of the guard's own daemon threads, never from the store's I/O
 * threads. {@link #close()} closes the store; calls still waiting then fail.
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
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    private volatile boolean closed;

    private UnipileLimits(Builder b) {
        this.store = b.store != null ? b.store : LimitStore.inMemory(b.clock);
        this.mode = b.mode;
        this.mapping = b.mapping;
        Map<AccountKind, LimitPolicy> k = new EnumMap<>(AccountKind.class);
        for (AccountKind kind : AccountKind.values()) {
            k.put(kind, b.kinds.getOrDefault(kind, LimitPolicy.defaults(kind)));
        }
        this.kinds = k;
        Map<String, LimitPolicy> a = new HashMap<>(b.accounts);
        b.accountKinds.forEach((id, kind) -> a.put(id, k.get(kind)));
        this.accounts = Map.copyOf(a);
        this.defaultKind = b.defaultKind;
        this.detectKinds = b.detectKinds;
        this.zone = b.zone;
        this.failureMode = b.failureMode;
        this.storeTimeout = b.storeTimeout;
        this.clock = b.clock;
        this.keyPrefix = b.keyPrefix;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "unipile-limits-timer"));
        // Where a call goes on once admitted off its caller's thread; idle threads end after a minute.
        AtomicLong threads = new AtomicLong();
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                r -> daemon(r, "unipile-limits-" + threads.incrementAndGet()));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
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

    @Override
    public CompletionStage<Void> admit(GuardedCall call) {
        List<ActionMapping.Charge> charges = mapping.charges(call);
        if (charges.isEmpty()) {
            return ADMITTED;
        }
        LimitMode callMode = call.options().attribute(LimitMode.class).orElse(mode);
        Instant deadline = clock.instant().plus(callMode.maxWait());
        // One future for the whole admission, so that the caller's cancel reaches a call waiting on the timer.
        CompletableFuture<Void> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((x, e) -> pending.remove(result));
        if (closed) {
            result.completeExceptionally(new IllegalStateException("UnipileLimits is closed"));
            return result;
        }
        CompletableFuture<String> account = accountOf(call);
        CompletableFuture<LimitPolicy> policy = account.thenCompose(a -> a == null
                ? CompletableFuture.completedFuture(null) : policyOf(a, call));
        // Known at once (configured, or cached): go on here. Else the look-up answered on the transport's thread,
        // from which the client must not go on with the call: the guard's executor takes over.
        boolean onCaller = policy.isDone();
        BiConsumer<LimitPolicy, Throwable> next = (p, error) -> {
            if (error != null) {
                undecided(Futures.unwrap(error), result);
                return;
            }
            List<Step> steps = p == null ? List.of() : steps(account.join(), p, charges);
            if (steps.isEmpty()) {
                result.complete(null);
            } else {
                attempt(account.join(), steps, callMode, deadline, result, onCaller);
            }
        };
        if (onCaller) {
            policy.whenComplete(next);
        } else {
            policy.whenCompleteAsync(next, executor);
        }
        return result;
    }

    /** The account charged: the call's own, or its chat's; null when the call names none. */
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
        return lookup.whenComplete((a, error) -> {
            if (error != null) {
                chatAccounts.remove(chatId.get(), lookup); // not cached: the next message looks again
            }
        });
    }

    /**
     * The account's policy, or null when it is not limited (another provider than LinkedIn). A failed look-up fails
     * the future: {@link #undecided} then does as the store failure mode says.
     */
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
                throw new CompletionException(Futures.unwrap(error));
            }
            return kind.map(kinds::get).orElse(null);
        });
    }

    /**
     * A look-up the guard needs (a chat's account, an account's kind) failed. A 404 lets the call go: Unipile will
     * answer it the same; anything else is treated like the store being away.
     */
    private void undecided(Throwable error, CompletableFuture<Void> result) {
        if (error instanceof NotFoundException) {
            result.complete(null);
            return;
        }
        storeFailed("(not known)", "a look-up of the call's account failed", error, result);
    }

    private List<Step> steps(String account, LimitPolicy policy, List<ActionMapping.Charge> charges) {
        List<Step> steps = new ArrayList<>(charges.size());
        for (ActionMapping.Charge c : charges) {
            policy.quota(c.action()).ifPresent(q -> steps.add(new Step(c.action(), c.units(), q,
                    keyPrefix + account + ":" + c.action().key())));
        }
        return steps;
    }

    /**
     * One try at every step; on a refusal, gives back what was taken, then waits and tries again or refuses. The
     * outcome is handed on the caller's thread when the store answered at once (memory), else on the guard's
     * executor: never on the store's I/O threads nor on the timer, where the client would go on with the call.
     */
    private void attempt(String account, List<Step> steps, LimitMode callMode, Instant deadline,
                         CompletableFuture<Void> result, boolean onCaller) {
        if (result.isDone()) {
            return; // cancelled by the caller, or the guard closed, while waiting
        }
        List<Runnable> undo = new ArrayList<>();
        CompletableFuture<Refusal> taken;
        try {
            taken = takeFrom(0, steps, undo);
        } catch (RuntimeException e) {
            taken = CompletableFuture.failedFuture(e); // a store that throws instead of failing its future
        }
        BiConsumer<Refusal, Throwable> outcome =
                (refusal, error) -> settle(account, steps, callMode, deadline, result, undo, refusal, error);
        if (onCaller && taken.isDone()) {
            taken.whenComplete(outcome);
        } else {
            taken.whenCompleteAsync(outcome, executor);
        }
    }

    private void settle(String account, List<Step> steps, LimitMode callMode, Instant deadline,
                        CompletableFuture<Void> result, List<Runnable> undo, Refusal refusal, Throwable error) {
        if (error != null) {
            if (failureMode == StoreFailureMode.FAIL_CLOSED) {
                undo.forEach(Runnable::run); // refused: nothing is sent, so nothing stays charged
            }
            storeFailed(account, "the limit store " + store + " failed", Futures.unwrap(error), result);
            return;
        }
        if (refusal == null) {
            if (!result.complete(null)) {
                undo.forEach(Runnable::run); // cancelled meanwhile: the call will not be sent
            }
            return;
        }
        undo.forEach(Runnable::run);
        Instant now = clock.instant();
        Instant allowedAt = refusal.delay == null ? null : allowedAt(now.plus(refusal.delay), refusal.reason);
        if (allowedAt != null && callMode.waits() && !allowedAt.isAfter(deadline)) {
            // A little jitter, so that the instances waiting for one account do not all ask at the same moment.
            long delayMs = refusal.delay.toMillis() + ThreadLocalRandom.current().nextLong(1, 50);
            try {
                timer.schedule(() -> executor.execute(() -> attempt(account, steps, callMode, deadline, result,
                        false)), delayMs, TimeUnit.MILLISECONDS);
            } catch (RuntimeException closedNow) {
                result.completeExceptionally(new IllegalStateException("UnipileLimits is closed", closedNow));
            }
            return;
        }
        result.completeExceptionally(new LimitExceededException(account, refusal.step.action, refusal.reason,
                allowedAt, now));
    }

    /** Takes each step from {@code i} on; completes with the first refusal, or null when all were taken. */
    private CompletableFuture<Refusal> takeFrom(int i, List<Step> steps, List<Runnable> undo) {
        if (i == steps.size()) {
            return CompletableFuture.completedFuture(null);
        }
        Step step = steps.get(i);
        Quota q = step.quota;
        if (!q.fits(step.units)) {
            return CompletableFuture.completedFuture(new Refusal(step,
                    LimitExceededException.Reason.LARGER_THAN_QUOTA, null));
        }
        BucketConfiguration quota = q.counted() ? quotaConfigs.computeIfAbsent(q, this::quotaConfig) : null;
        // Set while this step holds quota that no undo gives back yet.
        AtomicBoolean holdsQuota = new AtomicBoolean();
        // The quota first: when it is used, that is what the caller must wait for, whatever the pause says.
        CompletableFuture<Refusal> quotaTaken = quota == null ? CompletableFuture.completedFuture(null)
                : consume(step.key, quota, step.units).thenApply(probe -> {
                    if (!probe.isConsumed()) {
                        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
                        return new Refusal(step, quotaReason(q, wait), wait);
                    }
                    holdsQuota.set(true);
                    return null;
                });
        return quotaTaken.thenCompose(refused -> {
            if (refused != null) {
                return CompletableFuture.completedFuture(refused);
            }
            if (!q.spaced()) {
                undoLater(holdsQuota, undo, step, quota);
                return takeFrom(i + 1, steps, undo);
            }
            String spacingKey = step.key + ":spacing";
            BucketConfiguration spacing = spacingConfigs.computeIfAbsent(q, UnipileLimits::spacingConfig);
            long pause = q.maxSpacing().toMillis();
            return consume(spacingKey, spacing, pause).thenCompose(probe -> {
                if (!probe.isConsumed()) {
                    if (holdsQuota.getAndSet(false)) {
                        giveBack(step.key, quota, step.units); // counted for an action not made
                    }
                    return CompletableFuture.completedFuture(new Refusal(step,
                            LimitExceededException.Reason.SPACING, Duration.ofNanos(probe.getNanosToWaitForRefill())));
                }
                undoLater(holdsQuota, undo, step, quota);
                return drawPause(q, spacingKey, spacing, undo).thenCompose(x -> takeFrom(i + 1, steps, undo));
            });
        }).whenComplete((r, error) -> {
            if (error != null && failureMode == StoreFailureMode.FAIL_CLOSED) {
                undoLater(holdsQuota, undo, step, quota); // the store failed after the quota was taken
            }
        });
    }

    /** The quota this step holds, if it still does, is given back by {@code undo} (a later refusal or failure). */
    private void undoLater(AtomicBoolean holdsQuota, List<Runnable> undo, Step step, BucketConfiguration quota) {
        if (holdsQuota.getAndSet(false)) {
            undo.add(() -> giveBack(step.key, quota, step.units));
        }
    }

    /**
     * The step is allowed and has emptied its spacing bucket: the bucket gets back what makes the pause a random
     * length between the quota's bounds, and {@code undo} what a later refusal gives back (that pause only).
     */
    private CompletableFuture<Void> drawPause(Quota q, String spacingKey, BucketConfiguration spacing,
                                              List<Runnable> undo) {
        long pause = q.maxSpacing().toMillis();
        long min = q.minSpacing().toMillis();
        long chosen = min == pause ? pause : ThreadLocalRandom.current().nextLong(min, pause + 1);
        undo.add(() -> giveBack(spacingKey, spacing, chosen));
        return chosen < pause ? bounded(store.addTokens(spacingKey, spacing, pause - chosen))
                : CompletableFuture.completedFuture(null);
    }

    /**
     * Takes tokens within the store timeout. When the guard fails closed, a take that answers only after its
     * timeout (the call was refused meanwhile) is given back.
     */
    private CompletableFuture<ConsumptionProbe> consume(String key, BucketConfiguration configuration, long tokens) {
        CompletableFuture<ConsumptionProbe> sent = store.tryConsume(key, configuration, tokens);
        // A copy: the timeout completes the future it bounds, and a late answer must still be seen on sent.
        CompletableFuture<ConsumptionProbe> bounded = bounded(sent.copy());
        if (failureMode == StoreFailureMode.FAIL_CLOSED) {
            bounded.whenComplete((p, error) -> {
                if (Futures.unwrap(error) instanceof TimeoutException) {
                    sent.thenAccept(late -> {
                        if (late.isConsumed()) {
                            giveBack(key, configuration, tokens);
                        }
                    });
                }
            });
        }
        return bounded;
    }

    private void giveBack(String key, BucketConfiguration configuration, long tokens) {
        CompletableFuture<Void> done;
        try {
            done = bounded(store.addTokens(key, configuration, tokens));
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        done.whenComplete((x, error) -> {
            if (error != null) {
                LOG.debug("{}: {} token(s) could not be given back ({})", key, tokens,
                        Futures.unwrap(error).getClass().getSimpleName());
            }
        });
    }

    private <T> CompletableFuture<T> bounded(CompletableFuture<T> f) {
        return f.orTimeout(storeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void storeFailed(String account, String what, Throwable error, CompletableFuture<Void> result) {
        if (failureMode == StoreFailureMode.FAIL_OPEN) {
            long now = System.nanoTime();
            long last = lastOpenWarning.get();
            if ((last == Long.MIN_VALUE || now - last > TimeUnit.MINUTES.toNanos(1))
                    && lastOpenWarning.compareAndSet(last, now)) {
                LOG.warn("{} ({}); calls go unlimited while it does (FAIL_OPEN)", what, describe(error));
            }
            result.complete(null);
            return;
        }
        result.completeExceptionally(new LimitStoreUnavailableException("account " + account + ": " + what + " ("
                + describe(error) + "), so the call was refused (FAIL_CLOSED); nothing was sent", error));
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
        Instant now = clock.instant();
        Instant nextDay = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return now.plus(wait).isAfter(nextDay.plusSeconds(1))
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

    /** Closes the store; calls still waiting fail with {@link IllegalStateException}, and nothing of them is sent. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        for (CompletableFuture<Void> waiting : pending) {
            waiting.completeExceptionally(new IllegalStateException("UnipileLimits was closed while the call waited"));
        }
        executor.shutdown();
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
        private final Map<String, LimitPolicy> accounts = new HashMap<>();
        private final Map<String, AccountKind> accountKinds = new HashMap<>();
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
         * The kind whose quotas apply to every account without its own when kinds are not read
         * ({@link #detectAccountKinds detectAccountKinds(false)}); default {@link AccountKind#FREE}, the most careful.
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
         * and accounts of other providers go unlimited. Default true. A look-up that fails (other than a 404, which
         * lets the call meet the same 404) counts as the store being away: {@link #whenStoreUnavailable} decides.
         * When false, every account without its own policy gets {@link #defaultKind}'s, whatever its provider: give
         * other providers' accounts {@link LimitPolicy#unlimited()}.
         *
         * @param detect whether to read kinds
         * @return this builder
         */
        public Builder detectAccountKinds(boolean detect) {
            this.detectKinds = detect;
            return this;
        }

        /**
         * The zone whose midnights start a day and whose Monday midnights start a week; default UTC. It must have a
         * fixed offset ({@code ZoneOffset.ofHours(1)}, not {@code Europe/Paris}): days are kept as 24-hour periods in
         * the store, which a daylight-saving change would shift by an hour.
         *
         * @param zone a zone with a fixed offset
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            Objects.requireNonNull(zone, "zone");
            if (!zone.getRules().isFixedOffset()) {
                throw new IllegalArgumentException("zone must have a fixed offset (e.g. UTC or +01:00) but " + zone
                        + " changes its offset (daylight saving)");
            }
            this.zone = zone;
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
