package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Fault;
import io.unipile.testkit.chats.ChatRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load run: 32 threads send 10 000 messages through one client while the fake answers some with 429,
 * some with 503 (before or after storing), and drops some connections (before or after storing). Afterwards every
 * send must be accounted for: stored exactly once when the caller was told it succeeded, never stored when the
 * caller was told it surely failed, at most once when the caller was told the outcome is unknown. Nothing lost
 * silently, nothing duplicated.
 */
public abstract class LoadSuite {
    private static final int THREADS = 32;
    private static final int SENDS = 10_000;

    /** How each send ended, as its caller saw it. */
    enum Told { SENT, FAILED, UNKNOWN }

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    private static void scriptFaults(FakeUnipileServer server) {
        // Spread over the first ~1 500 requests, in a repeating pattern, so faults hit every thread.
        List<Function<Void, Fault>> pattern = List.of(
                v -> Fault.tooManyRequests(Duration.ofSeconds(1)),
                v -> Fault.status(503),
                v -> Fault.status(503).afterProcessing(),
                v -> Fault.tooManyRequests(Duration.ofSeconds(1)),
                v -> Fault.disconnect(),
                v -> Fault.disconnectAfterProcessing());
        for (int i = 0; i < 250; i++) {
            for (Function<Void, Fault> f : pattern) {
                server.faults().on(ChatRoutes.SEND_MESSAGE).inject(f.apply(null));
            }
        }
    }

    @Test
    @Timeout(300)
    void tenThousandSendsUnderFaultsAreEachStoredOnceOrReported() throws Exception {
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            String account = server.state().addAccount(AccountType.WHATSAPP).id();
            FakeChat chat = server.state().addChat(account, "33611111111@s.whatsapp.net");
            scriptFaults(server);
            Map<String, Told> told = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try (UnipileClient client = UnipileClient.builder()
                    .baseUrl(server.baseUrl()).apiKey(server.apiKey()).transport(transportProvider())
                    .retryPolicy(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(5)))
                    .disableCircuitBreaker()
                    .sleeper(Sleeper.NONE)
                    .requestTimeout(Duration.ofSeconds(30))
                    .build()) {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < SENDS; i++) {
                    String text = "load-" + i;
                    futures.add(pool.submit(() -> told.put(text, send(client, chat.id(), text))));
                }
                for (Future<?> f : futures) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            Map<String, Long> stored = server.state().messages(chat.id()).stream()
                    .map(FakeMessage::text).filter(t -> t != null && t.startsWith("load-"))
                    .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            long sent = 0;
            long failed = 0;
            long unknown = 0;
            long unknownStored = 0;
            long lost = 0;
            long duplicated = 0;
            long failedButStored = 0;
            for (Map.Entry<String, Told> e : told.entrySet()) {
                long copies = stored.getOrDefault(e.getKey(), 0L);
                duplicated += copies > 1 ? 1 : 0;
                switch (e.getValue()) {
                    case SENT -> {
                        sent++;
                        lost += copies == 0 ? 1 : 0;
                    }
                    case FAILED -> {
                        failed++;
                        failedButStored += copies > 0 ? 1 : 0;
                    }
                    case UNKNOWN -> {
                        unknown++;
                        unknownStored += copies;
                    }
                }
            }
            System.out.printf("load (%s): %d sends, %d sent, %d failed, %d unknown (%d of them stored), "
                            + "%d lost, %d duplicated, %d requests seen by the fake%n",
                    transportProvider().name(), told.size(), sent, failed, unknown, unknownStored, lost, duplicated,
                    server.journal().count(ChatRoutes.SEND_MESSAGE));

            assertThat(told).hasSize(SENDS);
            assertThat(lost).as("sends reported as sent but not stored").isZero();
            assertThat(duplicated).as("sends stored more than once").isZero();
            assertThat(failedButStored).as("sends reported as failed but stored").isZero();
            assertThat(sent + failed + unknown).isEqualTo(SENDS);
            assertThat(unknown).as("the faults that hit writes after they left must show as unknown").isPositive();
            assertThat(stored.keySet()).allMatch(told::containsKey);
        }
    }

    private static Told send(UnipileClient client, String chatId, String text) {
        try {
            MessageSent sent = client.chats().sendMessage(chatId, SendMessageRequest.ofText(text));
            return sent.messageId() == null ? Told.UNKNOWN : Told.SENT;
        } catch (UnipileTransportException e) {
            return e.mayHaveReachedServer() ? Told.UNKNOWN : Told.FAILED;
        } catch (UnipileApiException e) {
            return e.details().isOutcomeUnknown() ? Told.UNKNOWN : Told.FAILED;
        } catch (UnipileException e) {
            return Told.UNKNOWN;
        }
    }
}
