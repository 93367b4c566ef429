package io.unipile.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.RequestOptions;
import io.unipile.files.FileInput;
import io.unipile.http.HttpMethod;
import io.unipile.internal.Check;
import io.unipile.internal.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call to any operation of the Unipile API, modelled by this library or not: method, path template below
 * {@code /api/v1} with its parameters, query, and a JSON or multipart body. It goes through the same pipeline as
 * every modelled call: API key, path values encoded as one segment each, retries by the same rules, typed errors.
 *
 * <pre>{@code
 * JsonNode profile = unipile.raw().call(RawRequest.get("/users/{identifier}")
 *         .pathParam("identifier", "john-doe")
 *         .query("account_id", accountId)
 *         .build());
 * }</pre>
 *
 * <p>A request with a method other than GET, PUT or DELETE is not repeated once it may have reached the server,
 * unless marked {@link Builder#idempotent(boolean) idempotent}.
 */
public final class RawRequest {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");

    private final HttpMethod method;
    private final String template;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final JsonNode jsonBody;
    private final List<FormPart> formParts;
    private final boolean idempotent;
    private final RequestOptions options;

    private RawRequest(Builder b) {
        this.method = b.method;
        this.template = b.template;
        this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
        Map<String, List<String>> q = new LinkedHashMap<>();
        b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
        this.query = Collections.unmodifiableMap(q);
        this.jsonBody = b.jsonBody;
        this.formParts = List.copyOf(b.formParts);
        this.idempotent = b.idempotent == null ? method.isIdempotent() : b.idempotent;
        this.options = b.options;
    }

    /** {@code GET template}, e.g. {@code /users/{identifier}}. */
    public static Builder get(String template) {
        return new Builder(HttpMethod.GET, template);
    }

    /** {@code POST template}. */
    public static Builder post(String template) {
        return new Builder(HttpMethod.POST, template);
    }

    /** {@code PATCH template}. */
    public static Builder patch(String template) {
        return new Builder(HttpMethod.PATCH, template);
    }

    /** {@code PUT template}. */
    public static Builder put(String template) {
        return new Builder(HttpMethod.PUT, template);
    }

    /** {@code DELETE template}. */
    public static Builder delete(String template) {
        return new Builder(HttpMethod.DELETE, template);
    }

    /** A builder holding this request. */
    public Builder toBuilder() {
        Builder b = new Builder(method, template);
        b.pathParams.putAll(pathParams);
        query.forEach((k, v) -> b.query.put(k, new ArrayList<>(v)));
        b.jsonBody = jsonBody;
        b.formParts.addAll(formParts);
        b.idempotent = idempotent;
        b.options = options;
        return b;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path template below {@code /api/v1}. */
    public String template() {
        return template;
    }

    /** The path parameters' values by name; each is sent as exactly one encoded segment. */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /** The query parameters, each with one or more values. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The JSON body, or null. */
    public JsonNode jsonBody() {
        return jsonBody;
    }

    /** The parts of a multipart body, empty for none. */
    public List<FormPart> formParts() {
        return formParts;
    }

    /** Whether a retry may repeat it after it may have reached the server. */
    public boolean idempotent() {
        return idempotent;
    }

    /** Options of this call, added to the client's. */
    public RequestOptions options() {
        return options;
    }

    /** Shows the template and parameter names; values may be personal data. */
    @Override
    public String toString() {
        return "RawRequest[" + method + " " + template + ", query=" + query.keySet() + ", body="
                + (jsonBody != null ? "json" : formParts.isEmpty() ? "none" : "multipart") + "]";
    }

    /**
     * One part of a multipart body: a text field or a file.
     *
     * @param name  the field name, e.g. {@code attachments} or {@code linkedin[api]}
     * @param value the text, or null for a file
     * @param file  the file, or null for a text field
     */
    public record FormPart(String name, String value, FileInput file) {
    }

    /** Builds a {@link RawRequest}; {@link #build()} checks the template against the path parameters given. */
    public static final class Builder {
        private final HttpMethod method;
        private final String template;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private JsonNode jsonBody;
        private final List<FormPart> formParts = new ArrayList<>();
        private Boolean idempotent;
        private RequestOptions options = RequestOptions.none();

        private Builder(HttpMethod method, String template) {
            this.method = method;
            this.template = checkTemplate(template);
        }

        /** The value of {@code {name}} in the template; sent as one segment, whatever it contains. */
        public Builder pathParam(String name, String value) {
            pathParams.put(Check.notBlank("pathParam name", name), Check.notBlank(name, value));
            return this;
        }

        /** One more value of a query parameter. */
        public Builder query(String name, Object value) {
            Check.notBlank("query name", name);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(Check.notNull(name, value)));
            return this;
        }

        /** A JSON body: anything Jackson writes (a map, a record, a {@link JsonNode}), converted now. */
        public Builder jsonBody(Object body) {
            if (!formParts.isEmpty()) {
                throw new IllegalArgumentException("a request has either a JSON or a multipart body, not both");
            }
            try {
                this.jsonBody = Json.mapper().valueToTree(Check.notNull("jsonBody", body));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jsonBody cannot be written as JSON: " + e.getMessage(), e);
            }
            return this;
        }

        /** A text part of a multipart body. */
        public Builder formField(String name, String value) {
            return part(new FormPart(Check.notBlank("formField name", name), Check.notNull(name, value), null));
        }

        /** A file part of a multipart body, streamed when sent. */
        public Builder formFile(String name, FileInput file) {
            return part(new FormPart(Check.notBlank("formFile name", name), null, Check.notNull(name, file)));
        }

        /**
         * Whether repeating the request has the effect of sending it once, so that a retry may repeat it after it
         * may have reached the server; by default true for GET, PUT and DELETE only.
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** Options of this call, added to the client's. */
        public Builder options(RequestOptions options) {
            this.options = Check.notNull("options", options);
            return this;
        }

        /**
         * @throws IllegalArgumentException when a template parameter has no value or a value names no parameter
         */
        public RawRequest build() {
            Set<String> names = new LinkedHashSet<>();
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            for (String name : names) {
                if (!pathParams.containsKey(name)) {
                    throw new IllegalArgumentException("pathParam '" + name + "' of " + template + " has no value");
                }
            }
            for (String name : pathParams.keySet()) {
                if (!names.contains(name)) {
                    throw new IllegalArgumentException("pathParam '" + name + "' is not in " + template);
                }
            }
            return new RawRequest(this);
        }

        private Builder part(FormPart part) {
            if (jsonBody != null) {
                throw new IllegalArgumentException("a request has either a JSON or a multipart body, not both");
            }
            formParts.add(part);
            return this;
        }

        // Literal segments come from the caller's code, not from data, but a '?', '%', '..' or empty segment would
        // still let them reach another route than the one written; parameters go through pathParam.
        private static String checkTemplate(String template) {
            Objects.requireNonNull(template, "template");
            String t = template.startsWith("/api/v1/") ? template.substring("/api/v1".length()) : template;
            if (!t.startsWith("/") || t.length() < 2) {
                throw new IllegalArgumentException("template must start with '/' below /api/v1, e.g. /users/{id}, "
                        + "but was " + template);
            }
            for (String segment : t.substring(1).split("/", -1)) {
                if (!PARAM.matcher(segment).matches() && !LITERAL.matcher(segment).matches()) {
                    throw new IllegalArgumentException("template segment '" + segment + "' of " + template
                            + " is neither a literal name nor a {parameter}");
                }
            }
            return t;
        }
    }
}
