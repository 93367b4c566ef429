package io.unipile.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Unipile's JSON for the fake's records. Built as trees so that optional fields are left out
 * rather than sent as null (the Node SDK's strict mode rejects such nulls) while the fields the
 * schema marks nullable are sent as null.
 */
final class WireFormat {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] bytes(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    ObjectNode error(int status, String type, String title, String detail, String instance) {
        ObjectNode node = NODES.objectNode();
        node.put("title", title);
        if (detail != null) {
            node.put("detail", detail);
        }
        if (instance != null) {
            node.put("instance", instance);
        }
        node.put("type", type);
        node.put("status", status);
        return node;
    }

    /** A list reply: {@code {"object": <object>, "items": [...], "cursor": <string or null>}}. */
    <T> ObjectNode list(String object, Paging.Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode node = NODES.objectNode();
        node.put("object", object);
        ArrayNode items = node.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        node.put("cursor", page.cursor());
        return node;
    }

    /** A reply that is only {@code {"object": <object>}}, e.g. {@code AccountDeleted}. */
    ObjectNode object(String object) {
        return NODES.objectNode().put("object", object);
    }

    ObjectNode account(FakeAccount account) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "Account");
        node.put("type", account.type().value());
        node.set("connection_params", connectionParams(account.connectionParams()));
        if (account.lastFetchedAt() != null) {
            node.put("last_fetched_at", timestamp(account.lastFetchedAt()));
        }
        if (account.syncToken() != null) {
            node.put("sync_token", account.syncToken());
        }
        node.put("id", account.id());
        node.put("name", account.name());
        node.put("created_at", timestamp(account.createdAt()));
        if (account.currentSignature() != null) {
            node.put("current_signature", account.currentSignature());
        }
        if (!account.signatures().isEmpty()) {
            ArrayNode signatures = node.putArray("signatures");
            account.signatures().forEach(s ->
                    signatures.addObject().put("title", s.title()).put("content", s.content()));
        }
        ArrayNode groups = node.putArray("groups");
        account.groups().forEach(groups::add);
        ArrayNode sources = node.putArray("sources");
        account.sources().forEach(s -> sources.addObject().put("id", s.id()).put("status", s.status().name()));
        return node;
    }

    private ObjectNode connectionParams(ConnectionParams params) {
        ObjectNode node = NODES.objectNode();
        if (params instanceof ConnectionParams.Mobile) {
            ConnectionParams.Mobile mobile = (ConnectionParams.Mobile) params;
            node.putObject("im").put("phone_number", mobile.imPhoneNumber())
                    .put("sim_serial_number", mobile.imSimSerialNumber());
            node.putObject("call").put("phone_number", mobile.callPhoneNumber())
                    .put("sim_serial_number", mobile.callSimSerialNumber());
        } else if (params instanceof ConnectionParams.Imap) {
            ConnectionParams.Imap imap = (ConnectionParams.Imap) params;
            ObjectNode mail = node.putObject("mail");
            mail.put("imap_host", imap.imapHost()).put("imap_port", imap.imapPort()).put("imap_user", imap.imapUser());
            if (imap.imapEncryption() != null) {
                mail.put("imap_encryption", imap.imapEncryption());
            }
            mail.put("smtp_host", imap.smtpHost()).put("smtp_port", imap.smtpPort()).put("smtp_user", imap.smtpUser());
        } else if (params instanceof ConnectionParams.OAuth) {
            ConnectionParams.OAuth oauth = (ConnectionParams.OAuth) params;
            node.putObject("mail").put("id", oauth.mailId()).put("username", oauth.mailUsername());
            node.putObject("calendar").put("id", oauth.calendarId()).put("username", oauth.calendarUsername());
        } else if (params instanceof ConnectionParams.Calendar) {
            node.put("calendar", ((ConnectionParams.Calendar) params).calendar());
        } else if (params instanceof ConnectionParams.Whatsapp) {
            node.putObject("im").put("phone_number", ((ConnectionParams.Whatsapp) params).phoneNumber());
        } else if (params instanceof ConnectionParams.Linkedin) {
            node.set("im", linkedin((ConnectionParams.Linkedin) params));
        } else if (params instanceof ConnectionParams.Slack) {
            ConnectionParams.Slack slack = (ConnectionParams.Slack) params;
            node.putObject("im").put("url", slack.url()).put("user", slack.user()).put("user_id", slack.userId())
                    .put("team", slack.team()).put("team_id", slack.teamId());
        } else if (params instanceof ConnectionParams.Telegram) {
            ConnectionParams.Telegram telegram = (ConnectionParams.Telegram) params;
            node.putObject("im").put("user_id", telegram.userId()).put("username", telegram.username());
        } else {
            ConnectionParams.Profile profile = (ConnectionParams.Profile) params;
            node.putObject("im").put("id", profile.id()).put("username", profile.username());
        }
        return node;
    }

    private ObjectNode linkedin(ConnectionParams.Linkedin linkedin) {
        ObjectNode im = NODES.objectNode();
        im.put("id", linkedin.id());
        if (linkedin.publicIdentifier() != null) {
            im.put("publicIdentifier", linkedin.publicIdentifier());
        }
        im.put("username", linkedin.username());
        im.put("premiumId", linkedin.premiumId());
        im.put("premiumContractId", linkedin.premiumContractId());
        ArrayNode features = im.putArray("premiumFeatures");
        linkedin.premiumFeatures().forEach(features::add);
        ArrayNode organizations = im.putArray("organizations");
        linkedin.organizations().forEach(o -> organizations.addObject().put("name", o.name())
                .put("messaging_enabled", o.messagingEnabled()).put("organization_urn", o.organizationUrn())
                .put("mailbox_urn", o.mailboxUrn()));
        ConnectionParams.Linkedin.Proxy proxy = linkedin.proxy();
        if (proxy != null) {
            ObjectNode p = im.putObject("proxy").put("source", "USER").put("host", proxy.host())
                    .put("port", proxy.port());
            putIfPresent(p, "protocol", proxy.protocol());
            putIfPresent(p, "username", proxy.username());
            putIfPresent(p, "password", proxy.password());
        }
        return im;
    }

    /** A chat; with its {@code lastMessage} for {@code GET /chats/{chat_id}}, without it in lists. */
    ObjectNode chat(FakeUnipileState.ChatView view, boolean withLastMessage) {
        FakeChat chat = view.chat();
        ObjectNode node = NODES.objectNode();
        node.put("id", chat.id());
        node.put("account_id", chat.accountId());
        node.put("account_type", view.accountType().value());
        node.put("provider_id", chat.providerId());
        if (!chat.isGroup()) {
            node.put("attendee_provider_id", chat.attendeeProviderIds().get(0));
        }
        node.put("name", chat.name());
        node.put("type", chat.isGroup() ? 1 : 0);
        node.put("timestamp", timestamp(view.timestamp()));
        node.put("unread_count", chat.unreadCount());
        node.put("archived", chat.archived() ? 1 : 0);
        if (chat.mutedUntil() != null) {
            node.put("muted_until", timestamp(chat.mutedUntil()));
        } else {
            node.putNull("muted_until");
        }
        node.put("read_only", chat.readOnly() ? 1 : 0);
        putIfPresent(node, "subject", chat.subject());
        if (isInmail(chat)) {
            node.put("content_type", "inmail");
        }
        node.put("object", "Chat");
        if (withLastMessage) {
            node.set("lastMessage", view.lastMessage() == null ? NODES.nullNode() : message(view.lastMessage(), false));
        }
        return node;
    }

    /** A message; {@code standalone} adds {@code "object": "Message"}, which a chat's {@code lastMessage} lacks. */
    ObjectNode message(FakeUnipileState.MessageView view, boolean standalone) {
        FakeMessage message = view.message();
        ObjectNode node = NODES.objectNode();
        if (standalone) {
            node.put("object", "Message");
        }
        node.put("provider_id", message.providerId());
        node.put("sender_id", message.senderProviderId());
        node.put("text", message.text());
        node.set("attachments", attachments(message.allFiles()));
        node.put("id", message.id());
        node.put("account_id", message.accountId());
        node.put("chat_id", message.chatId());
        node.put("chat_provider_id", view.chat().providerId());
        node.put("timestamp", timestamp(message.timestamp()));
        node.put("is_sender", message.fromSelf() ? 1 : 0);
        FakeMessage quoted = view.quoted();
        if (quoted != null) {
            ObjectNode q = node.putObject("quoted");
            q.put("provider_id", quoted.providerId());
            q.put("sender_id", quoted.senderProviderId());
            q.put("text", quoted.text());
            q.set("attachments", attachments(quoted.allFiles()));
        }
        ArrayNode reactions = node.putArray("reactions");
        message.reactions().forEach(r -> reactions.addObject().put("value", r.value())
                .put("sender_id", r.senderProviderId()).put("is_sender", r.fromSelf()));
        node.put("seen", message.seenBy().isEmpty() ? 0 : 1);
        ObjectNode seenBy = node.putObject("seen_by");
        message.seenBy().forEach((reader, at) -> seenBy.put(reader, timestamp(at)));
        node.put("hidden", 0);
        node.put("deleted", message.deleted() ? 1 : 0);
        node.put("edited", message.edited() ? 1 : 0);
        node.put("is_event", 0);
        node.put("delivered", message.delivered() ? 1 : 0);
        node.put("behavior", 0);
        node.put("original", "{}");
        node.put("sender_attendee_id", message.senderAttendeeId());
        node.put("message_type", "MESSAGE");
        return node;
    }

    /** A chat attendee ({@code ChatAttendee}). */
    ObjectNode attendee(FakeAttendee attendee) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "ChatAttendee");
        node.put("id", attendee.id());
        node.put("account_id", attendee.accountId());
        node.put("provider_id", attendee.providerId());
        node.put("name", attendee.name());
        node.put("is_self", attendee.self() ? 1 : 0);
        node.put("hidden", 0);
        return node;
    }

    /** A webhook as {@code GET /webhooks} lists it: no {@code source}, accounts as objects. */
    ObjectNode webhook(FakeWebhook webhook) {
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

    ObjectNode webhookCreated(String webhookId) {
        return object("WebhookCreated").put("webhook_id", webhookId);
    }

    /**
     * A messaging webhook's payload, with the fields {@code io.unipile.webhooks.MessagingEvent} reads; fields
     * the webhook's {@code data} renames go under their new names.
     */
    ObjectNode messagingPayload(WebhookNotice.Messaging notice, FakeWebhook webhook) {
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
        node.set("attachments", attachments(message.allFiles()));
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
        if (isInmail(chat)) {
            node.put("chat_content_type", "inmail");
        }
        node.put("message_type", "MESSAGE");
        node.put("is_group", chat.isGroup());
        return renamed(node, webhook);
    }

    /** An account-status webhook's payload: {@code {"AccountStatus": {account_id, account_type, message}}}. */
    ObjectNode accountStatusPayload(WebhookNotice.AccountStatus notice) {
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

    private static boolean isInmail(FakeChat chat) {
        return chat.linkedin() != null && Boolean.TRUE.equals(chat.linkedin().inmail());
    }

    private ArrayNode attachments(List<FakeAttachment> attachments) {
        ArrayNode array = NODES.arrayNode();
        for (FakeAttachment attachment : attachments) {
            ObjectNode node = array.addObject();
            node.put("id", attachment.id());
            node.put("file_size", attachment.size());
            node.put("unavailable", false);
            putIfPresent(node, "mimetype", attachment.contentType());
            node.put("type", attachment.type().wireName());
            switch (attachment.type()) {
                case IMG:
                    node.putObject("size").put("width", attachment.width()).put("height", attachment.height());
                    node.put("sticker", false);
                    break;
                case VIDEO:
                    node.putObject("size").put("width", attachment.width()).put("height", attachment.height());
                    node.put("gif", false);
                    break;
                case AUDIO:
                    node.put("voice_note", attachment.voiceNote());
                    break;
                case FILE:
                    node.put("file_name", attachment.fileName());
                    break;
                case VIDEO_MEETING:
                    node.putNull("starts_at");
                    node.putNull("expires_at");
                    node.putNull("time_range");
                    break;
                default:
                    break;
            }
        }
        return array;
    }

    ObjectNode chatStarted(String chatId, String messageId) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "ChatStarted");
        node.put("chat_id", chatId);
        node.put("message_id", messageId);
        return node;
    }

    ObjectNode messageSent(String messageId) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "MessageSent");
        node.put("message_id", messageId);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
