package io.unipile.internal.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.Webhook;
import io.unipile.webhooks.WebhookCreated;
import io.unipile.webhooks.WebhookDataField;
import io.unipile.webhooks.WebhookDeleted;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookHeader;

/** The operations of {@code /webhooks}, each declared once. */
public final class WebhooksEndpoints {
    static final Endpoint<ListWebhooksRequest, Page<Webhook>> LIST =
            Endpoint.<ListWebhooksRequest, Page<Webhook>>get("/webhooks")
                    .query("limit", ListWebhooksRequest::limit, 1, 250)
                    .query("cursor", ListWebhooksRequest::cursor)
                    .pageOf(Webhook.class).build();

    /** Not retried once it may have reached the server: a repeat would create a second webhook. */
    static final Endpoint<CreateWebhookRequest, WebhookCreated> CREATE =
            Endpoint.<CreateWebhookRequest, WebhookCreated>post("/webhooks")
                    .jsonBody(WebhooksEndpoints::createBody, "request_url", "source", "name", "format",
                            "account_ids", "enabled", "headers", "events", "data")
                    .returns(WebhookCreated.class).build();

    static final Endpoint<Void, WebhookDeleted> DELETE =
            Endpoint.<Void, WebhookDeleted>delete("/webhooks/{id}").pathNames("webhookId")
                    .returns(WebhookDeleted.class).build();

    private WebhooksEndpoints() {
    }

    // Written field by field so that only what the caller set goes out, in the spec's names.
    private static ObjectNode createBody(CreateWebhookRequest r) {
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
        return body;
    }
}
