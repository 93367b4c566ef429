package io.unipile.testkit;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.unipile.testkit.internal.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An in-memory, stateful fake of Unipile's HTTP API for tests, on the JDK's built-in HTTP server.
 *
 * <pre>{@code
 * try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey("test-key").build().start()) {
 *     FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
 *     // point the client at server.baseUrl() with server.apiKey() ...
 *     assertThat(server.state().sentMessages()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Each instance has its own state, journal, faults, threads and socket; nothing is static, so
 * servers in parallel tests do not see each other. {@link #close()} frees all of it.
 */
public final class FakeUnipileServer implements AutoCloseable {
    /** The API key a server expects unless told otherwise. */
    public static final String DEFAULT_API_KEY = "fake-unipile-api-key";

    /** The multipart size cap a server has unless told otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 64L * 1024 * 1024;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes the status line and the body separately; without TCP_NODELAY,
        // Nagle's algorithm meets the client's delayed ACK and every answer waits ~40 ms. The
        // JDK reads this switch once, when its first server starts, and offers no other way.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final String apiKey;
    private final boolean https;
    private final long maxRequestBodyBytes;
    private final FakeUnipileState state = new FakeUnipileState();
    private final RequestJournal journal = new RequestJournal();
    private final FaultInjector faults = new FaultInjector();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lifecycle = new Object();

    private HttpServer server;
    private ExecutorService executor;
    private SelfSignedCertificate certificate;
    private boolean closed;

    private FakeUnipileServer(Builder builder) {
        this.bindAddress = builder.bindAddress;
        this.requestedPort = builder.port;
        this.apiKey = builder.apiKey;
        this.https = builder.https;
        this.maxRequestBodyBytes = builder.maxRequestBodyBytes;
    }

    /** A builder: loopback, a free port, plain HTTP and {@link #DEFAULT_API_KEY} unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds the socket and starts serving. */
    public FakeUnipileServer start() {
        synchronized (lifecycle) {
            if (server != null || closed) {
                throw new IllegalStateException("A FakeUnipileServer starts once");
            }
            InetSocketAddress address = new InetSocketAddress(bindAddress, requestedPort);
            HttpServer created;
            try {
                if (https) {
                    certificate = SelfSignedCertificate.generate(List.of("localhost"), certificateAddresses());
                    HttpsServer httpsServer = HttpsServer.create(address, 0);
                    httpsServer.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
                    created = httpsServer;
                } else {
                    created = HttpServer.create(address, 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot bind the fake Unipile server to " + address, e);
            }
            ExecutorService threads = Executors.newCachedThreadPool(
                    new NamedDaemonThreads("fake-unipile-" + created.getAddress().getPort() + "-"));
            created.createContext("/", new ApiHandler(apiKey, maxRequestBodyBytes, state, journal, faults, closing));
            created.setExecutor(threads);
            created.start();
            server = created;
            executor = threads;
            return this;
        }
    }

    private List<InetAddress> certificateAddresses() throws UnknownHostException {
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.1"),
                InetAddress.getByName("::1")));
        if (!addresses.contains(bindAddress) && !bindAddress.isAnyLocalAddress()) {
            addresses.add(bindAddress);
        }
        return addresses;
    }

    /**
     * The server's root, e.g. {@code http://127.0.0.1:54321}; Unipile clients append
     * {@code /api/v1}. A wildcard bind address is reached through loopback.
     */
    public String baseUrl() {
        InetSocketAddress address = boundAddress();
        InetAddress host = address.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
                : address.getAddress();
        String literal = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return (https ? "https://" : "http://") + literal + ":" + address.getPort();
    }

    /** {@link #baseUrl()} followed by {@code /api/v1}. */
    public String apiUrl() {
        return baseUrl() + "/api/v1";
    }

    /** The bound port. */
    public int port() {
        return boundAddress().getPort();
    }

    /** The API key the server accepts in {@code X-API-KEY}. */
    public String apiKey() {
        return apiKey;
    }

    /** Whether the server speaks HTTPS. */
    public boolean isHttps() {
        return https;
    }

    /**
     * A TLS context that trusts this server's self-signed certificate, for the client under test.
     *
     * @throws IllegalStateException when the server is not started or speaks plain HTTP
     */
    public SSLContext clientSslContext() {
        return requireCertificate().clientContext();
    }

    /** This server's self-signed certificate. */
    public X509Certificate certificate() {
        return requireCertificate().certificate();
    }

    /** The accounts, attendees, chats and messages. */
    public FakeUnipileState state() {
        return state;
    }

    /** The requests received. */
    public RequestJournal journal() {
        return journal;
    }

    /** The scripted faults. */
    public FaultInjector faults() {
        return faults;
    }

    /** Empties the state, the journal and the fault scripts, as for a fresh server. */
    public void reset() {
        faults.clear();
        state.reset();
        journal.clear();
    }

    /**
     * Stops serving: closes the socket and open connections, ends stalls and delays, and stops
     * the threads. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            closing.countDown();
            if (server != null) {
                server.stop(0);
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public String toString() {
        synchronized (lifecycle) {
            return "FakeUnipileServer[" + (server == null ? (closed ? "closed" : "not started") : baseUrl()) + "]";
        }
    }

    private InetSocketAddress boundAddress() {
        synchronized (lifecycle) {
            if (server == null || closed) {
                throw new IllegalStateException("The server is not running");
            }
            return server.getAddress();
        }
    }

    private SelfSignedCertificate requireCertificate() {
        synchronized (lifecycle) {
            if (certificate == null) {
                throw new IllegalStateException(https ? "The server is not started" : "The server speaks plain HTTP");
            }
            return certificate;
        }
    }

    /** Daemon threads, so a forgotten server never keeps a JVM alive. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        NamedDaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link FakeUnipileServer}. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private String apiKey = DEFAULT_API_KEY;
        private boolean https;
        private long maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;

        private Builder() {
        }

        /**
         * The address to bind (default: loopback). Binding anything else exposes the fake beyond
         * this machine, so it must be asked for explicitly.
         */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The API key to accept (default {@link FakeUnipileServer#DEFAULT_API_KEY}). */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be empty");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** Whether to serve HTTPS with a self-signed certificate made at start (default: plain HTTP). */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /**
         * The most bytes a multipart body's parts may hold together (default 64 MiB); beyond it the
         * fake answers 400 {@code errors/content_too_large}.
         */
        public Builder maxRequestBodyBytes(long maxRequestBodyBytes) {
            if (maxRequestBodyBytes < 1) {
                throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
            }
            this.maxRequestBodyBytes = maxRequestBodyBytes;
            return this;
        }

        /** Builds a server that is not started yet. */
        public FakeUnipileServer build() {
            return new FakeUnipileServer(this);
        }

        @Override
        public String toString() {
            return "FakeUnipileServer.Builder[bind=" + bindAddress + ", port=" + port + ", https=" + https + "]";
        }
    }
}
