package io.unipile.internal;

import io.unipile.http.HttpMethod;
import io.unipile.http.RequestBody;

/**
 * One API call before it meets the transport: method, encoded path below {@code /api/v1}, encoded query, body.
 * Built with {@link #builder(HttpMethod)}, which validates and encodes each piece once.
 *
 * @param method       HTTP method
 * @param encodedPath  e.g. {@code /chats/abc%2F1/messages}
 * @param encodedQuery e.g. {@code limit=10&cursor=x}, or empty
 * @param body         body or {@code null}
 */
public record ApiRequest(HttpMethod method, String encodedPath, String encodedQuery, RequestBody body) {

    public static Builder builder(HttpMethod method) {
        return new Builder(method);
    }

    /** Assembles path and query; every id is checked and encoded as a single segment. */
    public static final class Builder {
        private final HttpMethod method;
        private final StringBuilder path = new StringBuilder();
        private final StringBuilder query = new StringBuilder();
        private RequestBody body;

        private Builder(HttpMethod method) {
            this.method = method;
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

        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(method, path.toString(), query.toString(), body);
        }
    }
}
