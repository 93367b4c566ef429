package io.unipile.transport.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.unipile.errors.CircuitOpenException;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransport;
import io.unipile.internal.EndpointCatalog;
import io.unipile.internal.Futures;
import io.unipile.resilience.CallObserver;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import io.unipile.resilience.UnipileEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The resilience layer every transport is wrapped in: retries on a Resilience4j {@link Retry}, a Resilience4j
 * {@link CircuitBreaker} per client, per-attempt and overall timeouts, events and debug logging.
 *
 * <p>Retry decisions come from Resilience4j's asynchronous retry context, which returns the wait instead of sleeping,
 * so that waiting goes through the configured {@link io.unipile.resilience.Sleeper} for both the blocking and the
 * asynchronous path (Resilience4j's blocking retry sleeps through one JVM-wide static function, which would leak
 * between clients and into the application's own Resilience4j use).
 *
 * <p>Every response that is not handed back is closed before the next attempt. Deadlines cover the whole exchange:
 * a {@link BodyWatchdog} ends a body that stays silent for the request timeout, a body the library parses that is
 * not read within the attempt's timeout (the request timeout, or what is left of the overall deadline), and a
 * streamed body (a download, {@link TransportRequest#streamedReply()}) still being read when the overall deadline
 * passes; a download has no other limit, since its size is the caller's business.
 *
 * <p>The circuit breaker counts only failures of the service ({@link RetryRules#isCircuitFailure}); the caller's own
 * failures (its request body failed or lied about its length, it interrupted or cancelled the call, its input was
 * invalid) neither count nor are retried.
 *
 * <p>Logging, for whoever is on call: one WARN line when a call gives up after retrying (method, path template,
 * attempts, last reason), a WARN line when the circuit opens and an INFO line when it goes half-open or closes; each
 * attempt at DEBUG. Never the API key. State changes of the breaker are noticed by reading its state after each use,
 * not through Resilience4j's event publisher, which would build an event object for every call once subscribed to.
 *
 * <p>A {@link CallObserver} other than {@link CallObserver#NONE} sees each call and attempt; without one, nothing is
 * built for it.
 */
public final class ResilientTransport implements UnipileTransport {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientTransport.class);

    private final UnipileTransport delegate;
    private final TransportConfig config;
    private final Retry readRetry;
    private final Retry writeRetry;
    private final CircuitBreaker breaker;
    private final BodyWatchdog watchdog;
    /** Whether anyone listens to events: without a listener none is built, per call or by the breaker. */
    private final boolean listening;
    /** Whether a call observer is set: without one, nothing is built or called for it. */
    private final boolean observing;
    private final CallObserver observer;
    /** The breaker's state as last noticed, so that each change is told once. */
    private final AtomicReference<CircuitBreaker.State> seenState = new AtomicReference<>(CircuitBreaker.State.CLOSED);
    private volatile boolean closed;
    /** Recorded for a response saying Unipile is unwell; made once, it is never thrown. */
    private static final IOException UNWELL = new IOException("Unipile answered that it is unwell");

    /**
     * Wraps {@code raw} with the retry, circuit-breaker, timeout and event settings of {@code config}.
     *
     * @param raw the transport that talks HTTP; the wrapper owns it from now on and closes it when closed
     * @param config the client's retry, circuit-breaker, deadline and event settings
     * @return a transport to use in place of {@code raw}
     */
    public static UnipileTransport wrap(UnipileTransport raw, TransportConfig config) {
        return new ResilientTransport(raw, config, () -> ThreadLocalRandom.current().nextDouble());
    }

    ResilientTransport(UnipileTransport delegate, TransportConfig config, DoubleSupplier random) {
        this.delegate = delegate;
        this.config = config;
        this.watchdog = new BodyWatchdog(config.requestTimeout());
        this.listening = config.eventListener() != UnipileEventListener.NONE;
        this.observer = config.callObserver();
        this.observing = observer != CallObserver.NONE;
        RetryPolicy policy = config.retryPolicy();
        if (policy.isEnabled()) {
            Backoff backoff = new Backoff(policy, config.clock(), random);
            this.readRetry = Retry.of("unipile-reads", retryConfig(policy, backoff, true));
            this.writeRetry = Retry.of("unipile-writes", retryConfig(policy, backoff, false));
        } else {
            this.readRetry = null;
            this.writeRetry = null;
        }
        CircuitBreakerPolicy cb = config.circuitBreakerPolicy();
        if (cb.enabled()) {
            this.breaker = CircuitBreaker.of("unipile", CircuitBreakerConfig.custom()
                    .failureRateThreshold(cb.failureRateThreshold())
                    .slidingWindowSize(cb.slidingWindowSize())
                    .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                    .waitDurationInOpenState(cb.waitInOpenState())
                    .permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
                    .recordException(e -> e instanceof IOException)
                    .writableStackTraceEnabled(false)
                    .clock(config.clock())
                    .build());
            // No subscription to its event publisher: any consumer makes Resilience4j build an event, with a
            // time-zoned timestamp, on every call. Changes are noticed by noticeState() instead.
        } else {
            this.breaker = null;
        }
    }

    private static RetryConfig retryConfig(RetryPolicy policy, Backoff backoff, boolean idempotent) {
        return RetryConfig.<TransportResponse>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(r -> RetryRules.isRetryableStatus(idempotent, r.statusCode()))
                .retryOnException(e -> e instanceof IOException io && RetryRules.isRetryableFailure(idempotent, io))
                .intervalBiFunction(backoff)
                .failAfterMaxAttempts(false)
                .writableStackTraceEnabled(false)
                .build();
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        Call call = new Call(request);
        if (!observing) {
            return run(call);
        }
        TransportResponse response;
        try {
            response = run(call);
        } catch (IOException | RuntimeException | Error e) {
            call.ended(null, e);
            throw e;
        }
        call.ended(response, null);
        return response;
    }

    private TransportResponse run(Call call) throws IOException {
        while (true) {
            TransportRequest attempt = call.begin();
            Step step;
            try {
                step = call.onResponse(delegate.execute(attempt));
            } catch (IOException e) {
                step = call.onFailure(e);
            } catch (RuntimeException e) {
                call.onUnexpected(e);
                throw e;
            }
            if (step.response != null) {
                return step.response;
            }
            if (step.failure != null) {
                throw step.failure;
            }
            try {
                config.sleeper().sleep(step.delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
                io.initCause(e);
                throw io;
            }
        }
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        Call call = new Call(request);
        attemptAsync(call, result);
        result.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                call.cancelled(); // the caller gave up: so does the attempt in flight
            }
            if (observing && e instanceof CancellationException) {
                call.ended(null, e);
            }
        });
        return result;
    }

    private void attemptAsync(Call call, CompletableFuture<TransportResponse> result) {
        TransportRequest attempt;
        CompletableFuture<TransportResponse> sent;
        if (result.isDone()) {
            return; // cancelled while waiting to retry
        }
        try {
            attempt = call.begin();
            sent = delegate.executeAsync(attempt);
        } catch (IOException | RuntimeException e) {
            call.onUnexpected(e);
            fail(call, result, e);
            return;
        }
        call.inFlight = sent;
        sent.whenComplete((response, error) -> {
            if (result.isDone()) {
                // Cancelled by the caller: neither the service's failure nor its success.
                call.onUnexpected(null);
                if (response != null) {
                    response.close();
                }
                return;
            }
            Step step;
            if (error == null) {
                step = call.onResponse(response);
            } else {
                Throwable cause = Futures.unwrap(error);
                if (!(cause instanceof IOException io)) {
                    call.onUnexpected(cause);
                    fail(call, result, cause);
                    return;
                }
                step = call.onFailure(io);
            }
            if (step.response != null) {
                if (observing) {
                    call.ended(step.response, null); // before completing: what the caller chains on runs then
                }
                if (!result.complete(step.response)) {
                    step.response.close();
                }
            } else if (step.failure != null) {
                fail(call, result, step.failure);
            } else {
                config.sleeper().delay(step.delay).whenComplete((ignored, e) -> attemptAsync(call, result));
            }
        });
    }


    /** Fails the call, its observation ended first, so that what the caller chains on sees it over. */
    private void fail(Call call, CompletableFuture<TransportResponse> result, Throwable failure) {
        if (observing) {
            call.ended(null, failure);
        }
        result.completeExceptionally(failure);
    }

    /**
     * Tells a change of the breaker's state once, whichever call notices it: logs it, and passes it to the listener
     * and the observer. A volatile read and a comparison when nothing changed.
     */
    private void noticeState() {
        CircuitBreaker.State now = breaker.getState();
        CircuitBreaker.State before = seenState.get();
        if (now == before || !seenState.compareAndSet(before, now)) {
            return;
        }
        String from = before.name();
        String to = now.name();
        if (now == CircuitBreaker.State.OPEN) {
            LOG.warn("Unipile circuit breaker OPEN (was {}): {}% of the last calls failed; calls fail at once "
                            + "for {} s, then a few are let through to test the service",
                    from, Math.round(breaker.getMetrics().getFailureRate()),
                    config.circuitBreakerPolicy().waitInOpenState().toSeconds());
        } else if (now == CircuitBreaker.State.CLOSED) {
            LOG.info("Unipile circuit breaker CLOSED (was {}): calls go through again", from);
        } else if (now == CircuitBreaker.State.HALF_OPEN) {
            LOG.info("Unipile circuit breaker HALF_OPEN (was {}): testing the service with {} calls", from,
                    config.circuitBreakerPolicy().permittedCallsInHalfOpenState());
        } else {
            LOG.info("Unipile circuit breaker {} (was {})", to, from);
        }
        if (listening) {
            emit(new UnipileEvent.CircuitStateChanged(from, to));
        }
        if (observing) {
            try {
                observer.circuitStateChanged(from, to);
            } catch (RuntimeException e) {
                LOG.warn("Unipile call observer failed on a circuit change", e);
            }
        }
    }

    private void emit(UnipileEvent event) {
        try {
            config.eventListener().onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Unipile event listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        closed = true; // a call failing because of it is not retried
        watchdog.close();
        delegate.close();
    }

    @Override
    public String toString() {
        return "ResilientTransport[" + delegate + ", retry=" + config.retryPolicy() + ", circuitBreaker="
                + (breaker == null ? "off" : breaker.getState()) + "]";
    }

    /** What to do after an attempt: hand back a response, fail, or wait and try again. */
    private record Step(TransportResponse response, IOException failure, Duration delay) {
    }

    /** One call across its attempts. Not shared between threads at the same time: attempts are sequential. */
    private final class Call {
        private final TransportRequest request;
        private final ReplayTrackingBody body;
        private final Retry.AsyncContext<TransportResponse> retryContext;
        private final Duration overallTimeout;
        private final Instant deadline;
        private final String path;
        /** This call as the observer follows it, or null when no one observes. */
        private final CallObserver.Call observed;
        private CallObserver.Attempt observedAttempt;
        private int attemptsSent;
        /** Whether the observer was told the call ended; a cancellation may race the last attempt. */
        private boolean endTold;
        private int attempt;
        private long attemptStart;
        private Duration attemptTimeout;
        private boolean cappedByDeadline;
        private boolean permitted;
        /** Whether an earlier attempt may have reached the server: then the call as a whole may have. */
        private boolean reachedBefore;
        private volatile CompletableFuture<TransportResponse> inFlight;

        Call(TransportRequest original) {
            this.body = original.body() == null ? null : new ReplayTrackingBody(original.body());
            this.request = body == null ? original : original.withBody(body);
            Retry retry = request.idempotent() ? readRetry : writeRetry;
            this.retryContext = retry == null ? null : retry.asyncContext();
            this.overallTimeout = request.callTimeout() != null ? request.callTimeout() : config.overallTimeout();
            this.deadline = overallTimeout == null ? null : config.clock().instant().plus(overallTimeout);
            this.path = request.uri().getRawPath();
            this.observed = observing ? startObserving() : null;
        }

        private CallObserver.Call startObserving() {
            try {
                CallObserver.Call c = observer.callStarted(new CallObserver.CallInfo(request.method(),
                        EndpointCatalog.observedUri(request.method(), request.route()), config.transportName()));
                return c == null ? CallObserver.Call.NOOP : c;
            } catch (RuntimeException e) {
                LOG.warn("Unipile call observer failed when a call started", e);
                return CallObserver.Call.NOOP;
            }
        }

        /** The path template for a log line ({@code /api/v1/chats/{chat_id}}), or the path when none is known. */
        private String route() {
            String route = request.route();
            return route == null ? path : "/api/v1" + route;
        }

        /** The call is over, with this response or this failure; observed only. */
        void ended(TransportResponse response, Throwable failure) {
            synchronized (this) {
                if (endTold) {
                    return;
                }
                endTold = true;
            }
            if (observedAttempt != null) {
                attemptEnded(0, failure);
            }
            try {
                observed.callEnded(response == null ? 0 : response.statusCode(), failure, attemptsSent);
            } catch (RuntimeException e) {
                LOG.warn("Unipile call observer failed when a call ended", e);
            }
        }

        private void attemptEnded(int status, Throwable failure) {
            CallObserver.Attempt a = observedAttempt;
            observedAttempt = null;
            if (a != null) {
                try {
                    a.attemptEnded(status, failure);
                } catch (RuntimeException e) {
                    LOG.warn("Unipile call observer failed when an attempt ended", e);
                }
            }
        }

        private void retryObserved(String reason, long delay) {
            try {
                observed.retryScheduled(attempt + 1, reason, Duration.ofMillis(delay));
            } catch (RuntimeException e) {
                LOG.warn("Unipile call observer failed on a retry", e);
            }
        }

        /** The attempt as sent: with the headers the observer sets on it. */
        private TransportRequest observedAttempt(TransportRequest attemptRequest) {
            Map<String, String> headers = new LinkedHashMap<>(4);
            try {
                observedAttempt = observed.attemptStarted(attempt, (name, value) -> {
                    TransportRequest.checkHeader(name, value);
                    headers.put(name, value);
                });
            } catch (RuntimeException e) {
                LOG.warn("Unipile call observer failed when an attempt started", e);
                observedAttempt = CallObserver.Attempt.NOOP;
                return attemptRequest;
            }
            if (observedAttempt == null) {
                observedAttempt = CallObserver.Attempt.NOOP;
            }
            return headers.isEmpty() ? attemptRequest : attemptRequest.withHeadersReplaced(headers);
        }

        TransportRequest begin() throws IOException {
            attempt++;
            Duration timeout = config.requestTimeout();
            cappedByDeadline = false;
            if (deadline != null) {
                Duration left = Duration.between(config.clock().instant(), deadline);
                if (left.isNegative() || left.isZero()) {
                    throw new TransportTimeoutException("the overall timeout of " + overallTimeout
                            + " elapsed before attempt " + attempt, false, null);
                }
                if (left.compareTo(timeout) < 0) {
                    timeout = left;
                    cappedByDeadline = true;
                }
            }
            if (breaker != null) {
                boolean allowed = breaker.tryAcquirePermission();
                noticeState(); // an OPEN breaker whose wait is over goes HALF_OPEN here
                if (!allowed) {
                    throw new CircuitOpenException(request.method() + " " + path + " not attempted: the circuit "
                            + "breaker is " + breaker.getState() + " after a failure rate of "
                            + Math.round(breaker.getMetrics().getFailureRate()) + "% over recent calls");
                }
                permitted = true;
            }
            if (listening) {
                emit(new UnipileEvent.RequestSent(request.method(), path, attempt));
            }
            attemptsSent++;
            TransportRequest sent = request.withTimeout(timeout);
            if (observing) {
                sent = observedAttempt(sent);
            }
            attemptStart = System.nanoTime();
            attemptTimeout = timeout;
            return sent;
        }

        void cancelled() {
            CompletableFuture<TransportResponse> f = inFlight;
            if (f != null) {
                f.cancel(true);
            }
        }

        /**
         * The response with its body bounded: a parsed reply by the attempt's timeout, a streamed one by the
         * overall deadline if any; both by silence.
         */
        private TransportResponse bounded(TransportResponse response) {
            if (!request.streamedReply()) {
                // The message is built only for a body that does time out, not on every call.
                Duration timeout = attemptTimeout;
                Supplier<String> message = cappedByDeadline
                        ? () -> "the overall timeout of " + overallTimeout + " elapsed while reading the response body"
                        : () -> "the response body was not read within the request timeout of "
                        + timeout.toMillis() + " ms";
                return watchdog.watch(response, attemptStart + attemptTimeout.toNanos(), message);
            }
            if (deadline == null) {
                return watchdog.watch(response);
            }
            long left = Duration.between(config.clock().instant(), deadline).toNanos();
            return watchdog.watch(response, System.nanoTime() + left,
                    () -> "the overall timeout of " + overallTimeout + " elapsed while reading the response body");
        }

        Step onResponse(TransportResponse raw) {
            long nanos = System.nanoTime() - attemptStart;
            int status = raw.statusCode();
            TransportResponse response = bounded(raw);
            if (permitted) {
                String type = null;
                if (RetryRules.needsErrorType(status)) {
                    BufferedErrorResponse error;
                    try {
                        error = BufferedErrorResponse.read(response);
                    } catch (IOException e) {
                        response.close();
                        return onFailure(e);
                    }
                    response = error;
                    type = error.type();
                }
                if (RetryRules.isCircuitFailure(status, type)) {
                    breaker.onError(nanos, TimeUnit.NANOSECONDS, UNWELL);
                } else {
                    breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
                }
                permitted = false;
                noticeState();
            }
            if (observing) {
                attemptEnded(status, null);
            }
            if (listening) {
                emit(new UnipileEvent.ResponseReceived(request.method(), path, attempt, status,
                        Duration.ofNanos(nanos)));
            }
            long delay = -1;
            boolean retryable = RetryRules.isRetryableStatus(request.idempotent(), status);
            if (retryContext != null) {
                if (retryable && canSendAgain()) {
                    delay = retryContext.onResult(response);
                } else {
                    retryContext.onComplete();
                }
            }
            delay = withinDeadline(delay);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {} -> HTTP {} in {} ms{}", request.method(), path, attempt, status,
                        nanos / 1_000_000, delay < 0 ? "" : "; retrying in " + delay + " ms");
            }
            if (delay < 0) {
                if (retryable && attempt > 1) {
                    LOG.warn("Unipile {} {} gave up after {} attempts: HTTP {}", request.method(), route(), attempt,
                            status);
                }
                return new Step(response, null, null);
            }
            response.close();
            reachedBefore |= status != 429; // a 429 says the request was not acted on
            String reason = "HTTP " + status;
            emit(new UnipileEvent.RetryScheduled(request.method(), path, attempt + 1, reason,
                    Duration.ofMillis(delay)));
            if (observing) {
                retryObserved(reason, delay);
            }
            return new Step(null, null, Duration.ofMillis(delay));
        }

        Step onFailure(IOException failure) {
            long nanos = System.nanoTime() - attemptStart;
            boolean bodyFailed = body != null && body.failedOnItsOwn();
            boolean callersOwn = bodyFailed || RetryRules.isInterrupt(failure);
            if (permitted) {
                if (callersOwn) {
                    breaker.releasePermission();
                } else {
                    breaker.onError(nanos, TimeUnit.NANOSECONDS, failure);
                }
                permitted = false;
                noticeState();
            }
            boolean sentNow = RetryRules.requestSent(failure);
            boolean sent = sentNow || reachedBefore;
            reachedBefore = sent;
            IOException reported = failure;
            if (bodyFailed) {
                reported = new TransportIOException("the request body failed: " + failure.getMessage(), sent,
                        failure);
            } else if (cappedByDeadline && failure instanceof TransportTimeoutException
                    && !String.valueOf(failure.getMessage()).contains("overall timeout")) {
                reported = new TransportTimeoutException("the overall timeout of " + overallTimeout
                        + " elapsed during attempt " + attempt, sent, failure);
            }
            String reason = reported.getMessage() == null ? reported.getClass().getSimpleName() : reported.getMessage();
            emit(new UnipileEvent.RequestFailed(request.method(), path, attempt, reason, sent, Duration.ofNanos(nanos)));
            if (observing) {
                attemptEnded(0, reported);
            }
            long delay = -1;
            // Retryable by the rules, whether or not attempts or the deadline allow another one.
            boolean retryable = !callersOwn && !closed && RetryRules.isRetryableFailure(request.idempotent(), failure);
            if (retryContext != null && reported == failure && canSendAgain() && !callersOwn && !closed) {
                delay = retryContext.onError(failure);
            }
            delay = withinDeadline(delay);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {} failed after {} ms: {}{}", request.method(), path, attempt,
                        nanos / 1_000_000, reason, delay < 0 ? "" : "; retrying in " + delay + " ms");
            }
            if (delay < 0) {
                if (retryable && attempt > 1) {
                    LOG.warn("Unipile {} {} gave up after {} attempts: {}", request.method(), route(), attempt,
                            reason);
                }
                if (attempt > 1 && (reported == failure || sent != sentNow)) {
                    String message = reason + " (attempt " + attempt + ")";
                    reported = failure instanceof TransportTimeoutException
                            ? new TransportTimeoutException(message, sent, failure)
                            : new TransportIOException(message, sent, failure);
                }
                return new Step(null, reported, null);
            }
            emit(new UnipileEvent.RetryScheduled(request.method(), path, attempt + 1, reason,
                    Duration.ofMillis(delay)));
            if (observing) {
                retryObserved(failure.getClass().getSimpleName(), delay);
            }
            return new Step(null, null, Duration.ofMillis(delay));
        }

        /** Neither success nor failure of the service: invalid input, a cancelled call. */
        void onUnexpected(Throwable t) {
            if (permitted) {
                breaker.releasePermission();
                permitted = false;
            }
            if (observing) {
                attemptEnded(0, t != null ? t : new CancellationException("the call was cancelled"));
            }
        }

        private boolean canSendAgain() {
            return body == null || body.canSendAgain();
        }

        private long withinDeadline(long delay) {
            if (delay < 0 || deadline == null) {
                return delay;
            }
            return config.clock().instant().plusMillis(delay).isBefore(deadline) ? delay : -1;
        }
    }
}
