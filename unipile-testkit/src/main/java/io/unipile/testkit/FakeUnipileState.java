package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the fake knows: accounts, attendees, chats, messages and webhooks. Tests seed it before the
 * client runs and read back what the client created afterwards.
 *
 * <p>Thread-safe: one lock guards every read and write, so a request's checks and its changes are
 * atomic with respect to other requests and to the test thread. Reads return immutable snapshots.
 */
public final class FakeUnipileState {
    private static final Map<AccountStatusMessage, FakeAccount.SourceStatus> SOURCE_STATUS = Map.of(
            AccountStatusMessage.OK, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.STOPPED, FakeAccount.SourceStatus.STOPPED,
            AccountStatusMessage.ERROR, FakeAccount.SourceStatus.ERROR,
            AccountStatusMessage.CREDENTIALS, FakeAccount.SourceStatus.CREDENTIALS,
            AccountStatusMessage.PERMISSIONS, FakeAccount.SourceStatus.PERMISSIONS,
            AccountStatusMessage.CONNECTING, FakeAccount.SourceStatus.CONNECTING,
            AccountStatusMessage.CREATION_SUCCESS, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.RECONNECTED, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.SYNC_SUCCESS, FakeAccount.SourceStatus.OK);

    private final Object lock = new Object();
    private final Table<FakeAccount> accounts = new Table<>();
    private final Table<FakeAttendee> attendees = new Table<>();
    private final Table<FakeChat> chats = new Table<>();
    private final Table<FakeMessage> messages = new Table<>();
    private final Table<FakeWebhook> webhooks = new Table<>();
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

    /**
     * Removes an account with everything it holds: its attendees, chats and messages, as Unipile
     * forgets an account's synchronised data. Webhooks limited to it stay, still naming it.
     *
     * @return whether there was such an account
     */
    public boolean removeAccount(String accountId) {
        synchronized (lock) {
            return deleteAccount(accountId).isPresent();
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
            return store(message, message.origin());
        }
    }

    /**
     * Registers a webhook as {@code POST /api/v1/webhooks} would, with the same checks and
     * defaults; the fake then delivers matching events to it.
     *
     * @throws IllegalArgumentException when the fake would refuse the request, e.g. an event of
     *     another source or an unknown account
     */
    public FakeWebhook addWebhook(CreateWebhookRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return createWebhook(request, Origin.SEEDED);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.detail(), e);
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

