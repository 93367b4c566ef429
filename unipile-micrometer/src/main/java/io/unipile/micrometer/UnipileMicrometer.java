package io.unipile.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.unipile.UnipileClient;
import io.unipile.resilience.CallObserver;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Micrometer metrics and observations for a {@link UnipileClient}, plugged in through the client's
 * {@link CallObserver} hook; no Spring needed.
 *
 * <pre>{@code
 * UnipileClient unipile = UnipileMicrometer.builder()
 *         .meterRegistry(meterRegistry)                // counters and the circuit gauge (and timers, see below)
 *         .observationRegistry(observationRegistry)    // optional: observations for tracing, timers from them
 *         .build()
 *         .bindTo(UnipileClient.builder().baseUrl(dsn).apiKey(key))
 *         .build();
 * }</pre>
 *
 * <p><b>Where the timers come from.</b> With an {@link ObservationRegistry}, each call is an observation named
 * {@value #REQUESTS} and each attempt one named {@value #ATTEMPTS} (a child of its call, and a sender whose tracing
 * handler writes {@code traceparent} on the attempt); their timers come from the registry's meter handler (Spring
 * Boot installs one; without Boot add {@code new DefaultMeterObservationHandler(meterRegistry)}), so that they are
 * never recorded twice. Without an observation registry the timers are recorded directly on the meter registry,
 * under the same names and tags. The retry counter {@value #RETRIES} and the gauge {@value #CIRCUIT_STATE} always
 * need the meter registry.
 *
 * <p>One instance per client: the circuit gauge follows the one client it is bound to. Clients sharing a registry
 * are told apart by {@link Builder#tags(Iterable) tags} such as {@code client=sales}.
 */
public final class UnipileMicrometer implements CallObserver {
    /** The timer (and observation) of each call: one API operation with all its attempts. */
    public static final String REQUESTS = "unipile.client.requests";
    /** The timer (and observation) of each attempt. */
    public static final String ATTEMPTS = "unipile.client.attempts";
    /** The counter of retries scheduled. */
    public static final String RETRIES = "unipile.client.retries";
    /** The gauge of the circuit breaker's state: 0 closed, 1 half-open, 2 open. */
    public static final String CIRCUIT_STATE = "unipile.client.circuit.state";
    /** The {@code status} of a call or attempt that got no response. */
    public static final String NO_STATUS = "NONE";

    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final Tags tags;
    private final KeyValues keyValues;
    private final AtomicInteger circuitState = new AtomicInteger();

    private UnipileMicrometer(Builder b) {
        this.meters = b.meters;
        this.observations = b.observations == null || b.observations.isNoop() ? null : b.observations;
        this.tags = b.tags;
        this.keyValues = KeyValues.of(b.tags, Tag::getKey, Tag::getValue);
        if (meters != null) {
            Gauge.builder(CIRCUIT_STATE, circuitState, AtomicInteger::get)
                    .description("State of the Unipile client's circuit breaker: 0 closed, 1 half-open, 2 open")
                    .tags(tags).strongReference(true).register(meters);
        }
    }

    /** Starts the configuration; at least one registry is needed. */
    public static Builder builder() {
        return new Builder();
    }

    /** Metrics only, timers recorded directly on {@code registry}. */
    public static UnipileMicrometer metrics(MeterRegistry registry) {
        return builder().meterRegistry(registry).build();
    }

    /** Sets this as the client's {@linkplain UnipileClient.Builder#callObserver(CallObserver) call observer}. */
    public UnipileClient.Builder bindTo(UnipileClient.Builder clientBuilder) {
        return Objects.requireNonNull(clientBuilder, "clientBuilder").callObserver(this);
    }

    @Override
    public Call callStarted(CallInfo info) {
        if (observations != null) {
            return new ObservedCall(info);
        }
        return new TimedCall(info);
    }

    @Override
    public void circuitStateChanged(String fromState, String toState) {
        circuitState.set(circuitValue(toState));
    }

    static int circuitValue(String state) {
        return switch (state) {
            case "HALF_OPEN" -> 1;
            case "OPEN", "FORCED_OPEN" -> 2;
            default -> 0;
        };
    }

    /** {@code SUCCESS}, {@code CLIENT_ERROR}... as Spring names them; {@code UNKNOWN} without a response. */
    static String outcome(int status) {
        if (status >= 100 && status < 200) {
            return "INFORMATIONAL";
        }
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        return "UNKNOWN";
    }

    static String status(int status) {
        return status == 0 ? NO_STATUS : Integer.toString(status);
    }

    /** The {@code error} tag, as Micrometer's {@code DefaultMeterObservationHandler} writes it for observations. */
    static String error(Throwable failure) {
        return failure == null ? "none" : failure.getClass().getSimpleName();
    }

    private void countRetry(CallInfo info, String reason) {
        if (meters != null) {
            Counter.builder(RETRIES).description("Retries the Unipile client scheduled")
                    .tags(tags).tag("method", info.method().name()).tag("uri", info.uri())
                    .tag("reason", reason).tag("transport", info.transport())
                    .register(meters).increment();
        }
    }

    private Tags callTags(CallInfo info, int status, Throwable failure) {
        return tags.and(Tags.of("method", info.method().name(), "uri", info.uri(), "status", status(status),
                "outcome", outcome(status), "transport", info.transport(), "error", error(failure)));
    }

    /** Timers recorded on the meter registry, when there are no observations. */
    private final class TimedCall implements Call {
        private final CallInfo info;
        private final long start;

        TimedCall(CallInfo info) {
            this.info = info;
            this.start = meters == null ? 0 : meters.config().clock().monotonicTime();
        }

        @Override
        public Attempt attemptStarted(int attempt, BiConsumer<String, String> headers) {
            if (meters == null) {
                return Attempt.NOOP;
            }
            long attemptStart = meters.config().clock().monotonicTime();
            return (status, failure) -> record(ATTEMPTS, "Each attempt of a Unipile call", attemptStart, status,
                    failure);
        }

        @Override
        public void retryScheduled(int nextAttempt, String reason, Duration delay) {
            countRetry(info, reason);
        }

        @Override
        public void callEnded(int status, Throwable failure, int attempts) {
            if (meters != null) {
                record(REQUESTS, "Unipile API calls, each with all its attempts", start, status, failure);
            }
        }

        private void record(String name, String description, long from, int status, Throwable failure) {
            Timer.builder(name).description(description).tags(callTags(info, status, failure)).register(meters)
                    .record(meters.config().clock().monotonicTime() - from, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** A call observation, parent of one sender observation per attempt. */
    private final class ObservedCall implements Call {
        private final CallInfo info;
        private final UnipileCallContext context;
        private final Observation observation;

        ObservedCall(CallInfo info) {
            this.info = info;
            this.context = new UnipileCallContext(info);
            this.observation = Observation.createNotStarted(REQUESTS, () -> context, observations)
                    .contextualName("unipile " + info.method().name() + " " + info.uri())
                    .lowCardinalityKeyValues(keyValues)
                    .lowCardinalityKeyValue("method", info.method().name())
                    .lowCardinalityKeyValue("uri", info.uri())
                    .lowCardinalityKeyValue("transport", info.transport())
                    .start();
        }

        @Override
        public Attempt attemptStarted(int attempt, BiConsumer<String, String> headers) {
            UnipileAttemptContext attemptContext = new UnipileAttemptContext(info, attempt);
            attemptContext.setCarrier(headers);
            Observation a = Observation.createNotStarted(ATTEMPTS, () -> attemptContext, observations)
                    .parentObservation(observation)
                    .contextualName(info.method().name() + " " + info.uri())
                    .lowCardinalityKeyValues(keyValues)
                    .lowCardinalityKeyValue("method", info.method().name())
                    .lowCardinalityKeyValue("uri", info.uri())
                    .lowCardinalityKeyValue("transport", info.transport())
                    .highCardinalityKeyValue("unipile.attempt", Integer.toString(attempt))
                    .start(); // a tracing handler writes traceparent into the carrier here
            return (status, failure) -> {
                attemptContext.setResponse(status);
                a.lowCardinalityKeyValue("status", status(status))
                        .lowCardinalityKeyValue("outcome", outcome(status));
                if (failure != null) {
                    a.error(failure);
                }
                a.stop();
            };
        }

        @Override
        public void retryScheduled(int nextAttempt, String reason, Duration delay) {
            countRetry(info, reason);
            context.retries++;
        }

        @Override
        public void callEnded(int status, Throwable failure, int attempts) {
            context.status = status;
            context.attempts = attempts;
            observation.lowCardinalityKeyValue("status", status(status))
                    .lowCardinalityKeyValue("outcome", outcome(status))
                    .highCardinalityKeyValue("unipile.attempts", Integer.toString(attempts));
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }

    /** Configures a {@link UnipileMicrometer}. */
    public static final class Builder {
        private MeterRegistry meters;
        private ObservationRegistry observations;
        private Tags tags = Tags.empty();

        private Builder() {
        }

        /** Where the retry counter, the circuit gauge and (without observations) the timers go. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meters = Objects.requireNonNull(registry, "meterRegistry");
            return this;
        }

        /**
         * Observes each call and attempt here, for tracing (the attempt's {@code traceparent}) and for timers made
         * by the registry's meter handler.
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observations = Objects.requireNonNull(registry, "observationRegistry");
            return this;
        }

        /** Tags added to every meter and observation, e.g. {@code client=sales}; keep them bounded. */
        public Builder tags(Iterable<Tag> tags) {
            this.tags = this.tags.and(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /** {@link #tags(Iterable)} from key, value pairs. */
        public Builder tags(String... keyValues) {
            return tags(Tags.of(keyValues));
        }

        public UnipileMicrometer build() {
            if (meters == null && observations == null) {
                throw new IllegalArgumentException("a meterRegistry or an observationRegistry is needed");
            }
            return new UnipileMicrometer(this);
        }
    }
}
