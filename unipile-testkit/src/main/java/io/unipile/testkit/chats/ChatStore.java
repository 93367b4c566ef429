package io.unipile.testkit.chats;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeLinkedinOptions;
import io.unipile.testkit.Origin;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.internal.AccountTypes;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import io.unipile.testkit.messages.MessageContent;
import io.unipile.testkit.messages.MessageStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The chats slice of the fake's state, with the provider ids that cannot be reached. Runs under the shared lock. */
public final class ChatStore implements SharedState.Slice {
    private final SharedState shared;
    private final Table<FakeChat> chats = new Table<>();
    private final Set<String> unreachable = new HashSet<>();
    private final Set<String> syncing = new HashSet<>();

    private ChatStore(SharedState shared) {
        this.shared = shared;
    }

    /** The chats slice of this state. */
    public static ChatStore of(SharedState shared) {
        return shared.slice(ChatStore.class, ChatStore::new);
    }

    /**
     * Adds or replaces a chat. Its account must exist and be a messaging account; attendees the account does not
     * know yet are created.
     */
    public FakeChat add(FakeChat chat) {
        Objects.requireNonNull(chat, "chat");
        synchronized (shared.lock()) {
            FakeAccount account = AccountStore.of(shared).require(chat.accountId());
            if (!AccountTypes.isMessaging(account.type())) {
                throw new IllegalArgumentException(account.type() + " accounts have no chats");
            }
            AttendeeStore attendees = AttendeeStore.of(shared);
            chat.attendeeProviderIds().forEach(providerId -> attendees.findOrCreate(chat.accountId(), providerId));
            chats.put(chat.id(), chat);
            return chat;
        }
    }

    /** Stores a changed chat in place. */
    public void update(FakeChat chat) {
        synchronized (shared.lock()) {
            chats.put(chat.id(), chat);
        }
    }

    /** Makes starting a chat with this provider id fail with 422 {@code errors/user_unreachable}. */
    public void markUnreachable(String providerId) {
        synchronized (shared.lock()) {
            unreachable.add(Objects.requireNonNull(providerId, "providerId"));
        }
    }

