package io.unipile.testkit;

import io.unipile.internal.UrlEncoding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An operation of Unipile's API: a method and a path template as the OpenAPI document writes it, e.g.
 * {@code GET /api/v1/chats/{chat_id}}. Two routes are equal when method and template are.
 *
 * <p>The routes the fake models are constants of their resource group ({@code io.unipile.testkit.chats.ChatRoutes},
 * ...) and listed by {@link Routes#all()}; {@link #of(String, String)} names any other, e.g. to
 * {@linkplain Stubs stub} an operation the fake does not model or to {@linkplain FaultInjector fault} it.
 */
public final class Route {
    private final String method;
    private final String template;
    private final String[] segments;
    private final Set<String> queryParameters;

    private Route(String method, String template, Set<String> queryParameters) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("An HTTP method in upper case, not " + method);
        }
        if (!template.startsWith("/") || template.contains("?") || template.endsWith("/")) {
            throw new IllegalArgumentException("A path template starts with / and has no query or trailing /: "
                    + template);
        }
        this.method = method;
        this.template = template;
        this.segments = template.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || (segment.startsWith("{") != segment.endsWith("}"))
                    || segment.equals("{}")) {
                throw new IllegalArgumentException("Malformed path template " + template);
            }
        }
        this.queryParameters = Set.copyOf(queryParameters);
    }

    /**
     * Any operation, e.g. {@code Route.of("GET", "/api/v1/calendars/{calendar_id}")}; it declares no query
     * parameters.
     */
    public static Route of(String method, String template) {
        return new Route(method.toUpperCase(Locale.ROOT), template, Set.of());
    }

    /** A {@code GET} that takes these query parameters (the fake refuses others with 400). */
    public static Route get(String template, String... queryParameters) {
        return new Route("GET", template, Set.of(queryParameters));
    }

    /** A {@code POST}. */
    public static Route post(String template) {
        return new Route("POST", template, Set.of());
    }

    /** A {@code POST} that takes these query parameters (the fake refuses others with 400). */
    public static Route post(String template, String... queryParameters) {
        return new Route("POST", template, Set.of(queryParameters));
    }

    /** A {@code PATCH}. */
    public static Route patch(String template) {
        return new Route("PATCH", template, Set.of());
    }

    /** A {@code PATCH} that takes these query parameters (the fake refuses others with 400). */
    public static Route patch(String template, String... queryParameters) {
        return new Route("PATCH", template, Set.of(queryParameters));
    }

    /** A {@code PUT} that takes these query parameters (the fake refuses others with 400). */
    public static Route put(String template, String... queryParameters) {
        return new Route("PUT", template, Set.of(queryParameters));
    }

    /** A {@code DELETE}. */
    public static Route delete(String template) {
        return new Route("DELETE", template, Set.of());
    }

    /** A {@code DELETE} that takes these query parameters (the fake refuses others with 400). */
    public static Route delete(String template, String... queryParameters) {
        return new Route("DELETE", template, Set.of(queryParameters));
    }

    /** The HTTP method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path template as the OpenAPI document writes it, e.g. {@code /api/v1/chats/{chat_id}}. */
    public String template() {
        return template;
    }

    /**
     * The query parameters the OpenAPI document gives the route; the fake's own handling answers 400
     * {@code errors/invalid_parameters} to any other.
     */
    public Set<String> queryParameters() {
        return queryParameters;
    }

    /**
     * The path parameters if the raw (still percent-encoded) path fits this template, decoded.
     * A parameter must be a single, non-empty segment, so {@code /chats/a/b} fits no chat route.
     */
    public Optional<Map<String, String>> match(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(segment.substring(1, segment.length() - 1),
                        UrlEncoding.decode(parts[i]));
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(params));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route && ((Route) other).method.equals(method)
                && ((Route) other).template.equals(template);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, template);
    }

    /** {@code GET /api/v1/chats/{chat_id}}, with the query parameters when it declares some. */
    @Override
    public String toString() {
        return method + " " + template + (queryParameters.isEmpty() ? "" : " " + new TreeSet<>(queryParameters));
    }
}
