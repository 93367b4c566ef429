package io.unipile.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.ApiKeys;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.MultipartParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP plumbing, inbound: reads an exchange's query, headers and body into an {@link IncomingRequest}, the body
 * as the route needs it (multipart parts, JSON text) and always to its end, or not at all for a request the fake
 * refuses unread. A body the route cannot take, or that cannot be read, becomes the request's {@code bodyError}.
 */
final class RequestReader {
    private final long maxBodyBytes;

    RequestReader(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Reads the request with its body, as the route needs it, and always to its end. */
    IncomingRequest read(HttpExchange exchange, String method, String rawPath, Route route,
                         Map<String, String> pathParams, Endpoint.Body kind) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<FormFile> files = new ArrayList<>();
        CountingInputStream body = new CountingInputStream(exchange.getRequestBody());
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        ApiException bodyError = null;
        String json = null;
        try {
            boolean multipart = kind == Endpoint.Body.MULTIPART
                    || (kind == Endpoint.Body.ANY && MultipartParser.boundaryOf(contentType) != null);
            if (multipart) {
                bodyError = readMultipart(body, contentType, fields, files);
            } else if (kind == Endpoint.Body.JSON || (kind == Endpoint.Body.ANY && isJson(contentType))) {
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
        } catch (IOException | UncheckedIOException e) {
            // The JDK server's own framing failed (a bad chunk size, a body shorter than its Content-Length):
            // the answer is still Unipile's, if the client is there to read it.
            fields.clear();
            files.clear();
            json = null;
            bodyError = new ApiException(400, "malformed_request", "The request body cannot be read: "
                    + (e instanceof UncheckedIOException ? e.getCause() : e).getMessage());
        }
        fields.replaceAll((name, values) -> List.copyOf(values));
        return new IncomingRequest(wire(exchange, method, rawPath, route, pathParams, fields, files, json,
                body.count), bodyError);
    }

    /**
     * Reads the request without touching its body: for requests that will be refused anyway (no route, a missing
     * or wrong key), so that an unauthenticated client cannot make the fake read, parse or hold anything.
     */
    IncomingRequest readWithoutBody(HttpExchange exchange, String method, String rawPath, Route route,
                                    Map<String, String> pathParams) {
        return new IncomingRequest(wire(exchange, method, rawPath, route, pathParams, Map.of(), List.of(), null, 0),
                null);
    }

    private static FakeRequest wire(HttpExchange exchange, String method, String rawPath, Route route,
                                    Map<String, String> pathParams, Map<String, List<String>> fields,
                                    List<FormFile> files, String json, long bodySize) {
        return new FakeRequest(method, rawPath, parseQuery(exchange.getRequestURI().getRawQuery()),
                headers(exchange.getRequestHeaders()), Optional.ofNullable(route), pathParams, fields, files,
                Optional.ofNullable(json), bodySize);
    }

    private ApiException readMultipart(InputStream body, String contentType, Map<String, List<String>> fields,
                                       List<FormFile> files) {
        String boundary = MultipartParser.boundaryOf(contentType);
        if (boundary == null) {
            return new ApiException(400, "malformed_request",
                    "Expected a multipart/form-data body with a boundary, got " + contentType);
        }
        try {
            for (MultipartParser.Part part : MultipartParser.parse(body, boundary, maxBodyBytes)) {
                if (part.isFile()) {
                    files.add(new FormFile(part.name(), part.fileName(), part.contentType(),
                            FileContent.adopt(part.content())));
                } else {
                    fields.computeIfAbsent(part.name(), n -> new ArrayList<>()).add(part.text());
                }
            }
            return null;
        } catch (MultipartParser.MalformedMultipartException e) {
            return new ApiException(400, "malformed_request", e.getMessage());
        } catch (MultipartParser.TooLargeException e) {
            return new ApiException(400, "content_too_large", e.getMessage());
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().equalsIgnoreCase("application/json");
    }

    /** Names in lower case, repeated headers merged, the API key masked. */
    private static Map<String, List<String>> headers(Headers raw) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> copy = key.equals(ApiKeys.HEADER)
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

    private static Map<String, List<String>> parseQuery(String rawQuery) {
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
