package io.unipile.testkit;

import io.unipile.testkit.internal.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A scripted misbehaviour replacing the fake's normal answer to one request. Script faults with
 * {@link FaultInjector}; build them here.
 *
 * <p>Whether a write (start a chat, send a message) is applied depends on the fault's
 * {@link Timing}: {@code BEFORE_PROCESSING} faults answer without touching the state, as a gateway
 * failing in front of Unipile would; {@code AFTER_PROCESSING} faults first handle the request in
 * full (storing the chat or message) and then fail the answer, as a reply lost on its way back
 * would. {@link RecordedRequest#applied()} tells which happened.
 */
public sealed interface Fault {

    /** When the fault strikes relative to the fake's own handling of the request. */
    enum Timing {
        /** The request is not handled: nothing is stored. */
        BEFORE_PROCESSING,
        /** The request is handled (a write is stored), then the answer fails. */
        AFTER_PROCESSING
    }

    /** When this fault strikes. */
    Timing timing();

    /**
     * An error status with a Unipile error body.
     *
     * @param type the {@code errors/<code>} type
     * @param retryAfter the {@code Retry-After} header value, or null for none
     */
    record ErrorResponse(int status, String type, String title, String detail, String retryAfter, Timing timing)
            implements Fault {
        /** Requires a 4xx or 5xx status and an {@code errors/} type. */
        public ErrorResponse {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("An error status is 4xx or 5xx: " + status);
            }
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(timing, "timing");
            if (!type.startsWith("errors/")) {
                throw new IllegalArgumentException("Unipile error types read errors/<code>: " + type);
            }
        }

        /** The same error, answered after the request was handled (a write is stored). */
        public ErrorResponse afterProcessing() {
            return new ErrorResponse(status, type, title, detail, retryAfter, Timing.AFTER_PROCESSING);
        }

        /** The same error with a {@code Retry-After} in whole seconds. */
        public ErrorResponse retryAfter(Duration delay) {
            return new ErrorResponse(status, type, title, detail, Long.toString(delay.toSeconds()), timing);
        }

        /** The same error with a {@code Retry-After} HTTP date. */
        public ErrorResponse retryAt(Instant when) {
            return new ErrorResponse(status, type, title, detail,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atOffset(ZoneOffset.UTC)), timing);
        }
    }

    /** Waits, then answers normally. Handling starts after the wait, even if the client gave up. */
    record Delay(Duration duration) implements Fault {
        /** Requires a non-negative duration. */
        public Delay {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("negative delay");
            }
        }

        @Override
        public Timing timing() {
            return Timing.BEFORE_PROCESSING;
        }
    }

    /** Reads the whole request, then closes the connection without sending a status line. */
    record Disconnect(Timing timing) implements Fault {
        /** Requires the timing. */
        public Disconnect {
            Objects.requireNonNull(timing, "timing");
        }
    }

    /**
     * Handles the request, sends the real status and headers, then spoils the body.
     *
     * @param kind {@code MALFORMED}: a complete body that is not JSON; {@code TRUNCATED}: half the
     *     announced {@code Content-Length}, then the connection closes
     */
    record CorruptBody(Corruption kind) implements Fault {
        /** Requires the kind. */
        public CorruptBody {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Timing timing() {
            return Timing.AFTER_PROCESSING;
        }
    }

    /** How {@link CorruptBody} spoils the body. */
    enum Corruption { MALFORMED, TRUNCATED }

    /** Answers with an arbitrary status, content type and body, e.g. a proxy's HTML error page. */
    record RawResponse(int status, String contentType, String body, Timing timing) implements Fault {
        /** Requires a valid status and the body. */
        public RawResponse {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(timing, "timing");
        }

        /** The same answer, sent after the request was handled (a write is stored). */
        public RawResponse afterProcessing() {
            return new RawResponse(status, contentType, body, Timing.AFTER_PROCESSING);
        }
    }

    /**
     * Handles the request, sends the real status and headers, and then never the body: the
     * connection stays open until {@code maxDuration} passes or the server closes, then drops.
     */
    record Stall(Duration maxDuration) implements Fault {
        /** Requires a positive duration. */
        public Stall {
            if (maxDuration.isNegative() || maxDuration.isZero()) {
                throw new IllegalArgumentException("a stall lasts a positive time");
            }
        }

        @Override
        public Timing timing() {
            return Timing.AFTER_PROCESSING;
        }
    }

    /**
     * An error with the status's usual type, e.g. 503 {@code errors/service_unavailable}, 429
     * {@code errors/too_many_requests}, 500 {@code errors/unexpected_error}, 504 {@code errors/request_timeout}.
     */
    static ErrorResponse status(int status) {
        return status(status, ApiException.defaultTypeFor(status));
    }

    /** An error with the given status and {@code errors/<code>} type, before processing. */
    static ErrorResponse status(int status, String type) {
        return new ErrorResponse(status, type, ApiException.titleOf(type), "Injected by the fake Unipile server",
                null, Timing.BEFORE_PROCESSING);
    }

    /** 429 {@code errors/too_many_requests} with {@code Retry-After} in seconds. */
    static ErrorResponse tooManyRequests(Duration retryAfter) {
        return status(429).retryAfter(retryAfter);
    }

    /** 429 {@code errors/too_many_requests} with {@code Retry-After} as an HTTP date. */
    static ErrorResponse tooManyRequests(Instant retryAt) {
        return status(429).retryAt(retryAt);
    }

    /** A delay before the normal answer. */
    static Delay delay(Duration duration) {
        return new Delay(duration);
    }

    /** A dropped connection; nothing is stored. */
    static Disconnect disconnect() {
        return new Disconnect(Timing.BEFORE_PROCESSING);
    }

    /** A dropped connection after the write was stored: the client cannot know it succeeded. */
    static Disconnect disconnectAfterProcessing() {
        return new Disconnect(Timing.AFTER_PROCESSING);
    }

    /** The real status with a body that is not JSON. */
    static CorruptBody malformedBody() {
        return new CorruptBody(Corruption.MALFORMED);
    }

    /** The real status with a body cut short and the connection closed. */
    static CorruptBody truncatedBody() {
        return new CorruptBody(Corruption.TRUNCATED);
    }

    /** A reverse proxy's HTML error page with the given status, before processing. */
    static RawResponse htmlErrorPage(int status) {
        String reason = status == 502 ? "Bad Gateway" : status == 503 ? "Service Temporarily Unavailable"
                : status == 504 ? "Gateway Time-out" : "Error";
        String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new RawResponse(status, "text/html", html, Timing.BEFORE_PROCESSING);
    }

    /** The real status and headers, then a body that never comes until the server closes. */
    static Stall stallAfterHeaders() {
        return new Stall(Duration.ofDays(1));
    }

    /** The real status and headers, then a body that never comes for the given time. */
    static Stall stallAfterHeaders(Duration maxDuration) {
        return new Stall(maxDuration);
    }
}
