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
import io.unipile.internal.Futures;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * The resilience layer every transport is wrapped in: retries on a Resilience4j {@link Retry}, a Resilience4j
 * {@link CircuitBreaker} per client, per-attempt and overall timeouts, events and debug logging.
 *
 * <p>Retry decisions come from Resilience4j's asynchronous retry context, which returns the wait instead of sleeping,
 * so that waiting goes through the configured {@link io.unipile.resilience.Sleeper} for both the blocking and the
 * asynchronous path (Resilience4j's blocking retry sleeps through one JVM-wide static function, which would leak
 * between clients and into the application's own Resilience4j use).
 *
 * <p>Every response that is not handed back is closed before the next attempt. A body that stops delivering data
 * for the request timeout is ended by a {@link BodyWatchdog}.
 */
public final class ResilientTransport implements UnipileTransport {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientTransport.class);

    private final UnipileTransport delegate;
    private final TransportConfig config;
    private final Retry readRetry;
    private final Retry writeRetry;
    private final CircuitBreaker breaker;
    private final BodyWatchdog watchdog;

    /** Wraps {@code raw} with the retry, circuit-breaker, timeout and event settings of {@code config}. */
    public static UnipileTransport wrap(UnipileTransport raw, TransportConfig config) {
        return new ResilientTransport(raw, config, () -> ThreadLocalRandom.current().nextDouble());
    }

    ResilientTransport(UnipileTransport delegate, TransportConfig config, DoubleSupplier random) {
        this.delegate = delegate;
        this.config = config;
        this.watchdog = new BodyWatchdog(config.requestTimeout());
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
                    .recordResult(r -> r instanceof TransportResponse t && RetryRules.isCircuitFailure(t.statusCode()))
                    .writableStackTraceEnabled(false)
                    .clock(config.clock())
                    .build());
            breaker.getEventPublisher().onStateTransition(e -> {
                String from = e.getStateTransition().getFromState().name();
                String to = e.getStateTransition().getToState().name();
                LOG.debug("Unipile circuit breaker {} -> {}", from, to);
                emit(new UnipileEvent.CircuitStateChanged(from, to));
            });
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
        attemptAsync(new Call(request), result);
        return result;
    }

    private void attemptAsync(Call call, CompletableFuture<TransportResponse> result) {
        TransportRequest attempt;
        CompletableFuture<TransportResponse> sent;
        try {
            attempt = call.begin();
            sent = delegate.executeAsync(attempt);
        } catch (IOException | RuntimeException e) {
            call.onUnexpected(e);
            result.completeExceptionally(e);
            return;
        }
        sent.whenComplete((response, error) -> {
            Step step;
            if (error == null) {
                step = call.onResponse(response);
            } else {
                Throwable cause = Futures.unwrap(error);
                if (!(cause instanceof IOException io)) {
                    call.onUnexpected(cause);
                    result.completeExceptionally(cause);
                    return;
                }
                step = call.onFailure(io);
            }
            if (step.response != null) {
                result.complete(step.response);
            } else if (step.failure != null) {
                result.completeExceptionally(step.failure);
            } else {
                config.sleeper().delay(step.delay).whenComplete((ignored, e) -> attemptAsync(call, result));
            }
        });
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
        private int attempt;
        private long attemptStart;
        private boolean cappedByDeadline;
        private boolean permitted;

        Call(TransportRequest original) {
            this.body = original.body() == null ? null : new ReplayTrackingBody(original.body());
            this.request = body == null ? original : original.withBody(body);
            Retry retry = request.idempotent() ? readRetry : writeRetry;
            this.retryContext = retry == null ? null : retry.asyncContext();
            this.overallTimeout = request.callTimeout() != null ? request.callTimeout() : config.overallTimeout();
            this.deadline = overallTimeout == null ? null : config.clock().instant().plus(overallTimeout);
            this.path = request.uri().getRawPath();
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
                if (!breaker.tryAcquirePermission()) {
                    throw new CircuitOpenException(request.method() + " " + path + " not attempted: the circuit "
                            + "breaker is " + breaker.getState() + " after a failure rate of "
                            + Math.round(breaker.getMetrics().getFailureRate()) + "% over recent calls");
                }
                permitted = true;
            }
            emit(new UnipileEvent.RequestSent(request.method(), path, attempt));
            attemptStart = System.nanoTime();
            return request.withTimeout(timeout);
        }

        Step onResponse(TransportResponse response) {
            long nanos = System.nanoTime() - attemptStart;
            int status = response.statusCode();
            if (permitted) {
                breaker.onResult(nanos, TimeUnit.NANOSECONDS, response);
                permitted = false;
            }
            Duration took = Duration.ofNanos(nanos);
            emit(new UnipileEvent.ResponseReceived(request.method(), path, attempt, status, took));
            long delay = -1;
            if (retryContext != null) {
                if (RetryRules.isRetryableStatus(request.idempotent(), status) && canSendAgain()) {
                    delay = retryContext.onResult(response);
                } else {
                    retryContext.onComplete();
                }
            }
            delay = withinDeadline(delay);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {} -> HTTP {} in {} ms{}", request.method(), path, attempt, status,
                        took.toMillis(), delay < 0 ? "" : "; retrying in " + delay + " ms");
            }
            if (delay < 0) {
                return new Step(watchdog.watch(response), null, null);
            }
            response.close();
            emit(new UnipileEvent.RetryScheduled(request.method(), path, attempt + 1, "HTTP " + status,
                    Duration.ofMillis(delay)));
            return new Step(null, null, Duration.ofMillis(delay));
        }

        Step onFailure(IOException failure) {
            long nanos = System.nanoTime() - attemptStart;
            if (permitted) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, failure);
                permitted = false;
            }
            boolean sent = RetryRules.requestSent(failure);
            IOException reported = failure;
            if (cappedByDeadline && failure instanceof TransportTimeoutException) {
                reported = new TransportTimeoutException("the overall timeout of " + overallTimeout
                        + " elapsed during attempt " + attempt, sent, failure);
            }
            String reason = reported.getMessage() == null ? reported.getClass().getSimpleName() : reported.getMessage();
            emit(new UnipileEvent.RequestFailed(request.method(), path, attempt, reason, sent, Duration.ofNanos(nanos)));
            long delay = -1;
            if (retryContext != null && reported == failure && canSendAgain()) {
                delay = retryContext.onError(failure);
            }
            delay = withinDeadline(delay);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {} failed after {} ms: {}{}", request.method(), path, attempt,
                        nanos / 1_000_000, reason, delay < 0 ? "" : "; retrying in " + delay + " ms");
            }
            if (delay < 0) {
                if (attempt > 1 && reported == failure) {
                    String message = reason + " (attempt " + attempt + ")";
                    reported = failure instanceof TransportTimeoutException
                            ? new TransportTimeoutException(message, sent, failure)
                            : new TransportIOException(message, sent, failure);
                }
                return new Step(null, reported, null);
            }
            emit(new UnipileEvent.RetryScheduled(request.method(), path, attempt + 1, reason,
                    Duration.ofMillis(delay)));
            return new Step(null, null, Duration.ofMillis(delay));
        }

        void onUnexpected(Throwable t) {
            if (permitted) {
                breaker.releasePermission();
                permitted = false;
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
