package io.unipile.testkit.webhooks;

import static io.unipile.testkit.internal.JsonFields.optionalText;
import static io.unipile.testkit.internal.JsonFields.requiredText;
import static io.unipile.testkit.internal.JsonFields.text;

import io.unipile.testkit.FakeWebhook;
import io.unipile.testkit.Origin;
import io.unipile.testkit.Route;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookDataField;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookHeader;
import io.unipile.webhooks.WebhookSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The webhooks group: {@code /api/v1/webhooks}. The create request is JSON; the fake reads it strictly:
 * unknown fields, wrong types and nulls are 400 {@code errors/invalid_parameters}, a missing
 * {@code request_url} or {@code source} 400 {@code errors/missing_parameters}, a URL that is not absolute
 * http(s) 400 {@code errors/invalid_url}, a body that is not a JSON object 400 {@code errors/malformed_request},
 * and events, formats and {@code data} keys must be ones the OpenAPI document gives the source.
 */
public final class WebhookRoutes implements ResourceGroup {
    /** {@code GET /api/v1/webhooks}: in the order created. */
    public static final Route LIST_WEBHOOKS = Route.get("/api/v1/webhooks", "cursor", "limit");
    /** {@code POST /api/v1/webhooks} (JSON). */
    public static final Route CREATE_WEBHOOK = Route.post("/api/v1/webhooks");
    /** {@code DELETE /api/v1/webhooks/{id}}. */
    public static final Route DELETE_WEBHOOK = Route.delete("/api/v1/webhooks/{id}");

    private static final Set<String> FIELDS = Set.of("request_url", "source", "name", "format", "account_ids",
            "enabled", "headers", "events", "data");

    private final WebhookStore webhooks;

    /** The group over this state. */
    public WebhookRoutes(SharedState state) {
        this.webhooks = WebhookStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_WEBHOOKS, this::list),
                Endpoint.json(CREATE_WEBHOOK, this::create),
                Endpoint.of(DELETE_WEBHOOK, this::delete));
    }

    private Reply list(IncomingRequest request) {
        return Reply.page("WebhookList", "webhooks", webhooks.entries(), w -> true, request, WebhookJson::webhook);
    }

    private Reply create(IncomingRequest request) {
        FakeWebhook webhook = webhooks.create(parse(request.jsonBody()), Origin.API);
        return Reply.write(201, WebhookJson.webhookCreated(webhook.id()), List.of());
    }

    private Reply delete(IncomingRequest request) {
        webhooks.delete(request.pathParam("id"));
        return Reply.write(200, WireJson.object("WebhookDeleted"), List.of());
    }

    private static CreateWebhookRequest parse(String body) {
        JsonNode json = JsonFields.object(body, FIELDS);
        String requestUrl = requiredText(json, "request_url");
        checkUrl(requestUrl);
        WebhookSource source = WebhookSource.of(requiredText(json, "source"));
        String name = optionalText(json, "name");
        String format = optionalText(json, "format");
        Boolean enabled = JsonFields.optionalBoolean(json, "enabled");
        List<String> accountIds = array(json, "account_ids", item -> text(item, "account_ids[]"));
        List<WebhookHeader> headers = array(json, "headers", item -> {
            requireOnly(item, "headers[]", "key", "value");
            return WebhookHeader.of(text(item.get("key"), "headers[].key"), text(item.get("value"), "headers[].value"));
        });
        List<WebhookEventType> events = array(json, "events", item -> WebhookEventType.of(text(item, "events[]")));
        List<WebhookDataField> data = array(json, "data", item -> {
            requireOnly(item, "data[]", "name", "key");
            return WebhookDataField.of(text(item.get("name"), "data[].name"), text(item.get("key"), "data[].key"));
        });
        try {
            return CreateWebhookRequest.builder(requestUrl, source).name(name)
                    .format(format == null ? null : WebhookFormat.of(format)).accountIds(accountIds).enabled(enabled)
                    .headers(headers).events(events).data(data).build();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameters(e.getMessage());
        }
    }

    private static <T> List<T> array(JsonNode json, String field, Function<JsonNode, T> item) {
        if (!json.has(field)) {
            return List.of();
        }
        JsonNode array = json.get(field);
        if (!array.isArray()) {
            throw ApiException.invalidParameters(field + " must be an array");
        }
        List<T> items = new ArrayList<>();
        array.forEach(element -> items.add(item.apply(element)));
        return items;
    }

    private static void requireOnly(JsonNode item, String field, String... names) {
        if (!item.isObject() || item.size() != names.length) {
            throw ApiException.invalidParameters(field + " must be an object with exactly " + String.join(" and ",
                    names));
        }
        for (String name : names) {
            if (!item.has(name)) {
                throw ApiException.invalidParameters(field + " must be an object with exactly "
                        + String.join(" and ", names));
            }
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ApiException(400, "invalid_url", "request_url must be an absolute http or https URL, not " + url);
    }
}
