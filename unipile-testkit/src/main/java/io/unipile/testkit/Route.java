package io.unipile.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The operations the fake serves, each a method and a path template under {@code /api/v1}. */
public enum Route {
    /** {@code GET /api/v1/accounts}. */
    LIST_ACCOUNTS("GET", "/api/v1/accounts"),
    /** {@code GET /api/v1/accounts/{id}}. */
    GET_ACCOUNT("GET", "/api/v1/accounts/{id}"),
    /** {@code POST /api/v1/chats} (multipart). */
    START_CHAT("POST", "/api/v1/chats"),
    /** {@code GET /api/v1/chats/{chat_id}}. */
    GET_CHAT("GET", "/api/v1/chats/{chat_id}"),
    /** {@code POST /api/v1/chats/{chat_id}/messages} (multipart). */
    SEND_MESSAGE("POST", "/api/v1/chats/{chat_id}/messages");

    private final String method;
    private final String template;
    private final String[] segments;

    Route(String method, String template) {
        this.method = method;
        this.template = template;
        this.segments = template.substring(1).split("/");
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template as the OpenAPI document writes it. */
    public String template() {
        return template;
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
                        URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8));
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(params));
    }
}
