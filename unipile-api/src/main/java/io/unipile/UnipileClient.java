package io.unipile;

import io.unipile.accounts.AccountsClient;
import io.unipile.attendees.AttendeesClient;
import io.unipile.calendars.CalendarsClient;
import io.unipile.chats.ChatsClient;
import io.unipile.http.TransportConfig;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.messages.MessagesClient;
import io.unipile.posts.PostsClient;
import io.unipile.emails.EmailsClient;
import io.unipile.raw.RawClient;
import io.unipile.users.UsersClient;
import io.unipile.webhooks.WebhooksClient;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.internal.BaseUrl;
import io.unipile.internal.DefaultUnipileClient;
import io.unipile.internal.JacksonVersion;

import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import io.unipile.resilience.UnipileEventListener;

import javax.net.ssl.SSLContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The entry point to the Unipile API. Thread-safe: build one per API key and share it; close it when done to
 * release its connections.
 *
 * <pre>{@code
 * try (UnipileClient unipile = UnipileClient.builder()
 *         .baseUrl("https://api1.unipile.com:13153")
 *         .apiKey(System.getenv("UNIPILE_API_KEY"))
 *         .build()) {
 *     unipile.accounts().listAll().forEach(a -> System.out.println(a.name()));
 * }
 * }</pre>
 *
 * <p>Each operation has a blocking form and a {@code ...Async} form returning a {@link java.util.concurrent.CompletableFuture}.
 * Failures are {@link io.unipile.errors.UnipileException}s; invalid arguments fail with
 * {@link IllegalArgumentException} naming the field, before anything is sent.
 */
public interface UnipileClient extends AutoCloseable {
    /** The default of {@link Builder#maxResponseBytes(long)}: 64 MiB. */
    long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** A builder for a client. */
    static Builder builder() {
        return new Builder();
    }

    /** Accounts: list, retrieve, delete. */
    AccountsClient accounts();

    /** Chats: list, start, retrieve, list and send messages. */
    ChatsClient chats();

    /** Messages across chats: list, retrieve, download attachments. */
    MessagesClient messages();

    /** The people chats are with: list, retrieve. */
    AttendeesClient attendees();

    /** Webhooks: list, create, delete. */
    WebhooksClient webhooks();

    /** Users: profiles, the account's own profile, relations, followers, invitations, a user's posts. */
    UsersClient users();

    /** Posts: read and publish posts, list and add their comments and reactions. */
    PostsClient posts();

    /** Calendars: list an account's calendars, and list, read, create, edit and delete their events. */
    CalendarsClient calendars();

    /** E-mails of mail accounts: list, read, send, move, mark read, delete, attachments, folders, drafts. */
    EmailsClient emails();

    /**
     * LinkedIn beyond messaging: company profiles, InMail balance, member actions, endorsements, Recruiter hiring
     * projects, job postings and their applicants, and raw LinkedIn requests.
     */
    LinkedInClient linkedin();

    /**
     * Any operation, modelled by this library or not, through the same pipeline: for what Unipile offers before
     * this library models it.
     */
    RawClient raw();

    /**
     * A view of this client whose calls carry {@code options} (a deadline, extra headers, extra query or body
     * fields) on top of this client's. It shares this client's connections and breaker, costs a few small objects,
     * and needs no closing; closing this client ends it too.
     *
     * <pre>{@code
     * unipile.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).chats().get(chatId);
     * }</pre>
     */
    UnipileClient withOptions(RequestOptions options);

    /** Releases connections and threads. Calls made after closing fail. Idempotent. */
    @Override
    void close();

    /** Configures a {@link UnipileClient}; {@link #build()} checks every setting and names the one that is wrong. */
    final class Builder {
        private final TransportConfig.Builder transportConfig = TransportConfig.builder();
        private String baseUrl;
        private String apiKey;
        private String transportName;
        private UnipileTransportProvider transportProvider;
        private String userAgentSuffix;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private io.unipile.guard.CallGuard callGuard = io.unipile.guard.CallGuard.NONE;

        Builder() {
        }

        /**
         * The DSN from the Unipile dashboard, such as {@code https://api1.unipile.com:13153} or
         * {@code api1.unipile.com:13153} (HTTPS is assumed), with or without {@code /api/v1}.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The API key, sent as {@code X-API-KEY}. It never appears in logs, exceptions or {@code toString()}. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** How long establishing a connection may take; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            transportConfig.connectTimeout(connectTimeout);
            return this;
        }

        /** How long one attempt may take until the response headers arrive, uploads included; default 120 s. */
        public Builder requestTimeout(Duration requestTimeout) {
            transportConfig.requestTimeout(requestTimeout);
            return this;
        }

        /** A deadline across all attempts and the waits between them; default none. */
        public Builder overallTimeout(Duration overallTimeout) {
            transportConfig.overallTimeout(overallTimeout);
            return this;
        }

        /** The most connections a pooling transport keeps open in total; default 64. */
        public Builder maxConnections(int maxConnections) {
            transportConfig.maxConnections(maxConnections);
            return this;
        }

        /** The most connections a pooling transport keeps open to the Unipile host; default 64. */
        public Builder maxConnectionsPerRoute(int maxConnectionsPerRoute) {
            transportConfig.maxConnectionsPerRoute(maxConnectionsPerRoute);
            return this;
        }