    /** The chat with this id. */
    public Optional<FakeChat> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(chats.get(id));
        }
    }

    /** Every chat, in the order added. */
    public List<FakeChat> all() {
        synchronized (shared.lock()) {
            return List.copyOf(chats.values());
        }
    }

    /** The chat, for a request: 404 {@code errors/resource_not_found} when unknown. */
    public FakeChat requireKnown(String chatId) {
        return get(chatId).orElseThrow(() -> ApiException.notFound("Chat " + chatId + " not found"));
    }

    /** Every chat, most recent activity first. */
    public List<Paging.Entry<ChatView>> entries() {
        synchronized (shared.lock()) {
            Map<String, FakeMessage> latest = MessageStore.of(shared).latestByChat();
            List<Paging.Entry<ChatView>> entries = new ArrayList<>();
            for (FakeChat chat : chats.values()) {
                ChatView view = view(chat, latest.get(chat.id()));
                entries.add(new Paging.Entry<>(view, Paging.newestFirst(view.timestamp(), chats.sequence(chat.id()))));
            }
            return Paging.sorted(entries);
        }
    }

    /** A chat as its JSON needs it. */
    public ChatView view(FakeChat chat) {
        synchronized (shared.lock()) {
            return view(chat, MessageStore.of(shared).latestByChat().get(chat.id()));
        }
    }

    private ChatView view(FakeChat chat, FakeMessage last) {
        AccountType type = AccountStore.of(shared).require(chat.accountId()).type();
        return new ChatView(chat, type, last == null ? null : MessageStore.of(shared).view(last));
    }

    /**
     * Finds a chat as {@code GET /chats/{chat_id}} does: by Unipile id, or by provider id within an account.
     * 404 when unknown; 403 {@code errors/account_mismatch} when the chat is another account's.
     */
    public FakeChat find(String chatIdOrProviderId, String accountId) {
        synchronized (shared.lock()) {
            FakeChat chat = chats.get(chatIdOrProviderId);
            if (chat == null && accountId != null) {
                chat = chats.values().stream()
                        .filter(c -> c.accountId().equals(accountId) && c.providerId().equals(chatIdOrProviderId))
                        .findFirst().orElse(null);
            }
            if (chat == null) {
                throw ApiException.notFound("Chat " + chatIdOrProviderId + " not found");
            }
            if (accountId != null && !accountId.equals(chat.accountId())) {
                AccountStore.of(shared).requireKnown(accountId);
                throw new ApiException(403, "account_mismatch", "The chat does not belong to account " + accountId);
            }
            return chat;
        }
    }

    /** The chat, and its first message or null when the client sent neither text nor files. */
    public record StartedChat(FakeChat chat, FakeMessage message) {
    }

    /** Starts a chat for {@code POST /chats}: checks, creates attendees, chat and first message atomically. */
    public StartedChat start(String accountId, List<String> attendeeProviderIds, String subject,
                             FakeLinkedinOptions linkedin, MessageContent content, Instant now) {
        synchronized (shared.lock()) {
            FakeAccount account = AccountStore.of(shared).requireKnown(accountId);
            if (!AccountTypes.isMessaging(account.type())) {
                throw new ApiException(422, "invalid_account", account.type() + " accounts cannot start chats");
            }
            if (linkedin != null && !account.type().equals(AccountType.LINKEDIN)) {
                throw ApiException.invalidParameters("linkedin options apply to LINKEDIN accounts only");
            }
            for (String providerId : attendeeProviderIds) {
                if (unreachable.contains(providerId)) {
                    throw new ApiException(422, "user_unreachable", "The user " + providerId + " cannot be reached");
                }
            }
            AttendeeStore attendees = AttendeeStore.of(shared);
            String name = attendeeProviderIds.size() == 1
                    ? attendees.findOrCreate(accountId, attendeeProviderIds.get(0)).name()
                    : subject;
            attendeeProviderIds.forEach(providerId -> attendees.findOrCreate(accountId, providerId));
            FakeChat chat = new FakeChat(Ids.unipileId(), accountId, Ids.random(16), attendeeProviderIds, name,
                    subject, now, 0, false, false, null, linkedin, Origin.API);
            chats.put(chat.id(), chat);
            FakeMessage message = content.isEmpty() ? null : MessageStore.of(shared).storeSent(chat, content, now);
            return new StartedChat(chat, message);
        }
    }

    /**
     * Sets a chat's read status for {@code PATCH /chats/{chat_id}}: read sets the unread count to 0 and records
     * the holder as having seen every message from others; unread makes the count at least 1.
     */
    public FakeChat setRead(String chatId, boolean read, Instant now) {
        synchronized (shared.lock()) {
            FakeChat chat = requireKnown(chatId);
            FakeChat changed = chat.withUnreadCount(read ? 0 : Math.max(1, chat.unreadCount()));
            chats.put(chat.id(), changed);
            if (read) {
                MessageStore.of(shared).seenByHolder(chat, now);
            }
            return changed;
        }
    }

    /** Where a chat's history sync stands, as {@code GET /chats/{chat_id}/sync} reports it. */
    public enum SyncStatus { SYNC_STARTED, SYNC_DONE }

    /**
     * Starts a sync of the chat's history, or reports the one started as done: the fake has nothing more to fetch,
     * so the poll after {@code SYNC_STARTED} sees {@code SYNC_DONE}, and the next call starts afresh, as Unipile
     * documents. 404 for an unknown chat.
     */
    public SyncStatus sync(String chatId) {
        synchronized (shared.lock()) {
            requireKnown(chatId);
            if (syncing.remove(chatId)) {
                return SyncStatus.SYNC_DONE;
            }
            syncing.add(chatId);
            return SyncStatus.SYNC_STARTED;
        }
    }

    /** Removes the chats of an account; their ids. */
    public Set<String> removeOf(String accountId) {
        synchronized (shared.lock()) {
            Set<String> ids = new HashSet<>();
            chats.values().stream().filter(c -> c.accountId().equals(accountId)).forEach(c -> ids.add(c.id()));
            chats.removeIf(c -> ids.contains(c.id()));
            syncing.removeAll(ids);
            return ids;
        }
    }

    @Override
    public void clear() {
        chats.clear();
        unreachable.clear();
        syncing.clear();
    }
}
