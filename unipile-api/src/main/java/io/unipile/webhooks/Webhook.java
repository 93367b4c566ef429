package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A webhook ({@code "object": "Webhook"}), as the items of {@code GET /api/v1/webhooks} return it. The spec's list
 * item does not carry the {@code source} the webhook was created with.
 *
 * @param object     always {@code Webhook}
 * @param id         the id of the webhook
 * @param accountIds the accounts the webhook is limited to; empty when it applies to every account
 * @param enabled    whether the webhook is active
 * @param name       the webhook's name, sent back in each payload's {@code webhook_name}, or {@code null} when it has
 *                   none
 * @param requestUrl the URL Unipile posts to
 * @param format     how the payload is encoded
 * @param headers    the headers Unipile adds to each delivery; empty when none
 * @param data       the payload fields renamed for this webhook; empty when none
 * @param events     the events the webhook fires on; empty when not told
 * @param type       {@link WebhookType#AUTO}, or {@link WebhookType#TRIGGER} for a webhook with a {@code trigger}
 * @param trigger    the trigger of a {@link WebhookType#TRIGGER} webhook, or {@code null}
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record Webhook(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_ids", required = true) List<TargetAccount> accountIds,
        @JsonInclude(ALWAYS) @JsonProperty(value = "enabled", required = true) boolean enabled,
        @JsonProperty("name") String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "request_url", required = true) String requestUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "format", required = true) WebhookFormat format,
        @JsonInclude(ALWAYS) @JsonProperty(value = "headers", required = true) List<WebhookHeader> headers,
        @JsonInclude(ALWAYS) @JsonProperty(value = "data", required = true) List<WebhookDataField> data,
        @JsonProperty("events") List<WebhookEventType> events,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) WebhookType type,
        @JsonProperty("trigger") Trigger trigger,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Webhook {
        accountIds = Immutables.list(accountIds);
        headers = Immutables.list(headers);
        data = Immutables.list(data);
        events = Immutables.list(events);
        extra = Immutables.map(extra);
    }

    /**
     * An account a webhook is limited to ({@code account_ids} item). The list reply gives objects here, where the
     * create request takes plain ids.
     *
     * @param id    the Unipile id of the account
     * @param name  the account's name, or {@code null} when not told
     * @param type  the account's provider
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record TargetAccount(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("type") AccountType type,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public TargetAccount {
            extra = Immutables.map(extra);
        }
    }

    /**
     * How a {@link WebhookType#TRIGGER} webhook shows in Unipile's dashboard ({@code trigger}); the spec does not
     * describe it further.
     *
     * @param icon    the name of the dashboard icon, such as {@code WebhookIcon}
     * @param name    the trigger's name
     * @param context what the trigger applies to: {@code MESSAGE} or {@code CHAT} in the spec
     * @param extra   fields this version of the library does not know, kept as sent
     */
    public record Trigger(
            @JsonProperty("icon") String icon,
            @JsonProperty("name") String name,
            @JsonProperty("context") String context,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Trigger {
            extra = Immutables.map(extra);
        }
    }
}
