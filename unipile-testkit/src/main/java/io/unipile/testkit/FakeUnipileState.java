package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the fake knows: accounts, attendees, chats and messages. Tests seed it before the client
 * runs and read back what the client created afterwards.
 *
 * <p>Thread-safe: one lock guards every read and write, so a request's checks and its changes are
 * atomic with respect to other requests and to the test thread. Reads return immutable snapshots.
 */
public final class FakeUnipileState {
    private final Object lock = new Object();
    private final Map<String, FakeAccount> accounts = new LinkedHashMap<>();
    private final Map<String, FakeAttendee> attendees = new LinkedHashMap<>();
    private final Map<String, FakeChat> chats = new LinkedHashMap<>();
    private final Map<String, FakeMessage> messages = new LinkedHashMap<>();
    private final Set<String> unreachable = new HashSet<>();

    FakeUnipileState() {
    }

    /** Adds an account of the given type with default values. */
    public FakeAccount addAccount(AccountType type) {
        return addAccount(FakeAccount.builder(type).build());
    }

    /**
     * Adds an account, or replaces the one with the same id (keeping its place in listings). Its
     * holder becomes the account's own attendee, the sender of what it sends.
     */
    public FakeAccount addAccount(FakeAccount account) {
        Objects.requireNonNull(account, "account");
        synchronized (lock) {
            accounts.put(account.id(), account);
            if (selfAttendee(account.id()).isEmpty()) {
                FakeAttendee self = new FakeAttendee(Ids.unipileId(), account.id(), account.providerId(),
                        account.name(), true);
                attendees.put(self.id(), self);
            }
            return account;
        }
    }

    /** Adds a person the account knows, under a fresh attendee id. */
    public FakeAttendee addAttendee(String accountId, String providerId, String name) {
        return addAttendee(FakeAttendee.of(accountId, providerId, name));
    }

    /** Adds an attendee; its account must exist. */
    public FakeAttendee addAttendee(FakeAttendee attendee) {
        Objects.requireNonNull(attendee, "attendee");
        synchronized (lock) {
            requireAccount(attendee.accountId());
            attendees.put(attendee.id(), attendee);
            return attendee;
        }
    }

    /** Adds a chat of a messaging account with the given attendees and default values. */
    public FakeChat addChat(String accountId, String... attendeeProviderIds) {
        return addChat(FakeChat.builder(accountId, attendeeProviderIds).build());
    }

    /**
     * Adds a chat, or replaces the one with the same id. Its account must exist and be a
     * messaging account; attendees the account does not know yet are created.
     */
    public FakeChat addChat(FakeChat chat) {
        Objects.requireNonNull(chat, "chat");
        synchronized (lock) {
            FakeAccount account = requireAccount(chat.accountId());
            if (!AccountTypes.isMessaging(account.type())) {
                throw new IllegalArgumentException(account.type() + " accounts have no chats");
            }
            chat.attendeeProviderIds().forEach(providerId -> attendeeOrCreate(chat.accountId(), providerId));
            chats.put(chat.id(), chat);
            return chat;
        }
    }

    /** Adds a message from the chat's first attendee. */
    public FakeMessage addMessage(String chatId, String text) {
        return addMessage(FakeMessage.builder(chatId).text(text).build());
    }

    /**
     * Adds a message, or replaces the one with the same id. Its chat must exist; a null account
     * or sender is taken from the chat (the holder when {@code fromSelf}, else the first attendee).
     *
     * @return the message as stored, with those fields filled in
     */
    public FakeMessage addMessage(FakeMessage message) {
        Objects.requireNonNull(message, "message");
        synchronized (lock) {
            FakeChat chat = chats.get(message.chatId());
            if (chat == null) {
                throw new IllegalArgumentException("No chat " + message.chatId());
            }
            String senderProviderId = message.senderProviderId();
            FakeAttendee sender;
            if (message.fromSelf()) {
                sender = selfAttendee(chat.accountId()).orElseThrow();
            } else {
                if (senderProviderId == null) {
                    senderProviderId = chat.attendeeProviderIds().get(0);
                }
                sender = attendeeOrCreate(chat.accountId(), senderProviderId);
            }
            FakeMessage stored = message.withSender(chat.accountId(), sender.providerId(),
                    message.senderAttendeeId() != null ? message.senderAttendeeId() : sender.id());
            messages.put(stored.id(), stored);
            return stored;
        }
    }

