package io.unipile.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of the Unipile client, its health indicator and its webhook endpoint, under the prefix "unipile".
 * Each setting maps onto Builder; the defaults are the builder's.
 *
 * <p>The API key and the webhook secret never appear in {@link #toString()}, and the starter masks them in the
 * actuator's "/configprops" and "/env" output even when "show-values" is "always".
 */
@ConfigurationProperties(prefix = "unipile")
public class UnipileProperties {

    /** Whether to auto-configure anything at all. */
    private boolean enabled = true;

    /**
     * The DSN from the Unipile dashboard, such as "https://api1.unipile.com:13153" (HTTPS is assumed when the
     * scheme is missing), with or without "/api/v1". Required.
     */
    private String baseUrl;

    /** The API key, sent as "X-API-KEY". Required; never logged or shown. */
    private String apiKey;

    /**
     * The transport by name, "jdk" or "httpclient". Unset: the one with the highest priority on the
     * class path ("httpclient" when both are there), as "UnipileClient.builder()" picks it.
     */
    private String transport;

    /** How long establishing a connection may take. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long one attempt may take until the response headers arrive, uploads included. */
    private Duration requestTimeout = Duration.ofSeconds(120);

    /** A deadline across all attempts and the waits between them; unset for none. */
    private Duration overallTimeout;

    /** The most connections a pooling transport keeps open in total. */
    private int maxConnections = 64;

    /** The most connections a pooling transport keeps open to the Unipile host. */
    private int maxConnectionsPerRoute = 64;

    /** The largest JSON reply the client reads; streamed downloads are never capped. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(64);

    /** Appended to the "User-Agent" header, e.g. "my-app/1.2". */
    private String userAgentSuffix;

    /** When failed calls are tried again. */
    private final Retry retry = new Retry();

    /** When the client stops calling a failing API. */
    private final CircuitBreaker circuitBreaker = new CircuitBreaker();

    /** The "unipile" health indicator. */
    private final Health health = new Health();

    /** The endpoint receiving Unipile's webhook deliveries. */
    private final Webhooks webhooks = new Webhooks();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getOverallTimeout() {
        return overallTimeout;
    }

    public void setOverallTimeout(Duration overallTimeout) {
        this.overallTimeout = overallTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public DataSize getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    public void setUserAgentSuffix(String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    public Retry getRetry() {
        return retry;
    }

    public CircuitBreaker getCircuitBreaker() {
        return circuitBreaker;
    }

    public Health getHealth() {
        return health;
    }

    public Webhooks getWebhooks() {
        return webhooks;
    }

    /** Shows the settings, never the API key nor the webhook secret. */
    @Override
    public String toString() {
        return "UnipileProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "unset" : "[REDACTED]") + ", transport=" + transport + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", overallTimeout=" + overallTimeout
                + ", maxConnections=" + maxConnections + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute
                + ", maxResponseSize=" + maxResponseSize + ", userAgentSuffix=" + userAgentSuffix + ", retry="
                + retry + ", circuitBreaker=" + circuitBreaker + ", health=" + health + ", webhooks=" + webhooks + "]";
    }

    /** Retries, mapped onto RetryPolicy. */
    public static class Retry {

        /** Whether failed calls are tried again at all; "false" means one attempt per call. */
        private boolean enabled = true;

        /** Total attempts including the first, 1 to 100. */
        private int maxAttempts = 3;

        /** The delay before the second attempt; later delays double. */
        private Duration baseDelay = Duration.ofMillis(500);

        /** The longest computed delay. */
        private Duration maxDelay = Duration.ofSeconds(8);

        /** The random spread of each delay, 0 (none) to 1. */
        private double jitter = 0.2;

        /** The longest "Retry-After" honoured; a longer one fails the call instead of waiting. */
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBaseDelay() {
            return baseDelay;
        }

        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public double getJitter() {
            return jitter;
        }

        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        @Override
        public String toString() {
            return "Retry[enabled=" + enabled + ", maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay
                    + ", maxDelay=" + maxDelay + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "]";
        }
    }

    /** The circuit breaker, mapped onto CircuitBreakerPolicy. */
    public static class CircuitBreaker {

        /** Whether there is a circuit breaker at all. */
        private boolean enabled = true;

        /** Percent of failed calls (5xx replies, I/O failures) that opens the circuit, 1 to 100. */
        private float failureRateThreshold = 50f;

        /** How many recent calls are weighed. */
        private int slidingWindowSize = 20;

        /** How many calls must be seen before the failure rate counts. */
        private int minimumNumberOfCalls = 10;

        /** How long the circuit stays open (calls failing fast) before probing. */
        private Duration waitInOpenState = Duration.ofSeconds(30);

        /** How many probe calls are let through when half-open. */
        private int permittedCallsInHalfOpenState = 3;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public int getSlidingWindowSize() {
            return slidingWindowSize;
        }

        public void setSlidingWindowSize(int slidingWindowSize) {
            this.slidingWindowSize = slidingWindowSize;
        }

        public int getMinimumNumberOfCalls() {
            return minimumNumberOfCalls;
        }

        public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
            this.minimumNumberOfCalls = minimumNumberOfCalls;
        }

        public Duration getWaitInOpenState() {
            return waitInOpenState;
        }

        public void setWaitInOpenState(Duration waitInOpenState) {
            this.waitInOpenState = waitInOpenState;
        }

        public int getPermittedCallsInHalfOpenState() {
            return permittedCallsInHalfOpenState;
        }

        public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
            this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
        }

        @Override
        public String toString() {
            return "CircuitBreaker[enabled=" + enabled + ", failureRateThreshold=" + failureRateThreshold
                    + ", slidingWindowSize=" + slidingWindowSize + ", minimumNumberOfCalls=" + minimumNumberOfCalls
                    + ", waitInOpenState=" + waitInOpenState + ", permittedCallsInHalfOpenState="
                    + permittedCallsInHalfOpenState + "]";
        }
    }

    /** The "unipile" health indicator (switched off with "management.health.unipile.enabled=false"). */
    public static class Health {

        /**
         * Whether each health check also makes one cheap authenticated call ("GET /api/v1/accounts?limit=1"):
         * DOWN when it fails. Off by default: health checks then cost no API call and report the circuit only.
         */
        private boolean probe = false;

        /** The deadline of that call. */
        private Duration probeTimeout = Duration.ofSeconds(5);

        public boolean isProbe() {
            return probe;
        }

        public void setProbe(boolean probe) {
            this.probe = probe;
        }

        public Duration getProbeTimeout() {
            return probeTimeout;
        }

        public void setProbeTimeout(Duration probeTimeout) {
            this.probeTimeout = probeTimeout;
        }

        @Override
        public String toString() {
            return "Health[probe=" + probe + ", probeTimeout=" + probeTimeout + "]";
        }
    }

    /** The webhook endpoint (Spring MVC, servlet web applications only). */
    public static class Webhooks {

        /** Whether to serve the endpoint. */
        private boolean enabled = false;

        /** Where Unipile POSTs deliveries; give Unipile this path on your public URL. */
        private String path = "/unipile/webhooks";

        /** The header carrying the shared secret; give Unipile this header when creating the webhook. */
        private String secretHeader = "X-Unipile-Webhook-Secret";

        /** The shared secret every delivery must carry; required when enabled. Never logged or shown. */
        private String secret;

        /** The largest body accepted; a larger delivery is answered 413. */
        private DataSize maxBodySize = DataSize.ofMegabytes(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getSecretHeader() {
            return secretHeader;
        }

        public void setSecretHeader(String secretHeader) {
            this.secretHeader = secretHeader;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        @Override
        public String toString() {
            return "Webhooks[enabled=" + enabled + ", path=" + path + ", secretHeader=" + secretHeader + ", secret="
                    + (secret == null ? "unset" : "[REDACTED]") + ", maxBodySize=" + maxBodySize + "]";
        }
    }
}
