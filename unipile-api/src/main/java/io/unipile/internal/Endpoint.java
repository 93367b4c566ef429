package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.RequestOptions;
import io.unipile.http.HttpMethod;
import io.unipile.http.TransportResponse;
import io.unipile.pagination.Page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One operation of the Unipile API, declared once: method, path template, query parameters with their limits, body
 * kind and field names, paging, whether a retry may repeat it, and how its reply is read. Resource clients hand an
 * endpoint, its input and its path values to {@link ApiCaller}; the spec test checks every declaration against
 * Unipile's OpenAPI document.
 *
 * <p>Path and query values are validated when a call is built, before anything is sent, and a bad one fails with
 * {@link IllegalArgumentException} naming the field in the library's spelling ({@code chat_id} is {@code chatId}).
 *
 * @param <Q> what the caller passes besides path values: a request type, a single value, or {@link Void}
 * @param <R> what the call returns
 */
public final class Endpoint<Q, R> {
    /** How a request body is sent. */
    public enum BodyKind { NONE, JSON, MULTIPART }

    private final HttpMethod method;
    private final String template;
    private final List<String> segments;
    private final List<String> pathParams;
    private final List<String> pathFields;
    private final List<QueryParam<Q>> query;
    private final BodyKind bodyKind;
    private final List<String> bodyFields;
    private final Function<Q, ObjectNode> json;
    private final BiConsumer<Q, MultipartBody.Builder> form;
    private final boolean paged;
    private final boolean idempotent;
    private final JavaType replyType;
    private final Function<TransportResponse, R> streamReader;
    private final boolean inputRequired;
    private final Function<Q, List<String>> secrets;

