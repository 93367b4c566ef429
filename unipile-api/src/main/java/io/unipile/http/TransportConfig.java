package io.unipile.http;

import io.unipile.resilience.CallObserver;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import io.unipile.resilience.UnipileEventListener;

import javax.net.ssl.SSLContext;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a {@link UnipileTransportProvider} builds a transport from: timeouts, pool sizes, and the resilience
 * settings the shared resilience layer applies around the raw transport. Immutable.
 */
public final class TransportConfig {
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration overallTimeout;
    private final int maxConnections;
    private final int maxConnectionsPerRoute;
    private final RetryPolicy retryPolicy;
    private final CircuitBreakerPolicy circuitBreakerPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final UnipileEventListener eventListener;
    private final SSLContext sslContext;
    private final CallObserver callObserver;
    private final String transportName;

    private TransportConfig(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.overallTimeout = b.overallTimeout;
        this.maxConnections = b.maxConnections;
        this.maxConnectionsPerRoute = b.maxConnectionsPerRoute;
        this.retryPolicy = b.retryPolicy;
        this.circuitBreakerPolicy = b.circuitBreakerPolicy;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.eventListener = b.eventListener;
        this.sslContext = b.sslContext;
        this.callObserver = b.callObserver;
        this.transportName = b.transportName;
    }

    private TransportConfig(TransportConfig base, String transportName) {
        this.connectTimeout = base.connectTimeout;
        this.requestTimeout = base.requestTimeout;
        this.overallTimeout = base.overallTimeout;
        this.maxConnections = base.maxConnections;
        this.maxConnectionsPerRoute = base.maxConnectionsPerRoute;
        this.retryPolicy = base.retryPolicy;
        this.circuitBreakerPolicy = base.circuitBreakerPolicy;
        this.clock = base.clock;
        this.sleeper = base.sleeper;
        this.eventListener = base.eventListener;
        this.sslContext = base.sslContext;
        this.callObserver = base.callObserver;
        this.transportName = transportName;
    }

    /** A builder with the defaults: 10 s connect, 120 s per attempt, no overall deadline, 64 connections. */
    public static Builder builder() {
        return new Builder();
    }

    /** How long establishing a connection may take. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long one attempt may take from sending (upload included) to the end of the response headers. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The deadline across all attempts and the waits between them, or {@code null} for none. */
    public Duration overallTimeout() {
        return overallTimeout;
    }

    /** The most connections a pooling transport keeps open in total. */
    public int maxConnections() {
        return maxConnections;
    }

    /** The most connections a pooling transport keeps open to one host. */
    public int maxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /** When failed calls are tried again. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** When the client stops calling a failing API. */
    public CircuitBreakerPolicy circuitBreakerPolicy() {
        return circuitBreakerPolicy;
    }

    /** The clock for deadlines, {@code Retry-After} dates and the circuit breaker. */
    public Clock clock() {
        return clock;
    }

    /** What waits between attempts. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Who hears about attempts, retries and circuit changes. */
    public UnipileEventListener eventListener() {
        return eventListener;
    }

    /** Who follows calls and attempts for metrics and tracing; {@link CallObserver#NONE} by default. */
    public CallObserver callObserver() {
        return callObserver;
    }

    /**
     * The name of the transport the client chose ({@link UnipileTransportProvider#name()}), as observers report it,
     * or {@code unknown} until the client sets it.
     */
    public String transportName() {
        return transportName;
    }

    /** A copy naming the transport the client chose; the client calls it once it has chosen. */
    public TransportConfig withTransportName(String transportName) {
        return new TransportConfig(this, transportName == null || transportName.isBlank() ? "unknown" : transportName);
    }

    /**
     * The TLS context for HTTPS, e.g. one trusting a corporate CA or a test server's certificate, or {@code null}
     * for the JVM's default, which verifies certificates and host names.
     */
    public SSLContext sslContext() {
        return sslContext;
    }

    @Override
    public String toString() {
        return "TransportConfig[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", overallTimeout=" + overallTimeout + ", maxConnections=" + maxConnections
                + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute + ", retry=" + retryPolicy
                + ", circuitBreaker=" + circuitBreakerPolicy + "]";
    }

    /** Builds a {@link TransportConfig}; each setter checks its value and names it when wrong. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(120);
        private Duration overallTimeout;
        private int maxConnections = 64;
        private int maxConnectionsPerRoute = 64;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private CircuitBreakerPolicy circuitBreakerPolicy = CircuitBreakerPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private UnipileEventListener eventListener = UnipileEventListener.NONE;
        private SSLContext sslContext;
        private CallObserver callObserver = CallObserver.NONE;
        private String transportName = "unknown";

        private Builder() {
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive("requestTimeout", requestTimeout);
            return this;
        }

        /** The deadline across all attempts, or {@code null} for none. */
        public Builder overallTimeout(Duration overallTimeout) {
            this.overallTimeout = overallTimeout == null ? null : positive("overallTimeout", overallTimeout);
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = atLeastOne("maxConnections", maxConnections);
            return this;
        }

        public Builder maxConnectionsPerRoute(int maxConnectionsPerRoute) {
            this.maxConnectionsPerRoute = atLeastOne("maxConnectionsPerRoute", maxConnectionsPerRoute);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = notNull("retryPolicy", retryPolicy);
            return this;
        }

        public Builder circuitBreakerPolicy(CircuitBreakerPolicy circuitBreakerPolicy) {
            this.circuitBreakerPolicy = notNull("circuitBreakerPolicy", circuitBreakerPolicy);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = notNull("clock", clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = notNull("sleeper", sleeper);
            return this;
        }

        public Builder eventListener(UnipileEventListener eventListener) {
            this.eventListener = notNull("eventListener", eventListener);
            return this;
        }

        /** Who follows calls and attempts for metrics and tracing; {@link CallObserver#NONE} for no one. */
        public Builder callObserver(CallObserver callObserver) {
            this.callObserver = notNull("callObserver", callObserver);
            return this;
        }

        /** A TLS context instead of the JVM default, or {@code null} for the default. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public TransportConfig build() {
            return new TransportConfig(this);
        }

        private static Duration positive(String field, Duration d) {
            if (d == null) {
                throw new IllegalArgumentException(field + " must not be null");
            }
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + " must be positive but was " + d);
            }
            return d;
        }

        private static int atLeastOne(String field, int n) {
            if (n < 1) {
                throw new IllegalArgumentException(field + " must be at least 1 but was " + n);
            }
            return n;
        }

        private static <T> T notNull(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not be null");
            }
            return value;
        }
    }
}
