package io.unipile.testkit.messages;

import io.unipile.testkit.FakeAttachment;
import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.Origin;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.chats.ChatStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The messages slice of the fake's state, and what happens to messages: sent, received, read, reacted to,
 * edited, deleted, delivered. The changes return what webhooks are told. Runs under the shared lock.
 */
public final class MessageStore implements SharedState.Slice {
    private final SharedState shared;
    private final Table<FakeMessage> messages = new Table<>();

    private MessageStore(SharedState shared) {
        this.shared = shared;
    }

    /** The messages slice of this state. */
    public static MessageStore of(SharedState shared) {
        return shared.slice(MessageStore.class, MessageStore::new);
    }

    /**
     * Adds or replaces a message. Its chat must exist; a null account or sender is taken from the chat (the
     * holder when {@code fromSelf}, else the first attendee).
     */
    public FakeMessage add(FakeMessage message) {
        Objects.requireNonNull(message, "message");
        synchronized (shared.lock()) {
            return store(message, message.origin());
        }
    }

    /** The message with this id. */
    public Optional<FakeMessage> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(messages.get(id));
        }
    }

    /** Every message, in the order added. */
    public List<FakeMessage> all() {
        synchronized (shared.lock()) {
            return List.copyOf(messages.values());
        }
    }

    /** The messages of a chat, or of every chat when {@code chatId} is null, newest first; 404 for an unknown chat. */
    public List<Paging.Entry<MessageView>> entries(String chatId) {
        synchronized (shared.lock()) {
            if (chatId != null) {
                ChatStore.of(shared).requireKnown(chatId);
            }
            List<Paging.Entry<MessageView>> entries = new ArrayList<>();
            for (FakeMessage message : messages.values()) {
                if (chatId == null || message.chatId().equals(chatId)) {
                    entries.add(new Paging.Entry<>(view(message),
                            Paging.newestFirst(message.timestamp(), messages.sequence(message.id()))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    /** A message for {@code GET /messages/{message_id}}; 404 when unknown. */
    public MessageView view(String messageId) {
        synchronized (shared.lock()) {
            FakeMessage message = messages.get(messageId);
            if (message == null) {
                throw ApiException.notFound("Message " + messageId + " not found");
            }
            return view(message);
        }
    }

    /** A message as its JSON needs it. */
    public MessageView view(FakeMessage message) {
        synchronized (shared.lock()) {
            FakeMessage quoted = message.quoteId() == null ? null : messages.get(message.quoteId());
            return new MessageView(message, ChatStore.of(shared).get(message.chatId()).orElseThrow(), quoted);
        }
    }

    /** Each chat's latest message, by chat id. */
    public Map<String, FakeMessage> latestByChat() {
        synchronized (shared.lock()) {
            Map<String, FakeMessage> latest = new HashMap<>();
            for (FakeMessage m : messages.values()) {
                // Ties go to the later insertion: two sends within a millisecond keep their order.
                latest.merge(m.chatId(), m, (last, next) -> next.timestamp().isBefore(last.timestamp()) ? last : next);
            }
            return latest;
        }
    }

    /** Sends a message for {@code POST /chats/{chat_id}/messages}. */
    public FakeMessage send(String chatId, String accountId, MessageContent content, Instant now) {
        synchronized (shared.lock()) {
            FakeChat chat = ChatStore.of(shared).find(chatId, accountId);
            if (chat.readOnly()) {
                throw new ApiException(422, "cant_send_message", "The chat is read-only");
            }
            if (content.quoteId() != null) {
                FakeMessage quoted = messages.get(content.quoteId());
                if (quoted == null || !quoted.chatId().equals(chatId)) {
                    throw ApiException.notFound("Message " + content.quoteId() + " not found in this chat");
                }
            }
            return storeSent(chat, content, now);
        }
    }

    /** Stores what the holder sends in a chat, as sent through the API. */
    public FakeMessage storeSent(FakeChat chat, MessageContent content, Instant now) {
        synchronized (shared.lock()) {
            FakeAttendee self = AttendeeStore.of(shared).holder(chat.accountId()).orElseThrow();
            FakeMessage message = new FakeMessage(Ids.unipileId(), chat.id(), chat.accountId(), Ids.random(20),
                    self.providerId(), self.id(), true, content.text(), now, content.quoteId(), content.threadId(),
                    content.attachments(), content.voiceMessage(), content.videoMessage(), Origin.API, List.of(),
                    Map.of(), false, false, true);
            messages.put(message.id(), message);
            return message;
        }
    }

    /** Stores a message arriving from the provider; one from someone else adds to the chat's unread count. */
    public WebhookNotice.Messaging receive(FakeMessage message) {
        synchronized (shared.lock()) {
            FakeMessage stored = store(message, Origin.SIMULATED);
            if (!stored.fromSelf()) {
                ChatStore chats = ChatStore.of(shared);
                FakeChat chat = chats.get(stored.chatId()).orElseThrow();
                chats.update(chat.withUnreadCount(chat.unreadCount() + 1));
            }
            return notice(WebhookEventType.MESSAGE_RECEIVED, stored, stored.timestamp(), null, null);
        }
    }

    /** Adds a reaction from an attendee of the chat (or the holder). */
    public WebhookNotice.Messaging react(String messageId, String reactorProviderId, String reaction, Instant at) {
        Objects.requireNonNull(reaction, "reaction");
        synchronized (shared.lock()) {
            FakeMessage message = require(messageId);
            FakeAttendee reactor = requireParticipant(message, reactorProviderId);
            FakeMessage changed = update(message.withReaction(
                    new FakeMessage.Reaction(reaction, reactor.providerId(), reactor.self())));
            return notice(WebhookEventType.MESSAGE_REACTION, changed, at, reaction, reactor);
        }
    }

    /** Marks a message read by an attendee of the chat (or the holder, which lowers the unread count once). */
    public WebhookNotice.Messaging read(String messageId, String readerProviderId, Instant at) {
        synchronized (shared.lock()) {
            FakeMessage message = require(messageId);
            FakeAttendee reader = requireParticipant(message, readerProviderId);
            if (reader.self() && !message.fromSelf() && !message.seenBy().containsKey(reader.providerId())) {
                ChatStore chats = ChatStore.of(shared);
                FakeChat chat = chats.get(message.chatId()).orElseThrow();
                chats.update(chat.withUnreadCount(Math.max(0, chat.unreadCount() - 1)));
            }
            FakeMessage changed = update(message.withSeenBy(reader.providerId(), at));
            return notice(WebhookEventType.MESSAGE_READ, changed, at, null, null);
        }
    }

    /** Replaces a message's text and flags it edited. */
    public WebhookNotice.Messaging edit(String messageId, String text, Instant at) {
        synchronized (shared.lock()) {
            FakeMessage changed = update(require(messageId).withText(text));
            return notice(WebhookEventType.MESSAGE_EDITED, changed, at, null, null);
        }
    }

    /** Flags a message deleted; it stays listed, as Unipile keeps deleted messages with {@code deleted: 1}. */
    public WebhookNotice.Messaging delete(String messageId, Instant at) {
        synchronized (shared.lock()) {
            FakeMessage changed = update(require(messageId).asDeleted());
            return notice(WebhookEventType.MESSAGE_DELETED, changed, at, null, null);
        }
    }

    /** Flags a message delivered. */
    public WebhookNotice.Messaging deliver(String messageId, Instant at) {
        synchronized (shared.lock()) {
            FakeMessage changed = update(require(messageId).asDelivered());
            return notice(WebhookEventType.MESSAGE_DELIVERED, changed, at, null, null);
        }
    }

    /** What webhooks hear of a message as it now is, if it still exists. */
    public Optional<WebhookNotice.Messaging> notice(WebhookEventType event, String messageId, Instant at) {
        synchronized (shared.lock()) {
            FakeMessage message = messages.get(messageId);
            return message == null ? Optional.empty() : Optional.of(notice(event, message, at, null, null));
        }
    }

    /** Records the holder as having seen every message of the chat from others that it had not seen. */
    public void seenByHolder(FakeChat chat, Instant at) {
        synchronized (shared.lock()) {
            String holder = AttendeeStore.of(shared).holder(chat.accountId()).orElseThrow().providerId();
            for (FakeMessage message : List.copyOf(messages.values())) {
                if (message.chatId().equals(chat.id()) && !message.fromSelf()) {
                    update(message.withSeenBy(holder, at));
                }
            }
        }
    }

    /**
     * Forwards a message to a chat of the same account for {@code POST /messages/{message_id}/forward}: the holder
     * sends its text and files (under new attachment ids) there. 404 for an unknown message or chat, 403
     * {@code errors/account_mismatch} for another account's chat, 422 {@code errors/cant_send_message} for a
     * read-only one and {@code errors/invalid_message} for a deleted message.
     */
    public FakeMessage forward(String messageId, String chatId, Instant now) {
        synchronized (shared.lock()) {
            FakeMessage original = view(messageId).message();
            FakeChat target = ChatStore.of(shared).requireKnown(chatId);
            if (!target.accountId().equals(original.accountId())) {
                throw new ApiException(403, "account_mismatch", "Chat " + chatId + " belongs to another account");
            }
            if (target.readOnly()) {
                throw new ApiException(422, "cant_send_message", "The chat is read-only");
            }
            if (original.deleted()) {
                throw new ApiException(422, "invalid_message", "Message " + messageId + " was deleted");
            }
            return storeSent(target, new MessageContent(original.text(), null, null,
                    original.attachments().stream().map(FakeAttachment::copy).toList(),
                    original.voiceMessage() == null ? null : original.voiceMessage().copy(),
                    original.videoMessage() == null ? null : original.videoMessage().copy()), now);
        }
    }

    /**
     * What webhooks hear of a message the account sent (none for null): Unipile delivers the account's own
     * messages as {@code message_received} too.
     */
    public List<WebhookNotice> sentNotices(FakeMessage message) {
        return message == null ? List.of() : notice(WebhookEventType.MESSAGE_RECEIVED, message.id(),
                message.timestamp()).<List<WebhookNotice>>map(List::of).orElse(List.of());
    }

    /** Removes the messages of these chats. */
    public void removeOfChats(Set<String> chatIds) {
        synchronized (shared.lock()) {
            messages.removeIf(m -> chatIds.contains(m.chatId()));
        }
    }

    private FakeMessage store(FakeMessage message, Origin origin) {
        FakeChat chat = ChatStore.of(shared).get(message.chatId())
                .orElseThrow(() -> new IllegalArgumentException("No chat " + message.chatId()));
        AttendeeStore attendees = AttendeeStore.of(shared);
        FakeAttendee sender;
        if (message.fromSelf()) {
            sender = attendees.holder(chat.accountId()).orElseThrow();
        } else {
            String senderProviderId = message.senderProviderId() != null ? message.senderProviderId()
                    : chat.attendeeProviderIds().get(0);
            sender = attendees.findOrCreate(chat.accountId(), senderProviderId);
        }
        FakeMessage stored = message.withSender(chat.accountId(), sender.providerId(),
                message.senderAttendeeId() != null ? message.senderAttendeeId() : sender.id(), origin);
        messages.put(stored.id(), stored);
        return stored;
    }

    private FakeMessage update(FakeMessage message) {
        messages.put(message.id(), message);
        return message;
    }

    private WebhookNotice.Messaging notice(WebhookEventType event, FakeMessage message, Instant at, String reaction,
                                           FakeAttendee reactor) {
        FakeChat chat = ChatStore.of(shared).get(message.chatId()).orElseThrow();
        AttendeeStore attendees = AttendeeStore.of(shared);
        FakeAttendee sender = attendees.get(message.senderAttendeeId())
                .orElseGet(() -> attendees.findOrCreate(chat.accountId(), message.senderProviderId()));
        FakeMessage quoted = message.quoteId() == null ? null : messages.get(message.quoteId());
        return new WebhookNotice.Messaging(event, at, AccountStore.of(shared).require(chat.accountId()).type(), chat,
                message, quoted, sender, attendees.participants(chat), reaction, reactor);
    }

    private FakeMessage require(String messageId) {
        FakeMessage message = messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("No message " + messageId);
        }
        return message;
    }

    private FakeAttendee requireParticipant(FakeMessage message, String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        FakeChat chat = ChatStore.of(shared).get(message.chatId()).orElseThrow();
        return AttendeeStore.of(shared).participants(chat).stream().filter(a -> a.providerId().equals(providerId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(providerId + " is not in chat "
                        + message.chatId()));
    }

    @Override
    public void clear() {
        messages.clear();
    }
}