    private Endpoint(Builder<Q, R> b) {
        this.method = b.method;
        this.template = b.template;
        this.segments = List.of(b.template.substring(1).split("/"));
        List<String> params = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String s : segments) {
            if (s.startsWith("{")) {
                String name = s.substring(1, s.length() - 1);
                params.add(name);
                fields.add(b.pathFields.size() > fields.size() ? b.pathFields.get(fields.size())
                        : QueryParam.fieldName(name));
            }
        }
        if (b.pathFields.size() > params.size()) {
            throw new IllegalStateException(b.template + " has " + params.size() + " path parameters");
        }
        this.pathParams = List.copyOf(params);
        this.pathFields = List.copyOf(fields);
        this.query = List.copyOf(b.query);
        this.bodyKind = b.bodyKind;
        this.bodyFields = List.copyOf(b.bodyFields);
        this.json = b.json;
        this.form = b.form;
        this.paged = b.page && b.query.stream().anyMatch(q -> q.name().equals("cursor"));
        this.idempotent = b.idempotent == null ? b.method.isIdempotent() : b.idempotent;
        this.replyType = b.replyType;
        this.streamReader = b.streamReader;
        this.inputRequired = !b.optionalInput && (!b.query.isEmpty() || b.bodyKind != BodyKind.NONE);
        this.secrets = b.secrets;
    }

    /** Declares {@code GET template}. */
    public static <Q, R> Builder<Q, R> get(String template) {
        return new Builder<>(HttpMethod.GET, template);
    }

    /** Declares {@code POST template}. */
    public static <Q, R> Builder<Q, R> post(String template) {
        return new Builder<>(HttpMethod.POST, template);
    }

    /** Declares {@code PATCH template}. */
    public static <Q, R> Builder<Q, R> patch(String template) {
        return new Builder<>(HttpMethod.PATCH, template);
    }

    /** Declares {@code PUT template}. */
    public static <Q, R> Builder<Q, R> put(String template) {
        return new Builder<>(HttpMethod.PUT, template);
    }

    /** Declares {@code DELETE template}. */
    public static <Q, R> Builder<Q, R> delete(String template) {
        return new Builder<>(HttpMethod.DELETE, template);
    }

    public HttpMethod method() {
        return method;
    }

    /** The path template below {@code /api/v1}, as the OpenAPI document writes it, e.g. {@code /chats/{chat_id}}. */
    public String template() {
        return template;
    }

    /** The path parameters' wire names, in order. */
    public List<String> pathParams() {
        return pathParams;
    }

    public List<QueryParam<Q>> query() {
        return query;
    }

    public BodyKind bodyKind() {
        return bodyKind;
    }

    /** The body fields the encoder may write, in wire spelling ({@code linkedin[api]} for nested form fields). */
    public List<String> bodyFields() {
        return bodyFields;
    }

    /** Whether the reply is a {@link Page} and the operation takes a {@code cursor}. */
    public boolean paged() {
        return paged;
    }

    /** Whether a retry may repeat the request after it may have reached the server. */
    public boolean idempotent() {
        return idempotent;
    }

    /** The reply's JSON type, or null when the body is streamed to the caller. */
    public JavaType replyType() {
        return replyType;
    }

    Function<TransportResponse, R> streamReader() {
        return streamReader;
    }

    /** The secrets {@code input} sends (passwords, cookies, tokens), to keep out of every text built from the reply. */
    List<String> secrets(Q input) {
        if (secrets == null || input == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String s : secrets.apply(input)) {
            if (s != null) {
                found.add(s);
            }
        }
        return found;
    }

    /**
     * Builds the request for {@code input} and {@code pathValues}, validating each: a path value must not be blank,
     * a query value must be within its limits.
     *
     * @param overrideCursor whether {@code cursor} replaces the input's cursor (a page after the first)
     */
    ApiRequest toRequest(Q input, String[] pathValues, RequestOptions options, boolean overrideCursor,
                         String cursor) {
        if (pathValues.length != pathParams.size()) {
            throw new IllegalStateException(template + " takes " + pathParams.size() + " path values");
        }
        if (inputRequired) {
            Check.notNull("request", input);
        }
        ApiRequest.Builder b = ApiRequest.builder(method).route(template).idempotent(idempotent);
        int p = 0;
        for (String s : segments) {
            if (s.startsWith("{")) {
                b.id(pathFields.get(p), pathValues[p]);
                p++;
            } else {
                b.path(s);
            }
        }
        for (QueryParam<Q> q : query) {
            Object value = overrideCursor && q.name().equals("cursor") ? cursor : q.valueOf(input);
            Object checked = q.check(value);
            if (checked instanceof List<?> values) {
                values.forEach(v -> b.query(q.name(), v));
            } else {
                b.query(q.name(), checked);
            }
        }
        if (bodyKind == BodyKind.JSON) {
            b.jsonBody(json.apply(input));
        } else if (bodyKind == BodyKind.MULTIPART) {
            MultipartBody.Builder mb = MultipartBody.builder();
            form.accept(input, mb);
            b.formBody(mb);
        }
        return b.options(options).build();
    }

    /** The cursor the input starts at, for a paged endpoint. */
    String firstCursor(Q input) {
        for (QueryParam<Q> q : query) {
            if (q.name().equals("cursor")) {
                return (String) q.check(q.valueOf(input));
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** Declares an {@link Endpoint}: a few lines per operation. */
    public static final class Builder<Q, R> {
        private final HttpMethod method;
        private final String template;
        private final List<QueryParam<Q>> query = new ArrayList<>();
        private BodyKind bodyKind = BodyKind.NONE;
        private final List<String> bodyFields = new ArrayList<>();
        private Function<Q, ObjectNode> json;
        private BiConsumer<Q, MultipartBody.Builder> form;
        private boolean page;
        private Boolean idempotent;
        private JavaType replyType;
        private Function<TransportResponse, R> streamReader;
        private boolean optionalInput;
        private final List<String> pathFields = new ArrayList<>();
        private Function<Q, List<String>> secrets;

        private Builder(HttpMethod method, String template) {
            if (!template.startsWith("/") || template.endsWith("/")) {
                throw new IllegalArgumentException("template must start and not end with '/': " + template);
            }
            this.method = method;
            this.template = template;
        }

        /**
         * The library's names of the path parameters, in order, where the template's are too vague for an error
         * message: {@code /accounts/{id}} names its value {@code accountId}. By default {@code chat_id} is
         * {@code chatId}.
         */
        public Builder<Q, R> pathNames(String... names) {
            pathFields.addAll(List.of(names));
            return this;
        }

        /** A string query parameter; must not be blank when set. */
        public Builder<Q, R> query(String name, Function<Q, ?> value) {
            query.add(new QueryParam<>(name, value, null, null, false));
            return this;
        }

        /** A numeric query parameter within {@code [min, max]}. */
        public Builder<Q, R> query(String name, Function<Q, ? extends Number> value, long min, long max) {
            query.add(new QueryParam<>(name, value, min, max, false));
            return this;
        }

        /** A query parameter the operation cannot do without. */
        public Builder<Q, R> requiredQuery(String name, Function<Q, ?> value) {
            query.add(new QueryParam<>(name, value, null, null, true));
            return this;
        }

        /** The {@code before}/{@code after} filters, ISO 8601 UTC with milliseconds. */
        public Builder<Q, R> timeFilters(Function<Q, Instant> before, Function<Q, Instant> after) {
            query(QueryParam.BEFORE, q -> Timestamps.filter(before.apply(q)));
            return query(QueryParam.AFTER, q -> Timestamps.filter(after.apply(q)));
        }

        /** A JSON object body written by {@code encoder}, which writes only the named fields. */
        public Builder<Q, R> jsonBody(Function<Q, ObjectNode> encoder, String... fields) {
            this.bodyKind = BodyKind.JSON;
            this.json = Objects.requireNonNull(encoder);
            this.bodyFields.addAll(List.of(fields));
            return this;
        }

        /** A multipart body filled by {@code encoder}, which writes only the named fields. */
        public Builder<Q, R> multipartBody(BiConsumer<Q, MultipartBody.Builder> encoder, List<String> fields) {
            this.bodyKind = BodyKind.MULTIPART;
            this.form = Objects.requireNonNull(encoder);
            this.bodyFields.addAll(fields);
            return this;
        }

        /**
         * The reply is a page of {@code item}s; with a declared {@code cursor} parameter the endpoint is paged, and
         * {@link ApiCaller#pages} moves the cursor through it.
         */
        public Builder<Q, R> pageOf(Class<?> item) {
            this.page = true;
            this.replyType = Pages.of(item);
            return this;
        }

        /** The reply is a JSON body of {@code type}. */
        public Builder<Q, R> returns(Class<?> type) {
            this.replyType = Json.mapper().constructType(type);
            return this;
        }

        /** The reply's body is handed to the caller as a stream, unread. */
        public Builder<Q, R> streams(Function<TransportResponse, R> reader) {
            this.streamReader = Objects.requireNonNull(reader);
            return this;
        }

        /**
         * The secrets the input sends (passwords, cookies, tokens): an error or a malformed reply that echoes one
         * shows {@code [REDACTED]} instead, as for the API key. Null elements are ignored.
         */
        public Builder<Q, R> secrets(Function<Q, List<String>> secrets) {
            this.secrets = Objects.requireNonNull(secrets);
            return this;
        }

        /** The input is a single optional value (e.g. an account id) rather than a request, and may be null. */
        public Builder<Q, R> optionalInput() {
            this.optionalInput = true;
            return this;
        }

        /**
         * Overrides the method's default: {@code true} for a write whose repetition is harmless, so that a retry
         * may repeat it after it may have reached the server.
         */
        public Builder<Q, R> idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public Endpoint<Q, R> build() {
            if ((replyType == null) == (streamReader == null)) {
                throw new IllegalStateException(template + ": declare exactly one of returns, pageOf, streams");
            }
            return new Endpoint<>(this);
        }
    }
}
