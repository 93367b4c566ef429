package io.unipile.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.unipile.internal.BodyExcerpt;
import io.unipile.internal.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Parses what Unipile posts to a webhook's URL into a {@link WebhookEvent}:
 * <ul>
 *   <li>{@code {"AccountStatus": {...}}} is an {@link AccountStatusEvent};</li>
 *   <li>a body whose {@code event} is one of the six messaging events ({@code message_received},
 *       {@code message_read}, {@code message_reaction}, {@code message_edited}, {@code message_deleted},
 *       {@code message_delivered}) is a {@link MessagingEvent};</li>
 *   <li>{@code new_relation} is a {@link NewRelationEvent};</li>
 *   <li>{@code mail_received}, {@code mail_sent}, {@code mail_moved} are {@link EmailEvent}s;</li>
 *   <li>{@code mail_opened}, {@code mail_link_clicked} are {@link EmailTrackingEvent}s;</li>
 *   <li>any other JSON object is an {@link UnknownWebhookEvent} that keeps it.</li>
 * </ul>
 * Only JSON bodies are understood: a webhook created with {@code "format": "form"} sends form fields. The spec
 * documents no signature; to authenticate deliveries, give the webhook a secret header and check it before parsing.
 * Thread-safe.
 */
public final class WebhookEvents {
    private static final ObjectReader READER = Json.mapper().readerFor(WebhookEvent.class);

    private WebhookEvents() {
    }

    /**
     * Parses a body given as text.
     *
     * @throws WebhookParseException when the body is not a webhook payload
     * @throws NullPointerException  when {@code body} is {@code null}
     */
    public static WebhookEvent parse(String body) {
        return parse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a body given as bytes, UTF-8 encoded (JSON's encoding; Unipile sends no charset).
     *
     * @throws WebhookParseException when the body is not a webhook payload
     * @throws NullPointerException  when {@code body} is {@code null}
     */
    public static WebhookEvent parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        WebhookEvent event;
        try {
            event = READER.readValue(body);
        } catch (IOException e) {
            // Not only JsonProcessingException: the decoder reports some broken encodings as CharConversionException.
            throw new WebhookParseException(problem(e), BodyExcerpt.of(body, body.length), e);
        }
        if (event == null) {
            throw new WebhookParseException("a webhook payload must be a JSON object, not null",
                    BodyExcerpt.of(body, body.length), null);
        }
        return event;
    }

    /**
     * Reads {@code body} to its end and parses it; the stream is not closed.
     *
     * @throws WebhookParseException when the body is not a webhook payload
     * @throws UncheckedIOException  when reading the stream fails
     * @throws NullPointerException  when {@code body} is {@code null}
     */
    public static WebhookEvent parse(InputStream body) {
        Objects.requireNonNull(body, "body");
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the webhook body", e);
        }
        return parse(bytes);
    }

    /** Jackson's own message, without its location dump, and the path to the faulty field when there is one. */
    private static String problem(IOException e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            if (path.length() > 0) {
                return message + " (at " + path + ")";
            }
        }
        return message;
    }
}
