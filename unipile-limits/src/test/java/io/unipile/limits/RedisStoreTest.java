package io.unipile.limits;

import io.unipile.UnipileClient;
import io.unipile.limits.redis.RedisLimitStore;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.testsupport.CapturedLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static io.unipile.testkit.DemoData.LINKEDIN_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budgets in a real Redis: shared by two guards with their own connections, and what happens when Redis goes away,
 * hangs, and comes back.
 */
@Timeout(120)
class RedisStoreTest {
    private final String prefix = "test-" + UUID.randomUUID() + ":";
    private final List<AutoCloseable> open = new ArrayList<>();
    private LocalRedis redis;
    private FakeUnipileServer server;

    @BeforeEach
    void start() throws Exception {
        redis = LocalRedis.start();
        server = FakeUnipileServer.builder().build().start();
        DemoData.load(server.state());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        server.close();
        redis.stop();
        // A stopped (SIGSTOP) server would survive a plain kill; stop() kills it for good.
    }

    private UnipileClient instance(Quota quota, Consumer<UnipileLimits.Builder> more) {
        UnipileLimits.Builder b = UnipileLimits.builder().store(RedisLimitStore.connect(redis.uri()))
                .keyPrefix(prefix)
                .account(LINKEDIN_ACCOUNT_ID, LimitPolicy.builder().quota(LimitedAction.PROFILE_VIEW, quota).build());
        more.accept(b);
        UnipileLimits limits = b.build();
        UnipileClient client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl())
                .apiKey(server.apiKey()).transport("httpclient")).build();
        open.add(client);
        open.add(limits);
        return client;
    }

    private static void view(UnipileClient client) {
        client.users().get("someone", LINKEDIN_ACCOUNT_ID);
    }

    private int sent() {
        return server.journal().count(UserRoutes.GET_PROFILE);
    }

    @Test
    void twoInstancesShareOneAccountsQuotaAndSpacing() {
        UnipileClient a = instance(Quota.perDay(3), b -> { });
        UnipileClient b = instance(Quota.perDay(3), x -> { });
        view(a);
        view(b);
        view(a);
        assertThatThrownBy(() -> view(b)).isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> view(a)).isInstanceOf(LimitExceededException.class);
        assertThat(sent()).isEqualTo(3);

        // Another budget of the same account (another key prefix): a pause of 1 to 2 minutes after each view.
        Quota spaced = Quota.perDay(100).spacedBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
        String spacedPrefix = prefix + "spaced:";
        UnipileClient c = instance(spaced, x -> x.keyPrefix(spacedPrefix));
        UnipileClient d = instance(spaced, x -> x.keyPrefix(spacedPrefix));
        view(c);
        assertThatThrownBy(() -> view(d)).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.SPACING);
            assertThat(Duration.between(java.time.Instant.now(), e.allowedAt()))
                    .isBetween(Duration.ofSeconds(55), Duration.ofMinutes(2));
        });
        assertThat(sent()).isEqualTo(4);
    }

    @Test
    void aNewerInstancesPolicyBecomesTheFleetsAndKeepsWhatWasConsumed() {
        UnipileClient old = instance(Quota.perDay(3), b -> { });
        view(old);
        view(old);
        // A later deployment raises the quota to 5: its store is newer, its policy replaces the stored one.
        UnipileClient newer = instance(Quota.perDay(5), b -> { });
        view(newer);
        view(newer);
        view(newer);
        assertThatThrownBy(() -> view(newer)).isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> view(old)).as("the older instance keeps the newer policy")
                .isInstanceOf(LimitExceededException.class);
        assertThat(sent()).isEqualTo(5);
    }

    @Test
    void whenRedisGoesAwayAFailClosedGuardRefusesAndSendsNothingThenRecovers() throws Exception {
        UnipileClient client = instance(Quota.perDay(100), b -> { });
        view(client);
        redis.stop();

        long start = System.nanoTime();
        assertThatThrownBy(() -> view(client)).isInstanceOfSatisfying(LimitStoreUnavailableException.class, e -> {
            assertThat(e.getMessage()).contains("FAIL_CLOSED", "nothing was sent", LINKEDIN_ACCOUNT_ID);
            assertThat(e.getMessage()).doesNotContain(server.apiKey());
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without waiting for Redis")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(sent()).isEqualTo(1);

        redis.restart();
        awaitAdmitted(client);
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void whenRedisGoesAwayAFailOpenGuardLetsCallsGoAndWarnsOnce() throws Exception {
        UnipileClient client = instance(Quota.perDay(1), b -> b.whenStoreUnavailable(StoreFailureMode.FAIL_OPEN));
        view(client);
        assertThatThrownBy(() -> view(client)).isInstanceOf(LimitExceededException.class);
        redis.stop();
        try (CapturedLogs.Capture capture = CapturedLogs.start()) {
            view(client);
            view(client);
            view(client);
            List<String> warnings = CapturedLogs.lines().stream().filter(l -> l.contains("FAIL_OPEN")).toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("WARN").doesNotContain(server.apiKey());
        }
        assertThat(sent()).isEqualTo(4);
    }

    @Test
    void aRedisThatHangsCountsAsAwayAfterTheStoreTimeout() throws Exception {
        UnipileClient client = instance(Quota.perDay(3), b -> b.storeTimeout(Duration.ofMillis(500)));
        view(client);
        long pid = redis.pid();
        signal("STOP", pid);
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> view(client)).isInstanceOf(LimitStoreUnavailableException.class)
                    .hasRootCauseInstanceOf(java.util.concurrent.TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400),
                    Duration.ofSeconds(3));
        } finally {
            signal("CONT", pid);
        }
        assertThat(sent()).isEqualTo(1);
        // The refused call's take, answered late, was given back: the quota still has two.
        awaitAdmitted(client);
        Thread.sleep(300); // the late give-back is asynchronous
        view(client);
        assertThatThrownBy(() -> view(client)).isInstanceOf(LimitExceededException.class);
        assertThat(sent()).isEqualTo(3);
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start().waitFor()).isZero();
    }

    /** Lettuce reconnects in the background: calls are refused until it has. */
    private static void awaitAdmitted(UnipileClient client) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                view(client);
                return;
            } catch (LimitStoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
