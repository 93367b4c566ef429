package io.unipile.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FileContent;
import io.unipile.testkit.webhooks.WebhookNotice;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A handler's successful answer: a JSON body, or bytes with their content type; whether the state changed; and
 * what webhooks are to be told once the answer is decided.
 */
public record Reply(int status, ObjectNode json, String contentType, FileContent bytes, boolean applied,
                    List<WebhookNotice> notices) {

    /** A read's JSON answer. */
    public static Reply json(int status, ObjectNode body) {
        return new Reply(status, body, null, null, false, List.of());
    }

    /**
     * A list answer: the page of the request's {@code cursor} and {@code limit} over the entries that pass the
     * filter, as {@code {"object": <object>, "items": [...], "cursor": ...}}.
     *
     * @param list the list's name, written into its cursors
     */
    public static <T> Reply page(String object, String list, List<Paging.Entry<T>> entries, Predicate<T> filter,
                                 IncomingRequest request, Function<T, ObjectNode> item) {
        return json(200, WireJson.list(object, Paging.page(list, entries, filter, request), item));
    }

    /** A write's JSON answer and the webhook notices it causes. */
    public static Reply write(int status, ObjectNode body, List<WebhookNotice> notices) {
        return new Reply(status, body, null, null, true, List.copyOf(notices));
    }

    /** Stored bytes, sent as they are; {@code application/octet-stream} when the content type is unknown. */
    public static Reply bytes(String contentType, FileContent content) {
        return new Reply(200, null, contentType != null ? contentType : "application/octet-stream", content, false,
                List.of());
    }
}
