package io.unipile.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.http.HttpMethod;
import io.unipile.internal.Check;
import io.unipile.internal.Json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin}: a request Unipile makes to LinkedIn's own API
 * ({@code https://www.linkedin.com/...}, found with a browser's developer tools) from a connected account, for what
 * this library and Unipile do not model. The answer is LinkedIn's JSON, in {@link LinkedInRawData#data()}.
 *
 * <pre>{@code
 * LinkedInRawData me = unipile.linkedin().rawData(LinkedInRawRequest
 *         .builder(accountId, "https://www.linkedin.com/voyager/api/me").build());
 * }</pre>
 *
 * Checked when built: the account and a LinkedIn URL are required, and {@code body} and {@code queryParams} must be
 * JSON objects.
 */
public final class LinkedInRawRequest {
    /** Unipile refuses any other URL. */
    private static final String LINKEDIN = "https://www.linkedin.com/";

    private final String accountId;
    private final String requestUrl;
    private final HttpMethod method;
    private final Map<String, String> headers;
    private final ObjectNode body;
    private final ObjectNode queryParams;
    private final Boolean encoding;

    private LinkedInRawRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.requestUrl = Check.notBlank("requestUrl", b.requestUrl);
        if (!requestUrl.startsWith(LINKEDIN)) {
            throw new IllegalArgumentException("requestUrl must start with " + LINKEDIN + " but was " + requestUrl);
        }
        this.method = b.method;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body == null ? null : b.body.deepCopy();
        this.queryParams = b.queryParams == null ? null : b.queryParams.deepCopy();
        this.encoding = b.encoding;
    }

    /** A builder for a request from {@code accountId} to a LinkedIn URL. */
    public static Builder builder(String accountId, String requestUrl) {
        return new Builder().accountId(accountId).requestUrl(requestUrl);
    }

    /** An empty builder; {@code accountId} and {@code requestUrl} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        Builder b = new Builder().accountId(accountId).requestUrl(requestUrl).method(method).encoding(encoding);
        headers.forEach(b::header);
        b.body = body();
        b.queryParams = queryParams();
        return b;
    }

    /** {@code account_id}: the LinkedIn account the request goes out from. */
    public String accountId() {
        return accountId;
    }

    /** {@code request_url}: the LinkedIn URL, starting with {@code https://www.linkedin.com/}. */
    public String requestUrl() {
        return requestUrl;
    }

    /** {@code method}: the HTTP method; {@code null} for Unipile's default, GET. */
    public HttpMethod method() {
        return method;
    }

    /** {@code headers}: headers added to the request to LinkedIn; empty when none. Immutable. */
    public Map<String, String> headers() {
        return headers;
    }

    /** {@code body}: the JSON object sent to LinkedIn (POST and the like), or {@code null}. A copy. */
    public ObjectNode body() {
        return body == null ? null : body.deepCopy();
    }

    /** {@code query_params}: the query parameters as a JSON object, or {@code null}. A copy. */
    public ObjectNode queryParams() {
        return queryParams == null ? null : queryParams.deepCopy();
    }

    /**
     * {@code encoding}: whether Unipile encodes the query parameters (or a form body) itself; {@code null} for its
     * default, {@code true}.
     */
    public Boolean encoding() {
        return encoding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedInRawRequest r && accountId.equals(r.accountId) && requestUrl.equals(r.requestUrl)
                && Objects.equals(method, r.method) && headers.equals(r.headers) && Objects.equals(body, r.body)
                && Objects.equals(queryParams, r.queryParams) && Objects.equals(encoding, r.encoding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, requestUrl, method, headers, body, queryParams, encoding);
    }

    /** Header values are left out: they often carry LinkedIn tokens. */
    @Override
    public String toString() {
        return "LinkedInRawRequest[accountId=" + accountId + ", requestUrl=" + requestUrl + ", method=" + method
                + ", headers=" + headers.keySet() + ", body=" + (body == null ? null : body.size() + " fields")
                + ", queryParams=" + queryParams + ", encoding=" + encoding + "]";
    }

    /** Builds a {@link LinkedInRawRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String requestUrl;
        private HttpMethod method;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private ObjectNode body;
        private ObjectNode queryParams;
        private Boolean encoding;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account the request goes out from. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code request_url} (required): a URL starting with {@code https://www.linkedin.com/}. */
        public Builder requestUrl(String requestUrl) {
            this.requestUrl = requestUrl;
            return this;
        }

        /** {@code method}: GET (Unipile's default), POST, PUT, PATCH or DELETE. */
        public Builder method(HttpMethod method) {
            this.method = method;
            return this;
        }

        /** Adds a header to {@code headers}; fails naming it when the name is blank or the value null. */
        public Builder header(String name, String value) {
            headers.put(Check.notBlank("headers name", name), Check.notNull("headers." + name, value));
            return this;
        }

        /**
         * {@code body}: what LinkedIn is sent, as a JSON object: a {@link JsonNode}, a {@link Map} or any object
         * Jackson writes as one; {@code null} for none.
         */
        public Builder body(Object body) {
            this.body = object("body", body);
            return this;
        }

        /** {@code query_params}: the query parameters, as a JSON object (a {@link Map}, a tree, ...). */
        public Builder queryParams(Object queryParams) {
            this.queryParams = object("queryParams", queryParams);
            return this;
        }

        /** Adds one query parameter to {@code query_params}. */
        public Builder queryParam(String name, Object value) {
            Check.notBlank("queryParams name", name);
            if (queryParams == null) {
                queryParams = Json.mapper().createObjectNode();
            }
            queryParams.set(name, Json.mapper().valueToTree(Check.notNull("queryParams." + name, value)));
            return this;
        }

        /** {@code encoding}: whether Unipile encodes the query parameters (or a form body) itself; default true. */
        public Builder encoding(Boolean encoding) {
            this.encoding = encoding;
            return this;
        }

        /** The request; fails naming {@code accountId} or {@code requestUrl} when missing or not a LinkedIn URL. */
        public LinkedInRawRequest build() {
            return new LinkedInRawRequest(this);
        }

        private static ObjectNode object(String field, Object value) {
            if (value == null) {
                return null;
            }
            JsonNode tree;
            try {
                tree = value instanceof JsonNode node ? node : Json.mapper().valueToTree(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + " cannot be written as JSON: " + e.getMessage(), e);
            }
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalArgumentException(field + " must be a JSON object but was " + tree.getNodeType());
            }
            return object.deepCopy();
        }
    }
}