        /** When failed calls are tried again; default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            transportConfig.retryPolicy(retryPolicy);
            return this;
        }

        /** Turns retries off: every call is attempted once. */
        public Builder disableRetries() {
            transportConfig.retryPolicy(RetryPolicy.NONE);
            return this;
        }

        /** When the client stops calling a failing API; default {@link CircuitBreakerPolicy#DEFAULT}. */
        public Builder circuitBreakerPolicy(CircuitBreakerPolicy circuitBreakerPolicy) {
            transportConfig.circuitBreakerPolicy(circuitBreakerPolicy);
            return this;
        }

        /** Turns the circuit breaker off. */
        public Builder disableCircuitBreaker() {
            transportConfig.circuitBreakerPolicy(CircuitBreakerPolicy.DISABLED);
            return this;
        }

        /** Receives attempts, responses, retries and circuit changes; default none. */
        public Builder eventListener(UnipileEventListener eventListener) {
            transportConfig.eventListener(eventListener);
            return this;
        }

        /**
         * Follows each call and attempt for metrics and tracing, and may add headers (such as {@code traceparent})
         * to each attempt; default none, which costs nothing per call. One observer per client: a later call
         * replaces it. {@code io.unipile:unipile-micrometer} provides one for Micrometer:
         * {@code UnipileMicrometer.builder().meterRegistry(registry).build().bindTo(builder)}.
         */
        public Builder callObserver(io.unipile.resilience.CallObserver callObserver) {
            transportConfig.callObserver(callObserver);
            return this;
        }

        /**
         * Admits each request before it is sent (once per request, not per retry): the guard may let it go, delay it
         * or refuse it, and a refused request is never sent. Default none, which costs nothing per call. One guard
         * per client: a later call replaces it. {@code io.unipile:unipile-limits} provides one that keeps each
         * account within its provider's limits, shared across instances.
         */
        public Builder callGuard(io.unipile.guard.CallGuard callGuard) {
            this.callGuard = io.unipile.internal.Check.notNull("callGuard", callGuard);
            return this;
        }

        /**
         * Trusts what this TLS context trusts instead of the JVM's default trust store, e.g. a corporate CA or the
         * fake server's certificate in tests. Certificates and host names are always verified.
         */
        public Builder sslContext(SSLContext sslContext) {
            transportConfig.sslContext(sslContext);
            return this;
        }

        /** The clock for deadlines, {@code Retry-After} dates and the circuit breaker; for tests. */
        public Builder clock(Clock clock) {
            transportConfig.clock(clock);
            return this;
        }

        /** What waits between attempts; for tests that must not really wait. */
        public Builder sleeper(Sleeper sleeper) {
            transportConfig.sleeper(sleeper);
            return this;
        }

        /**
         * Picks the transport by name ({@code jdk} or {@code httpclient}) instead of by discovery. Wins over the
         * system property {@code unipile.transport}.
         */
        public Builder transport(String name) {
            this.transportName = name;
            this.transportProvider = null;
            return this;
        }

        /** Uses this transport provider instead of discovery. */
        public Builder transport(UnipileTransportProvider provider) {
            this.transportProvider = Objects.requireNonNull(provider, "provider");
            this.transportName = null;
            return this;
        }

        /**
         * The largest JSON reply the client reads, default {@value UnipileClient#DEFAULT_MAX_RESPONSE_BYTES} bytes (64
         * MiB); a larger one fails with {@link io.unipile.errors.UnipileResponseFormatException} before memory runs
         * out. Streamed downloads (attachments, pictures, {@code raw().download}) are never capped.
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** Appended to the {@code User-Agent} header, e.g. {@code my-app/1.2}. */
        public Builder userAgentSuffix(String suffix) {
            this.userAgentSuffix = suffix;
            return this;
        }

        /**
         * Checks the settings and creates the client with its transport.
         *
         * @throws IllegalArgumentException naming the setting that is missing or malformed
         * @throws IllegalStateException    when no transport is on the class path, or the named one is not
         */
        public UnipileClient build() {
            BaseUrl url = BaseUrl.parse(baseUrl);
            String key = checkApiKey(apiKey);
            if (transportName != null && transportName.isBlank()) {
                throw new IllegalArgumentException("transport name must not be blank");
            }
            String suffix = checkUserAgentSuffix(userAgentSuffix);
            if (maxResponseBytes < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024 but was "
                        + maxResponseBytes);
            }
            JacksonVersion.requireSupported();
            return new DefaultUnipileClient(url, key, transportConfig.build(), transportName, transportProvider,
                    suffix, maxResponseBytes, callGuard);
        }

        private static String checkApiKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 0x21 || c > 0x7e) {
                    // The key itself is never shown.
                    throw new IllegalArgumentException("apiKey contains white space, a control or a non-ASCII "
                            + "character at index " + i);
                }
            }
            return key;
        }

        private static String checkUserAgentSuffix(String s) {
            if (s == null) {
                return null;
            }
            if (s.isBlank()) {
                throw new IllegalArgumentException("userAgentSuffix must not be blank");
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
                }
            }
            return s;
        }

        /** Shows the settings, never the API key. */
        @Override
        public String toString() {
            return "UnipileClient.Builder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "[REDACTED]")
                    + ", " + transportConfig.build() + ", transport="
                    + (transportProvider != null ? transportProvider.name() : transportName) + "]";
        }
    }
}
