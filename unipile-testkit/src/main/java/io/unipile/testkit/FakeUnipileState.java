package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.accounts.ConnectionStore;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.calendars.CalendarState;
import io.unipile.testkit.chats.ChatStore;
import io.unipile.testkit.emails.EmailState;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.linkedin.LinkedInState;
import io.unipile.testkit.messages.MessageStore;
import io.unipile.testkit.users.UserStore;
import io.unipile.testkit.webhooks.WebhookStore;
import io.unipile.webhooks.CreateWebhookRequest;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake knows: accounts, attendees, chats, messages and webhooks; people, the network and
 * invitations of accounts, and posts with their comments and reactions; LinkedIn beyond messaging
 * ({@link #linkedin()}) and calendars ({@link #calendars()}). Tests seed it before the client runs and read back what
 * the client created afterwards.
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
    private final ConnectionStore connections;
    private final UserStore users;
    private final LinkedInState linkedin;
    private final CalendarState calendars;
    private final EmailState emails;

    FakeUnipileState(SharedState shared) {
        this.shared = shared;
        this.accounts = AccountStore.of(shared);
        this.attendees = AttendeeStore.of(shared);
        this.chats = ChatStore.of(shared);
        this.messages = MessageStore.of(shared);
        this.webhooks = WebhookStore.of(shared);
        this.connections = ConnectionStore.of(shared);
        this.users = UserStore.of(shared);
        this.linkedin = new LinkedInState(shared);
        this.calendars = new CalendarState(shared);
        this.emails = new EmailState(shared);
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
     * Makes the next native connection or reconnection ({@code POST /accounts}, {@code POST /accounts/{id}}) answer
     * 202 with {@code first} instead of connecting; once it is solved, each of {@code then} in turn, and then the
     * account is connected. Calls queue up, one per connection; WhatsApp and Telegram connections without one ask for
     * a QR code. Until the last checkpoint is passed the account does not exist (a reconnected one keeps its status).
     *
     * <pre>{@code
     * server.state().requireCheckpointOnNextConnect(FakeCheckpoint.twoFactor("123456"));
     * CheckpointRequired required = (CheckpointRequired) client.accounts().connect(request);
     * client.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, "123456"));   // AccountConnected
     * }</pre>
     */
    public void requireCheckpointOnNextConnect(FakeCheckpoint first, FakeCheckpoint... then) {
        List<FakeCheckpoint> chain = new ArrayList<>();
        chain.add(Objects.requireNonNull(first, "first"));
        for (FakeCheckpoint next : then) {
            chain.add(Objects.requireNonNull(next, "then"));
        }
        connections.demand(chain);
    }

    /**
     * Makes the checkpoint the account waits on expire, as Unipile's do after a few minutes: solving it is then 408
     * {@code errors/request_timeout} and resending it 401 {@code errors/checkpoint_error}; the account must be
     * connected again.
     *
     * @throws IllegalArgumentException when no checkpoint is pending for the account
     */
    public void expireCheckpoint(String accountId) {
        connections.expire(accountId);
    }

    /** The connection waiting on a checkpoint for this account id. */
    public Optional<FakePendingConnection> pendingConnection(String accountId) {
        return connections.pending(accountId);
    }

    /** Every connection waiting on a checkpoint, oldest first. */
    public List<FakePendingConnection> pendingConnections() {
        return connections.pending();
    }

    /** Every hosted auth link clients asked for, in order. */
    public List<FakeHostedLink> hostedLinks() {
        return connections.links();
    }

    /** The hosted auth link with this URL (as the fake answered it) or id. */
    public Optional<FakeHostedLink> hostedLink(String urlOrId) {
        return connections.link(urlOrId);
    }

    // ---- users: people, networks, invitations, posts ----

    /**
     * Adds a person (a LinkedIn member, in the first place), or replaces the one with the same provider id. People
     * the test does not add are made up on first sight, as Unipile can read any member: see
     * {@link FakeUserProfile#generated(String)} and {@link #markUnknownUser(String)}.
     */
    public FakeUserProfile addUserProfile(FakeUserProfile profile) {
        return users.addMember(profile);
    }

    /**
     * The person with this provider id or public identifier, if the fake has met them: added by the test, looked
     * up through the routes, or an account's own user whose profile was read or edited.
     */
    public Optional<FakeUserProfile> userProfile(String identifier) {
        return users.find(identifier);
    }

    /** Every person the fake has met, in the order met. */
    public List<FakeUserProfile> userProfiles() {
        return users.all();
    }

    /**
     * Makes this provider id or public identifier name nobody: reading the profile, inviting and listing the
     * activity answer 404 {@code errors/resource_not_found}, as for a member who left LinkedIn.
     */
    public void markUnknownUser(String identifier) {
        users.markUnknown(identifier);
    }

    /** Makes a person a relation of a LinkedIn account since now; pending invitations between them are gone. */
    public FakeRelation addRelation(String accountId, String providerId) {
        return users.addRelation(accountId, providerId, now());
    }

    /** Adds a relation with its date; the account must be a LinkedIn account. */
    public FakeRelation addRelation(FakeRelation relation) {
        Objects.requireNonNull(relation, "relation");
        return users.addRelation(relation.accountId(), relation.providerId(), relation.connectedAt());
    }

    /** The relations of an account, most recent first. */
    public List<FakeRelation> relations(String accountId) {
        return users.relations(accountId);
    }

    /** Makes a person follow the account's user, from now. */
    public void addFollower(String accountId, String providerId) {
        users.addFollower(accountId, providerId, now());
    }

    /** Makes the account's user follow a person, from now. */
    public void addFollowing(String accountId, String providerId) {
        users.addFollowing(accountId, providerId, now());
    }

    /** The provider ids of the account user's followers, most recent first. */
    public List<String> followers(String accountId) {
        return users.followers(accountId);
    }

    /** The provider ids of the people the account's user follows, most recent first. */
    public List<String> following(String accountId) {
        return users.following(accountId);
    }

    /** Records an invitation a LinkedIn account sent, pending; {@code message} may be null. */
    public FakeInvitation addSentInvitation(String accountId, String providerId, String message) {
        return users.addSent(accountId, providerId, message, now(), Origin.SEEDED);
    }

    /**
     * Records an invitation a LinkedIn account received, pending, with its shared secret; {@code message} may be
     * null. {@link FakeUnipileServer#simulateInvitationReceived} does the same while the test runs.
     */
    public FakeInvitation addReceivedInvitation(String accountId, String providerId, String message) {
        return users.addReceived(accountId, providerId, message, now(), Origin.SEEDED);
    }

    /** The pending invitations an account sent, newest first. */
    public List<FakeInvitation> sentInvitations(String accountId) {
        return users.invitations(accountId, FakeInvitation.Direction.SENT);
    }

    /** The pending invitations an account received, newest first. */
    public List<FakeInvitation> receivedInvitations(String accountId) {
        return users.invitations(accountId, FakeInvitation.Direction.RECEIVED);
    }

    /** The pending invitation with this id. */
    public Optional<FakeInvitation> invitation(String id) {
        return users.invitation(id);
    }

    /** Adds a post, or replaces the one with the same id. */
    public FakePost addPost(FakePost post) {
        return users.addPost(post);
    }

    /** Adds a person's post, posted now. */
    public FakePost addPost(String authorProviderId, String text) {
        return addPost(FakePost.of(authorProviderId, text));
    }

    /** Adds a comment, or replaces the one with the same id; its post must exist. */
    public FakeComment addComment(FakeComment comment) {
        return users.addComment(comment);
    }

    /** Adds a comment on a post, written now. */
    public FakeComment addComment(String postId, String authorProviderId, String text) {
        return addComment(FakeComment.of(postId, authorProviderId, text));
    }

    /** Adds a reaction, or replaces the one with the same id; its post (and comment) must exist. */
    public FakeReaction addReaction(FakeReaction reaction) {
        return users.addReaction(reaction);
    }

    /** Adds a reaction to a post, now: {@code LIKE}, {@code PRAISE}, ... ({@link FakeReaction#VALUES}). */
    public FakeReaction addReaction(String postId, String authorProviderId, String value) {
        return addReaction(FakeReaction.toPost(postId, authorProviderId, value));
    }

    /** Every post, in the order added. */
    public List<FakePost> posts() {
        return users.posts();
    }

    /** Every comment, in the order added. */
    public List<FakeComment> comments() {
        return users.comments();
    }

    /** Every reaction, in the order added. */
    public List<FakeReaction> reactions() {
        return users.reactions();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * LinkedIn beyond messaging: companies, Recruiter hiring projects, job postings, applicants and their resumes,
     * checkpoints to come, InMail balances, raw answers.
     */
    public LinkedInState linkedin() {
        return linkedin;
    }

    /** Calendars of Google and Outlook accounts and their events: seed them, read back what the client wrote. */
    public CalendarState calendars() {
        return calendars;
    }

    /**
     * The mailboxes of the mail accounts: folders, e-mails with their attachments, drafts; an account's address.
     */
    public EmailState emails() {
        return emails;
    }

    /** Forgets everything, unreachable marks and webhooks included. */
    public void reset() {
        shared.clear();
    }
}
