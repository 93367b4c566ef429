package io.unipile.limits;

import io.unipile.UnipileClient;
import io.unipile.limits.redis.RedisLimitStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of a fleet, in a JVM of its own: a client guarded by limits in the Redis shared with the other
 * instances, making profile views on one account. Prints {@code admitted=N refused=M} and exits.
 *
 * <p>Waits for a line on its standard input before calling. Arguments: base URL, API key, Redis URI, key prefix, account, mode ({@code quota} or {@code spacing}), calls.
 */
public final class FleetWorker {
    private FleetWorker() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String apiKey = args[1];
        String redis = args[2];
        String prefix = args[3];
        String account = args[4];
        boolean spacing = args[5].equals("spacing");
        int calls = Integer.parseInt(args[6]);
        Quota quota = spacing
                ? Quota.perDay(10_000).spacedBetween(Duration.ofMillis(300), Duration.ofMillis(400))
                : Quota.perDay(25);
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (UnipileLimits limits = UnipileLimits.builder().store(RedisLimitStore.connect(redis)).keyPrefix(prefix)
                .mode(spacing ? LimitMode.waitUpTo(Duration.ofMinutes(2)) : LimitMode.failFast())
                .account(account, LimitPolicy.builder().quota(LimitedAction.PROFILE_VIEW, quota).build())
                .build();
             UnipileClient client = limits.bindTo(UnipileClient.builder().baseUrl(baseUrl).apiKey(apiKey)
                     .transport("jdk")).build()) {
            client.accounts().list(); // warm: the guarded calls then take alike to reach the server
            System.out.println("ready");
            System.out.flush();
            // Every instance starts at the parent's signal, so that their calls really contend.
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            if (spacing) {
                // Asynchronous calls, all waiting their turn at once without a thread each.
                List<CompletableFuture<?>> pending = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    pending.add(client.users().getAsync("fleet-member-" + i, account)
                            .thenRun(admitted::incrementAndGet));
                }
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                for (int i = 0; i < calls; i++) {
                    int n = i;
                    pool.execute(() -> {
                        try {
                            client.users().get("fleet-member-" + n, account);
                            admitted.incrementAndGet();
                        } catch (LimitExceededException e) {
                            refused.incrementAndGet();
                        }
                    });
                }
                pool.shutdown();
                if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("calls did not end");
                }
            }
        }
        System.out.println("admitted=" + admitted.get() + " refused=" + refused.get());
    }
}
