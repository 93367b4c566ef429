package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.http.HttpMethod;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.Webhook;
import io.unipile.webhooks.WebhookCreated;
import io.unipile.webhooks.WebhookDataField;
import io.unipile.webhooks.WebhookDeleted;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookHeader;
import io.unipile.webhooks.WebhooksClient;

import java.util.concurrent.CompletableFuture;

/** {@link WebhooksClient} over an {@link ApiCaller}. */
final class WebhooksClientImpl implements WebhooksClient {
    private static final JavaType PAGE = Pages.of(Webhook.class);
    private static final JavaType CREATED = Json.mapper().constructType(WebhookCreated.class);
    private static final JavaType DELETED = Json.mapper().constructType(WebhookDeleted.class);

    private final ApiCaller caller;

    WebhooksClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Webhook> list(ListWebhooksRequest request) {
        return caller.call(listRequest(request), PAGE);
    }

    @Override
    public CompletableFuture<Page<Webhook>> listAsync(ListWebhooksRequest request) {
        return caller.callAsync(listRequest(request), PAGE);
    }

    @Override
    public PagedIterable<Webhook> listAll(ListWebhooksRequest request) {
        Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> list(request.withCursor(cursor)));
    }

    @Override
    public WebhookCreated create(CreateWebhookRequest request) {
        return caller.call(createRequest(request), CREATED);
    }

    @Override
    public CompletableFuture<WebhookCreated> createAsync(CreateWebhookRequest request) {
        return caller.callAsync(createRequest(request), CREATED);
    }

    @Override
    public WebhookDeleted delete(String webhookId) {
        return caller.call(deleteRequest(webhookId), DELETED);
    }

    @Override
    public CompletableFuture<WebhookDeleted> deleteAsync(String webhookId) {
        return caller.callAsync(deleteRequest(webhookId), DELETED);
    }

    private static ApiRequest listRequest(ListWebhooksRequest r) {
        Check.notNull("request", r);
        return ApiRequest.builder(HttpMethod.GET).path("webhooks")
                .query("limit", r.limit())
                .query("cursor", r.cursor())
                .build();
    }

    private static ApiRequest deleteRequest(String webhookId) {
        return ApiRequest.builder(HttpMethod.DELETE).path("webhooks").id("webhookId", webhookId).build();
    }

    // Written field by field so that only what the caller set goes out, in the spec's names.
    private static ApiRequest createRequest(CreateWebhookRequest r) {
        Check.notNull("request", r);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("request_url", r.requestUrl());
        body.put("source", r.source().value());
        if (r.name() != null) {
            body.put("name", r.name());
        }
        if (r.format() != null) {
            body.put("format", r.format().value());
        }
        if (!r.accountIds().isEmpty()) {
            ArrayNode ids = body.putArray("account_ids");
            r.accountIds().forEach(ids::add);
        }
        if (r.enabled() != null) {
            body.put("enabled", r.enabled());
        }
        if (!r.headers().isEmpty()) {
            ArrayNode headers = body.putArray("headers");
            for (WebhookHeader h : r.headers()) {
                headers.addObject().put("key", h.key()).put("value", h.value());
            }
        }
        if (!r.events().isEmpty()) {
            ArrayNode events = body.putArray("events");
            for (WebhookEventType e : r.events()) {
                events.add(e.value());
            }
        }
        if (!r.data().isEmpty()) {
            ArrayNode data = body.putArray("data");
            for (WebhookDataField d : r.data()) {
                data.addObject().put("name", d.name()).put("key", d.key());
            }
        }
        return ApiRequest.builder(HttpMethod.POST).path("webhooks").body(JsonBody.of(body)).build();
    }
}
