package io.unipile.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.unipile.testkit.internal.MultipartParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one HTTP handler: reads a request, applies scripted faults, lets {@link Operations} answer,
 * records the request in the journal and writes the answer.
 */
final class ApiHandler implements HttpHandler {
    private static final String API_KEY_HEADER = "x-api-key";
    private static final String JSON = "application/json; charset=utf-8";

    private final byte[] apiKey;
    private final long maxBodyBytes;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final Operations operations;
    private final WireFormat wire;
    private final CountDownLatch closing;
    private final Consumer<List<WebhookNotice>> webhooks;

    ApiHandler(String apiKey, long maxBodyBytes, FakeUnipileState state, RequestJournal journal, FaultInjector faults,
               CountDownLatch closing, Consumer<List<WebhookNotice>> webhooks) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = maxBodyBytes;
        this.journal = journal;
        this.faults = faults;
        this.wire = new WireFormat();
        this.operations = new Operations(state, wire);
        this.closing = closing;
        this.webhooks = webhooks;
    }

    /**
     * What the fake will send, before any body-spoiling fault. The body is shared, not copied: a
     * stored attachment goes out straight from the state.
     */
    private record Answer(int status, Map<String, String> headers, String contentType, FileContent body) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            // A bug in the fake must not look like a network fault: answer 500 in Unipile's shape.
            if (exchange.getResponseCode() == -1) {
                send(exchange, error(new ApiException(500, "unexpected_error", "The fake failed: " + e), Map.of()));
            }
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        long sequence = journal.nextSequence();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        RecordedRequest.ApiKeyCheck keyCheck = checkKey(exchange.getRequestHeaders().getFirst(API_KEY_HEADER));
        RouteMatch match = RouteMatch.of(method, rawPath);
        IncomingRequest request = readBody(exchange, method, rawPath, match);
        RecordedRequestFactory recorder = new RecordedRequestFactory(sequence, receivedAt, keyCheck, request);

        if (match.route() == null) {
            Answer answer = match.pathKnown()
                    ? error(new ApiException(405, "method_not_allowed", method + " is not allowed on " + rawPath),
                            allowHeader(rawPath))
                    : error(ApiException.notFound("No route " + method + " " + rawPath), Map.of());
            journal.record(recorder.build(answer.status(), null, false));
            send(exchange, answer);
            return;
        }
        Fault fault = faults.poll(match.route()).orElse(null);
        if (fault instanceof Fault.Delay) {
            awaitClosing(((Fault.Delay) fault).duration());
            if (closing.getCount() == 0) {
                throw new IOException("The server closed during a scripted delay");
            }
        } else if (fault != null && fault.timing() == Fault.Timing.BEFORE_PROCESSING) {
            failWith(exchange, fault, null, recorder, false);
            return;
        }
        Processed processed = process(request, keyCheck);
        if (!processed.notices().isEmpty()) {
            webhooks.accept(processed.notices());
        }
        if (fault != null && fault.timing() == Fault.Timing.AFTER_PROCESSING) {
            failWith(exchange, fault, processed.answer(), recorder, processed.applied());
            return;
        }
        journal.record(recorder.build(processed.answer().status(), fault, processed.applied()));
        send(exchange, processed.answer());
    }

    /** The fake's own answer to a routed request, whether it changed the state, and what webhooks are told. */
    private record Processed(Answer answer, boolean applied, List<WebhookNotice> notices) {
        Processed(Answer answer) {
            this(answer, false, List.of());
        }
    }

    private Processed process(IncomingRequest request, RecordedRequest.ApiKeyCheck keyCheck) {
        if (keyCheck == RecordedRequest.ApiKeyCheck.MISSING) {
            return new Processed(error(new ApiException(401, "missing_credentials", "The X-API-KEY header is missing"),
                    Map.of()));
        }
        if (keyCheck == RecordedRequest.ApiKeyCheck.INVALID) {
            return new Processed(error(new ApiException(401, "invalid_credentials", "The API key is not valid"),
                    Map.of()));
        }
        try {
            Operations.Reply reply = operations.handle(request);
            Answer answer = reply.file() != null
                    ? new Answer(reply.status(), Map.of(), reply.file().contentType() != null
                            ? reply.file().contentType() : "application/octet-stream", reply.file().content())
                    : new Answer(reply.status(), Map.of(), JSON, json(reply.body()));
            return new Processed(answer, reply.applied(), reply.notices());
        } catch (ApiException e) {
            return new Processed(error(e, Map.of()));
        }
    }

    /** The route a request matches; {@code pathKnown} when only the method is wrong. */
    private record RouteMatch(Route route, Map<String, String> pathParams, boolean pathKnown) {
        static RouteMatch of(String method, String rawPath) {
            boolean pathKnown = false;
            for (Route candidate : Route.values()) {
                Optional<Map<String, String>> params = candidate.match(rawPath);
                if (params.isPresent()) {
                    if (candidate.method().equals(method)) {
                        return new RouteMatch(candidate, params.get(), true);
                    }
                    pathKnown = true;
                }
            }
            return new RouteMatch(null, Map.of(), pathKnown);
        }
    }

    /** Answers with a fault; {@code real} is the answer the fake had computed, for faults after processing. */
    private void failWith(HttpExchange exchange, Fault fault, Answer real, RecordedRequestFactory recorder,
                          boolean applied) throws IOException {
        if (fault instanceof Fault.ErrorResponse) {
            Fault.ErrorResponse error = (Fault.ErrorResponse) fault;
            Map<String, String> extra =
                    error.retryAfter() == null ? Map.of() : Map.of("Retry-After", error.retryAfter());
            Answer answer = new Answer(error.status(), extra, JSON,
                    json(wire.error(error.status(), error.type(), error.title(), error.detail(), null)));
            journal.record(recorder.build(answer.status(), fault, applied));
            send(exchange, answer);
        } else if (fault instanceof Fault.RawResponse) {
            Fault.RawResponse raw = (Fault.RawResponse) fault;
            journal.record(recorder.build(raw.status(), fault, applied));
            send(exchange, new Answer(raw.status(), Map.of(), raw.contentType(), FileContent.ofUtf8(raw.body())));
        } else if (fault instanceof Fault.Disconnect) {
            journal.record(recorder.build(0, fault, applied));
            // Closing an exchange that sent no headers closes the socket: the client reads no status line.
            exchange.close();
        } else if (fault instanceof Fault.CorruptBody) {
            journal.record(recorder.build(real.status(), fault, applied));
            int half = real.body().size() / 2;
            if (((Fault.CorruptBody) fault).kind() == Fault.Corruption.MALFORMED) {
                sendHeaders(exchange, real, half);
                try (OutputStream out = exchange.getResponseBody()) {
                    real.body().writeTo(out, half);
                }
            } else {
                sendHeaders(exchange, real, real.body().size());
                OutputStream out = exchange.getResponseBody();
                real.body().writeTo(out, half);
                out.flush();
                throw new IOException("Truncating the body as scripted");
            }
        } else if (fault instanceof Fault.Stall) {
            journal.record(recorder.build(real.status(), fault, applied));
            sendHeaders(exchange, real, real.body().size());
            exchange.getResponseBody().flush();
            awaitClosing(((Fault.Stall) fault).maxDuration());
            throw new IOException("Ending a scripted stall");
        } else {
            throw new IllegalStateException("Unhandled fault " + fault);
        }
    }

    private void awaitClosing(Duration duration) throws IOException {
        try {
            closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while holding a request", e);
        }
    }

    private IncomingRequest readBody(HttpExchange exchange, String method, String rawPath, RouteMatch match)
            throws IOException {
        Route route = match.route();
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<FormFile> files = new ArrayList<>();
        CountingInputStream body = new CountingInputStream(exchange.getRequestBody());
        ApiException bodyError = null;
        if (route == Route.START_CHAT || route == Route.SEND_MESSAGE) {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String boundary = MultipartParser.boundaryOf(contentType);
            if (boundary == null) {
                bodyError = new ApiException(400, "malformed_request",
                        "Expected a multipart/form-data body with a boundary, got " + contentType);
            } else {
                try {
                    for (MultipartParser.Part part : MultipartParser.parse(body, boundary, maxBodyBytes)) {
                        if (part.isFile()) {
                            files.add(new FormFile(part.name(), part.fileName(), part.contentType(),
                                    FileContent.adopt(part.content())));
                        } else {
                            fields.computeIfAbsent(part.name(), n -> new ArrayList<>()).add(part.text());
                        }
                    }
                } catch (MultipartParser.MalformedMultipartException e) {
                    bodyError = new ApiException(400, "malformed_request", e.getMessage());
                } catch (MultipartParser.TooLargeException e) {
                    bodyError = new ApiException(400, "content_too_large", e.getMessage());
                }
            }
        }
        String json = null;
        if (route == Route.CREATE_WEBHOOK) {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            json = new String(bytes, StandardCharsets.UTF_8);
            if (!isJson(contentType)) {
                bodyError = new ApiException(415, "unsupported_media_type",
                        "Expected an application/json body, got " + contentType);
            } else if (bytes.length > maxBodyBytes) {
                bodyError = new ApiException(400, "content_too_large",
                        "The body is larger than " + maxBodyBytes + " bytes");
            }
        }
        body.transferTo(OutputStream.nullOutputStream());
        fields.replaceAll((name, values) -> List.copyOf(values));
        return new IncomingRequest(method, rawPath, query, headers(exchange.getRequestHeaders()), route,
                match.pathParams(), fields, files, json, body.count, bodyError);
    }

    private RecordedRequest.ApiKeyCheck checkKey(String given) {
        if (given == null) {
            return RecordedRequest.ApiKeyCheck.MISSING;
        }
        // Constant-time: a fake should not teach clients timing-sensitive habits, but it costs nothing.
        return MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8))
                ? RecordedRequest.ApiKeyCheck.VALID : RecordedRequest.ApiKeyCheck.INVALID;
    }

    private Answer error(ApiException e, Map<String, String> extraHeaders) {
        return new Answer(e.status(), extraHeaders, JSON,
                json(wire.error(e.status(), e.type(), e.title(), e.detail(), null)));
    }

    private FileContent json(ObjectNode body) {
        return FileContent.adopt(wire.bytes(body));
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().equalsIgnoreCase("application/json");
    }

    private static Map<String, String> allowHeader(String rawPath) {
        List<String> allowed = new ArrayList<>();
        for (Route route : Route.values()) {
            if (route.match(rawPath).isPresent()) {
                allowed.add(route.method());
            }
        }
        return Map.of("Allow", String.join(", ", allowed));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
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

    private static Map<String, List<String>> headers(Headers raw) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> copy = key.equals(API_KEY_HEADER)
                    ? values.stream().map(v -> RecordedRequest.MASK).toList()
                    : List.copyOf(values);
            headers.merge(key, copy, (a, b) -> {
                List<String> merged = new ArrayList<>(a);
                merged.addAll(b);
                return List.copyOf(merged);
            });
        });
        return headers;
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        query.replaceAll((name, values) -> List.copyOf(values));
        return query;
    }

    /** Builds the journal entry once the answer is known. */
    private static final class RecordedRequestFactory {
        private final long sequence;
        private final Instant receivedAt;
        private final RecordedRequest.ApiKeyCheck keyCheck;
        private final IncomingRequest request;

        RecordedRequestFactory(long sequence, Instant receivedAt, RecordedRequest.ApiKeyCheck keyCheck,
                               IncomingRequest request) {
            this.sequence = sequence;
            this.receivedAt = receivedAt;
            this.keyCheck = keyCheck;
            this.request = request;
        }

        RecordedRequest build(int status, Fault fault, boolean applied) {
            return new RecordedRequest(sequence, receivedAt, request.method(), request.rawPath(), request.query(),
                    request.headers(), keyCheck, Optional.ofNullable(request.route()), request.pathParams(),
                    request.formFields(), request.files(), Optional.ofNullable(request.jsonBody()), request.bodySize(),
                    status, Optional.ofNullable(fault),
                    applied);
        }
    }

    /** Counts the body's bytes as they are read. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
