package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.webhooks.WebhookDataField;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookHeader;
import io.unipile.webhooks.WebhookSource;
import java.util.List;
import java.util.Objects;

/**
 * A webhook registered with the fake, by a client ({@code POST /api/v1/webhooks}) or by a test
 * ({@link FakeUnipileState#addWebhook}). Unset options hold the values Unipile defaults to.
 *
 * @param id the webhook id
 * @param requestUrl where deliveries are POSTed
 * @param source which family of events it delivers
 * @param name the name sent back in each payload's {@code webhook_name}, or null
 * @param format {@code json} (the default) or {@code form}
 * @param accounts the accounts it is limited to, as they were when it was created; empty for every account
 * @param enabled whether it delivers (default true)
 * @param headers headers added to each delivery
 * @param events the events it fires on (default: {@code message_received} for messaging, the usual statuses
 *     but {@code connecting}, {@code ok} and {@code stopped} for account status)
 * @param data payload fields renamed for this webhook
 * @param origin who created it
 */
public record FakeWebhook(String id, String requestUrl, WebhookSource source, String name, WebhookFormat format,
                          List<Target> accounts, boolean enabled, List<WebhookHeader> headers,
                          List<WebhookEventType> events, List<WebhookDataField> data, Origin origin) {

    /** Requires the id, URL, source, format and origin; copies the lists. */
    public FakeWebhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        accounts = List.copyOf(accounts);
        headers = List.copyOf(headers);
        events = List.copyOf(events);
        data = List.copyOf(data);
    }

    /**
     * An account a webhook is limited to, as {@code GET /webhooks} lists it.
     *
     * @param id the account id
     * @param type the account's type when the webhook was created
     * @param name the account's name when the webhook was created
     */
    public record Target(String id, AccountType type, String name) {
        /** Requires every field. */
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The ids of the accounts it is limited to; empty for every account. */
    public List<String> accountIds() {
        return accounts.stream().map(Target::id).toList();
    }

    /** Whether it delivers this event of this source for this account. */
    public boolean delivers(WebhookSource eventSource, WebhookEventType event, String accountId) {
        return enabled && source.equals(eventSource) && events.contains(event)
                && (accounts.isEmpty() || accountIds().contains(accountId));
    }
}
