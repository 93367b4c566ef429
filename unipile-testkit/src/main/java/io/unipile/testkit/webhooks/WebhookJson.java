package io.unipile.testkit.webhooks;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;
import static io.unipile.testkit.internal.WireJson.timestamp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.FakeWebhook;
import io.unipile.testkit.chats.ChatJson;
import io.unipile.testkit.emails.EmailJson;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.messages.MessageJson;

/** Unipile's JSON for webhooks ({@code Webhook}) and the payloads the fake delivers to them. */
public final class WebhookJson {
    private WebhookJson() {
    }

    /** A webhook as {@code GET /webhooks} lists it: no {@code source}, accounts as objects. */
    static ObjectNode webhook(FakeWebhook webhook) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "Webhook");
        node.put("id", webhook.id());
        ArrayNode accounts = node.putArray("account_ids");
        webhook.accounts().forEach(a -> accounts.addObject().put("id", a.id()).put("name", a.name())
                .put("type", a.type().value()));
        node.put("enabled", webhook.enabled());
        putIfPresent(node, "name", webhook.name());
        node.put("request_url", webhook.requestUrl());
        node.put("format", webhook.format().value());
        ArrayNode headers = node.putArray("headers");
        webhook.headers().forEach(h -> headers.addObject().put("key", h.key()).put("value", h.value()));
        ArrayNode data = node.putArray("data");
        webhook.data().forEach(d -> data.addObject().put("name", d.name()).put("key", d.key()));
        ArrayNode events = node.putArray("events");
        webhook.events().forEach(e -> events.add(e.value()));
        node.put("type", "AUTO");
        return node;
    }

    static ObjectNode webhookCreated(String webhookId) {
        return WireJson.object("WebhookCreated").put("webhook_id", webhookId);
    }

    /** The payload of a notice for this webhook. */
    public static ObjectNode payload(WebhookNotice notice, FakeWebhook webhook) {
        if (notice instanceof WebhookNotice.NewRelation relation) {
            return newRelationPayload(relation, webhook);
        }
        if (notice instanceof WebhookNotice.Email email) {
            ObjectNode node = EmailJson.webhookPayload(email.event().value(), email.email(), email.folders());
            node.put("webhook_name", webhook.name());
            return renamed(node, webhook);
        }
        if (notice instanceof WebhookNotice.EmailTracking tracking) {
            return trackingPayload(tracking, webhook);
        }
        return notice instanceof WebhookNotice.Messaging
                ? messagingPayload((WebhookNotice.Messaging) notice, webhook)
                : accountStatusPayload((WebhookNotice.AccountStatus) notice);
    }

    /** A users webhook's payload: the account and the new relation, under the names its {@code data} keys use. */
    private static ObjectNode newRelationPayload(WebhookNotice.NewRelation notice, FakeWebhook webhook) {
        FakeUserProfile user = notice.relation();
        ObjectNode node = NODES.objectNode();
        node.put("event", notice.event().value());
        node.put("account_id", notice.accountId());
        node.put("account_type", notice.accountType().value());
        node.put("webhook_name", webhook.name());
        node.put("timestamp", timestamp(notice.at()));
        node.put("user_full_name", user.name());
        node.put("user_provider_id", user.providerId());
        node.put("user_public_identifier", user.publicIdentifier());
        node.put("user_profile_url", user.publicProfileUrl());
        putIfPresent(node, "user_picture_url", user.profilePictureUrl());
        return renamed(node, webhook);
    }

    /**
     * A messaging webhook's payload, with the fields {@code io.unipile.webhooks.MessagingEvent} reads; fields
     * the webhook's {@code data} renames go under their new names.
     */
    private static ObjectNode messagingPayload(WebhookNotice.Messaging notice, FakeWebhook webhook) {
        FakeChat chat = notice.chat();
        FakeMessage message = notice.message();
        ObjectNode node = NODES.objectNode();
        node.put("account_id", chat.accountId());
        node.put("account_type", notice.accountType().value());
        node.put("event", notice.event().value());
        node.put("chat_id", chat.id());
        node.put("timestamp", timestamp(notice.at()));
        node.put("webhook_name", webhook.name());
        node.put("message_id", message.id());
        node.put("message", message.text());
        node.set("sender", webhookAttendee(notice.sender()));
        ArrayNode attendees = node.putArray("attendees");
        notice.attendees().forEach(a -> attendees.add(webhookAttendee(a)));
        node.set("attachments", MessageJson.attachments(message.allFiles()));
        if (notice.reaction() != null) {
            node.put("reaction", notice.reaction());
            node.set("reaction_sender", webhookAttendee(notice.reactionSender()));
        }
        putIfPresent(node, "subject", chat.subject());
        node.put("provider_chat_id", chat.providerId());
        node.put("provider_message_id", message.providerId());
        node.put("is_event", false);
        if (notice.quoted() != null) {
            FakeMessage quoted = notice.quoted();
            ObjectNode q = node.putObject("quoted");
            q.put("id", quoted.id());
            q.put("provider_id", quoted.providerId());
            q.put("sender_id", quoted.senderProviderId());
            q.put("text", quoted.text());
        }
        if (ChatJson.isInmail(chat)) {
            node.put("chat_content_type", "inmail");
        }
        node.put("message_type", "MESSAGE");
        node.put("is_group", chat.isGroup());
        return renamed(node, webhook);
    }

    /** An {@code email_tracking} webhook's payload, under the names its {@code data} keys use. */
    private static ObjectNode trackingPayload(WebhookNotice.EmailTracking notice, FakeWebhook webhook) {
        FakeEmail.Tracking tracking = notice.email().tracking();
        ObjectNode node = NODES.objectNode();
        node.put("event", notice.event().value());
        node.put("event_id", notice.eventId());
        node.put("tracking_id", tracking.trackingId());
        node.put("date", timestamp(notice.at()));
        node.put("email_id", notice.email().id());
        node.put("account_id", notice.accountId());
        node.put("ip", notice.ip());
        node.put("user_agent", notice.userAgent());
        putIfPresent(node, "url", notice.url());
        putIfPresent(node, "label", tracking.label());
        putIfPresent(node, "custom_domain", tracking.customDomain());
        node.put("webhook_name", webhook.name());
        return renamed(node, webhook);
    }

    /** An account-status webhook's payload: {@code {"AccountStatus": {account_id, account_type, message}}}. */
    private static ObjectNode accountStatusPayload(WebhookNotice.AccountStatus notice) {
        ObjectNode node = NODES.objectNode();
        node.putObject("AccountStatus").put("account_id", notice.accountId())
                .put("account_type", notice.accountType().value()).put("message", notice.status().value());
        return node;
    }

    private static ObjectNode webhookAttendee(FakeAttendee attendee) {
        return NODES.objectNode().put("attendee_id", attendee.id()).put("attendee_name", attendee.name())
                .put("attendee_provider_id", attendee.providerId());
    }

    /** The payload with the fields the webhook's {@code data} names under their new names, in place. */
    private static ObjectNode renamed(ObjectNode payload, FakeWebhook webhook) {
        if (webhook.data().isEmpty()) {
            return payload;
        }
        ObjectNode renamed = NODES.objectNode();
        payload.fields().forEachRemaining(field -> {
            String name = webhook.data().stream().filter(d -> d.key().equals(field.getKey())).findFirst()
                    .map(d -> d.name()).orElse(field.getKey());
            renamed.set(name, field.getValue());
        });
        return renamed;
    }
}
