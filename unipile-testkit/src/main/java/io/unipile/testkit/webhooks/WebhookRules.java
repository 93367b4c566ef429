package io.unipile.testkit.webhooks;

import io.unipile.testkit.internal.ApiException;

import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookDataField;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookHeader;
import io.unipile.webhooks.WebhookSource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /api/v1/webhooks} accepts per source, from the request schema of Unipile's OpenAPI document,
 * and the defaults it applies. Stricter than the client's own checks: unknown sources, events, formats and
 * {@code data} keys are refused rather than passed on.
 */
final class WebhookRules {
    private static final Map<WebhookSource, List<WebhookEventType>> EVENTS = Map.of(
            WebhookSource.MESSAGING, List.of(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ,
                    WebhookEventType.MESSAGE_REACTION, WebhookEventType.MESSAGE_EDITED,
                    WebhookEventType.MESSAGE_DELETED, WebhookEventType.MESSAGE_DELIVERED),
            WebhookSource.USERS, List.of(WebhookEventType.NEW_RELATION),
            WebhookSource.ACCOUNT_STATUS, List.of(WebhookEventType.CREATION_SUCCESS, WebhookEventType.CREATION_FAIL,
                    WebhookEventType.DELETED, WebhookEventType.RECONNECTED, WebhookEventType.SYNC_SUCCESS,
                    WebhookEventType.STOPPED, WebhookEventType.OK, WebhookEventType.CONNECTING, WebhookEventType.ERROR,
                    WebhookEventType.CREDENTIALS, WebhookEventType.PERMISSIONS),
            WebhookSource.EMAIL, List.of(WebhookEventType.MAIL_SENT, WebhookEventType.MAIL_RECEIVED,
                    WebhookEventType.MAIL_MOVED),
            WebhookSource.EMAIL_TRACKING, List.of(WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED));

    // "Default value include message_received" and so on; account status: "the usual statuses, except for
    // CONNECTING, OK and STOPPED".
    private static final Map<WebhookSource, List<WebhookEventType>> DEFAULT_EVENTS = Map.of(
            WebhookSource.MESSAGING, List.of(WebhookEventType.MESSAGE_RECEIVED),
            WebhookSource.USERS, List.of(WebhookEventType.NEW_RELATION),
            WebhookSource.ACCOUNT_STATUS, List.of(WebhookEventType.CREATION_SUCCESS, WebhookEventType.CREATION_FAIL,
                    WebhookEventType.DELETED, WebhookEventType.RECONNECTED, WebhookEventType.SYNC_SUCCESS,
                    WebhookEventType.ERROR, WebhookEventType.CREDENTIALS, WebhookEventType.PERMISSIONS),
            WebhookSource.EMAIL, List.of(WebhookEventType.MAIL_RECEIVED),
            WebhookSource.EMAIL_TRACKING, List.of(WebhookEventType.MAIL_OPENED));

    private static final Map<WebhookSource, Set<String>> DATA_KEYS = Map.of(
            WebhookSource.MESSAGING, Set.of("account_id", "account_type", "account_info", "chat_id", "timestamp",
                    "webhook_name", "message_id", "message", "reaction", "reaction_sender", "sender", "attendees",
                    "attachments", "subject", "provider_chat_id", "provider_message_id", "is_event", "quoted",
                    "chat_content_type", "message_type", "is_group", "folder"),
            WebhookSource.USERS, Set.of("account_id", "account_type", "webhook_name", "timestamp", "user_provider_id",
                    "user_full_name", "user_public_identifier", "user_profile_url", "user_picture_url"),
            WebhookSource.ACCOUNT_STATUS, Set.of(),
            WebhookSource.EMAIL, Set.of("email_id", "account_id", "webhook_name", "date", "from_attendee",
                    "to_attendees", "cc_attendees", "bcc_attendees", "reply_to_attendees", "subject", "body",
                    "body_plain", "message_id", "provider_id", "tracking_id", "read_date", "is_complete",
                    "in_reply_to", "has_attachments", "attachments", "folders", "role", "origin", "thread_id",
                    "deprecated_id"),
            WebhookSource.EMAIL_TRACKING, Set.of("event_id", "tracking_id", "type", "date", "email_id", "account_id",
                    "ip", "user_agent", "url", "label", "custom_domain"));

    /** Headers the JDK's HTTP client will not send, so the fake could not deliver them. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private WebhookRules() {
    }

    /** The events a webhook of this source fires on when the request names none. */
    static List<WebhookEventType> defaultEvents(WebhookSource source) {
        return DEFAULT_EVENTS.get(source);
    }

    /**
     * Checks what the client's own {@link CreateWebhookRequest} lets through: the source, events, format,
     * {@code data} keys and header names must be ones Unipile documents for the source.
     *
     * @throws ApiException 400 {@code errors/invalid_parameters}
     */
    static void check(CreateWebhookRequest request) {
        WebhookSource source = request.source();
        if (!EVENTS.containsKey(source)) {
            throw ApiException.invalidParameters("source must be one of messaging, users, account_status, email, "
                    + "email_tracking, not " + source);
        }
        if (request.format() != null && !request.format().equals(WebhookFormat.JSON)
                && !request.format().equals(WebhookFormat.FORM)) {
            throw ApiException.invalidParameters("format must be json or form, not " + request.format());
        }
        for (WebhookEventType event : request.events()) {
            if (!EVENTS.get(source).contains(event)) {
                throw ApiException.invalidParameters("events: " + event + " is not an event of source " + source
                        + "; it takes " + EVENTS.get(source));
            }
        }
        if (source.equals(WebhookSource.ACCOUNT_STATUS) && !request.data().isEmpty()) {
            throw ApiException.invalidParameters("data does not apply to account_status webhooks");
        }
        Set<String> names = new HashSet<>();
        for (WebhookDataField field : request.data()) {
            if (!DATA_KEYS.get(source).contains(field.key())) {
                throw ApiException.invalidParameters("data: " + field.key() + " is not a field of " + source
                        + " payloads");
            }
            if (!names.add(field.name())) {
                throw ApiException.invalidParameters("data: the name " + field.name() + " is given twice");
            }
        }
        for (WebhookHeader header : request.headers()) {
            if (!header.key().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw ApiException.invalidParameters("headers: " + header.key() + " is not a valid header name");
            }
            if (RESTRICTED_HEADERS.contains(header.key().toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidParameters("headers: " + header.key() + " cannot be set on a delivery");
            }
        }
    }
}
