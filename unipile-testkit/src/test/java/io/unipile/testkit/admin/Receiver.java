package io.unipile.testkit.admin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook endpoint on the JDK's HTTP server: records the bodies POSTed to it and answers 200. */
final class Receiver implements AutoCloseable {
    record Received(String path, String body) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final HttpServer server;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code count} requests, waiting for each. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        List<Received> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Received next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("Expected " + count + " webhook calls, got " + out);
            }
            out.add(next);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
