package io.unipile.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.RequestOptions;
import io.unipile.http.HttpMethod;
import io.unipile.http.RequestBody;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One API call before it meets the transport: method, encoded path below {@code /api/v1}, encoded query, body, and
 * what the resilience layer needs to know. Built with {@link #builder(HttpMethod)}, which validates and encodes each
 * piece once.
 *
 * @param method       HTTP method
 * @param route        the path template it was built from, e.g. {@code /chats/{chat_id}}; for logs, never an id
 * @param encodedPath  e.g. {@code /chats/abc%2F1/messages}
 * @param encodedQuery e.g. {@code limit=10&cursor=x}, or empty
 * @param body         body or {@code null}
 * @param idempotent   whether a retry may repeat it after it may have reached the server
 * @param headers      extra headers from {@link RequestOptions}
 * @param timeout      the call's own overall deadline, or null for the client's
 * @param json         the JSON object the body was written from, or null; read by a call guard, never written to
 * @param options      the call's options, as the call guard sees them (a raw request's own merged in)
 */
public record ApiRequest(HttpMethod method, String route, String encodedPath, String encodedQuery, RequestBody body,
                         boolean idempotent, Map<String, List<String>> headers, Duration timeout, ObjectNode json,
                         RequestOptions options) {

    public static Builder builder(HttpMethod method) {
        return new Builder(method);
    }

    /** Assembles path and query; every id is checked and encoded as a single segment. */
    public static final class Builder {
        private final HttpMethod method;
        private final StringBuilder path = new StringBuilder();
        private final StringBuilder query = new StringBuilder();
        private String route;
        private boolean idempotent;
        private RequestBody body;
        private ObjectNode json;
        private MultipartBody.Builder form;
        private RequestOptions options = RequestOptions.none();

        private Builder(HttpMethod method) {
            this.method = method;
            this.idempotent = method.isIdempotent();
        }

        /** Appends fixed segments such as {@code chats}; these come from library code, never from users. */
        public Builder path(String literal) {
            path.append('/').append(literal);
            return this;
        }

        /** Appends a caller-supplied id as one encoded segment; fails naming {@code field} when blank. */
        public Builder id(String field, String value) {
            path.append('/').append(UrlEncoding.pathSegment(Check.notBlank(field, value)));
            return this;
        }

        /** Adds a query parameter when {@code value} is not null. */
        public Builder query(String name, Object value) {
            if (value != null) {
                if (query.length() > 0) {
                    query.append('&');
                }
                query.append(UrlEncoding.queryComponent(name)).append('=')
                        .append(UrlEncoding.queryComponent(String.valueOf(value)));
            }
            return this;
        }

        public Builder route(String route) {
            this.route = route;
            return this;
        }

        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** A body that is sent as it is; extra fields of the options cannot be added to it. */
        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        /** A JSON object body, to which the options' extra JSON fields are added. */
        public Builder jsonBody(ObjectNode json) {
            this.json = json;
            return this;
        }

        /** A multipart body, to which the options' extra form fields are added. */
        public Builder formBody(MultipartBody.Builder form) {
            this.form = form;
            return this;
        }

        public Builder options(RequestOptions options) {
            this.options = Check.notNull("options", options);
            return this;
        }

        public ApiRequest build() {
            options.extraQuery().forEach((name, values) -> values.forEach(v -> query(name, v)));
            RequestBody b = body;
            if (json != null) {
                options.extraJsonFields().forEach(json::set);
                b = JsonBody.of(json);
            } else if (!options.extraJsonFields().isEmpty()) {
                throw new IllegalArgumentException("extraJsonFields: " + method + " " + routeOrPath()
                        + " has no JSON body");
            }
            if (form != null) {
                options.extraFormFields().forEach((name, values) -> values.forEach(v -> form.field(name, v)));
                b = form.build();
            } else if (!options.extraFormFields().isEmpty()) {
                throw new IllegalArgumentException("extraFormFields: " + method + " " + routeOrPath()
                        + " has no multipart body");
            }
            return new ApiRequest(method, routeOrPath(), path.toString(), query.toString(), b, idempotent,
                    options.headers(), options.timeout(), json, options);
        }

        private String routeOrPath() {
            return route != null ? route : path.toString();
        }
    }
}
