package io.unipile.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Set;

/**
 * Picks the {@link WebhookEvent} record: an {@code AccountStatus} object makes an {@link AccountStatusEvent}, a
 * messaging {@code event} a {@link MessagingEvent}, {@code new_relation} a {@link NewRelationEvent}, anything else an
 * {@link UnknownWebhookEvent}. Payloads carry no
 * common discriminator, hence the hand-written rules.
 */
final class WebhookEventDeserializer extends StdDeserializer<WebhookEvent> {
    private static final long serialVersionUID = 1L;

    /*
     * Only the documented messaging events: a future "message_*" event may have another shape, and is better kept
     * raw than rejected.
     */
    private static final Set<WebhookEventType> MESSAGING = Set.of(
            WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ, WebhookEventType.MESSAGE_REACTION,
            WebhookEventType.MESSAGE_EDITED, WebhookEventType.MESSAGE_DELETED, WebhookEventType.MESSAGE_DELIVERED);

    /** The documented {@code email} events. */
    private static final Set<WebhookEventType> EMAIL = Set.of(
            WebhookEventType.MAIL_RECEIVED, WebhookEventType.MAIL_SENT, WebhookEventType.MAIL_MOVED);

    /** The documented {@code email_tracking} events, named by {@code event} or, failing that, by {@code type}. */
    private static final Set<WebhookEventType> TRACKING = Set.of(
            WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED);

    WebhookEventDeserializer() {
        super(WebhookEvent.class);
    }

    @Override
    public WebhookEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A webhook payload must be a JSON object, not %s",
                    tree.getNodeType());
        }
        JsonNode status = tree.get("AccountStatus");
        if (status != null) {
            if (!status.isObject()) {
                return ctxt.reportInputMismatch(this, "\"AccountStatus\" must be a JSON object, not %s",
                        status.getNodeType());
            }
            return ctxt.readTreeAsValue(tree, AccountStatusEvent.class);
        }
        JsonNode event = tree.get("event");
        if (event != null && !event.isNull() && !event.isTextual()) {
            return ctxt.reportInputMismatch(this, "\"event\" must be a string, not %s", event.getNodeType());
        }
        WebhookEventType type = event != null && event.isTextual() ? WebhookEventType.of(event.textValue()) : null;
        if (type != null && MESSAGING.contains(type)) { // Set.of refuses to look up null
            return ctxt.readTreeAsValue(tree, MessagingEvent.class);
        }
        if (type == WebhookEventType.NEW_RELATION) {
            return ctxt.readTreeAsValue(tree, NewRelationEvent.class);
        }
        if (type != null && EMAIL.contains(type)) {
            return ctxt.readTreeAsValue(tree, EmailEvent.class);
        }
        WebhookEventType tracking = type != null ? type : typeField(tree);
        if (tracking != null && TRACKING.contains(tracking)) {
            return ctxt.readTreeAsValue(tree, EmailTrackingEvent.class);
        }
        return new UnknownWebhookEvent(tree);
    }

    private static WebhookEventType typeField(JsonNode tree) {
        JsonNode type = tree.get("type");
        return type != null && type.isTextual() ? WebhookEventType.of(type.textValue()) : null;
    }
}
