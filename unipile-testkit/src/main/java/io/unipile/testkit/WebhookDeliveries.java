package io.unipile.testkit;

import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookHeader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every webhook delivery the fake made or is making, in the order the events happened, for
 * assertions. Thread-safe; reads return immutable snapshots.
 *
 * <pre>{@code
 * server.simulateIncomingMessage(FakeMessage.builder(chat.id()).text("Hi").build());
 * WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(5)).get(0);
 * assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
 * }</pre>
 */
public final class WebhookDeliveries {
    private final Object lock = new Object();
    private final List<Tracked> deliveries = new ArrayList<>();
    private long nextSequence = 1;

    WebhookDeliveries() {
    }

    /** Every delivery so far, settled or not. */
    public List<WebhookDelivery> all() {
        synchronized (lock) {
            return deliveries.stream().map(Tracked::snapshot).toList();
        }
    }

    /** The deliveries that pass the test. */
    public List<WebhookDelivery> matching(Predicate<WebhookDelivery> test) {
        return all().stream().filter(test).toList();
    }

    /**
     * Waits until at least {@code count} deliveries are settled (delivered, failed or cancelled) and
     * returns the settled ones.
     *
     * @throws AssertionError when fewer settle within the timeout
     */
    public List<WebhookDelivery> awaitSettled(int count, Duration timeout) throws InterruptedException {
        return await(WebhookDelivery::settled, count, timeout);
    }

    /**
     * Waits until at least {@code count} deliveries pass the test and returns them all, e.g.
     * {@code await(d -> d.status() == Status.FAILED, 1, timeout)}.
     *
     * @throws AssertionError when fewer pass within the timeout
     */
    public List<WebhookDelivery> await(Predicate<WebhookDelivery> test, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<WebhookDelivery> found = deliveries.stream().map(Tracked::snapshot).filter(test).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + count + " matching webhook deliveries within " + timeout
                            + " but got " + found.size() + " of " + deliveries.size() + ": "
                            + deliveries.stream().map(Tracked::snapshot).toList());
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Forgets every delivery; those not settled yet are cancelled and not retried. */
    public void clear() {
        synchronized (lock) {
            deliveries.forEach(Tracked::cancel);
            deliveries.clear();
            nextSequence = 1;
            lock.notifyAll();
        }
    }

    /** Starts tracking a new delivery. */
    Tracked add(FakeWebhook webhook, WebhookEventType event, List<WebhookHeader> headers, String body,
                Instant createdAt) {
        synchronized (lock) {
            Tracked tracked = new Tracked(nextSequence++, webhook, event, headers, body, createdAt);
            deliveries.add(tracked);
            lock.notifyAll();
            return tracked;
        }
    }

    /** Cancels every delivery not settled yet, keeping them listed. */
    void cancelAll() {
        synchronized (lock) {
            deliveries.forEach(Tracked::cancel);
            lock.notifyAll();
        }
    }

    /** A delivery in progress; changed only under the log's lock. */
    final class Tracked {
        private final long sequence;
        private final FakeWebhook webhook;
        private final WebhookEventType event;
        private final List<WebhookHeader> headers;
        private final String body;
        private final Instant createdAt;
        private final List<WebhookDelivery.Attempt> attempts = new ArrayList<>();
        private WebhookDelivery.Status status = WebhookDelivery.Status.PENDING;

        private Tracked(long sequence, FakeWebhook webhook, WebhookEventType event, List<WebhookHeader> headers,
                        String body, Instant createdAt) {
            this.sequence = sequence;
            this.webhook = webhook;
            this.event = event;
            this.headers = List.copyOf(headers);
            this.body = body;
            this.createdAt = createdAt;
        }

        FakeWebhook webhook() {
            return webhook;
        }

        List<WebhookHeader> headers() {
            return headers;
        }

        String body() {
            return body;
        }

        /** Whether it may still be attempted. */
        boolean pending() {
            synchronized (lock) {
                return status == WebhookDelivery.Status.PENDING;
            }
        }

        /**
         * Records an attempt; {@code retry} tells whether another will follow if it failed.
         *
         * @return whether to retry: it failed, retries are left, and nobody cancelled it meanwhile
         */
        boolean attempted(WebhookDelivery.Attempt attempt, boolean retry) {
            synchronized (lock) {
                if (status != WebhookDelivery.Status.PENDING) {
                    return false;
                }
                attempts.add(attempt);
                if (attempt.succeeded()) {
                    status = WebhookDelivery.Status.DELIVERED;
                } else if (!retry) {
                    status = WebhookDelivery.Status.FAILED;
                }
                lock.notifyAll();
                return status == WebhookDelivery.Status.PENDING;
            }
        }

        /** Gives it up unless it is settled already. */
        void cancel() {
            synchronized (lock) {
                if (status == WebhookDelivery.Status.PENDING) {
                    status = WebhookDelivery.Status.CANCELLED;
                    lock.notifyAll();
                }
            }
        }

        private WebhookDelivery snapshot() {
            return new WebhookDelivery(sequence, webhook.id(), webhook.name(), event, webhook.requestUrl(), headers,
                    body, createdAt, attempts, status);
        }
    }
}
