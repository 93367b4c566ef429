package io.unipile.testkit.admin;

import io.unipile.StringEnum;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeAttachment;
import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeInvitation;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeRelation;
import io.unipile.testkit.FakeWebhook;
import io.unipile.testkit.Fault;
import io.unipile.testkit.RecordedRequest;
import io.unipile.testkit.WebhookDelivery;
import io.unipile.testkit.emails.FakeEmail;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** How the admin API renders the fake's objects: snake_case JSON objects, instants in ISO-8601, null kept. */
final class AdminJson {
    /** The longest body excerpt the journal shows, in characters. */
    static final int BODY_EXCERPT_CHARS = 2000;

    /** Headers whose values the journal never shows. */
    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "x-admin-key", "authorization",
            "proxy-authorization", "cookie");

    private AdminJson() {
    }

    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            out.put((String) keysAndValues[i], value instanceof Instant ? value.toString()
                    : value instanceof StringEnum ? ((StringEnum) value).value() : value);
        }
        return out;
    }

    static Map<String, Object> account(FakeAccount a) {
        return obj("id", a.id(), "type", a.type(), "name", a.name(), "created_at", a.createdAt(),
                "provider_id", a.providerId(),
                "sources", a.sources().stream().map(s -> obj("id", s.id(), "status", s.status().name())).toList());
    }

    static Map<String, Object> attendee(FakeAttendee a) {
        return obj("id", a.id(), "account_id", a.accountId(), "provider_id", a.providerId(), "name", a.name(),
                "is_self", a.self());
    }

    static Map<String, Object> chat(FakeChat c) {
        return obj("id", c.id(), "account_id", c.accountId(), "provider_id", c.providerId(),
                "attendees", c.attendeeProviderIds(), "name", c.name(), "subject", c.subject(),
                "created_at", c.createdAt(), "unread_count", c.unreadCount(), "archived", c.archived(),
                "read_only", c.readOnly(), "origin", c.origin().name());
    }

    static Map<String, Object> message(FakeMessage m) {
        Map<String, Object> seenBy = new TreeMap<>();
        m.seenBy().forEach((who, at) -> seenBy.put(who, at.toString()));
        return obj("id", m.id(), "chat_id", m.chatId(), "account_id", m.accountId(), "provider_id", m.providerId(),
                "sender_id", m.senderProviderId(), "sender_attendee_id", m.senderAttendeeId(),
                "from_self", m.fromSelf(), "text", m.text(), "timestamp", m.timestamp(),
                "attachments", m.allFiles().stream().map(AdminJson::attachment).toList(),
                "reactions", m.reactions().stream().map(r -> obj("value", r.value(), "sender_id",
                        r.senderProviderId(), "is_sender", r.fromSelf())).toList(),
                "seen_by", seenBy, "edited", m.edited(), "deleted", m.deleted(), "delivered", m.delivered(),
                "origin", m.origin().name());
    }

    private static Map<String, Object> attachment(FakeAttachment a) {
        return obj("id", a.id(), "type", a.type().name(), "file_name", a.fileName(), "content_type",
                a.contentType(), "size", a.content().size());
    }

    static Map<String, Object> email(FakeEmail e) {
        return obj("id", e.id(), "account_id", e.accountId(), "provider_id", e.providerId(),
                "message_id", e.messageId(), "thread_id", e.threadId(), "date", e.date(), "folders", e.folders(),
                "from", address(e.from()), "to", e.to().stream().map(AdminJson::address).toList(),
                "cc", e.cc().stream().map(AdminJson::address).toList(), "subject", e.subject(), "body", e.body(),
                "read_date", e.readDate(), "origin", e.origin(),
                "in_reply_to", e.inReplyTo() == null ? null : obj("id", e.inReplyTo().id(), "message_id",
                        e.inReplyTo().messageId()),
                "tracking", e.tracking() == null ? null : obj("tracking_id", e.tracking().trackingId(), "opens",
                        e.tracking().opens(), "links", e.tracking().links(), "label", e.tracking().label()),
                "attachments", e.attachments().stream().map(a -> obj("id", a.id(), "name", a.name(),
                        "content_type", a.contentType(), "size", a.content().size())).toList());
    }

    private static Map<String, Object> address(FakeEmail.Address a) {
        return a == null ? null : obj("address", a.identifier(), "name", a.displayName());
    }

    static Map<String, Object> webhook(FakeWebhook w) {
        return obj("id", w.id(), "request_url", w.requestUrl(), "source", w.source(), "name", w.name(),
                "format", w.format(), "enabled", w.enabled(),
                "events", w.events().stream().map(StringEnum::value).toList(), "origin", w.origin().name());
    }

    static Map<String, Object> invitation(FakeInvitation i) {
        return obj("id", i.id(), "account_id", i.accountId(), "direction", i.direction().name(),
                "provider_id", i.providerId(), "message", i.message(), "sent_at", i.sentAt(),
                "shared_secret", i.sharedSecret());
    }

    static Map<String, Object> relation(FakeRelation r) {
        return obj("account_id", r.accountId(), "provider_id", r.providerId(), "connected_at", r.connectedAt());
    }

    /** A journal entry, secrets redacted: the API key (and any admin key or credentials sent) shows as {@code ***}. */
    static Map<String, Object> request(RecordedRequest r) {
        Map<String, Object> headers = new TreeMap<>();
        r.headers().forEach((name, values) -> headers.put(name, SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                ? values.stream().map(v -> RecordedRequest.MASK).toList() : values));
        String body = r.jsonBody().orElse(null);
        boolean truncated = body != null && body.length() > BODY_EXCERPT_CHARS;
        return obj("sequence", r.sequence(), "received_at", r.receivedAt(), "method", r.method(), "path", r.path(),
                "query", r.query(), "headers", headers, "api_key", r.apiKey().name(),
                "route", r.route().map(OperationNames::describe).orElse(null), "path_params", r.pathParams(),
                "form_fields", r.formFields(),
                "files", r.files().stream().map(f -> obj("field", f.fieldName(), "file_name", f.fileName(),
                        "content_type", f.contentType(), "size", f.size())).toList(),
                "body_excerpt", truncated ? body.substring(0, BODY_EXCERPT_CHARS) : body,
                "body_truncated", truncated, "body_size", r.bodySize(), "status", r.responseStatus(),
                "fault", r.fault().map(AdminJson::fault).orElse(null), "applied", r.applied(),
                "stubbed", r.stubbed());
    }

    static Map<String, Object> fault(Fault f) {
        if (f instanceof Fault.ErrorResponse e) {
            return obj("kind", "status", "status", e.status(), "type", e.type(), "retry_after", e.retryAfter(),
                    "after_processing", e.timing() == Fault.Timing.AFTER_PROCESSING);
        } else if (f instanceof Fault.Delay d) {
            return obj("kind", "delay", "millis", d.duration().toMillis());
        } else if (f instanceof Fault.Disconnect d) {
            return obj("kind", "disconnect", "after_processing", d.timing() == Fault.Timing.AFTER_PROCESSING);
        } else if (f instanceof Fault.CorruptBody c) {
            return obj("kind", c.kind() == Fault.Corruption.MALFORMED ? "malformed_body" : "truncated_body");
        } else if (f instanceof Fault.RawResponse raw) {
            return obj("kind", "raw", "status", raw.status(), "content_type", raw.contentType(),
                    "after_processing", raw.timing() == Fault.Timing.AFTER_PROCESSING);
        } else if (f instanceof Fault.Stall s) {
            return obj("kind", "stall_after_headers", "millis", s.maxDuration().toMillis());
        }
        return obj("kind", f.getClass().getSimpleName());
    }

    static Map<String, Object> delivery(WebhookDelivery d) {
        return obj("sequence", d.sequence(), "webhook_id", d.webhookId(), "webhook_name", d.webhookName(),
                "event", d.event(), "request_url", d.requestUrl(),
                "headers", d.headers().stream().map(h -> obj("key", h.key(), "value", h.value())).toList(),
                "body", d.body(), "created_at", d.createdAt(), "status", d.status().name(),
                "attempts", d.attempts().stream().map(a -> obj("number", a.number(), "started_at", a.startedAt(),
                        "status_code", a.statusCode(), "failure", a.failure(), "succeeded", a.succeeded()))
                        .toList());
    }
}
