package io.unipile.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A webhook endpoint for tests: records what the fake POSTs and answers as scripted (200 by default). */
final class WebhookReceiver implements AutoCloseable {
    /** One request received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body, Instant at) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    /** A scripted answer: wait, then answer the status. */
    private record Script(int status, Duration delay) {
    }

    private final Object lock = new Object();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Script> scripts = new ArrayDeque<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Script script;
            synchronized (lock) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                        body, Instant.now()));
                lock.notifyAll();
                script = scripts.isEmpty() ? new Script(200, Duration.ZERO) : scripts.removeFirst();
            }
            try {
                Thread.sleep(script.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(script.status(), -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The URL of a path on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests with these statuses, in order, then 200. */
    WebhookReceiver respond(int... statuses) {
        synchronized (lock) {
            for (int status : statuses) {
                scripts.addLast(new Script(status, Duration.ZERO));
            }
        }
        return this;
    }

    /** Waits this long before answering the next request with 200. */
    WebhookReceiver stallNext(Duration delay) {
        synchronized (lock) {
            scripts.addLast(new Script(200, delay));
        }
        return this;
    }

    /** What arrived so far. */
    List<Received> received() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    /** Waits for at least {@code count} requests. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + count + " webhook requests, got " + received.size());
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
