package io.unipile.webhooks;

import io.unipile.internal.Check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parameters of {@code POST /api/v1/webhooks}: where Unipile should POST which events. Checked when built.
 *
 * @param requestUrl where Unipile delivers, an absolute http(s) URL (required)
 * @param source     which family of events (required)
 * @param name       a name, echoed in each payload's {@code webhook_name}, or {@code null}
 * @param format     {@code json} or {@code form}, or {@code null} for Unipile's default
 * @param accountIds only these accounts' events, empty for all
 * @param enabled    whether it starts enabled, or {@code null} for Unipile's default
 * @param headers    headers Unipile adds to each delivery (e.g. a shared secret, or {@code Content-Type})
 * @param events     which events of the source, empty for Unipile's default
 * @param data       which payload fields to send and under which names, empty for Unipile's default
 */
public record CreateWebhookRequest(String requestUrl, WebhookSource source, String name, WebhookFormat format,
                                   List<String> accountIds, Boolean enabled, List<WebhookHeader> headers,
                                   List<WebhookEventType> events, List<WebhookDataField> data) {

    // The events each source takes in Unipile's OpenAPI; values this version does not know pass unchecked.
    private static final Map<WebhookSource, Set<WebhookEventType>> EVENTS = Map.of(
            WebhookSource.MESSAGING, Set.of(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ,
                    WebhookEventType.MESSAGE_REACTION, WebhookEventType.MESSAGE_EDITED,
                    WebhookEventType.MESSAGE_DELETED, WebhookEventType.MESSAGE_DELIVERED),
            WebhookSource.USERS, Set.of(WebhookEventType.NEW_RELATION),
            WebhookSource.ACCOUNT_STATUS, Set.of(WebhookEventType.CREATION_SUCCESS, WebhookEventType.CREATION_FAIL,
                    WebhookEventType.DELETED, WebhookEventType.RECONNECTED, WebhookEventType.SYNC_SUCCESS,
                    WebhookEventType.STOPPED, WebhookEventType.OK, WebhookEventType.CONNECTING,
                    WebhookEventType.ERROR, WebhookEventType.CREDENTIALS, WebhookEventType.PERMISSIONS),
            WebhookSource.EMAIL, Set.of(WebhookEventType.MAIL_SENT, WebhookEventType.MAIL_RECEIVED,
                    WebhookEventType.MAIL_MOVED),
            WebhookSource.EMAIL_TRACKING, Set.of(WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED));

    public CreateWebhookRequest {
        checkUrl(requestUrl);
        Check.notNull("source", source);
        Check.nullOrNotBlank("name", name);
        accountIds = Check.noBlankElements("accountIds", accountIds);
        headers = Check.noNullElements("headers", headers);
        for (int i = 0; i < headers.size(); i++) {
            Check.notBlank("headers[" + i + "].key", headers.get(i).key());
            Check.notNull("headers[" + i + "].value", headers.get(i).value());
            if (hasLineBreak(headers.get(i).key()) || hasLineBreak(headers.get(i).value())) {
                throw new IllegalArgumentException("headers[" + i + "] must not contain CR or LF");
            }
        }
        events = Check.noNullElements("events", events);
        Set<WebhookEventType> allowed = EVENTS.get(source);
        for (int i = 0; i < events.size(); i++) {
            WebhookEventType e = events.get(i);
            if (allowed != null && e.isKnown() && !allowed.contains(e)) {
                throw new IllegalArgumentException("events[" + i + "] '" + e + "' is not an event of source '"
                        + source + "'");
            }
        }
        data = Check.noNullElements("data", data);
        for (int i = 0; i < data.size(); i++) {
            Check.notBlank("data[" + i + "].name", data.get(i).name());
            Check.notBlank("data[" + i + "].key", data.get(i).key());
        }
    }

    /** Starts a request delivering {@code source} events to {@code requestUrl}. */
    public static Builder builder(String requestUrl, WebhookSource source) {
        return new Builder(requestUrl, source);
    }

    private static void checkUrl(String url) {
        Check.notBlank("requestUrl", url);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("requestUrl must be an absolute http or https URL but was '"
                        + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("requestUrl is not a valid URL: " + e.getMessage());
        }
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    /** Builds a {@link CreateWebhookRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private final String requestUrl;
        private final WebhookSource source;
        private String name;
        private WebhookFormat format;
        private final List<String> accountIds = new ArrayList<>();
        private Boolean enabled;
        private final List<WebhookHeader> headers = new ArrayList<>();
        private final List<WebhookEventType> events = new ArrayList<>();
        private final List<WebhookDataField> data = new ArrayList<>();

        private Builder(String requestUrl, WebhookSource source) {
            this.requestUrl = requestUrl;
            this.source = source;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder format(WebhookFormat format) {
            this.format = format;
            return this;
        }

        /** Limits the webhook to this account; call once per account. */
        public Builder addAccountId(String accountId) {
            accountIds.add(accountId);
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Adds a header to each delivery. */
        public Builder addHeader(String key, String value) {
            headers.add(WebhookHeader.of(key, value));
            return this;
        }

        /** Subscribes to these events. */
        public Builder events(WebhookEventType... events) {
            this.events.addAll(List.of(events));
            return this;
        }

        /** Sends payload field {@code key} under {@code name}. */
        public Builder addData(String name, String key) {
            data.add(WebhookDataField.of(name, key));
            return this;
        }

        public CreateWebhookRequest build() {
            return new CreateWebhookRequest(requestUrl, source, name, format, accountIds, enabled, headers, events,
                    data);
        }
    }
}
