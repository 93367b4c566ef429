package io.unipile.testkit.chats;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;
import static io.unipile.testkit.internal.WireJson.timestamp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.messages.MessageJson;

/** Unipile's JSON for chats ({@code Chat}) and the chat writes' answers. */
public final class ChatJson {
    private ChatJson() {
    }

    /** A chat; with its {@code lastMessage} for {@code GET /chats/{chat_id}}, without it in lists. */
    public static ObjectNode chat(ChatView view, boolean withLastMessage) {
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
            node.set("lastMessage", view.lastMessage() == null ? NODES.nullNode()
                    : MessageJson.message(view.lastMessage(), false));
        }
        return node;
    }

    /** Whether the chat was started as a LinkedIn InMail. */
    public static boolean isInmail(FakeChat chat) {
        return chat.linkedin() != null && Boolean.TRUE.equals(chat.linkedin().inmail());
    }

    static ObjectNode chatStarted(String chatId, String messageId) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "ChatStarted");
        node.put("chat_id", chatId);
        node.put("message_id", messageId);
        return node;
    }
}
