package io.unipile.webhooks;

import io.unipile.internal.Check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON body of {@code POST /api/v1/webhooks}: where Unipile should POST which events. Start with
 * {@link #builder(String, WebhookSource)}; checked when built.
 */
public final class CreateWebhookRequest {

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

    private final String requestUrl;
    private final WebhookSource source;
    private final String name;
    private final WebhookFormat format;
    private final List<String> accountIds;
    private final Boolean enabled;
    private final List<WebhookHeader> headers;
    private final List<WebhookEventType> events;
    private final List<WebhookDataField> data;

    private CreateWebhookRequest(Builder b) {
        this.requestUrl = checkUrl(b.requestUrl);
        this.source = Check.notNull("source", b.source);
        this.name = Check.nullOrNotBlank("name", b.name);
        this.format = b.format;
        this.accountIds = Check.noBlankElements("accountIds", b.accountIds);
        this.enabled = b.enabled;
        this.headers = Check.noNullElements("headers", b.headers);
        for (int i = 0; i < headers.size(); i++) {
            Check.notBlank("headers[" + i + "].key", headers.get(i).key());
            Check.notNull("headers[" + i + "].value", headers.get(i).value());
            if (hasLineBreak(headers.get(i).key()) || hasLineBreak(headers.get(i).value())) {
                throw new IllegalArgumentException("headers[" + i + "] must not contain CR or LF");
            }
        }
        this.events = Check.noNullElements("events", b.events);
        Set<WebhookEventType> allowed = EVENTS.get(source);
        for (int i = 0; i < events.size(); i++) {
            WebhookEventType e = events.get(i);
            if (allowed != null && e.isKnown() && !allowed.contains(e)) {
                throw new IllegalArgumentException("events[" + i + "] '" + e + "' is not an event of source '"
                        + source + "'");
            }
        }
        this.data = Check.noNullElements("data", b.data);
        for (int i = 0; i < data.size(); i++) {
            Check.notBlank("data[" + i + "].name", data.get(i).name());
            Check.notBlank("data[" + i + "].key", data.get(i).key());
        }
    }

    /** Starts a request delivering {@code source} events to {@code requestUrl}. */
    public static Builder builder(String requestUrl, WebhookSource source) {
        return new Builder().requestUrl(requestUrl).source(source);
    }

    /** An empty builder; {@code requestUrl} and {@code source} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().requestUrl(requestUrl).source(source).name(name).format(format).accountIds(accountIds)
                .enabled(enabled).headers(headers).events(events).data(data);
    }

    /** {@code request_url}: where Unipile delivers, an absolute http(s) URL. */
    public String requestUrl() {
        return requestUrl;
    }

    /** {@code source}: which family of events. */
    public WebhookSource source() {
        return source;
    }

    /** {@code name}: echoed in each payload's {@code webhook_name}, or {@code null}. */
    public String name() {
        return name;
    }

    /** {@code format}: {@code json} or {@code form}, or {@code null} for Unipile's default. */
    public WebhookFormat format() {
        return format;
    }

    /** {@code account_ids}: only these accounts' events, empty for all. Immutable. */
    public List<String> accountIds() {
        return accountIds;
    }

    /** {@code enabled}: whether it starts enabled, or {@code null} for Unipile's default. */
    public Boolean enabled() {
        return enabled;
    }

    /** {@code headers}: headers Unipile adds to each delivery (e.g. a shared secret, or {@code Content-Type}). */
    public List<WebhookHeader> headers() {
        return headers;
    }

    /** {@code events}: which events of the source, empty for Unipile's default. Immutable. */
    public List<WebhookEventType> events() {
        return events;
    }

    /** {@code data}: which payload fields to send and under which names, empty for Unipile's default. Immutable. */
    public List<WebhookDataField> data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateWebhookRequest r && requestUrl.equals(r.requestUrl) && source.equals(r.source)
                && Objects.equals(name, r.name) && Objects.equals(format, r.format)
                && accountIds.equals(r.accountIds) && Objects.equals(enabled, r.enabled)
                && headers.equals(r.headers) && events.equals(r.events) && data.equals(r.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestUrl, source, name, format, accountIds, enabled, headers, events, data);
    }

    @Override
    public String toString() {
        return "CreateWebhookRequest[requestUrl=" + requestUrl + ", source=" + source + ", name=" + name
                + ", format=" + format + ", accountIds=" + accountIds + ", enabled=" + enabled + ", headers="
                + headers + ", events=" + events + ", data=" + data + "]";
    }

    private static String checkUrl(String url) {
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
        return url;
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    /** Builds a {@link CreateWebhookRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String requestUrl;
        private WebhookSource source;
        private String name;
        private WebhookFormat format;
        private final List<String> accountIds = new ArrayList<>();
        private Boolean enabled;
        private final List<WebhookHeader> headers = new ArrayList<>();
        private final List<WebhookEventType> events = new ArrayList<>();
        private final List<WebhookDataField> data = new ArrayList<>();

        private Builder() {
        }

        /** {@code request_url} (required): where Unipile delivers, an absolute http(s) URL. */
        public Builder requestUrl(String requestUrl) {
            this.requestUrl = requestUrl;
            return this;
        }

        /** {@code source} (required): which family of events. */
        public Builder source(WebhookSource source) {
            this.source = source;
            return this;
        }

        /** {@code name}: echoed in each payload's {@code webhook_name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** {@code format}: {@code json} or {@code form}. */
        public Builder format(WebhookFormat format) {
            this.format = format;
            return this;
        }

        /** Limits the webhook to this account; call once per account. */
        public Builder addAccountId(String accountId) {
            accountIds.add(accountId);
            return this;
        }

        /** {@code account_ids}: replaces the accounts the webhook is limited to; empty or {@code null} for all. */
        public Builder accountIds(List<String> accountIds) {
            replace(this.accountIds, accountIds);
            return this;
        }

        /** {@code enabled}: whether it starts enabled; {@code null} for Unipile's default. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Adds a header to each delivery. */
        public Builder addHeader(String key, String value) {
            headers.add(WebhookHeader.of(key, value));
            return this;
        }

        /** {@code headers}: replaces the headers added to each delivery; {@code null} clears them. */
        public Builder headers(List<WebhookHeader> headers) {
            replace(this.headers, headers);
            return this;
        }

        /** {@code events}: replaces the events subscribed to; none for the source's default. */
        public Builder events(WebhookEventType... events) {
            replace(this.events, events == null ? null : Arrays.asList(events));
            return this;
        }

        /** {@code events}: replaces the events subscribed to; empty or {@code null} for the source's default. */
        public Builder events(List<WebhookEventType> events) {
            replace(this.events, events);
            return this;
        }

        /** Sends payload field {@code key} under {@code name}. */
        public Builder addData(String name, String key) {
            data.add(WebhookDataField.of(name, key));
            return this;
        }

        /** {@code data}: replaces the payload fields sent; empty or {@code null} for Unipile's default. */
        public Builder data(List<WebhookDataField> data) {
            replace(this.data, data);
            return this;
        }

        private static <T> void replace(List<T> target, List<T> values) {
            target.clear();
            if (values != null) {
                target.addAll(values);
            }
        }

        /**
         * The request; fails on a missing or non-http(s) URL, a missing source, a blank name or account id, a
         * header with a blank key or a line break, an event of another source, or a data field with a blank part.
         */
        public CreateWebhookRequest build() {
            return new CreateWebhookRequest(this);
        }
    }
}
