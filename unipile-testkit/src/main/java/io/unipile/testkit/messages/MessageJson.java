package io.unipile.testkit.messages;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;
import static io.unipile.testkit.internal.WireJson.timestamp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAttachment;
import io.unipile.testkit.FakeMessage;
import java.util.List;

/** Unipile's JSON for messages ({@code Message}), their attachments and the message writes' answers. */
public final class MessageJson {
    private MessageJson() {
    }

    /** A message; {@code standalone} adds {@code "object": "Message"}, which a chat's {@code lastMessage} lacks. */
    public static ObjectNode message(MessageView view, boolean standalone) {
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

    /** A message's files as its {@code attachments} array. */
    public static ArrayNode attachments(List<FakeAttachment> attachments) {
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

    /** {@code {"object": "MessageSent", "message_id": ...}}. */
    public static ObjectNode messageSent(String messageId) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "MessageSent");
        node.put("message_id", messageId);
        return node;
    }
}
