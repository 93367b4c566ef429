package io.unipile.transport.resilience;

import io.unipile.http.HttpMethod;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.UnipileTransport;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.testsupport.CapturedLogs;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The lines for whoever is on call: one WARN when a call gives up after retrying, WARN when the circuit opens, INFO
 * when it goes half-open and closes; the key in none of them, even with every logger at TRACE.
 */
class ResilienceLoggingTest {
    private static final String KEY = "sk_live_NEVER_LOGGED_77a1";
    private static final String LOGGER = " " + ResilientTransport.class.getName() + ": ";
    private static final String R4J_STATE_MACHINE =
            "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine";
    private static final RetryPolicy THREE = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(250), 0,
            Duration.ofSeconds(30));

    private final ScriptedTransport raw = new ScriptedTransport();
    private final ManualTime time = new ManualTime();

    private UnipileTransport resilient(RetryPolicy retry, CircuitBreakerPolicy cb) {
        return new ResilientTransport(raw, TransportConfig.builder().retryPolicy(retry).circuitBreakerPolicy(cb)
                .clock(time).sleeper(time).build(), () -> 0.5);
    }

    private static TransportRequest getMessages() {
        return new TransportRequest(HttpMethod.GET, URI.create("http://127.0.0.1:1/api/v1/chats/chat-id-123/messages"),
                Map.of("X-API-KEY", List.of(KEY)), null, null, true, null, false, "/chats/{chat_id}/messages");
    }

    private static List<String> ours(List<String> lines, String level) {
        return lines.stream().filter(l -> l.startsWith(level + " ") && l.contains(LOGGER))
                .map(l -> l.substring(l.indexOf(LOGGER) + LOGGER.length())).toList();
    }

    @Test
    void aCallThatGivesUpAfterRetryingIsOneWarnLineWithTheTemplate() throws IOException {
        List<String> lines;
        try (CapturedLogs.Capture capture = CapturedLogs.start()) {
            UnipileTransport t = resilient(THREE, CircuitBreakerPolicy.DISABLED);
            raw.reply(503).reply(503).reply(503);
            assertThat(t.execute(getMessages()).statusCode()).isEqualTo(503);
            raw.fail(new TransportIOException("connection refused", false, null))
                    .fail(new TransportIOException("connection refused", false, null))
                    .fail(new TransportIOException("connection refused", false, null));
            assertThat(catchThrowable(() -> t.execute(getMessages()))).isInstanceOf(IOException.class);
            raw.reply(503).reply(200); // recovered: no warning
            assertThat(t.execute(getMessages()).statusCode()).isEqualTo(200);
            raw.reply(404); // not retryable: no warning
            assertThat(t.execute(getMessages()).statusCode()).isEqualTo(404);
            lines = CapturedLogs.lines();
        }

        assertThat(ours(lines, "WARN")).containsExactly(
                "Unipile GET /api/v1/chats/{chat_id}/messages gave up after 3 attempts: HTTP 503",
                "Unipile GET /api/v1/chats/{chat_id}/messages gave up after 3 attempts: connection refused");
        assertThat(lines).noneMatch(l -> l.contains(KEY));
        assertThat(ours(lines, "DEBUG")).as("each attempt at DEBUG, by path").isNotEmpty()
                .allMatch(l -> l.startsWith("GET /api/v1/chats/chat-id-123/messages attempt "));
    }

    @Test
    void theCircuitOpeningIsAWarnAndItsRecoveryInfo() throws IOException {
        List<String> lines;
        try (CapturedLogs.Capture capture = CapturedLogs.start()) {
            UnipileTransport t = resilient(RetryPolicy.NONE,
                    new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 1));
            raw.reply(502).reply(502).reply(502).reply(502);
            for (int i = 0; i < 4; i++) {
                t.execute(getMessages()).close();
            }
            assertThat(catchThrowable(() -> t.execute(getMessages()))).isNotNull();
            time.advance(Duration.ofSeconds(31));
            raw.reply(200);
            t.execute(getMessages()).close();
            lines = CapturedLogs.lines();
        }

        assertThat(ours(lines, "WARN")).containsExactly("Unipile circuit breaker OPEN (was CLOSED): 100% of the "
                + "last calls failed; calls fail at once for 30 s, then a few are let through to test the service");
        assertThat(ours(lines, "INFO")).containsExactly(
                "Unipile circuit breaker HALF_OPEN (was OPEN): testing the service with 1 calls",
                "Unipile circuit breaker CLOSED (was HALF_OPEN): calls go through again");
        assertThat(lines).noneMatch(l -> l.contains(KEY));
    }

    /**
     * What Resilience4j itself logs per call, at DEBUG: only its circuit breaker's state machine ("CircuitBreaker
     * 'unipile' succeeded", "recorded an exception as failure"), which the README tells users to keep at INFO; no
     * event-publishing lines, since nothing subscribes to its events, and nothing from its retry.
     */
    @Test
    void resilience4jPerCallDebugLinesComeFromOneDocumentedLoggerOnly() throws IOException {
        List<String> lines;
        try (CapturedLogs.Capture capture = CapturedLogs.start()) {
            UnipileTransport t = resilient(THREE, CircuitBreakerPolicy.DEFAULT);
            raw.reply(503).reply(200).reply(200);
            t.execute(getMessages()).close();
            t.execute(getMessages()).close();
            lines = CapturedLogs.lines();
        }

        List<String> r4j = lines.stream().filter(l -> l.contains(" io.github.resilience4j.")).toList();
        assertThat(r4j).isNotEmpty().allMatch(l -> l.startsWith("DEBUG " + R4J_STATE_MACHINE + ": "));
        assertThat(r4j).noneMatch(l -> l.contains("Event"));
    }
}
