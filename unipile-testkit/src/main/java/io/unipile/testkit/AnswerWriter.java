package io.unipile.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * HTTP plumbing, outbound: writes an answer, or spoils it as a scripted {@link Fault} says (a dropped connection,
 * a body cut short, a stall until the server closes).
 */
final class AnswerWriter {
    private static final String JSON = "application/json; charset=utf-8";

    private final CountDownLatch closing;

    AnswerWriter(CountDownLatch closing) {
        this.closing = closing;
    }

    /**
     * What the fake will send, before any body-spoiling fault. The body is shared, not copied: a stored
     * attachment goes out straight from the state.
     */
    record Answer(int status, Map<String, String> headers, String contentType, FileContent body) {
        static Answer json(int status, ObjectNode body, Map<String, String> headers) {
            return new Answer(status, headers, JSON, FileContent.adopt(WireJson.bytes(body)));
        }

        static Answer error(ApiException e, Map<String, String> headers) {
            return json(e.status(), WireJson.error(e.status(), e.type(), e.title(), e.detail()), headers);
        }

        static Answer of(Reply reply) {
            return reply.bytes() != null
                    ? new Answer(reply.status(), Map.of(), reply.contentType(), reply.bytes())
                    : json(reply.status(), reply.json(), Map.of());
        }
    }

    /** The answer a fault gives instead of {@code real} (the fake's own answer, for faults after processing). */
    Answer faulted(Fault fault, Answer real) {
        if (fault instanceof Fault.ErrorResponse) {
            Fault.ErrorResponse error = (Fault.ErrorResponse) fault;
            Map<String, String> extra =
                    error.retryAfter() == null ? Map.of() : Map.of("Retry-After", error.retryAfter());
            return Answer.json(error.status(),
                    WireJson.error(error.status(), error.type(), error.title(), error.detail()), extra);
        }
        if (fault instanceof Fault.RawResponse) {
            Fault.RawResponse raw = (Fault.RawResponse) fault;
            return new Answer(raw.status(), Map.of(), raw.contentType(), FileContent.ofUtf8(raw.body()));
        }
        return real;
    }

    /** The status the journal records for a faulted answer: 0 when none is sent. */
    static int status(Fault fault, Answer faulted) {
        return fault instanceof Fault.Disconnect ? 0 : faulted.status();
    }

    /** Sends a faulted answer: in full, or spoiled as the fault says. */
    void sendFaulted(HttpExchange exchange, Fault fault, Answer answer) throws IOException {
        if (fault instanceof Fault.Disconnect) {
            // Closing an exchange that sent no headers closes the socket: the client reads no status line.
            exchange.close();
        } else if (fault instanceof Fault.CorruptBody) {
            int half = answer.body().size() / 2;
            if (((Fault.CorruptBody) fault).kind() == Fault.Corruption.MALFORMED) {
                sendHeaders(exchange, answer, half);
                try (OutputStream out = exchange.getResponseBody()) {
                    answer.body().writeTo(out, half);
                }
            } else {
                sendHeaders(exchange, answer, answer.body().size());
                OutputStream out = exchange.getResponseBody();
                answer.body().writeTo(out, half);
                out.flush();
                throw new IOException("Truncating the body as scripted");
            }
        } else if (fault instanceof Fault.Stall) {
            sendHeaders(exchange, answer, answer.body().size());
            exchange.getResponseBody().flush();
            awaitClosing(((Fault.Stall) fault).maxDuration());
            throw new IOException("Ending a scripted stall");
        } else {
            send(exchange, answer);
        }
    }

    /** Holds the request for a scripted delay, or until the server closes. */
    void delay(Duration duration) throws IOException {
        awaitClosing(duration);
        if (closing.getCount() == 0) {
            throw new IOException("The server closed during a scripted delay");
        }
    }

    void send(HttpExchange exchange, Answer answer) throws IOException {
        sendHeaders(exchange, answer, answer.body().size());
        try (OutputStream out = exchange.getResponseBody()) {
            answer.body().writeTo(out, answer.body().size());
        }
    }

    private static void sendHeaders(HttpExchange exchange, Answer answer, long length) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", answer.contentType());
        answer.headers().forEach(headers::set);
        exchange.sendResponseHeaders(answer.status(), length == 0 ? -1 : length);
    }

    private void awaitClosing(Duration duration) throws IOException {
        try {
            closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while holding a request", e);
        }
    }
}
