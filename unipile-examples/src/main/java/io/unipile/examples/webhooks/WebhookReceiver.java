package io.unipile.examples.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookParseException;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * An example webhook receiver on the JDK's HTTP server: checks a shared secret that the webhook was created to
 * send in a header, turns the body into a typed {@link WebhookEvent}, hands it to the application and answers 200
 * so that Unipile does not deliver it again. A malformed body is answered 400, a wrong secret 401; an application
 * that throws gets 503, so Unipile retries later.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** The header the webhook is created with, carrying {@link #secret()}. */
    public static final String SECRET_HEADER = "X-Webhook-Secret";
    /** Bodies larger than this are refused: Unipile's payloads are a few KiB. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final byte[] secret;
    private final String secretText;
    private final Consumer<WebhookEvent> application;

    /**
     * Starts listening on loopback at a free port.
     *
     * @param secret      what {@link #SECRET_HEADER} must carry
     * @param application receives each event; throwing makes the delivery fail so that it is retried
     */
    public WebhookReceiver(String secret, Consumer<WebhookEvent> application) throws IOException {
        this.secretText = Objects.requireNonNull(secret, "secret");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.application = Objects.requireNonNull(application, "application");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/unipile/webhook", this::handle);
        server.start();
    }

    /** Where Unipile should POST: the {@code request_url} of the webhook. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/unipile/webhook";
    }

    /** The shared secret, for creating the webhook. */
    public String secret() {
        return secretText;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            // Constant-time comparison: the secret must not leak through timing.
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            WebhookEvent event;
            try {
                event = WebhookEvents.parse(body);
            } catch (WebhookParseException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            try {
                application.accept(event);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
