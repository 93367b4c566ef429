package io.unipile.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations the fake serves, each a method and a path template under {@code /api/v1}. */
public enum Route {
    /** {@code GET /api/v1/accounts}. */
    LIST_ACCOUNTS("GET", "/api/v1/accounts", "cursor", "limit"),
    /** {@code GET /api/v1/accounts/{id}}. */
    GET_ACCOUNT("GET", "/api/v1/accounts/{id}"),
    /** {@code DELETE /api/v1/accounts/{id}}: removes the account with its chats, messages and attendees. */
    DELETE_ACCOUNT("DELETE", "/api/v1/accounts/{id}"),
    /** {@code GET /api/v1/chats}. */
    LIST_CHATS("GET", "/api/v1/chats", "unread", "cursor", "before", "after", "limit", "account_type", "account_id"),
    /** {@code POST /api/v1/chats} (multipart). */
    START_CHAT("POST", "/api/v1/chats"),
    /** {@code GET /api/v1/chats/{chat_id}}. */
    GET_CHAT("GET", "/api/v1/chats/{chat_id}", "account_id"),
    /** {@code GET /api/v1/chats/{chat_id}/messages}. */
    LIST_CHAT_MESSAGES("GET", "/api/v1/chats/{chat_id}/messages", "cursor", "before", "after", "limit", "sender_id"),
    /** {@code POST /api/v1/chats/{chat_id}/messages} (multipart). */
    SEND_MESSAGE("POST", "/api/v1/chats/{chat_id}/messages"),
    /** {@code GET /api/v1/chats/{chat_id}/attendees}. */
    LIST_CHAT_ATTENDEES("GET", "/api/v1/chats/{chat_id}/attendees"),
    /** {@code GET /api/v1/messages}. */
    LIST_MESSAGES("GET", "/api/v1/messages", "cursor", "before", "after", "limit", "sender_id", "account_id"),
    /** {@code GET /api/v1/messages/{message_id}}. */
    GET_MESSAGE("GET", "/api/v1/messages/{message_id}"),
    /** {@code GET /api/v1/messages/{message_id}/attachments/{attachment_id}}: the file's bytes. */
    GET_ATTACHMENT("GET", "/api/v1/messages/{message_id}/attachments/{attachment_id}"),
    /** {@code GET /api/v1/chat_attendees}. */
    LIST_ATTENDEES("GET", "/api/v1/chat_attendees", "cursor", "limit", "account_id"),
    /** {@code GET /api/v1/chat_attendees/{id}}. */
    GET_ATTENDEE("GET", "/api/v1/chat_attendees/{id}"),
    /** {@code GET /api/v1/webhooks}. */
    LIST_WEBHOOKS("GET", "/api/v1/webhooks", "cursor", "limit"),
    /** {@code POST /api/v1/webhooks} (JSON). */
    CREATE_WEBHOOK("POST", "/api/v1/webhooks"),
    /** {@code DELETE /api/v1/webhooks/{id}}. */
    DELETE_WEBHOOK("DELETE", "/api/v1/webhooks/{id}");

    private final String method;
    private final String template;
    private final String[] segments;
    private final Set<String> queryParameters;

    Route(String method, String template, String... queryParameters) {
        this.method = method;
        this.template = template;
        this.segments = template.substring(1).split("/");
        this.queryParameters = Set.of(queryParameters);
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
     * The query parameters the OpenAPI document gives the route; the fake answers 400
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
                        URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8));
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(params));
    }
}