    /**
     * Makes starting a chat with this provider id fail with 422 {@code errors/user_unreachable},
     * as Unipile answers for people the account cannot reach.
     */
    public void markUnreachable(String providerId) {
        synchronized (lock) {
            unreachable.add(Objects.requireNonNull(providerId, "providerId"));
        }
    }

    /** Every account, in the order added. */
    public List<FakeAccount> accounts() {
        synchronized (lock) {
            return List.copyOf(accounts.values());
        }
    }

    /** The account with this id. */
    public Optional<FakeAccount> account(String id) {
        synchronized (lock) {
            return Optional.ofNullable(accounts.get(id));
        }
    }

    /** Every attendee, account holders included, in the order added. */
    public List<FakeAttendee> attendees() {
        synchronized (lock) {
            return List.copyOf(attendees.values());
        }
    }

    /** The attendee of this account with this provider id. */
    public Optional<FakeAttendee> attendee(String accountId, String providerId) {
        synchronized (lock) {
            return findAttendee(a -> a.accountId().equals(accountId) && a.providerId().equals(providerId));
        }
    }

    /** Every chat, in the order added. */
    public List<FakeChat> chats() {
        synchronized (lock) {
            return List.copyOf(chats.values());
        }
    }

    /** The chats clients started over HTTP, in order. */
    public List<FakeChat> startedChats() {
        synchronized (lock) {
            return chats.values().stream().filter(c -> c.origin() == Origin.API).toList();
        }
    }

    /** The chat with this id. */
    public Optional<FakeChat> chat(String id) {
        synchronized (lock) {
            return Optional.ofNullable(chats.get(id));
        }
    }

    /** Every message, in the order added. */
    public List<FakeMessage> messages() {
        synchronized (lock) {
            return List.copyOf(messages.values());
        }
    }

    /** The messages of a chat, in the order added. */
    public List<FakeMessage> messages(String chatId) {
        synchronized (lock) {
            return messages.values().stream().filter(m -> m.chatId().equals(chatId)).toList();
        }
    }

    /** The messages clients sent over HTTP (including the first message of started chats), in order. */
    public List<FakeMessage> sentMessages() {
        synchronized (lock) {
            return messages.values().stream().filter(m -> m.origin() == Origin.API).toList();
        }
    }

    /** The message with this id. */
    public Optional<FakeMessage> message(String id) {
        synchronized (lock) {
            return Optional.ofNullable(messages.get(id));
        }
    }

    /** Forgets everything, unreachable marks included. */
    public void reset() {
        synchronized (lock) {
            accounts.clear();
            attendees.clear();
            chats.clear();
            messages.clear();
            unreachable.clear();
        }
    }

    /** One page of accounts after the account with id {@code afterId} (null: from the start). */
    AccountPage accountPage(String afterId, int limit) {
        synchronized (lock) {
            List<FakeAccount> all = new ArrayList<>(accounts.values());
            int start = 0;
            if (afterId != null) {
                int index = indexOf(all, afterId);
                if (index < 0) {
                    throw ApiException.invalidParameters("The cursor does not point into this list");
                }
                start = index + 1;
            }
            int end = Math.min(all.size(), start + limit);
            return new AccountPage(List.copyOf(all.subList(start, end)), end < all.size());
        }
    }

    record AccountPage(List<FakeAccount> items, boolean hasMore) {
    }

    /** The request's view of a chat: the chat, its account type and its latest message. */
    record ChatView(FakeChat chat, AccountType accountType, FakeMessage lastMessage, FakeMessage quotedByLast) {
    }

    /** Finds a chat as {@code GET /chats/{chat_id}} does: by Unipile id, or by provider id within an account. */
    ChatView chatView(String chatIdOrProviderId, String accountId) {
        synchronized (lock) {
            FakeChat chat = findChat(chatIdOrProviderId, accountId);
            FakeMessage last = null;
            for (FakeMessage m : messages.values()) {
                // Ties go to the later insertion: two sends within a millisecond keep their order.
                if (m.chatId().equals(chat.id()) && (last == null || !m.timestamp().isBefore(last.timestamp()))) {
                    last = m;
                }
            }
            FakeMessage quoted = last == null || last.quoteId() == null ? null : messages.get(last.quoteId());
            return new ChatView(chat, accounts.get(chat.accountId()).type(), last, quoted);
        }
    }

