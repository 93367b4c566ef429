package io.unipile.transport.resilience;

import io.unipile.errors.CircuitOpenException;
import io.unipile.http.HttpMethod;
import io.unipile.http.RequestBody;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransport;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ResilientTransportTest {
    private static final RetryPolicy EXACT = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), 0,
            Duration.ofSeconds(30));

    /** The blocking and the asynchronous path must follow the same rules. */
    enum Mode {
        SYNC {
            @Override
            TransportResponse call(UnipileTransport t, TransportRequest r) throws IOException {
                return t.execute(r);
            }
        },
        ASYNC {
            @Override
            TransportResponse call(UnipileTransport t, TransportRequest r) throws IOException {
                try {
                    return t.executeAsync(r).join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw e;
                }
            }
        };

        abstract TransportResponse call(UnipileTransport t, TransportRequest r) throws IOException;
    }

    private final ScriptedTransport raw = new ScriptedTransport();
    private final ManualTime time = new ManualTime();
    private final List<UnipileEvent> events = new ArrayList<>();

    private TransportConfig.Builder config() {
        return TransportConfig.builder().retryPolicy(EXACT).circuitBreakerPolicy(CircuitBreakerPolicy.DISABLED)
                .clock(time).sleeper(time).eventListener(events::add);
    }

    private UnipileTransport resilient(TransportConfig.Builder config) {
        return new ResilientTransport(raw, config.build(), () -> 0.5);
    }

    private static TransportRequest request(HttpMethod method) {
        return new TransportRequest(method, URI.create("http://127.0.0.1:1/api/v1/chats/c1/messages"), Map.of(),
                null);
    }

    private static TransportRequest get() {
        return request(HttpMethod.GET);
    }

    private static TransportRequest post() {
        return request(HttpMethod.POST);
    }

    private static TransportIOException refused() {
        return new TransportIOException("connection refused", false, null);
    }

    private static TransportIOException reset() {
        return new TransportIOException("connection reset", true, null);
    }

    // ---- reads ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aReadIsRetriedOnEachRetryableStatusWithExponentialDelays(Mode mode) throws IOException {
        raw.reply(503).reply(429).reply(500).reply(200);

        TransportResponse r = mode.call(resilient(config()), get());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
        assertThat(raw.replies.subList(0, 3)).allMatch(reply -> reply.closed);
        assertThat(raw.replies.get(3).closed).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyDocumentedReadStatusIsRetried(Mode mode) throws IOException {
        for (int status : new int[]{408, 429, 500, 502, 503, 504}) {
            raw.reply(status).reply(204);
            assertThat(mode.call(resilient(config()), get()).statusCode()).as("after %d", status).isEqualTo(204);
        }
        assertThat(raw.requests).hasSize(12);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clientErrorsAndOther5xxAreNotRetried(Mode mode) throws IOException {
        for (int status : new int[]{400, 401, 403, 404, 409, 415, 422, 501}) {
            raw.reply(status);
            assertThat(mode.call(resilient(config()), get()).statusCode()).isEqualTo(status);
        }
        assertThat(raw.requests).hasSize(8);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aReadIsRetriedAfterIoFailuresAndTheLastResponseIsReturnedWhenAttemptsRunOut(Mode mode) throws IOException {
        raw.fail(reset()).fail(refused()).reply(503).reply(503);

        TransportResponse r = mode.call(resilient(config()), get());

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(raw.requests).hasSize(4);
        assertThat(raw.replies.get(1).closed).isFalse();
        r.close();
        assertThat(raw.replies.get(1).closed).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theLastFailureIsThrownWithTheAttemptCount(Mode mode) {
        raw.fail(reset()).fail(reset()).fail(reset()).fail(new TransportTimeoutException("read timed out", true, null));

        Throwable e = catchThrowable(() -> mode.call(resilient(config()), get()));

        assertThat(e).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("(attempt 4)");
        assertThat(((TransportIOException) e).requestSent()).isTrue();
    }

    // ---- writes ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aWriteThatMayHaveReachedTheServerIsNeverResent(Mode mode) throws IOException {
        raw.reply(503);
        assertThat(mode.call(resilient(config()), post()).statusCode()).isEqualTo(503);
        raw.reply(500);
        assertThat(mode.call(resilient(config()), post()).statusCode()).isEqualTo(500);
        raw.reply(504);
        assertThat(mode.call(resilient(config()), post()).statusCode()).isEqualTo(504);
        raw.fail(reset());
        assertThatThrownBy(() -> mode.call(resilient(config()), post())).isInstanceOf(TransportIOException.class);
        raw.fail(new TransportTimeoutException("read timed out", true, null));
        assertThatThrownBy(() -> mode.call(resilient(config()), post())).isInstanceOf(TransportTimeoutException.class);
        raw.fail(new IOException("unclassified"));
        assertThatThrownBy(() -> mode.call(resilient(config()), post())).hasMessage("unclassified");

        assertThat(raw.requests).hasSize(6);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aWriteIsRetriedWhenItNeverLeftOrTheServerSaid429(Mode mode) throws IOException {
        raw.fail(refused()).reply(429).fail(new TransportTimeoutException("connect timed out", false, null))
                .reply(201);

        assertThat(mode.call(resilient(config()), post()).statusCode()).isEqualTo(201);
        assertThat(raw.requests).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aOneShotBodyIsNotSentTwiceButIsRetriedIfItWasNeverRead(Mode mode) throws IOException {
        raw.reply(429);
        TransportRequest read = post().withBody(oneShotBody());
        assertThat(mode.call(resilient(config()), read).statusCode()).isEqualTo(429);
        assertThat(raw.requests).hasSize(1);

        raw.readBodies = false;
        raw.fail(refused()).reply(201);
        TransportRequest unread = post().withBody(oneShotBody());
        assertThat(mode.call(resilient(config()), unread).statusCode()).isEqualTo(201);
        assertThat(raw.requests).hasSize(3);
    }

    private static RequestBody oneShotBody() {
        return new RequestBody() {
            private boolean opened;

            @Override
            public String contentType() {
                return "application/octet-stream";
            }

            @Override
            public long contentLength() {
                return 3;
            }

            @Override
            public InputStream open() {
                if (opened) {
                    throw new IllegalStateException("opened twice");
                }
                opened = true;
                return new ByteArrayInputStream(new byte[3]);
            }

            @Override
            public boolean isRepeatable() {
                return false;
            }
        };
    }

    // ---- Retry-After ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retryAfterInSecondsOrAsADateReplacesTheBackoff(Mode mode) throws IOException {
        raw.reply(429, Map.of("Retry-After", "7"))
                .reply(503, Map.of("Retry-After", "Wed, 25 Nov 2026 10:00:19 GMT"))
                .reply(200);

        assertThat(mode.call(resilient(config()), get()).statusCode()).isEqualTo(200);
        // 10:00:00 + 7 s = 10:00:07; the date asks for 10:00:19, 12 s later.
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(12));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRetryAfterBeyondTheCapEndsRetrying(Mode mode) throws IOException {
        raw.reply(429, Map.of("Retry-After", "31"));

        assertThat(mode.call(resilient(config()), get()).statusCode()).isEqualTo(429);
        assertThat(time.sleeps()).isEmpty();
        assertThat(raw.replies.get(0).closed).isFalse();
    }

    // ---- switching off, jitter ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void disabledRetriesMeanOneAttempt(Mode mode) throws IOException {
        raw.reply(503);
        assertThat(mode.call(resilient(config().retryPolicy(RetryPolicy.NONE)), get()).statusCode()).isEqualTo(503);
        assertThat(raw.requests).hasSize(1);
    }

    @Test
    void jitterSpreadsEachDelayWithinItsBounds() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(1000), Duration.ofMillis(4000), 0.2, Duration.ZERO);
        assertThat(new Backoff(p, time, () -> 0.0).computed(1)).isEqualTo(800);
        assertThat(new Backoff(p, time, () -> 0.999999).computed(1)).isEqualTo(1200);
        assertThat(new Backoff(p, time, () -> 0.5).computed(2)).isEqualTo(2000);
        assertThat(new Backoff(p, time, () -> 0.5).computed(3)).isEqualTo(4000);
        assertThat(new Backoff(p, time, () -> 0.5).computed(30)).isEqualTo(4000);
    }

    // ---- deadlines ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theOverallDeadlineCapsEachAttemptAndStopsRetries(Mode mode) throws IOException {
        raw.reply(503).reply(503).reply(503);
        TransportConfig.Builder c = config().requestTimeout(Duration.ofSeconds(5)).overallTimeout(Duration.ofMillis(350));

        TransportResponse r = mode.call(resilient(c), get());

        // 100 ms, then 200 ms would end at 300 ms (< 350 ms); the next 250 ms would not fit.
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(raw.requests).extracting(TransportRequest::timeout)
                .containsExactly(Duration.ofMillis(350), Duration.ofMillis(250), Duration.ofMillis(50));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTimeoutCausedByTheDeadlineSaysSo(Mode mode) {
        raw.fail(new TransportTimeoutException("no response within the request timeout", true, null));
        TransportConfig.Builder c = config().requestTimeout(Duration.ofSeconds(5)).overallTimeout(Duration.ofSeconds(1));

        Throwable e = catchThrowable(() -> mode.call(resilient(c), get()));

        assertThat(e).isInstanceOf(TransportTimeoutException.class)
                .hasMessageContaining("overall timeout of PT1S elapsed during attempt 1");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theRequestTimeoutIsUsedWhenNoDeadlineIsSet(Mode mode) throws IOException {
        raw.reply(200);
        mode.call(resilient(config().requestTimeout(Duration.ofSeconds(9))), get());
        assertThat(raw.requests.get(0).timeout()).isEqualTo(Duration.ofSeconds(9));
    }

    // ---- circuit breaker ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theCircuitOpensOnFailuresFailsFastAndRecoversAfterProbes(Mode mode) throws IOException {
        CircuitBreakerPolicy cb = new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 2);
        UnipileTransport t = resilient(config().retryPolicy(RetryPolicy.NONE).circuitBreakerPolicy(cb));
        raw.reply(500).reply(404).fail(reset()).reply(503);
        for (int i = 0; i < 4; i++) {
            try {
                mode.call(t, get());
            } catch (IOException expected) {
                // counted as a failure
            }
        }

        Throwable open = catchThrowable(() -> mode.call(t, get()));
        assertThat(open).isInstanceOf(CircuitOpenException.class).hasMessageContaining("75%");
        assertThat(((CircuitOpenException) open).mayHaveReachedServer()).isFalse();
        assertThat(raw.requests).hasSize(4);

        time.advance(Duration.ofSeconds(31));
        raw.reply(200).reply(200).reply(200);
        assertThat(mode.call(t, get()).statusCode()).isEqualTo(200);
        assertThat(mode.call(t, get()).statusCode()).isEqualTo(200);
        assertThat(mode.call(t, get()).statusCode()).isEqualTo(200);

        assertThat(events).filteredOn(e -> e instanceof UnipileEvent.CircuitStateChanged)
                .containsExactly(new UnipileEvent.CircuitStateChanged("CLOSED", "OPEN"),
                        new UnipileEvent.CircuitStateChanged("OPEN", "HALF_OPEN"),
                        new UnipileEvent.CircuitStateChanged("HALF_OPEN", "CLOSED"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clientErrorsNeverOpenTheCircuit(Mode mode) throws IOException {
        CircuitBreakerPolicy cb = new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 2);
        UnipileTransport t = resilient(config().retryPolicy(RetryPolicy.NONE).circuitBreakerPolicy(cb));
        for (int status : new int[]{400, 401, 403, 404, 409, 422, 400, 404}) {
            raw.reply(status);
            assertThat(mode.call(t, get()).statusCode()).isEqualTo(status);
        }
        assertThat(events).noneMatch(e -> e instanceof UnipileEvent.CircuitStateChanged);
    }

    // ---- events ----

    @ParameterizedTest
    @EnumSource(Mode.class)
    void eventsTellEachAttemptAndRetry(Mode mode) throws IOException {
        raw.reply(503).fail(reset()).reply(200);

        mode.call(resilient(config()), get());

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "RequestSent", "ResponseReceived", "RetryScheduled",
                "RequestSent", "RequestFailed", "RetryScheduled",
                "RequestSent", "ResponseReceived");
        assertThat(events.get(2)).isEqualTo(new UnipileEvent.RetryScheduled(HttpMethod.GET,
                "/api/v1/chats/c1/messages", 2, "HTTP 503", Duration.ofMillis(100)));
        assertThat(((UnipileEvent.RequestFailed) events.get(4)).mayHaveReachedServer()).isTrue();
        assertThat(((UnipileEvent.ResponseReceived) events.get(7)).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailingListenerDoesNotBreakCalls() throws IOException {
        raw.reply(200);
        UnipileTransport t = resilient(config().eventListener(e -> {
            throw new IllegalStateException("listener bug");
        }));
        assertThat(t.execute(get()).statusCode()).isEqualTo(200);
    }

    @Test
    void closingClosesTheRawTransport() {
        resilient(config()).close();
        assertThat(raw.closed).isTrue();
    }
}
