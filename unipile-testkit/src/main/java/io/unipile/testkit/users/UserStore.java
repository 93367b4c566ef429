package io.unipile.testkit.users;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeComment;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeInvitation;
import io.unipile.testkit.FakePost;
import io.unipile.testkit.FakeReaction;
import io.unipile.testkit.FakeRelation;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.Origin;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import io.unipile.testkit.webhooks.WebhookNotice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The users slice of the fake's state: the people it knows, each account's network (relations, followers,
 * following) and pending invitations, and the posts, comments and reactions people wrote. Runs under the shared
 * lock. Seeding methods throw {@link IllegalArgumentException}; request methods answer Unipile's errors.
 */
public final class UserStore implements SharedState.Slice {
    /** How many made-up people are remembered; more are made up afresh at each read. */
    static final int MAX_MADE_UP = 10_000;

    private final SharedState shared;
    private final Table<FakeUserProfile> members = new Table<>();
    private final Set<String> unknown = new HashSet<>();
    private final Table<FakeRelation> relations = new Table<>();
    private final Table<Follow> followers = new Table<>();
    private final Table<Follow> following = new Table<>();
    private final Table<FakeInvitation> invitations = new Table<>();
    private final Table<FakePost> posts = new Table<>();
    private final Table<FakeComment> comments = new Table<>();
    private final Table<FakeReaction> reactions = new Table<>();
    /** Reply id to the id of the comment it answers; top-level comments have no entry. */
    private final Map<String, String> parents = new HashMap<>();
    private int madeUp;

    /** One side of a follow: {@code providerId} follows, or is followed by, the account's user since then. */
    record Follow(String accountId, String providerId, Instant since) {
    }

    private UserStore(SharedState shared) {
        this.shared = shared;
    }

    /** The users slice of this state. */
    public static UserStore of(SharedState shared) {
        return shared.slice(UserStore.class, UserStore::new);
    }

    private static String key(String accountId, String providerId) {
        return accountId + "\n" + providerId;
    }

    // ---- people ----

    /** Adds or replaces a person; an identifier marked unknown becomes known again. */
    public FakeUserProfile addMember(FakeUserProfile profile) {
        Objects.requireNonNull(profile, "profile");
        synchronized (shared.lock()) {
            FakeUserProfile other = byPublicIdentifier(profile.publicIdentifier());
            if (other != null && !other.providerId().equals(profile.providerId())) {
                throw new IllegalArgumentException("The public identifier " + profile.publicIdentifier()
                        + " is already " + other.providerId() + "'s");
            }
            unknown.remove(profile.providerId());
            unknown.remove(profile.publicIdentifier());
            members.put(profile.providerId(), profile);
            return profile;
        }
    }

    /** The person with this provider id or public identifier, if the fake has met them. */
    public Optional<FakeUserProfile> find(String identifier) {
        synchronized (shared.lock()) {
            FakeUserProfile byId = members.get(identifier);
            return Optional.ofNullable(byId != null ? byId : byPublicIdentifier(identifier));
        }
    }

    /** Every person the fake has met, in the order met. */
    public List<FakeUserProfile> all() {
        synchronized (shared.lock()) {
            return List.copyOf(members.values());
        }
    }

    private FakeUserProfile byPublicIdentifier(String publicIdentifier) {
        return members.values().stream().filter(m -> m.publicIdentifier().equals(publicIdentifier)).findFirst()
                .orElse(null);
    }

    /** Makes this provider id or public identifier name nobody: the routes that look it up answer 404. */
    public void markUnknown(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        synchronized (shared.lock()) {
            unknown.add(identifier);
        }
    }

    /**
     * The person an identifier names, for a request: a person met before, an account's own user, or else someone
     * made up from the identifier and remembered, as Unipile can read any member; 404 when a test marked it
     * unknown.
     */
    public FakeUserProfile resolve(String identifier) {
        synchronized (shared.lock()) {
            if (unknown.contains(identifier)) {
                throw ApiException.notFound("User " + identifier + " not found");
            }
            Optional<FakeUserProfile> known = find(identifier);
            if (known.isPresent()) {
                return known.get();
            }
            for (FakeAccount account : AccountStore.of(shared).all()) {
                if (account.providerId().equals(identifier) || identifier.equals(publicIdentifierOf(account))) {
                    return holder(account);
                }
            }
            FakeUserProfile made = FakeUserProfile.generated(identifier);
            if (unknown.contains(made.providerId()) || unknown.contains(made.publicIdentifier())) {
                throw ApiException.notFound("User " + identifier + " not found");
            }
            // Remembered so that its public identifier and its id name the same person, up to a bound: reads of
            // endless new identifiers must not grow the heap of a long-running standalone fake.
            if (madeUp < MAX_MADE_UP) {
                madeUp++;
                members.put(made.providerId(), made);
            }
            return made;
        }
    }