    /** The attendee with this attendee id. */
    public Optional<FakeAttendee> attendee(String id) {
        synchronized (lock) {
            return Optional.ofNullable(attendees.get(id));
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

    /** Every webhook, in the order registered. */
    public List<FakeWebhook> webhooks() {
        synchronized (lock) {
            return List.copyOf(webhooks.values());
        }
    }

    /** The webhook with this id. */
    public Optional<FakeWebhook> webhook(String id) {
        synchronized (lock) {
            return Optional.ofNullable(webhooks.get(id));
        }
    }

    /** Forgets everything, unreachable marks and webhooks included. */
    public void reset() {
        synchronized (lock) {
            accounts.clear();
            attendees.clear();
            chats.clear();
            messages.clear();
            webhooks.clear();
            unreachable.clear();
        }
    }

    // ---- for the routes ----

    /** A message with what its JSON needs: its chat and the message it quotes (or null). */
    record MessageView(FakeMessage message, FakeChat chat, FakeMessage quoted) {
    }

    /** A chat with what its JSON needs: its account type and its latest message (or null). */
    record ChatView(FakeChat chat, AccountType accountType, MessageView lastMessage) {
        /** The chat's {@code timestamp}: its latest message's, or when it began. */
        Instant timestamp() {
            return lastMessage != null ? lastMessage.message().timestamp() : chat.createdAt();
        }
    }

    /** Every account, in list order. */
    List<Paging.Entry<FakeAccount>> accountEntries() {
        synchronized (lock) {
            return accounts.entries();
        }
    }

    /** Every chat, most recent activity first. */
    List<Paging.Entry<ChatView>> chatEntries() {
        synchronized (lock) {
            Map<String, FakeMessage> latest = latestMessages();
            List<Paging.Entry<ChatView>> entries = new ArrayList<>();
            for (FakeChat chat : chats.values()) {
                ChatView view = chatView(chat, latest.get(chat.id()));
                entries.add(new Paging.Entry<>(view, Paging.newestFirst(view.timestamp(), chats.sequence(chat.id()))));
            }
            return Paging.sorted(entries);
        }
    }

    /** The messages of a chat, or of every chat when {@code chatId} is null, newest first; 404 for an unknown chat. */
    List<Paging.Entry<MessageView>> messageEntries(String chatId) {
        synchronized (lock) {
            if (chatId != null && !chats.contains(chatId)) {
                throw ApiException.notFound("Chat " + chatId + " not found");
            }
            List<Paging.Entry<MessageView>> entries = new ArrayList<>();
            for (FakeMessage message : messages.values()) {
                if (chatId == null || message.chatId().equals(chatId)) {
                    entries.add(new Paging.Entry<>(messageView(message),
                            Paging.newestFirst(message.timestamp(), messages.sequence(message.id()))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    /** Every attendee, in list order. */
    List<Paging.Entry<FakeAttendee>> attendeeEntries() {
        synchronized (lock) {
            return attendees.entries();
        }
    }

    /** Every webhook, in list order. */
    List<Paging.Entry<FakeWebhook>> webhookEntries() {
        synchronized (lock) {
            return webhooks.entries();
        }
    }

    /** A message for {@code GET /messages/{message_id}}; 404 when unknown. */
    MessageView messageView(String messageId) {
        synchronized (lock) {
            FakeMessage message = messages.get(messageId);
            if (message == null) {
                throw ApiException.notFound("Message " + messageId + " not found");
            }
            return messageView(message);
        }
    }

    /** Everyone in a chat, the holder last; 404 for an unknown chat. */
    List<FakeAttendee> chatAttendees(String chatId) {
        synchronized (lock) {
            FakeChat chat = chats.get(chatId);
            if (chat == null) {
                throw ApiException.notFound("Chat " + chatId + " not found");
            }
            return participants(chat);
        }
    }

    /** Finds a chat as {@code GET /chats/{chat_id}} does: by Unipile id, or by provider id within an account. */
    ChatView chatView(String chatIdOrProviderId, String accountId) {
        synchronized (lock) {
            FakeChat chat = findChat(chatIdOrProviderId, accountId);
            return chatView(chat, latestMessages().get(chat.id()));
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

    /** Removes an account for {@code DELETE /accounts/{id}}; the removed account, if there was one. */
    Optional<FakeAccount> deleteAccount(String accountId) {
        synchronized (lock) {
            FakeAccount account = accounts.remove(accountId);
            if (account == null) {
                return Optional.empty();
            }
            Set<String> chatIds = new HashSet<>();
            chats.values().stream().filter(c -> c.accountId().equals(accountId)).forEach(c -> chatIds.add(c.id()));
            messages.removeIf(m -> chatIds.contains(m.chatId()));
            chats.removeIf(c -> chatIds.contains(c.id()));
            attendees.removeIf(a -> a.accountId().equals(accountId));
            return Optional.of(account);
        }
    }

    /**
     * Registers a webhook for {@code POST /webhooks} or a test.
     *
     * @throws ApiException 400 for what Unipile does not accept, 404 for an unknown account
     */
    FakeWebhook createWebhook(CreateWebhookRequest request, Origin origin) {
        WebhookRules.check(request);
        synchronized (lock) {
            List<FakeWebhook.Target> targets = new ArrayList<>();
            for (String accountId : new LinkedHashSet<>(request.accountIds())) {
                FakeAccount account = accounts.get(accountId);
                if (account == null) {
                    throw ApiException.notFound("account_ids: account " + accountId + " not found");
                }
                targets.add(new FakeWebhook.Target(account.id(), account.type(), account.name()));
            }
            FakeWebhook webhook = new FakeWebhook(Ids.unipileId(), request.requestUrl(), request.source(),
                    request.name(), request.format() != null ? request.format() : WebhookFormat.JSON, targets,
                    request.enabled() == null || request.enabled(), request.headers(),
                    request.events().isEmpty() ? WebhookRules.defaultEvents(request.source()) : request.events(),
                    request.data(), origin);
            webhooks.put(webhook.id(), webhook);
            return webhook;
        }
    }

    /** Removes a webhook for {@code DELETE /webhooks/{id}}; 404 when unknown. */
    FakeWebhook deleteWebhook(String webhookId) {
        synchronized (lock) {
            FakeWebhook removed = webhooks.remove(webhookId);
            if (removed == null) {
                throw ApiException.notFound("Webhook " + webhookId + " not found");
            }
            return removed;
        }
    }

    // ---- for the simulations: each changes the state and returns what webhooks are told ----

    /** Stores a message arriving from the provider; one from someone else adds to the chat's unread count. */
    WebhookNotice.Messaging receive(FakeMessage message) {
        synchronized (lock) {
            FakeMessage stored = store(message, Origin.SIMULATED);
            if (!stored.fromSelf()) {
                FakeChat chat = chats.get(stored.chatId());
                chats.put(chat.id(), chat.withUnreadCount(chat.unreadCount() + 1));
            }
            return notice(WebhookEventType.MESSAGE_RECEIVED, stored, stored.timestamp(), null, null);
        }
    }

    /** Adds a reaction from an attendee of the chat (or the holder). */
    WebhookNotice.Messaging react(String messageId, String reactorProviderId, String reaction, Instant at) {
        Objects.requireNonNull(reaction, "reaction");
        synchronized (lock) {
            FakeMessage message = requireMessage(messageId);
            FakeAttendee reactor = requireParticipant(message, reactorProviderId);
            FakeMessage changed = update(message.withReaction(
                    new FakeMessage.Reaction(reaction, reactor.providerId(), reactor.self())));
            return notice(WebhookEventType.MESSAGE_REACTION, changed, at, reaction, reactor);
        }
    }

    /** Marks a message read by an attendee of the chat (or the holder, which lowers the unread count once). */
    WebhookNotice.Messaging read(String messageId, String readerProviderId, Instant at) {
        synchronized (lock) {
            FakeMessage message = requireMessage(messageId);
            FakeAttendee reader = requireParticipant(message, readerProviderId);
            if (reader.self() && !message.fromSelf() && !message.seenBy().containsKey(reader.providerId())) {
                FakeChat chat = chats.get(message.chatId());
                chats.put(chat.id(), chat.withUnreadCount(Math.max(0, chat.unreadCount() - 1)));
            }
            FakeMessage changed = update(message.withSeenBy(reader.providerId(), at));
            return notice(WebhookEventType.MESSAGE_READ, changed, at, null, null);
        }
    }

    /** Replaces a message's text and flags it edited. */
    WebhookNotice.Messaging edit(String messageId, String text, Instant at) {
        synchronized (lock) {
            FakeMessage changed = update(requireMessage(messageId).withText(text));
            return notice(WebhookEventType.MESSAGE_EDITED, changed, at, null, null);
        }
    }

    /** Flags a message deleted; it stays listed, as Unipile keeps deleted messages with {@code deleted: 1}. */
    WebhookNotice.Messaging delete(String messageId, Instant at) {
        synchronized (lock) {
            FakeMessage changed = update(requireMessage(messageId).asDeleted());
            return notice(WebhookEventType.MESSAGE_DELETED, changed, at, null, null);
        }
    }

    /** Flags a message delivered. */
    WebhookNotice.Messaging deliver(String messageId, Instant at) {
        synchronized (lock) {
            FakeMessage changed = update(requireMessage(messageId).asDelivered());
            return notice(WebhookEventType.MESSAGE_DELIVERED, changed, at, null, null);
        }
    }

    /** What webhooks hear of a message as it now is, if it still exists. */
    Optional<WebhookNotice.Messaging> notice(WebhookEventType event, String messageId, Instant at) {
        synchronized (lock) {
            FakeMessage message = messages.get(messageId);
            return message == null ? Optional.empty() : Optional.of(notice(event, message, at, null, null));
        }
    }

    /**
     * Records an account's new status: statuses that name a source status set every source of the
     * account to it ({@code CREATION_SUCCESS}, {@code RECONNECTED} and {@code SYNC_SUCCESS} set OK);
     * {@code DELETED} removes the account as {@code DELETE /accounts/{id}} does.
     */
    WebhookNotice.AccountStatus accountStatus(String accountId, AccountStatusMessage status) {
        Objects.requireNonNull(status, "status");
        synchronized (lock) {
            FakeAccount account = requireAccount(accountId);
            if (status.equals(AccountStatusMessage.DELETED)) {
                deleteAccount(accountId);
            } else if (SOURCE_STATUS.containsKey(status)) {
                FakeAccount.SourceStatus sourceStatus = SOURCE_STATUS.get(status);
                accounts.put(accountId, account.toBuilder().sources(account.sources().stream()
                        .map(s -> new FakeAccount.Source(s.id(), sourceStatus)).toList()).build());
            }
            return new WebhookNotice.AccountStatus(accountId, account.type(), status);
        }
    }

    // ---- helpers, called with the lock held ----

    private FakeMessage store(FakeMessage message, Origin origin) {
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
        FakeChat chat = chats.get(message.chatId());
        FakeAttendee sender = attendees.get(message.senderAttendeeId());
        if (sender == null) {
            sender = attendeeOrCreate(chat.accountId(), message.senderProviderId());
        }
        FakeMessage quoted = message.quoteId() == null ? null : messages.get(message.quoteId());
        return new WebhookNotice.Messaging(event, at, accounts.get(chat.accountId()).type(), chat, message, quoted,
                sender, participants(chat), reaction, reactor);
    }

    private FakeMessage requireMessage(String messageId) {
        FakeMessage message = messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("No message " + messageId);
        }
        return message;
    }

    private FakeAttendee requireParticipant(FakeMessage message, String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        return participants(chats.get(message.chatId())).stream().filter(a -> a.providerId().equals(providerId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(providerId + " is not in chat "
                        + message.chatId()));
    }

    private List<FakeAttendee> participants(FakeChat chat) {
        List<FakeAttendee> all = new ArrayList<>();
        chat.attendeeProviderIds().forEach(providerId -> all.add(attendeeOrCreate(chat.accountId(), providerId)));
        selfAttendee(chat.accountId()).ifPresent(all::add);
        return List.copyOf(all);
    }

    private Map<String, FakeMessage> latestMessages() {
        Map<String, FakeMessage> latest = new HashMap<>();
        for (FakeMessage m : messages.values()) {
            // Ties go to the later insertion: two sends within a millisecond keep their order.
            latest.merge(m.chatId(), m, (last, next) -> next.timestamp().isBefore(last.timestamp()) ? last : next);
        }
        return latest;
    }

    private ChatView chatView(FakeChat chat, FakeMessage last) {
        return new ChatView(chat, accounts.get(chat.accountId()).type(), last == null ? null : messageView(last));
    }

    private MessageView messageView(FakeMessage message) {
        FakeMessage quoted = message.quoteId() == null ? null : messages.get(message.quoteId());
        return new MessageView(message, chats.get(message.chatId()), quoted);
    }

    private FakeMessage storeSent(FakeChat chat, FakeAccount account, MessageContent content, Instant now) {
        FakeAttendee self = selfAttendee(account.id()).orElseThrow();
        FakeMessage message = new FakeMessage(Ids.unipileId(), chat.id(), account.id(), Ids.random(20),
                self.providerId(), self.id(), true, content.text(), now, content.quoteId(), content.threadId(),
                content.attachments(), content.voiceMessage(), content.videoMessage(), Origin.API, List.of(),
                Map.of(), false, false, true);
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
            if (!accounts.contains(accountId)) {
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

    /**
     * Rows by id in insertion order, each with an insertion number that orders listings and
     * cursors; replacing a row keeps its number. Not thread-safe: used under the state's lock.
     */
    private static final class Table<T> {
        private final Map<String, T> rows = new LinkedHashMap<>();
        private final Map<String, Long> sequences = new HashMap<>();
        private long next;

        void put(String id, T row) {
            rows.put(id, row);
            sequences.computeIfAbsent(id, key -> next++);
        }

        T get(String id) {
            return rows.get(id);
        }

        boolean contains(String id) {
            return rows.containsKey(id);
        }

        T remove(String id) {
            sequences.remove(id);
            return rows.remove(id);
        }

        void removeIf(Predicate<T> test) {
            rows.entrySet().removeIf(row -> test.test(row.getValue()) && sequences.remove(row.getKey()) != null);
        }

        Collection<T> values() {
            return rows.values();
        }

        long sequence(String id) {
            return sequences.get(id);
        }

        /** The rows in insertion order, as list entries. */
        List<Paging.Entry<T>> entries() {
            return rows.entrySet().stream()
                    .map(row -> new Paging.Entry<>(row.getValue(), Paging.inserted(sequences.get(row.getKey()))))
                    .toList();
        }

        void clear() {
            rows.clear();
            sequences.clear();
        }
    }
}
