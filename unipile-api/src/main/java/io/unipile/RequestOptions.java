package io.unipile;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.http.TransportRequest;
import io.unipile.internal.Check;
import io.unipile.internal.Json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls made through {@link UnipileClient#withOptions(RequestOptions)}, or for one raw call: a
 * deadline, extra headers, and extra query, form or JSON fields for parameters Unipile has added before this library
 * models them. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * unipile.withOptions(RequestOptions.builder()
 *                 .timeout(Duration.ofSeconds(5))
 *                 .extraQuery("new_filter", "x")
 *                 .build())
 *         .chats().get(chatId);
 * }</pre>
 *
 * <p>Extra fields are added to what the library sends, never instead of it: an extra query parameter is appended, an
 * extra JSON field is added to a JSON body (replacing a field of the same name), an extra form field is added as one
 * more text part of a multipart body. Extra body fields on an operation without such a body are an error.
 *
 * <p>Attributes carry per-call settings of extensions that the client itself does not read, such as the wait mode of
 * {@code unipile-limits}; a {@link io.unipile.guard.CallGuard} finds them in {@link io.unipile.guard.GuardedCall#options()}.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();

    private final Duration timeout;
    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> extraQuery;
    private final Map<String, List<String>> extraFormFields;
    private final Map<String, JsonNode> extraJsonFields;
    private final Map<Class<?>, Object> attributes;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.headers = freeze(b.headers);
        this.extraQuery = freeze(b.extraQuery);
        this.extraFormFields = freeze(b.extraFormFields);
        this.extraJsonFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraJsonFields));
        this.attributes = b.attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(
                new LinkedHashMap<>(b.attributes));
    }

    /** No options: the client's settings apply. */
    public static RequestOptions none() {
        return NONE;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
        extraQuery.forEach((k, v) -> b.extraQuery.put(k, new ArrayList<>(v)));
        extraFormFields.forEach((k, v) -> b.extraFormFields.put(k, new ArrayList<>(v)));
        b.extraJsonFields.putAll(extraJsonFields);
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * These options with {@code later}'s on top: its timeout wins when set, its headers and fields are added (a JSON
     * field of the same name replaces this one's), its attributes replace these of the same type.
     */
    public RequestOptions merge(RequestOptions later) {
        Objects.requireNonNull(later, "later");
        if (this == NONE) {
            return later;
        }
        if (later == NONE) {
            return this;
        }
        Builder b = toBuilder();
        if (later.timeout != null) {
            b.timeout = later.timeout;
        }
        later.headers.forEach((k, v) -> b.headers.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        later.extraQuery.forEach((k, v) -> b.extraQuery.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        later.extraFormFields.forEach((k, v) -> b.extraFormFields.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        b.extraJsonFields.putAll(later.extraJsonFields);
        b.attributes.putAll(later.attributes);
        return b.build();
    }

    /** The deadline of each call across all its attempts, replacing the client's overall timeout; or null. */
    public Duration timeout() {
        return timeout;
    }

    /** Extra headers, sent in addition to the client's. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Extra query parameters, appended to the operation's. */
    public Map<String, List<String>> extraQuery() {
        return extraQuery;
    }

    /** Extra text parts of a multipart body. */
    public Map<String, List<String>> extraFormFields() {
        return extraFormFields;
    }

    /** Extra fields of a JSON object body. */
    public Map<String, JsonNode> extraJsonFields() {
        return extraJsonFields;
    }

    /** The attribute of {@code type}, if one was set. */
    public <T> Optional<T> attribute(Class<T> type) {
        Object value = attributes.get(Objects.requireNonNull(type, "type"));
        return value == null ? Optional.empty() : Optional.of(type.cast(value));
    }

    /** Whether these are the empty options. */
    public boolean isEmpty() {
        return timeout == null && headers.isEmpty() && extraQuery.isEmpty() && extraFormFields.isEmpty()
                && extraJsonFields.isEmpty() && attributes.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOptions r && Objects.equals(timeout, r.timeout) && headers.equals(r.headers)
                && extraQuery.equals(r.extraQuery) && extraFormFields.equals(r.extraFormFields)
                && extraJsonFields.equals(r.extraJsonFields) && attributes.equals(r.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, headers, extraQuery, extraFormFields, extraJsonFields, attributes);
    }

    /** Shows header names only: a header may carry a secret. */
    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet() + ", extraQuery=" + extraQuery
                + ", extraFormFields=" + extraFormFields.keySet() + ", extraJsonFields=" + extraJsonFields.keySet()
                + (attributes.isEmpty() ? "" : ", attributes=" + attributes.values()) + "]";
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** Builds {@link RequestOptions}; each setter checks its argument and names it when wrong. */
    public static final class Builder {
        private Duration timeout;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, List<String>> extraQuery = new LinkedHashMap<>();
        private final Map<String, List<String>> extraFormFields = new LinkedHashMap<>();
        private final Map<String, JsonNode> extraJsonFields = new LinkedHashMap<>();
        private final Map<Class<?>, Object> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        /** The deadline of each call across all attempts and waits; replaces the client's overall timeout. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive but was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * One more header value. The API key header is the client's own and cannot be set here; names and values
         * are checked for characters that would split the header.
         */
        public Builder header(String name, String value) {
            TransportRequest.checkHeader(name, value);
            if (name.equalsIgnoreCase(TransportRequest.API_KEY_HEADER)) {
                throw new IllegalArgumentException("header " + TransportRequest.API_KEY_HEADER
                        + " is the client's API key and cannot be set per call");
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** One more query parameter, appended to the operation's (repeat it for several values). */
        public Builder extraQuery(String name, String value) {
            extraQuery.computeIfAbsent(Check.notBlank("extraQuery name", name), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "extraQuery value"));
            return this;
        }

        /** One more text part of a multipart body, e.g. {@code linkedin[new_option]}. */
        public Builder extraFormField(String name, String value) {
            extraFormFields.computeIfAbsent(Check.notBlank("extraFormField name", name), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "extraFormField value"));
            return this;
        }

        /**
         * One more field of a JSON body; {@code value} is anything Jackson writes (a string, number, boolean, map,
         * list, record or {@link JsonNode}), converted now so that an unwritable value fails here.
         */
        public Builder extraJsonField(String name, Object value) {
            JsonNode node;
            try {
                node = Json.mapper().valueToTree(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("extraJsonField '" + name + "' cannot be written as JSON: "
                        + e.getMessage(), e);
            }
            extraJsonFields.put(Check.notBlank("extraJsonField name", name), node == null
                    ? Json.mapper().nullNode() : node);
            return this;
        }

        /**
         * A per-call setting of an extension, found by its type; replaces an attribute of the same type. The client
         * does not read it, so its {@code toString()} must not show a secret.
         */
        public <T> Builder attribute(Class<T> type, T value) {
            Check.notNull("attribute type", type);
            attributes.put(type, type.cast(Check.notNull("attribute value", value)));
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
