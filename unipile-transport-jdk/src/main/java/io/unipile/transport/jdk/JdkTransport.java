package io.unipile.transport.jdk;

import io.unipile.http.RequestBody;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransport;
import io.unipile.internal.Futures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport on {@link java.net.http.HttpClient}: one client per instance, bodies streamed both ways, redirects not
 * followed (so the API key never travels to another host), HTTP/2 over TLS where the server offers it.
 *
 * <p>The JDK client has one retry of its own that cannot be switched off per client: when a pooled connection turns
 * out to be closed by the server, it sends an idempotent request (GET) once more on a fresh connection. It never
 * repeats a POST. Every other retry decision is the resilience layer's.
 */
public final class JdkTransport implements UnipileTransport {
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final TransportConfig config;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Creates the transport and its {@code HttpClient}. */
    public JdkTransport(TransportConfig config) {
        this.config = config;
        int clientId = CLIENT_IDS.incrementAndGet();
        AtomicInteger threadIds = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "unipile-jdk-" + clientId + "-" + threadIds.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(threads);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (config.sslContext() != null) {
            builder.sslContext(config.sslContext());
        }
        this.client = builder.build();
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        HttpRequest httpRequest = toHttpRequest(request);
        try {
            return new JdkResponse(client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the response");
            io.initCause(e);
            throw new TransportIOException(io.getMessage(), true, io);
        } catch (IOException e) {
            throw classify(e);
        } catch (UncheckedIOException e) {
            throw bodyFailure(e);
        }
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, error) -> {
                    if (error == null) {
                        return new JdkResponse(response);
                    }
                    Throwable cause = Futures.unwrap(error);
                    if (cause instanceof IOException io) {
                        throw new CompletionException(classify(io));
                    }
                    if (cause instanceof UncheckedIOException u) {
                        throw new CompletionException(bodyFailure(u));
                    }
                    throw new CompletionException(cause);
                });
    }

    private HttpRequest toHttpRequest(TransportRequest request) throws IOException {
        if (closed.get()) {
            throw new TransportIOException("the transport is closed", false, null);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout() != null ? request.timeout() : config.requestTimeout())
                // Plain HTTP stays on 1.1: an h2c upgrade attempt only costs a round trip with most servers.
                .version("https".equalsIgnoreCase(request.uri().getScheme())
                        ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .method(request.method().name(), publisher(request.body()));
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            for (String v : h.getValue()) {
                b.header(h.getKey(), v);
            }
        }
        return b.build();
    }

    /** Bodies up to this size are sent from one array: the streaming publisher allocates 16 KiB per read. */
    private static final int SMALL_BODY = 64 * 1024;

    private static HttpRequest.BodyPublisher publisher(RequestBody body) throws IOException {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        long declared = body.contentLength();
        if (body.isRepeatable() && declared >= 0 && declared <= SMALL_BODY) {
            // Reading a repeatable body early costs nothing; a one-shot stream is left for the send itself, so that
            // a connection that fails first leaves it unread and the request can still be retried.
            try (InputStream in = body.open()) {
                byte[] bytes = in.readNBytes((int) declared + 1);
                if (bytes.length != declared) {
                    throw new TransportIOException("the request body has " + bytes.length
                            + " bytes, not its declared " + declared, false, null);
                }
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return body.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long length = body.contentLength();
        return length < 0 ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, length);
    }

    /** A file behind the body failed to read while the request was being sent. */
    private static TransportIOException bodyFailure(UncheckedIOException e) {
        return new TransportIOException("reading the request body failed: " + e.getCause().getMessage(), true,
                e.getCause());
    }

    /** Tells apart failures where the request surely never left from those where it may have. */
    static TransportIOException classify(IOException e) {
        if (e instanceof TransportIOException t) {
            return t;
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportTimeoutException("connect timed out after " + e.getMessage(), false, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new TransportTimeoutException("no response within the request timeout", true, e);
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return new TransportIOException("connection failed: " + describe(e), false, e);
        }
        if (e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException) {
            // The handshake comes before any byte of the request: an untrusted certificate or a host name that
            // does not match means the request never left.
            return new TransportIOException("TLS handshake failed: " + describe(e), false, e);
        }
        return new TransportIOException(describe(e), true, e);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // HttpClient is AutoCloseable from Java 21 on; on 17 shutting down its executor is what we can do.
            if ((Object) client instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing is best effort
                }
            }
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "JdkTransport[connectTimeout=" + config.connectTimeout() + ", requestTimeout="
                + config.requestTimeout() + "]";
    }

    private static final class JdkResponse implements TransportResponse {
        private final HttpResponse<InputStream> response;

        JdkResponse(HttpResponse<InputStream> response) {
            this.response = response;
        }

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        @Override
        public InputStream body() {
            return response.body();
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // the connection is being discarded anyway
            }
        }
    }
}
