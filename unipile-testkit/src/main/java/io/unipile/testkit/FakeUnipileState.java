package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.chats.ChatStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.linkedin.LinkedInState;
import io.unipile.testkit.messages.MessageStore;
import io.unipile.testkit.webhooks.WebhookStore;
import io.unipile.webhooks.CreateWebhookRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake knows: accounts, attendees, chats, messages and webhooks. Tests seed it before the
 * client runs and read back what the client created afterwards.
 *
 * <p>A facade over the resource groups' slices of one shared state. Thread-safe: one lock guards every read
 * and write, so a request's checks and its changes are atomic with respect to other requests and to the test
 * thread. Reads return immutable snapshots.
 */
public final class FakeUnipileState {
    private final SharedState shared;
    private final AccountStore accounts;
    private final AttendeeStore attendees;
    private final ChatStore chats;
    private final MessageStore messages;
    private final WebhookStore webhooks;
    private final LinkedInState linkedin;

    FakeUnipileState(SharedState shared) {
        this.shared = shared;
        this.accounts = AccountStore.of(shared);
        this.attendees = AttendeeStore.of(shared);
        this.chats = ChatStore.of(shared);
        this.messages = MessageStore.of(shared);
        this.webhooks = WebhookStore.of(shared);
        this.linkedin = new LinkedInState(shared);
    }

    SharedState shared() {
        return shared;
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
        return accounts.add(account);
    }

    /**
     * Removes an account with everything it holds: its attendees, chats and messages, as Unipile
     * forgets an account's synchronised data. Webhooks limited to it stay, still naming it.
     *
     * @return whether there was such an account
     */
    public boolean removeAccount(String accountId) {
        return accounts.remove(accountId).isPresent();
    }

    /** Adds a person the account knows, under a fresh attendee id. */
    public FakeAttendee addAttendee(String accountId, String providerId, String name) {
        return addAttendee(FakeAttendee.of(accountId, providerId, name));
    }

    /** Adds an attendee; its account must exist. */
    public FakeAttendee addAttendee(FakeAttendee attendee) {
        return attendees.add(attendee);
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
        return chats.add(chat);
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
        return messages.add(message);
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
            return webhooks.create(request, Origin.SEEDED);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.detail(), e);
        }
    }

    /**
     * Makes starting a chat with this provider id fail with 422 {@code errors/user_unreachable},
     * as Unipile answers for people the account cannot reach.
     */
    public void markUnreachable(String providerId) {
        chats.markUnreachable(providerId);
    }

    /** Every account, in the order added. */
    public List<FakeAccount> accounts() {
        return accounts.all();
    }

    /** The account with this id. */
    public Optional<FakeAccount> account(String id) {
        return accounts.get(id);
    }

    /** Every attendee, account holders included, in the order added. */
    public List<FakeAttendee> attendees() {
        return attendees.all();
    }

    /** The attendee with this attendee id. */
    public Optional<FakeAttendee> attendee(String id) {
        return attendees.get(id);
    }

    /** The attendee of this account with this provider id. */
    public Optional<FakeAttendee> attendee(String accountId, String providerId) {
        return attendees.find(accountId, providerId);
    }

    /** Every chat, in the order added. */
    public List<FakeChat> chats() {
        return chats.all();
    }

    /** The chats clients started over HTTP, in order. */
    public List<FakeChat> startedChats() {
        return chats().stream().filter(c -> c.origin() == Origin.API).toList();
    }

    /** The chat with this id. */
    public Optional<FakeChat> chat(String id) {
        return chats.get(id);
    }

    /** Every message, in the order added. */
    public List<FakeMessage> messages() {
        return messages.all();
    }

    /** The messages of a chat, in the order added. */
    public List<FakeMessage> messages(String chatId) {
        return messages().stream().filter(m -> m.chatId().equals(chatId)).toList();
    }

    /** The messages clients sent over HTTP (including the first message of started chats), in order. */
    public List<FakeMessage> sentMessages() {
        return messages().stream().filter(m -> m.origin() == Origin.API).toList();
    }

    /** The message with this id. */
    public Optional<FakeMessage> message(String id) {
        return messages.get(id);
    }

    /** Every webhook, in the order registered. */
    public List<FakeWebhook> webhooks() {
        return webhooks.all();
    }

    /** The webhook with this id. */
    public Optional<FakeWebhook> webhook(String id) {
        return webhooks.get(id);
    }

    /**
     * LinkedIn beyond messaging: companies, Recruiter hiring projects, job postings, applicants and their resumes,
     * checkpoints to come, InMail balances, raw answers.
     */
    public LinkedInState linkedin() {
        return linkedin;
    }

    /** Forgets everything, unreachable marks and webhooks included. */
    public void reset() {
        shared.clear();
    }
}