    /** The profile of an account's own user, made from the account the first time. */
    public FakeUserProfile holder(FakeAccount account) {
        synchronized (shared.lock()) {
            FakeUserProfile known = members.get(account.providerId());
            if (known != null) {
                return known;
            }
            String[] names = account.name().split(" ", 2);
            String publicId = publicIdentifierOf(account);
            // What the test did not seed, the account's user has not filled in: no made-up positions.
            FakeUserProfile.Builder b = FakeUserProfile.builder(account.providerId())
                    .name(names[0], names.length > 1 ? names[1] : "").positions();
            if (publicId != null && byPublicIdentifier(publicId) == null) {
                b.publicIdentifier(publicId);
            }
            FakeUserProfile made = b.email(emailOf(account, publicId)).build();
            members.put(made.providerId(), made);
            return made;
        }
    }

    /** Stores a changed profile (an edit of the own profile). */
    void replace(FakeUserProfile profile) {
        synchronized (shared.lock()) {
            members.put(profile.providerId(), profile);
        }
    }

    private static String publicIdentifierOf(FakeAccount account) {
        if (account.connectionParams() instanceof FakeConnectionParams.Linkedin linkedin) {
            return linkedin.publicIdentifier();
        }
        if (account.connectionParams() instanceof FakeConnectionParams.Profile profile) {
            return profile.username();
        }
        if (account.connectionParams() instanceof FakeConnectionParams.Telegram telegram) {
            return telegram.username();
        }
        return null;
    }

    private static String emailOf(FakeAccount account, String publicId) {
        String handle = publicId != null ? publicId : account.id().toLowerCase(Locale.ROOT);
        return handle + "@example.com";
    }

    // ---- network ----

    /**
     * Makes a person a relation of a LinkedIn account (again: the date is updated); pending invitations between
     * them are gone.
     */
    public FakeRelation addRelation(String accountId, String providerId, Instant at) {
        synchronized (shared.lock()) {
            requireLinkedin(AccountStore.of(shared).require(accountId));
            FakeUserProfile member = seeded(providerId);
            FakeRelation relation = new FakeRelation(accountId, member.providerId(), at);
            relations.remove(key(accountId, member.providerId()));
            relations.put(key(accountId, member.providerId()), relation);
            invitations.removeIf(i -> i.accountId().equals(accountId) && i.providerId().equals(member.providerId()));
            return relation;
        }
    }

    /** Whether the person is a relation of the account. */
    public boolean isRelation(String accountId, String providerId) {
        synchronized (shared.lock()) {
            return relations.contains(key(accountId, providerId));
        }
    }

    /** The account's relations, most recent first. */
    public List<FakeRelation> relations(String accountId) {
        synchronized (shared.lock()) {
            return relationEntries(accountId).stream().map(Paging.Entry::item).toList();
        }
    }