    /** Starts a chat for {@code POST /chats}: checks, creates attendees, chat and first message atomically. */
    StartedChat startChat(String accountId, List<String> attendeeProviderIds, String subject,
                          LinkedinOptions linkedin, MessageContent content, Instant now) {
        synchronized (lock) {
            FakeAccount account = accounts.get(accountId);
            if (account == null) {
                throw ApiException.notFound("Account " + accountId + " not found");
            }
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
            String name = attendeeProviderIds.size() == 1
                    ? attendeeOrCreate(accountId, attendeeProviderIds.get(0)).name()
                    : subject;
            attendeeProviderIds.forEach(providerId -> attendeeOrCreate(accountId, providerId));
            FakeChat chat = new FakeChat(Ids.unipileId(), accountId, Ids.random(16), attendeeProviderIds, name,
                    subject, now, 0, false, false, null, linkedin, Origin.API);
            chats.put(chat.id(), chat);
            FakeMessage message = content.isEmpty() ? null : storeSent(chat, account, content, now);
            return new StartedChat(chat, message);
        }
    }

    /** The chat, and its first message or null when the client sent neither text nor files. */
    record StartedChat(FakeChat chat, FakeMessage message) {
    }

    /** What a client sends as a message. */
    record MessageContent(String text, String quoteId, String threadId, List<FakeAttachment> attachments,
                          FakeAttachment voiceMessage, FakeAttachment videoMessage) {
        boolean isEmpty() {
            return text == null && attachments.isEmpty() && voiceMessage == null && videoMessage == null;
        }
    }

    /** Sends a message for {@code POST /chats/{chat_id}/messages}. */
    FakeMessage sendMessage(String chatId, String accountId, MessageContent content, Instant now) {
        synchronized (lock) {
            FakeChat chat = findChat(chatId, accountId);
            if (chat.readOnly()) {
                throw new ApiException(422, "cant_send_message", "The chat is read-only");
            }
            if (content.quoteId() != null) {
                FakeMessage quoted = messages.get(content.quoteId());
                if (quoted == null || !quoted.chatId().equals(chatId)) {
                    throw ApiException.notFound("Message " + content.quoteId() + " not found in this chat");
                }
            }
            return storeSent(chat, accounts.get(chat.accountId()), content, now);
        }
    }

    private FakeMessage storeSent(FakeChat chat, FakeAccount account, MessageContent content, Instant now) {
        FakeAttendee self = selfAttendee(account.id()).orElseThrow();
        FakeMessage message = new FakeMessage(Ids.unipileId(), chat.id(), account.id(), Ids.random(20),
                self.providerId(), self.id(), true, content.text(), now, content.quoteId(), content.threadId(),
                content.attachments(), content.voiceMessage(), content.videoMessage(), Origin.API);
        messages.put(message.id(), message);
        return message;
    }

    private FakeChat findChat(String chatIdOrProviderId, String accountId) {
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
            if (!accounts.containsKey(accountId)) {
                throw ApiException.notFound("Account " + accountId + " not found");
            }
            throw new ApiException(403, "account_mismatch", "The chat does not belong to account " + accountId);
        }
        return chat;
    }

    private FakeAccount requireAccount(String accountId) {
        FakeAccount account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        return account;
    }

    private FakeAttendee attendeeOrCreate(String accountId, String providerId) {
        return findAttendee(a -> a.accountId().equals(accountId) && a.providerId().equals(providerId))
                .orElseGet(() -> {
                    FakeAttendee created = FakeAttendee.of(accountId, providerId, providerId);
                    attendees.put(created.id(), created);
                    return created;
                });
    }

    private Optional<FakeAttendee> selfAttendee(String accountId) {
        return findAttendee(a -> a.self() && a.accountId().equals(accountId));
    }

    private Optional<FakeAttendee> findAttendee(Predicate<FakeAttendee> test) {
        return attendees.values().stream().filter(test).findFirst();
    }

    private static int indexOf(List<FakeAccount> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
