package io.unipile.webhooks;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** Webhooks: {@code /api/v1/webhooks}. Parse what Unipile delivers with {@link WebhookEvents#parse(byte[])}. */
public interface WebhooksClient {

    /** One page of webhooks ({@code GET /webhooks}). */
    Page<Webhook> list(ListWebhooksRequest request);

    /** {@link #list(ListWebhooksRequest)} without blocking. */
    CompletableFuture<Page<Webhook>> listAsync(ListWebhooksRequest request);

    /** The first page of every webhook, of the server's default size. */
    default Page<Webhook> list() {
        return list(ListWebhooksRequest.builder().build());
    }

    /** Every webhook, fetched page by page as iteration proceeds. */
    PagedIterable<Webhook> listAll(ListWebhooksRequest request);

    /** Every webhook, in pages of the server's default size. */
    default PagedIterable<Webhook> listAll() {
        return listAll(ListWebhooksRequest.builder().build());
    }

    /** Creates a webhook ({@code POST /webhooks}). Not retried once it may have reached the server. */
    WebhookCreated create(CreateWebhookRequest request);

    /** {@link #create(CreateWebhookRequest)} without blocking. */
    CompletableFuture<WebhookCreated> createAsync(CreateWebhookRequest request);

    /** Deletes a webhook ({@code DELETE /webhooks/{id}}). */
    WebhookDeleted delete(String webhookId);

    /** {@link #delete(String)} without blocking. */
    CompletableFuture<WebhookDeleted> deleteAsync(String webhookId);
}
