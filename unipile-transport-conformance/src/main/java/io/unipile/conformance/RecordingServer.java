package io.unipile.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server that records each request exactly as it arrived and answers from a script, for checking
 * what a transport puts on the wire. Port 0, no state shared between instances.
 */
public final class RecordingServer implements AutoCloseable {

    /** One request as received: raw path and query, headers by lower-case name, the body bytes or their count. */
    public record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           byte[] body, long bodyLength) {
        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        /** The body as UTF-8 text. */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted reply. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {
        /** A JSON reply. */
        public static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        /** A reply with any content type. */
        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO);
        }

        /** This reply with one more header. */
        public Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delay);
        }

        /** This reply sent only after {@code delay}. */
        public Reply after(Duration delay) {
            return new Reply(status, headers, body, delay);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "recording-server");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Reply fallback = Reply.json(500, "{\"title\":\"no reply scripted\",\"type\":\"errors/unexpected_error\",\"status\":500}");
    private volatile boolean countOnly;

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server's root, like a Unipile DSN: {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues replies, used in order; afterwards {@link #otherwise(Reply)} answers. */
    public RecordingServer enqueue(Reply... replies) {
        Collections.addAll(script, replies);
        return this;
    }

    /** The reply once the queue is empty. */
    public RecordingServer otherwise(Reply reply) {
        this.fallback = reply;
        return this;
    }

    /** Counts body bytes instead of keeping them, for huge uploads. */
    public RecordingServer countBodiesOnly() {
        this.countOnly = true;
        return this;
    }

    /** The next recorded request, waiting up to {@code timeout}; fails if none arrives. */
    public Recorded takeRequest(Duration timeout) throws InterruptedException {
        Recorded r = requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no request arrived within " + timeout);
        }
        return r;
    }

    /** The next recorded request, waiting up to 5 s. */
    public Recorded takeRequest() throws InterruptedException {
        return takeRequest(Duration.ofSeconds(5));
    }

    /** How many requests arrived and were not taken yet. */
    public int pendingRequests() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            byte[] body;
            long length;
            try (InputStream in = exchange.getRequestBody()) {
                if (countOnly) {
                    length = in.transferTo(OutputStream.nullOutputStream());
                    body = new byte[0];
                } else {
                    body = in.readAllBytes();
                    length = body.length;
                }
            }
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers), body, length));
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback;
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** For diagnostics: the requests not yet taken. */
    public List<Recorded> drain() {
        List<Recorded> out = new ArrayList<>();
        requests.drainTo(out);
        return out;
    }
}
