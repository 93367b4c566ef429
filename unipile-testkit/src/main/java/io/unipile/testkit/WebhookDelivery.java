package io.unipile.testkit;

import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookHeader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One payload the fake POSTs to a webhook's URL, as it stood when this snapshot was taken: what was
 * sent and every attempt so far. See {@link WebhookDeliveries}.
 *
 * @param sequence 1 for the first delivery since start or the last clear, then 2, 3, ... in the order
 *     the events happened
 * @param webhookId the webhook delivered to
 * @param webhookName the webhook's name, or null
 * @param event the event delivered, e.g. {@code message_received} or, for account status, {@code deleted}
 * @param requestUrl where it is POSTed
 * @param headers the headers sent with it: the webhook's own, and for {@code form} webhooks a form
 *     {@code Content-Type} unless the webhook sets one (JSON deliveries carry no content type of their own,
 *     as with Unipile)
 * @param body the body: JSON, or form fields for {@code form} webhooks
 * @param createdAt when the event happened
 * @param attempts the attempts so far, first to last
 * @param status where the delivery stands
 */
public record WebhookDelivery(long sequence, String webhookId, String webhookName, WebhookEventType event,
                              String requestUrl, List<WebhookHeader> headers, String body, Instant createdAt,
                              List<Attempt> attempts, Status status) {

    /** Requires every field but the name; copies the lists. */
    public WebhookDelivery {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        headers = List.copyOf(headers);
        attempts = List.copyOf(attempts);
    }

    /** Where a delivery stands. */
    public enum Status {
        /** Not attempted yet, under way, or waiting to be retried. */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Every attempt failed: the first and all the retries. */
        FAILED,
        /** Given up unfinished because the server closed or was reset. */
        CANCELLED
    }

    /**
     * One POST of the payload.
     *
     * @param number 1 for the first attempt, 2 for the first retry, ...
     * @param startedAt when it was sent
     * @param statusCode the receiver's status, or 0 when none came (refused, timed out, dropped)
     * @param failure why it failed, or null when it succeeded
     */
    public record Attempt(int number, Instant startedAt, int statusCode, String failure) {
        /** Whether the receiver answered 2xx in time. */
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Whether it is settled: delivered, failed or cancelled. */
    public boolean settled() {
        return status != Status.PENDING;
    }
}
