package io.unipile.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Futures;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.webhooks.WebhookJson;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookHeader;
import io.unipile.webhooks.WebhookSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Delivers webhook payloads the way Unipile does: a POST per matching webhook, retried when the receiver
 * does not answer 2xx within the timeout, once per configured delay (five growing delays by default).
 *
 * <p>Everything runs on the server's own threads: a scheduler that starts attempts and waits out the
 * retry delays, and the executor of a JDK {@link HttpClient} made on first use. Callers only enqueue.
 * {@link #close()} cancels what is pending and stops both.
 */
final class WebhookDispatcher implements AutoCloseable {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final FakeUnipileState state;
    private final WebhookDeliveries log;
    private final List<Duration> retryDelays;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService httpThreads;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final Object clientLock = new Object();
    private HttpClient client;
    private volatile boolean closed;

    WebhookDispatcher(FakeUnipileState state, WebhookDeliveries log, List<Duration> retryDelays, Duration timeout,
                      ThreadFactory threads) {
        this.state = state;
        this.log = log;
        this.retryDelays = List.copyOf(retryDelays);
        this.timeout = timeout;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        this.httpThreads = Executors.newCachedThreadPool(threads);
    }

    /** Queues a delivery to every enabled webhook that takes the notice's source, event and account. */
    void publish(List<WebhookNotice> notices) {
        for (WebhookNotice notice : notices) {
            for (FakeWebhook webhook : state.webhooks()) {
                if (webhook.delivers(notice.source(), notice.event(), notice.accountId())) {
                    enqueue(notice, webhook);
                }
            }
        }
    }

    private void enqueue(WebhookNotice notice, FakeWebhook webhook) {
        ObjectNode payload = WebhookJson.payload(notice, webhook);
        List<WebhookHeader> headers = new ArrayList<>(webhook.headers());
        String body;
        if (webhook.format().equals(WebhookFormat.FORM)) {
            body = form(payload);
            if (headers.stream().noneMatch(h -> h.key().equalsIgnoreCase("Content-Type"))) {
                headers.add(WebhookHeader.of("Content-Type", FORM));
            }
        } else {
            body = new String(WireJson.bytes(payload), StandardCharsets.UTF_8);
        }
        Instant at = notice instanceof WebhookNotice.Messaging ? ((WebhookNotice.Messaging) notice).at()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        WebhookDeliveries.Tracked delivery = log.add(webhook, notice.event(), headers, body, at);
        schedule(delivery, 1, Duration.ZERO);
    }

    /**
     * POSTs a completed hosted auth link's result to its {@code notify_url}, with the retries and timeout of webhook
     * deliveries; recorded among them under the webhook id {@code notify_url:<link id>}.
     */
    void notifyHostedLink(FakeHostedLink link, WebhookEventType event, ObjectNode payload) {
        List<WebhookHeader> headers = List.of(WebhookHeader.of("Content-Type", "application/json"));
        FakeWebhook target = new FakeWebhook("notify_url:" + link.id(), link.notifyUrl(),
                WebhookSource.ACCOUNT_STATUS, link.name(), WebhookFormat.JSON, List.of(), true, headers,
                List.of(event), List.of(), Origin.API);
        String body = new String(WireJson.bytes(payload), StandardCharsets.UTF_8);
        schedule(log.add(target, event, headers, body, Instant.now().truncatedTo(ChronoUnit.MILLIS)), 1,
                Duration.ZERO);
    }

    private void schedule(WebhookDeliveries.Tracked delivery, int attempt, Duration delay) {
        try {
            if (!closed) {
                scheduler.schedule(() -> attempt(delivery, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
        delivery.cancel();
    }

    private void attempt(WebhookDeliveries.Tracked delivery, int number) {
        if (closed || !delivery.pending()) {
            return;
        }
        Instant startedAt = Instant.now();
        CompletableFuture<HttpResponse<Void>> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.webhook().requestUrl()))
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
            delivery.headers().forEach(h -> request.header(h.key(), h.value()));
            response = client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            finish(delivery, number, startedAt, null, e);
            return;
        }
        inFlight.add(response);
        response.whenComplete((answer, error) -> {
            inFlight.remove(response);
            finish(delivery, number, startedAt, answer, error);
        });
    }

    private void finish(WebhookDeliveries.Tracked delivery, int number, Instant startedAt, HttpResponse<Void> answer,
                        Throwable error) {
        int status = answer == null ? 0 : answer.statusCode();
        String failure = error != null ? describe(error) : status / 100 == 2 ? null : "HTTP " + status;
        boolean retriesLeft = number <= retryDelays.size() && !closed;
        if (delivery.attempted(new WebhookDelivery.Attempt(number, startedAt, status, failure), retriesLeft)) {
            schedule(delivery, number + 1, retryDelays.get(number - 1));
        }
    }

    private String describe(Throwable error) {
        Throwable cause = Futures.unwrap(error);
        if (cause instanceof HttpTimeoutException) {
            return "No answer within " + timeout;
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private HttpClient client() {
        synchronized (clientLock) {
            if (client == null) {
                client = HttpClient.newBuilder().executor(httpThreads).connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
            }
            return client;
        }
    }

    /** Form fields for a {@code form} webhook: strings as they are, other values as JSON, nulls empty. */
    private static String form(ObjectNode payload) {
        StringJoiner fields = new StringJoiner("&");
        payload.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            String text = value.isNull() ? "" : value.isTextual() ? value.textValue() : value.toString();
            fields.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8));
        });
        return fields.toString();
    }

    /** Cancels every pending delivery and stops the threads. Idempotent. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        log.cancelAll();
        inFlight.forEach(f -> f.cancel(true));
        httpThreads.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            httpThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "WebhookDispatcher[retries=" + retryDelays + ", timeout=" + timeout.toString().toLowerCase(Locale.ROOT)
                + "]";
    }
}
