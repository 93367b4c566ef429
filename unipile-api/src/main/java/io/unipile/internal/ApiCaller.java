package io.unipile.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.guard.CallGuard;
import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.errors.UnipileTimeoutException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.TransportIOException;
import io.unipile.http.HttpMethod;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import io.unipile.http.UnipileTransport;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Executes declared {@link Endpoint}s (and raw {@link ApiRequest}s): builds the request, sends it through the
 * transport (already wrapped in the resilience layer) and turns what comes back into models or typed exceptions.
 * Everything that does not change per call (base URL, headers) is prepared once; a caller with
 * {@link RequestOptions} is a cheap view sharing all of it.
 */
public final class ApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);

    private final BaseUrl baseUrl;
    private final Map<String, List<String>> fixedHeaders;
    private final UnipileTransport transport;
    private final Clock clock;
    private final AtomicBoolean closed;
    private final RequestOptions options;
    private final Redactor redactor;
    private final long maxResponseBytes;
    private final CallGuard guard;
    private final UnipileClient lookups;

    /**
     * @param closed           set when the client is closed; calls after that fail at once instead of reaching a
     *                         closed transport (which the retry layer would take for a connection failure worth
     *                         retrying)
     * @param maxResponseBytes the largest JSON reply read; streamed downloads are not capped
     */
    public ApiCaller(BaseUrl baseUrl, String apiKey, String userAgent, UnipileTransport transport, Clock clock,
                     AtomicBoolean closed, long maxResponseBytes) {
        this.baseUrl = baseUrl;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(TransportRequest.API_KEY_HEADER, List.of(apiKey));
        headers.put("Accept", List.of("application/json"));
        headers.put("User-Agent", List.of(userAgent));
        // Checked once: a request keeps the checked map, so that each call's request skips checking it again.
        this.fixedHeaders = new TransportRequest(HttpMethod.GET, baseUrl.resolve("", ""), headers, null).headers();
        this.transport = transport;
        this.clock = clock;
        this.closed = closed;
        this.options = RequestOptions.none();
        this.redactor = new Redactor(apiKey);
        this.maxResponseBytes = maxResponseBytes;
        this.guard = CallGuard.NONE;
        this.lookups = null;
    }

    private ApiCaller(ApiCaller base, RequestOptions options, CallGuard guard, UnipileClient lookups) {
        this.baseUrl = base.baseUrl;
        this.fixedHeaders = base.fixedHeaders;
        this.transport = base.transport;
        this.clock = base.clock;
        this.closed = base.closed;
        this.options = options;
        this.redactor = base.redactor;
        this.maxResponseBytes = base.maxResponseBytes;
        this.guard = guard;
        this.lookups = lookups;
    }

    /** A caller sharing this one's transport whose calls add {@code more} to this caller's options. */
    public ApiCaller withOptions(RequestOptions more) {
        return new ApiCaller(this, options.merge(Check.notNull("options", more)), guard, lookups);
    }

    /**
     * A caller sharing this one's transport whose calls {@code guard} admits first; {@code lookups} is the client a
     * guard may use for look-ups (built on an unguarded caller).
     */
    public ApiCaller withGuard(CallGuard guard, UnipileClient lookups) {
        return new ApiCaller(this, options, Check.notNull("callGuard", guard), lookups);
    }

    /** The options every call of this caller carries. */
    public RequestOptions options() {
        return options;
    }

    /** Calls a declared endpoint and reads its reply; {@code path} fills the template's parameters in order. */
    public <Q, R> R call(Endpoint<Q, R> endpoint, Q input, String... path) {
        ApiRequest request = endpoint.toRequest(input, path, options, false, null);
        Redactor secrets = redactor.and(endpoint.secrets(input));
        return read(endpoint, request, send(request, endpoint.replyType() == null, secrets), secrets);
    }

    /** {@link #call(Endpoint, Object, String...)} without blocking; invalid input throws before a future exists. */
    public <Q, R> CompletableFuture<R> callAsync(Endpoint<Q, R> endpoint, Q input, String... path) {
        ApiRequest request = endpoint.toRequest(input, path, options, false, null);
        Redactor secrets = redactor.and(endpoint.secrets(input));
        return cancellable(sendAsync(request, endpoint.replyType() == null, secrets),
                response -> read(endpoint, request, response, secrets));
    }

    /**
     * Reads the reply when it comes. Cancelling the result releases a call the guard still holds (it is then never
     * sent) and closes the response of one already sent; a request already on its way is not recalled.
     */
    private static <R> CompletableFuture<R> cancellable(CompletableFuture<TransportResponse> sent,
                                                        Function<TransportResponse, R> reader) {
        CompletableFuture<R> result = sent.thenApply(reader);
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                sent.cancel(false);
            }
        });
        return result;
    }

    /**
     * Every item of a paged endpoint, fetched lazily from the input's cursor on. The first request is built now, so
     * that invalid input fails here rather than in the middle of an iteration.
     */
    public <Q, T> PagedIterable<T> pages(Endpoint<Q, Page<T>> endpoint, Q input, String... path) {
        endpoint.toRequest(input, path, options, false, null);
        Redactor secrets = redactor.and(endpoint.secrets(input));
        return new PagedIterable<>(endpoint.firstCursor(input), cursor -> {
            ApiRequest request = endpoint.toRequest(input, path, options, true, cursor);
            return read(endpoint, request, send(request, false, secrets), secrets);
        });
    }

    private <R> R read(Endpoint<?, R> endpoint, ApiRequest request, TransportResponse response, Redactor secrets) {
        if (endpoint.replyType() == null) {
            return endpoint.streamReader().apply(response);
        }
        return parse(request, response, endpoint.replyType(), secrets);
    }

    /** Sends the request and reads a JSON body of {@code type}. */
    public <T> T call(ApiRequest request, JavaType type) {
        return parse(request, send(request, false, redactor), type, redactor);
    }

    /** Sends the request without blocking; the future fails with the same exceptions {@link #call} throws. */
    public <T> CompletableFuture<T> callAsync(ApiRequest request, JavaType type) {
        return cancellable(sendAsync(request, false, redactor), response -> parse(request, response, type, redactor));
    }

    /**
     * Sends the request and hands back the successful response unread, for bodies that are streamed to the caller;
     * error statuses are turned into exceptions here. The caller closes the response.
     */
    public TransportResponse callRaw(ApiRequest request) {
        return send(request, true, redactor);
    }

    /** {@link #callRaw} without blocking. */
    public CompletableFuture<TransportResponse> callRawAsync(ApiRequest request) {
        return sendAsync(request, true, redactor);
    }

    /**
     * @param streamed whether the body goes to the caller unread, which decides how its reading is bounded
     * @param secrets  what to keep out of an error built from the reply: the key and the call's own secrets
     */
    private TransportResponse send(ApiRequest request, boolean streamed, Redactor secrets) {
        if (guard != CallGuard.NONE) {
            admitBlocking(request);
        }
        TransportRequest tr = toTransport(request, streamed);
        long start = System.nanoTime();
        TransportResponse response;
        try {
            response = transport.execute(tr);
        } catch (IOException e) {
            throw failure(request, e);
        }
        return checkStatus(request, response, start, secrets);
    }

    private void admitBlocking(ApiRequest request) {
        CompletableFuture<Void> admitted = admission(request);
        try {
            admitted.get();
        } catch (InterruptedException e) {
            admitted.cancel(false);
            Thread.currentThread().interrupt();
            throw new UnipileTransportException(request.method() + " " + request.encodedPath()
                    + " was interrupted while its call guard held it; the request was not sent", false, e);
        } catch (ExecutionException e) {
            Throwable cause = Futures.unwrap(e.getCause());
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }

    /** Asks the guard; what it throws, or a null it returns, refuses the call. */
    private CompletableFuture<Void> admission(ApiRequest request) {
        try {
            CompletionStage<Void> stage = guard.admit(new GuardedRequest(request, lookups));
            if (stage == null) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "the call guard " + guard.getClass().getName() + " returned null"));
            }
            return stage.toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<TransportResponse> sendAsync(ApiRequest request, boolean streamed, Redactor secrets) {
        if (guard == CallGuard.NONE) {
            return sendAsyncNow(request, streamed, secrets);
        }
        CompletableFuture<Void> admitted = admission(request);
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        admitted.whenComplete((ok, refused) -> {
            if (refused != null) {
                result.completeExceptionally(Futures.unwrap(refused));
                return;
            }
            if (result.isDone()) {
                return; // cancelled by the caller while the guard held it: never sent
            }
            sendAsyncNow(request, streamed, secrets).whenComplete((response, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (!result.complete(response)) {
                    response.close(); // cancelled by the caller meanwhile
                }
            });
        });
        // A caller that gives up on a call still held by the guard releases it (nothing is sent then).
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                admitted.cancel(false);
            }
        });
        return result;
    }

    private CompletableFuture<TransportResponse> sendAsyncNow(ApiRequest request, boolean streamed,
                                                              Redactor secrets) {
        CompletableFuture<TransportResponse> sent;
        long start = System.nanoTime();
        try {
            sent = transport.executeAsync(toTransport(request, streamed));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        sent.whenComplete((response, error) -> {
            if (error != null) {
                Throwable cause = Futures.unwrap(error);
                result.completeExceptionally(cause instanceof IOException io ? failure(request, io) : cause);
                return;
            }
            try {
                TransportResponse checked = checkStatus(request, response, start, secrets);
                if (!result.complete(checked)) {
                    checked.close(); // the caller cancelled meanwhile: free the connection
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private TransportRequest toTransport(ApiRequest request, boolean streamed) {
        if (closed.get()) {
            throw new IllegalStateException("this UnipileClient is closed");
        }
        Map<String, List<String>> headers = fixedHeaders;
        if (request.body() != null || !request.headers().isEmpty()) {
            headers = new LinkedHashMap<>(fixedHeaders);
            if (request.body() != null) {
                headers.put("Content-Type", List.of(request.body().contentType()));
            }
            request.headers().forEach(headers::putIfAbsent);
        }
        return new TransportRequest(request.method(), baseUrl.resolve(request.encodedPath(), request.encodedQuery()),
                headers, request.body(), null, request.idempotent(), request.timeout(), streamed, request.route());
    }

    private TransportResponse checkStatus(ApiRequest request, TransportResponse response, long startNanos,
                                          Redactor redactor) {
        int status = response.statusCode();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms", request.method(), request.route(), status,
                    (System.nanoTime() - startNanos) / 1_000_000);
        }
        if (status >= 200 && status <= 299) {
            return response;
        }
        if (status < 100 || status > 599) {
            // Not HTTP's: a broken proxy or server. Never success, and never taken for one of Unipile's errors.
            try (response) {
                byte[] body = BodyExcerpt.readCapped(response.body());
                throw new UnipileResponseFormatException(request.method().name(), request.encodedPath(), status,
                        "the status " + status + " is outside 100-599", BodyExcerpt.of(body, body.length), null);
            }
        }
        try (response) {
            byte[] body = BodyExcerpt.readCapped(response.body());
            throw ErrorMapper.toException(request.method().name(), request.encodedPath(), status, body,
                    response.header("Retry-After").orElse(null), clock, redactor);
        }
    }

    private <T> T parse(ApiRequest request, TransportResponse response, JavaType type, Redactor redactor) {
        try (response) {
            int status = response.statusCode();
            String method = request.method().name();
            OptionalLong declared = declaredLength(response);
            if (declared.isPresent() && declared.getAsLong() > maxResponseBytes) {
                throw new UnipileResponseFormatException(method, request.encodedPath(), status, "the body of "
                        + declared.getAsLong() + " bytes is larger than the client's limit of " + maxResponseBytes
                        + " bytes (maxResponseBytes)", "", null);
            }
            GuardedBody guarded = new GuardedBody(response.body(), maxResponseBytes);
            BodyExcerpt.RecordingStream in = new BodyExcerpt.RecordingStream(guarded);
            try {
                T value = Json.mapper().readValue((InputStream) in, type);
                if (value == null) {
                    throw new UnipileResponseFormatException(method, request.encodedPath(), status,
                            "the body is JSON null", in.excerpt(redactor), null);
                }
                return value;
            } catch (IOException e) {
                // Only a failure of the connection itself is a transport failure; everything else Jackson or the
                // size limit reports about bytes that did arrive is a malformed reply.
                IOException source = guarded.sourceFailure();
                if (source != null) {
                    throw failure(request, source);
                }
                String problem = guarded.tooLarge() ? "the body is larger than the client's limit of "
                        + maxResponseBytes + " bytes (maxResponseBytes)" : describe(e);
                throw new UnipileResponseFormatException(method, request.encodedPath(), status,
                        redactor.apply(problem), in.excerpt(redactor), e);
            }
        }
    }

    private static OptionalLong declaredLength(TransportResponse response) {
        try {
            List<String> values = response.headers("Content-Length");
            return values.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(values.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String describe(IOException e) {
        if (!(e instanceof JacksonException j)) {
            return "the body cannot be decoded: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        String m = j.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf('\n');
        return (cut > 0 ? m.substring(0, cut) : m) + (j.getLocation() == null ? ""
                : " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr());
    }

    /**
     * A reply body that tells its own failures apart from the parser's: an I/O failure of the connection is kept
     * aside, and reading past the size limit fails.
     */
    private static final class GuardedBody extends InputStream {
        private final InputStream in;
        private final long max;
        private long read;
        private IOException sourceFailure;
        private boolean tooLarge;

        GuardedBody(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(buf, off, len);
            } catch (IOException e) {
                sourceFailure = e;
                throw e;
            }
            if (n > 0) {
                read += n;
                if (read > max) {
                    tooLarge = true;
                    throw new IOException("reply larger than " + max + " bytes");
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        IOException sourceFailure() {
            return sourceFailure;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    /** Maps an I/O failure, telling whether the request may have reached the server. */
    public static UnipileException failure(ApiRequest request, IOException e) {
        boolean sent = !(e instanceof TransportIOException t) || t.requestSent();
        String what = request.method() + " " + request.encodedPath();
        String outcome = !sent ? "the request was not sent"
                : request.idempotent() ? "the request may have reached the server"
                : "the request may have reached the server: its outcome is unknown and it was not re-sent";
        if (e instanceof TransportTimeoutException || e instanceof SocketTimeoutException) {
            return new UnipileTimeoutException(what + " timed out (" + e.getMessage() + "); " + outcome, sent, e);
        }
        return new UnipileTransportException(what + " failed: " + e.getMessage() + "; " + outcome, sent, e);
    }

}
