package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Fault;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak: mixed reads and writes from 16 threads for {@code soak.seconds} (default 15) while faults of every
 * kind are injected, with the real backoff (short delays) and the circuit breaker on. It reports calls made,
 * retried, failed and unknown, and checks that none was lost (reported sent but not stored) or duplicated, and that
 * threads and file descriptors are back where they started once the client is closed. {@code soak.faultKinds}
 * (a comma-separated list of the fault numbers in {@code injectFaults}) narrows the faults down to some kinds, which
 * is how a leak is traced to the fault that causes it.
 */
public abstract class SoakSuite {
    private static final int THREADS = 16;

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    private static long openFileDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(t -> t.getName() + "#" + t.getId()).collect(Collectors.toSet());
    }

    /**
     * What keeps a JDK client's selector thread alive: its facade still reachable, or operations it counts as pending.
     * Readable only with {@code --add-opens java.net.http/jdk.internal.net.http=ALL-UNNAMED}; otherwise says so.
     */
    private static String describeJdkSelectors(Set<String> leaked) {
        StringBuilder out = new StringBuilder();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!leaked.contains(t.getName() + "#" + t.getId()) || !t.getName().contains("SelectorManager")) {
                continue;
            }
            try {
                Field ownerField = t.getClass().getDeclaredField("owner");
                ownerField.setAccessible(true);
                Object owner = ownerField.get(t);
                out.append(t.getName()).append(": ");
                for (String name : List.of("facadeRef", "pendingOperationCount", "pendingHttpRequestCount",
                        "pendingHttpOperationsCount", "pendingHttp2StreamCount", "pendingTCPConnectionCount")) {
                    try {
                        Field f = owner.getClass().getDeclaredField(name);
                        f.setAccessible(true);
                        Object v = f.get(owner);
                        if (v instanceof Reference<?> r) {
                            v = r.get() == null ? "cleared" : "reachable";
                        }
                        out.append(name).append('=').append(v).append(' ');
                    } catch (NoSuchFieldException e) {
                        // not in this JDK's version
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.append(t.getName()).append(": unreadable (").append(e.getClass().getSimpleName()).append(") ");
            }
        }
        return out.toString();
    }

    @Test
    @Timeout(600)
    void mixedTrafficUnderFaultsLosesNothingAndLeaksNothing() throws Exception {
        long seconds = Long.getLong("soak.seconds", 15);
        Set<String> threadsBefore = liveThreads();
        long fdsBefore = openFileDescriptors();
        AtomicLong calls = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong unknown = new AtomicLong();
        AtomicLong circuitOpenings = new AtomicLong();
        Map<String, Boolean> reportedSent = new ConcurrentHashMap<>();

        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            String account = server.state().addAccount(AccountType.LINKEDIN).id();
            FakeChat chat = server.state().addChat(account, "ACoAAbob");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            try (UnipileClient client = UnipileClient.builder()
                    .baseUrl(server.baseUrl()).apiKey(server.apiKey()).transport(transportProvider())
                    .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(40), 0.2,
                            Duration.ofSeconds(1)))
                    .circuitBreakerPolicy(new CircuitBreakerPolicy(true, 50f, 50, 20, Duration.ofMillis(200), 5))
                    .requestTimeout(Duration.ofMillis(800))
                    .eventListener(e -> {
                        if (e instanceof UnipileEvent.RetryScheduled) {
                            retries.incrementAndGet();
                        } else if (e instanceof UnipileEvent.CircuitStateChanged c && c.toState().equals("OPEN")) {
                            circuitOpenings.incrementAndGet();
                        }
                    })
                    .build()) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                Future<?> chaos = pool.submit(() -> injectFaults(server, end));
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int id = t;
                    workers.add(pool.submit(() -> {
                        SplittableRandom random = new SplittableRandom(id);
                        int n = 0;
                        while (System.nanoTime() < end) {
                            calls.incrementAndGet();
                            String text = "soak-" + id + "-" + n++;
                            try {
                                switch (random.nextInt(5)) {
                                    case 0 -> client.accounts().list();
                                    case 1 -> client.accounts().get(account);
                                    case 2 -> client.chats().get(chat.id());
                                    case 3 -> {
                                        MessageSent sent = client.chats().sendMessage(chat.id(),
                                                SendMessageRequest.ofText(text));
                                        reportedSent.put(text, sent.messageId() != null);
                                    }
                                    default -> client.chats().start(StartChatRequest.builder(account, "ACoAAann")
                                            .text(text).build());
                                }
                            } catch (UnipileTransportException e) {
                                (e.mayHaveReachedServer() ? unknown : failed).incrementAndGet();
                            } catch (UnipileApiException e) {
                                (e.details().isOutcomeUnknown() ? unknown : failed).incrementAndGet();
                            } catch (UnipileException e) {
                                unknown.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> w : workers) {
                    w.get(seconds + 120, TimeUnit.SECONDS);
                }
                chaos.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }

            Map<String, Long> stored = server.state().messages(chat.id()).stream().map(FakeMessage::text)
                    .filter(t -> t != null && t.startsWith("soak-"))
                    .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            long lost = reportedSent.entrySet().stream().filter(Map.Entry::getValue)
                    .filter(e -> !stored.containsKey(e.getKey())).count();
            long duplicated = stored.values().stream().filter(c -> c > 1).count();
            System.out.printf("soak (%s, %d s): %d calls, %d retries, %d failed, %d unknown, %d lost, "
                            + "%d duplicated, circuit opened %d times%n", transportProvider().name(), seconds,
                    calls.get(), retries.get(), failed.get(), unknown.get(), lost, duplicated, circuitOpenings.get());
            assertThat(lost).as("sends reported as sent but not stored").isZero();
            assertThat(duplicated).as("messages stored twice").isZero();
            assertThat(calls.get()).isGreaterThan(100);
            assertThat(retries.get()).as("faults were injected, so retries happened").isPositive();
        }

        // The client and the fake are closed: their threads and sockets must be gone.
        // Generous: on a loaded machine the JDK client's selector thread may take several GC rounds to notice.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<String> leaked;
        do {
            leaked = liveThreads();
            leaked.removeAll(threadsBefore);
            leaked.removeIf(name -> name.startsWith("ForkJoinPool") || name.startsWith("process reaper"));
            if (leaked.isEmpty()) {
                break;
            }
            // On Java 17 the JDK HttpClient has no close(): its selector thread ends once the client is collected.
            System.gc();
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertThat(leaked).as("threads left behind %s", describeJdkSelectors(leaked)).isEmpty();
        long fdsAfter = openFileDescriptors();
        if (fdsBefore >= 0) {
            assertThat(fdsAfter).as("open file descriptors (sockets) after close").isLessThanOrEqualTo(fdsBefore + 5);
        }
    }

    private static void injectFaults(FakeUnipileServer server, long end) {
        SplittableRandom random = new SplittableRandom(7);
        Route[] routes = {AccountRoutes.LIST_ACCOUNTS, AccountRoutes.GET_ACCOUNT, ChatRoutes.GET_CHAT, ChatRoutes.SEND_MESSAGE, ChatRoutes.START_CHAT};
        while (System.nanoTime() < end) {
            Route route = routes[random.nextInt(routes.length)];
            int kind = random.nextInt(9);
            String only = System.getProperty("soak.faultKinds");
            if (only != null && !Arrays.asList(only.split(",")).contains(String.valueOf(kind))) {
                continue;
            }
            Fault fault = switch (kind) {
                case 0 -> Fault.status(503);
                case 1 -> Fault.status(500).afterProcessing();
                case 2 -> Fault.tooManyRequests(Duration.ofSeconds(0));
                case 3 -> Fault.disconnect();
                case 4 -> Fault.disconnectAfterProcessing();
                case 5 -> Fault.delay(Duration.ofMillis(1200));
                case 6 -> Fault.malformedBody();
                case 7 -> Fault.stallAfterHeaders(Duration.ofSeconds(2));
                default -> Fault.htmlErrorPage(502);
            };
            server.faults().on(route).inject(fault);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