    List<Paging.Entry<FakeRelation>> relationEntries(String accountId) {
        synchronized (shared.lock()) {
            List<Paging.Entry<FakeRelation>> entries = new ArrayList<>();
            for (FakeRelation r : relations.values()) {
                if (r.accountId().equals(accountId)) {
                    String key = key(accountId, r.providerId());
                    entries.add(new Paging.Entry<>(r, Paging.newestFirst(r.connectedAt(), relations.sequence(key))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    /** Makes a person follow the account's user. */
    public void addFollower(String accountId, String providerId, Instant since) {
        follow(followers, accountId, providerId, since);
    }

    /** Makes the account's user follow a person. */
    public void addFollowing(String accountId, String providerId, Instant since) {
        follow(following, accountId, providerId, since);
    }

    private void follow(Table<Follow> table, String accountId, String providerId, Instant since) {
        synchronized (shared.lock()) {
            AccountStore.of(shared).require(accountId);
            FakeUserProfile member = seeded(providerId);
            table.put(key(accountId, member.providerId()), new Follow(accountId, member.providerId(), since));
        }
    }

    /** The provider ids of the account user's followers, most recent first. */
    public List<String> followers(String accountId) {
        return followEntries(followers, accountId).stream().map(e -> e.item().providerId()).toList();
    }

    /** The provider ids of the people the account's user follows, most recent first. */
    public List<String> following(String accountId) {
        return followEntries(following, accountId).stream().map(e -> e.item().providerId()).toList();
    }

    List<Paging.Entry<Follow>> followerEntries(String accountId) {
        return followEntries(followers, accountId);
    }

    List<Paging.Entry<Follow>> followingEntries(String accountId) {
        return followEntries(following, accountId);
    }

    private List<Paging.Entry<Follow>> followEntries(Table<Follow> table, String accountId) {
        synchronized (shared.lock()) {
            List<Paging.Entry<Follow>> entries = new ArrayList<>();
            for (Follow f : table.values()) {
                if (f.accountId().equals(accountId)) {
                    entries.add(new Paging.Entry<>(f, Paging.newestFirst(f.since(),
                            table.sequence(key(accountId, f.providerId())))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    // ---- invitations ----

    /** Records an invitation the account sent (seeding or {@code POST /users/invite}, which checks first). */
    public FakeInvitation addSent(String accountId, String providerId, String message, Instant at, Origin origin) {
        synchronized (shared.lock()) {
            requireLinkedin(AccountStore.of(shared).require(accountId));
            FakeUserProfile member = seeded(providerId);
            FakeInvitation invitation = new FakeInvitation(Ids.unipileId(), accountId, FakeInvitation.Direction.SENT,
                    member.providerId(), message, at, null, origin);
            invitations.put(invitation.id(), invitation);
            return invitation;
        }
    }

    /** Records an invitation the account received, with a fresh shared secret. */
    public FakeInvitation addReceived(String accountId, String providerId, String message, Instant at,
                                      Origin origin) {
        synchronized (shared.lock()) {
            requireLinkedin(AccountStore.of(shared).require(accountId));
            FakeUserProfile member = seeded(providerId);
            if (pending(accountId, member.providerId()).isPresent() || isRelation(accountId, member.providerId())) {
                throw new IllegalArgumentException(member.providerId() + " is already a relation of " + accountId
                        + " or has a pending invitation with it");
            }
            FakeInvitation invitation = new FakeInvitation(Ids.unipileId(), accountId,
                    FakeInvitation.Direction.RECEIVED, member.providerId(), message, at, Ids.random(32), origin);
            invitations.put(invitation.id(), invitation);
            return invitation;
        }
    }

    /** The pending invitation between the account and the person, either way. */
    public Optional<FakeInvitation> pending(String accountId, String providerId) {
        synchronized (shared.lock()) {
            return invitations.values().stream()
                    .filter(i -> i.accountId().equals(accountId) && i.providerId().equals(providerId)).findFirst();
        }
    }

    /** The invitation with this id. */
    public Optional<FakeInvitation> invitation(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(invitations.get(id));
        }
    }

    /** The account's pending invitations of one direction, newest first. */
    public List<FakeInvitation> invitations(String accountId, FakeInvitation.Direction direction) {
        return invitationEntries(accountId, direction).stream().map(Paging.Entry::item).toList();
    }

    List<Paging.Entry<FakeInvitation>> invitationEntries(String accountId, FakeInvitation.Direction direction) {
        synchronized (shared.lock()) {
            List<Paging.Entry<FakeInvitation>> entries = new ArrayList<>();
            for (FakeInvitation i : invitations.values()) {
                if (i.accountId().equals(accountId) && i.direction() == direction) {
                    entries.add(new Paging.Entry<>(i, Paging.newestFirst(i.sentAt(), invitations.sequence(i.id()))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    /** Withdraws a sent invitation, for {@code DELETE /users/invite/sent/{id}}: 404 unless it is the account's. */
    public FakeInvitation cancel(String accountId, String invitationId) {
        synchronized (shared.lock()) {
            FakeInvitation invitation = invitations.get(invitationId);
            if (invitation == null || !invitation.accountId().equals(accountId)
                    || invitation.direction() != FakeInvitation.Direction.SENT) {
                throw ApiException.notFound("No pending invitation " + invitationId + " sent by account " + accountId);
            }
            invitations.remove(invitationId);
            return invitation;
        }
    }

    /**
     * Accepts or declines a received invitation, for {@code POST /users/invite/received/{id}}: 404 unless it is
     * the account's, 400 {@code errors/invalid_parameters} for a wrong shared secret. Accepting makes the sender a
     * relation and tells users webhooks.
     *
     * @return the notice of the new relation, or null when declined
     */
    public WebhookNotice.NewRelation handle(String accountId, String invitationId, String sharedSecret,
                                            boolean accept, Instant now) {
        synchronized (shared.lock()) {
            FakeInvitation invitation = invitations.get(invitationId);
            if (invitation == null || !invitation.accountId().equals(accountId)
                    || invitation.direction() != FakeInvitation.Direction.RECEIVED) {
                throw ApiException.notFound("No pending invitation " + invitationId + " received by account "
                        + accountId);
            }
            if (!invitation.sharedSecret().equals(sharedSecret)) {
                throw ApiException.invalidParameters("shared_secret does not match the invitation's");
            }
            invitations.remove(invitationId);
            return accept ? related(accountId, invitation.providerId(), now) : null;
        }
    }

    /** The invitee accepts a sent invitation: they become a relation, and users webhooks hear of it. */
    public WebhookNotice.NewRelation acceptSent(String invitationId, Instant now) {
        synchronized (shared.lock()) {
            FakeInvitation invitation = invitations.get(invitationId);
            if (invitation == null || invitation.direction() != FakeInvitation.Direction.SENT) {
                throw new IllegalArgumentException("No pending sent invitation " + invitationId);
            }
            invitations.remove(invitationId);
            return related(invitation.accountId(), invitation.providerId(), now);
        }
    }

    /** The sender withdraws a received invitation: it leaves the received list. */
    public FakeInvitation withdrawReceived(String invitationId) {
        synchronized (shared.lock()) {
            FakeInvitation invitation = invitations.get(invitationId);
            if (invitation == null || invitation.direction() != FakeInvitation.Direction.RECEIVED) {
                throw new IllegalArgumentException("No pending received invitation " + invitationId);
            }
            invitations.remove(invitationId);
            return invitation;
        }
    }

    private WebhookNotice.NewRelation related(String accountId, String providerId, Instant now) {
        FakeAccount account = AccountStore.of(shared).require(accountId);
        addRelation(accountId, providerId, now);
        return new WebhookNotice.NewRelation(accountId, account.type(), now, members.get(providerId));
    }

    // ---- posts, comments, reactions ----

    /** Adds or replaces a post; its author becomes known (a company needs nobody). */
    public FakePost addPost(FakePost post) {
        Objects.requireNonNull(post, "post");
        synchronized (shared.lock()) {
            if (!post.company()) {
                seeded(post.authorId());
            }
            posts.put(post.id(), post);
            return post;
        }
    }

    /** Adds or replaces a comment; its post must exist. */
    public FakeComment addComment(FakeComment comment) {
        Objects.requireNonNull(comment, "comment");
        synchronized (shared.lock()) {
            requirePost(comment.postId());
            seeded(comment.authorProviderId());
            comments.put(comment.id(), comment);
            return comment;
        }
    }

    /** Adds or replaces a reaction; its post (and comment, when it names one of the post's) must exist. */
    public FakeReaction addReaction(FakeReaction reaction) {
        Objects.requireNonNull(reaction, "reaction");
        synchronized (shared.lock()) {
            requirePost(reaction.postId());
            if (reaction.commentId() != null) {
                FakeComment comment = comments.get(reaction.commentId());
                if (comment == null || !comment.postId().equals(reaction.postId())) {
                    throw new IllegalArgumentException("No comment " + reaction.commentId() + " on post "
                            + reaction.postId());
                }
            }
            seeded(reaction.authorProviderId());
            reactions.put(reaction.id(), reaction);
            return reaction;
        }
    }

    /**
     * Adds a reply to a comment; the comment must be one of the reply's post. {@code GET /posts/{post_id}/comments}
     * lists replies under their comment, and the comment's {@code reply_counter} counts them.
     */
    public FakeComment addReply(FakeComment reply, String commentId) {
        Objects.requireNonNull(commentId, "commentId");
        synchronized (shared.lock()) {
            FakeComment parent = comments.get(commentId);
            if (parent == null || !parent.postId().equals(reply.postId())) {
                throw new IllegalArgumentException("No comment " + commentId + " on post " + reply.postId());
            }
            FakeComment added = addComment(reply);
            parents.put(added.id(), commentId);
            return added;
        }
    }

    /** The comment a reply answers, or null for a comment of the post itself. */
    public String parentOf(String commentId) {
        synchronized (shared.lock()) {
            return parents.get(commentId);
        }
    }

    /** How many replies a comment has. */
    public long repliesOn(String commentId) {
        synchronized (shared.lock()) {
            return parents.values().stream().filter(commentId::equals).count();
        }
    }

    /**
     * Adds a person's reaction, replacing the one they had on the same post or comment: LinkedIn keeps one reaction
     * per person and target.
     */
    public FakeReaction react(FakeReaction reaction) {
        Objects.requireNonNull(reaction, "reaction");
        synchronized (shared.lock()) {
            reactionOf(reaction.authorProviderId(), reaction.postId(), reaction.commentId())
                    .ifPresent(old -> reactions.removeIf(r -> r.id().equals(old.id())));
            return addReaction(reaction);
        }
    }

    private void requirePost(String postId) {
        if (!posts.contains(postId)) {
            throw new IllegalArgumentException("No post " + postId);
        }
    }

    /** Every post, in the order added. */
    public List<FakePost> posts() {
        synchronized (shared.lock()) {
            return List.copyOf(posts.values());
        }
    }

    /** Every comment, in the order added. */
    public List<FakeComment> comments() {
        synchronized (shared.lock()) {
            return List.copyOf(comments.values());
        }
    }

    /** Every reaction, in the order added. */
    public List<FakeReaction> reactions() {
        synchronized (shared.lock()) {
            return List.copyOf(reactions.values());
        }
    }

    /** The post with this id, or null. */
    public FakePost post(String id) {
        synchronized (shared.lock()) {
            return posts.get(id);
        }
    }

    /** The posts that pass the filter, newest first. */
    public List<Paging.Entry<FakePost>> postEntries(Predicate<FakePost> filter) {
        synchronized (shared.lock()) {
            return newestFirst(posts, filter, FakePost::createdAt, FakePost::id);
        }
    }

    /** The comments that pass the filter, newest first. */
    public List<Paging.Entry<FakeComment>> commentEntries(Predicate<FakeComment> filter) {
        synchronized (shared.lock()) {
            return newestFirst(comments, filter, FakeComment::createdAt, FakeComment::id);
        }
    }

    /** The reactions that pass the filter, newest first. */
    public List<Paging.Entry<FakeReaction>> reactionEntries(Predicate<FakeReaction> filter) {
        synchronized (shared.lock()) {
            return newestFirst(reactions, filter, FakeReaction::createdAt, FakeReaction::id);
        }
    }

    private static <T> List<Paging.Entry<T>> newestFirst(Table<T> table, Predicate<T> filter,
                                                         java.util.function.Function<T, Instant> time,
                                                         java.util.function.Function<T, String> id) {
        List<Paging.Entry<T>> entries = new ArrayList<>();
        for (T row : table.values()) {
            if (filter.test(row)) {
                entries.add(new Paging.Entry<>(row,
                        Paging.newestFirst(time.apply(row), table.sequence(id.apply(row)))));
            }
        }
        return Paging.sorted(entries);
    }

    /** How many reactions the post itself has, and how many comments. */
    public long reactionsOn(String postId, String commentId) {
        synchronized (shared.lock()) {
            return reactions.values().stream()
                    .filter(r -> r.postId().equals(postId) && Objects.equals(r.commentId(), commentId)).count();
        }
    }

    /** How many comments a post has, replies included. */
    public long commentsOn(String postId) {
        synchronized (shared.lock()) {
            return comments.values().stream().filter(c -> c.postId().equals(postId)).count();
        }
    }

    /** The reaction of a person to a post (or a comment of it), if any. */
    public Optional<FakeReaction> reactionOf(String providerId, String postId, String commentId) {
        synchronized (shared.lock()) {
            return reactions.values().stream().filter(r -> r.authorProviderId().equals(providerId)
                    && r.postId().equals(postId) && Objects.equals(r.commentId(), commentId)).findFirst();
        }
    }

    // ---- plumbing ----

    /** A person for seeding: met before, an account's user, or made up; marked unknown is refused. */
    private FakeUserProfile seeded(String identifier) {
        Objects.requireNonNull(identifier, "providerId");
        try {
            return resolve(identifier);
        } catch (ApiException e) {
            throw new IllegalArgumentException(identifier + " is marked unknown", e);
        }
    }

    private static void requireLinkedin(FakeAccount account) {
        if (!account.type().equals(AccountType.LINKEDIN)) {
            throw new IllegalArgumentException(account.type() + " accounts have no LinkedIn network");
        }
    }

    /** Forgets an account's network and invitations, as when it is deleted. */
    public void removeOf(String accountId) {
        synchronized (shared.lock()) {
            relations.removeIf(r -> r.accountId().equals(accountId));
            followers.removeIf(f -> f.accountId().equals(accountId));
            following.removeIf(f -> f.accountId().equals(accountId));
            invitations.removeIf(i -> i.accountId().equals(accountId));
        }
    }

    @Override
    public void clear() {
        madeUp = 0;
        members.clear();
        unknown.clear();
        relations.clear();
        followers.clear();
        following.clear();
        invitations.clear();
        posts.clear();
        comments.clear();
        reactions.clear();
        parents.clear();
    }
}
