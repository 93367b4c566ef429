package io.unipile.fuzz;

import io.unipile.UnipileClient;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileException;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.SendMessageRequest;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookParseException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and mutated replies into every parser, through the public client: whatever comes back, the caller gets a
 * model or one of the library's typed exceptions, never an NPE, a raw Jackson exception or a hang. Seeded, so a
 * failure names the seed and iteration that reproduce it.
 */
class ParserFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 400);

    /** Answers every request with the status and body set last; no network. */
    static final class CannedTransport implements UnipileTransportProvider {
        volatile int status = 200;
        volatile byte[] body = new byte[0];

        @Override
        public String name() {
            return "canned";
        }

        @Override
        public UnipileTransport create(TransportConfig config) {
            return new UnipileTransport() {
                @Override
                public TransportResponse execute(TransportRequest request) {
                    int s = status;
                    byte[] b = body;
                    return new TransportResponse() {
                        private final InputStream in = new ByteArrayInputStream(b);

                        @Override
                        public int statusCode() {
                            return s;
                        }

                        @Override
                        public List<String> headers(String name) {
                            return List.of();
                        }

                        @Override
                        public InputStream body() {
                            return in;
                        }

                        @Override
                        public void close() {
                        }
                    };
                }

                @Override
                public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                    return CompletableFuture.completedFuture(execute(request));
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static String resource(String path) {
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyClientParserTurnsGarbageIntoTypedExceptions() {
        CannedTransport canned = new CannedTransport();
        try (UnipileClient client = UnipileClient.builder().baseUrl("https://api1.unipile.com:13153").apiKey("k")
                .transport(canned).disableRetries().disableCircuitBreaker().build()) {
            Map<String, Consumer<UnipileClient>> targets = Map.of(
                    "/spec/examples/list-accounts.json", c -> c.accounts().list(),
                    "/io/unipile/accounts/accounts-page.json", c -> c.accounts().list(),
                    "/spec/examples/get-chat.json", c -> c.chats().get("c1"),
                    "/io/unipile/chats/chat.json", c -> c.chats().get("c1"),
                    "/io/unipile/messages/message.json", c -> c.messages().get("m1"),
                    "/io/unipile/attendees/attendees-page.json", c -> c.chats().listAttendees("c1"),
                    "/io/unipile/webhooks/webhooks-page.json", c -> c.webhooks().list(
                            io.unipile.webhooks.ListWebhooksRequest.builder().build()),
                    "/io/unipile/messages/message.json#send", c -> c.chats().sendMessage("c1",
                            SendMessageRequest.ofText("x")));
            JsonMutator mutator = new JsonMutator(SEED);
            int[] outcomes = new int[2];
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (Map.Entry<String, Consumer<UnipileClient>> target : targets.entrySet()) {
                    String seedJson = resource(target.getKey().replace("#send", ""));
                    for (int i = 0; i < ROUNDS; i++) {
                        byte[] body = mutator.mutate(seedJson);
                        canned.status = 200;
                        canned.body = body;
                        try {
                            target.getValue().accept(client);
                            outcomes[0]++;
                        } catch (UnipileException expected) {
                            outcomes[1]++;
                        } catch (RuntimeException | Error e) {
                            fail("seed " + SEED + ", " + target.getKey() + ", round " + i + ": " + e + " for body "
                                    + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8), e);
                        }
                    }
                }
            });
            // Both kinds must occur, or the mutator is not producing what this test claims to try.
            assertThat(outcomes[0]).as("mutants that still parsed").isPositive();
            assertThat(outcomes[1]).as("mutants rejected with a typed exception").isGreaterThan(ROUNDS);
        }
    }

    @Test
    void randomErrorBodiesKeepTheirStatus() {
        CannedTransport canned = new CannedTransport();
        JsonMutator mutator = new JsonMutator(SEED + 1);
        int[] statuses = {400, 401, 403, 404, 409, 415, 422, 429, 500, 502, 503, 504, 418};
        String error = "{\"title\":\"t\",\"detail\":\"d\",\"type\":\"errors/invalid_parameters\",\"status\":400}";
        try (UnipileClient client = UnipileClient.builder().baseUrl("https://api1.unipile.com:13153").apiKey("k")
                .transport(canned).disableRetries().disableCircuitBreaker().build()) {
            for (int i = 0; i < ROUNDS * 2; i++) {
                int status = statuses[i % statuses.length];
                canned.status = status;
                canned.body = mutator.mutate(error);
                try {
                    client.accounts().get("a1");
                    fail("an error status must fail");
                } catch (UnipileApiException e) {
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.bodyExcerpt().length()).isLessThanOrEqualTo(203);
                }
            }
        }
    }

    @Test
    void theWebhookParserAcceptsOrRejectsCleanly() {
        JsonMutator mutator = new JsonMutator(SEED + 2);
        List<String> seeds = List.of("/io/unipile/webhooks/message-received.json",
                "/io/unipile/webhooks/message-reaction.json", "/io/unipile/webhooks/account-status.json",
                "/io/unipile/webhooks/mail-received.json");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String seed : seeds) {
                String json = resource(seed);
                for (int i = 0; i < ROUNDS * 2; i++) {
                    byte[] body = mutator.mutate(json);
                    try {
                        WebhookEvent event = WebhookEvents.parse(body);
                        assertThat(event).isNotNull();
                    } catch (WebhookParseException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    } catch (RuntimeException | Error e) {
                        fail("seed " + SEED + ", " + seed + ", round " + i + ": " + e, e);
                    }
                }
            }
        });
    }
}
