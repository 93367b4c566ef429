package io.unipile.internal.webhooks;

import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.Webhook;
import io.unipile.webhooks.WebhookCreated;
import io.unipile.webhooks.WebhookDeleted;
import io.unipile.webhooks.WebhooksClient;

import java.util.concurrent.CompletableFuture;

/** {@link WebhooksClient} over an {@link ApiCaller}; the operations are declared in {@link WebhooksEndpoints}. */
public final class WebhooksClientImpl implements WebhooksClient {
    private final ApiCaller caller;

    public WebhooksClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Webhook> list(ListWebhooksRequest request) {
        return caller.call(WebhooksEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Webhook>> listAsync(ListWebhooksRequest request) {
        return caller.callAsync(WebhooksEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<Webhook> listAll(ListWebhooksRequest request) {
        return caller.pages(WebhooksEndpoints.LIST, request);
    }

    @Override
    public WebhookCreated create(CreateWebhookRequest request) {
        return caller.call(WebhooksEndpoints.CREATE, request);
    }

    @Override
    public CompletableFuture<WebhookCreated> createAsync(CreateWebhookRequest request) {
        return caller.callAsync(WebhooksEndpoints.CREATE, request);
    }

    @Override
    public WebhookDeleted delete(String webhookId) {
        return caller.call(WebhooksEndpoints.DELETE, null, webhookId);
    }

    @Override
    public CompletableFuture<WebhookDeleted> deleteAsync(String webhookId) {
        return caller.callAsync(WebhooksEndpoints.DELETE, null, webhookId);
    }
}
