package io.unipile.users;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.posts.Comment;
import io.unipile.posts.Post;
import io.unipile.posts.PostReaction;

import java.util.concurrent.CompletableFuture;

/**
 * Users: {@code /api/v1/users}. Profiles, the account's own profile, its network (relations, followers, following),
 * invitations both ways, and a user's posts, comments and reactions. Every call names the account it goes through.
 *
 * <p>The writes ({@link #invite}, {@link #cancelInvitation}, {@link #handleInvitation}, {@link #editMe}) are not
 * retried once they may have reached the server: Unipile has no idempotency keys, and LinkedIn counts every
 * invitation against the account's weekly limit.
 */
public interface UsersClient {

    // ---- profiles ----

    /**
     * A user's profile ({@code GET /users/{identifier}}) by provider id ({@code ACoAA...} on LinkedIn) or public
     * identifier (the end of the profile URL), read through an account with the request's options.
     */
    UserProfile get(String identifier, GetProfileRequest request);

    /** A user's profile through {@code accountId}, classic LinkedIn, no extra sections. */
    default UserProfile get(String identifier, String accountId) {
        return get(identifier, GetProfileRequest.of(accountId));
    }

    /** {@link #get(String, GetProfileRequest)} without blocking. */
    CompletableFuture<UserProfile> getAsync(String identifier, GetProfileRequest request);

    /** {@link #get(String, String)} without blocking. */
    default CompletableFuture<UserProfile> getAsync(String identifier, String accountId) {
        return getAsync(identifier, GetProfileRequest.of(accountId));
    }

    /** The profile of the account's own user ({@code GET /users/me}). */
    AccountOwnerProfile me(String accountId);

    /** {@link #me(String)} without blocking. */
    CompletableFuture<AccountOwnerProfile> meAsync(String accountId);

    /**
     * Changes a LinkedIn account's own profile ({@code PATCH /users/me/edit}); the next read shows the change. Not
     * retried once it may have reached the server.
     */
    ProfileEdited editMe(EditProfileRequest request);

    /** {@link #editMe(EditProfileRequest)} without blocking. */
    CompletableFuture<ProfileEdited> editMeAsync(EditProfileRequest request);

    // ---- network ----

    /** One page of the account's relations ({@code GET /users/relations}). */
    Page<UserRelation> listRelations(ListRelationsRequest request);

    /** The first page of the account's relations, of the server's default size. */
    default Page<UserRelation> listRelations(String accountId) {
        return listRelations(ListRelationsRequest.of(accountId));
    }

    /** {@link #listRelations(ListRelationsRequest)} without blocking. */
    CompletableFuture<Page<UserRelation>> listRelationsAsync(ListRelationsRequest request);

    /** Every relation matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<UserRelation> listAllRelations(ListRelationsRequest request);

    /** Every relation of the account. */
    default PagedIterable<UserRelation> listAllRelations(String accountId) {
        return listAllRelations(ListRelationsRequest.of(accountId));
    }

    /** One page of the followers of the request's user ({@code GET /users/followers}). */
    Page<UserFollower> listFollowers(ListFollowsRequest request);

    /** {@link #listFollowers(ListFollowsRequest)} without blocking. */
    CompletableFuture<Page<UserFollower>> listFollowersAsync(ListFollowsRequest request);

    /** Every follower of the request's user, fetched page by page as iteration proceeds. */
    PagedIterable<UserFollower> listAllFollowers(ListFollowsRequest request);

    /** One page of the accounts the request's user follows ({@code GET /users/following}). */
    Page<UserRelation> listFollowing(ListFollowsRequest request);

    /** {@link #listFollowing(ListFollowsRequest)} without blocking. */
    CompletableFuture<Page<UserRelation>> listFollowingAsync(ListFollowsRequest request);

    /** Every account the request's user follows, fetched page by page as iteration proceeds. */
    PagedIterable<UserRelation> listAllFollowing(ListFollowsRequest request);

    // ---- invitations ----

    /**
     * Invites a user to connect ({@code POST /users/invite}). Not retried once it may have reached the server: a
     * repeat would count against LinkedIn's limits or fail as already sent.
     */
    UserInvitationSent invite(InviteRequest request);

    /** {@link #invite(InviteRequest)} without blocking. */
    CompletableFuture<UserInvitationSent> inviteAsync(InviteRequest request);

    /** One page of the account's pending sent invitations ({@code GET /users/invite/sent}). */
    Page<Invitation> listSentInvitations(ListInvitationsRequest request);

    /** The first page of the account's pending sent invitations, of the server's default size. */
    default Page<Invitation> listSentInvitations(String accountId) {
        return listSentInvitations(ListInvitationsRequest.of(accountId));
    }

    /** {@link #listSentInvitations(ListInvitationsRequest)} without blocking. */
    CompletableFuture<Page<Invitation>> listSentInvitationsAsync(ListInvitationsRequest request);

    /** Every pending sent invitation, fetched page by page as iteration proceeds. */
    PagedIterable<Invitation> listAllSentInvitations(ListInvitationsRequest request);

    /** Every pending invitation the account sent. */
    default PagedIterable<Invitation> listAllSentInvitations(String accountId) {
        return listAllSentInvitations(ListInvitationsRequest.of(accountId));
    }

    /**
     * Withdraws a pending sent invitation ({@code DELETE /users/invite/sent/{invitation_id}}). Not retried once it
     * may have reached the server.
     */
    InvitationCanceled cancelInvitation(String invitationId, String accountId);

    /** {@link #cancelInvitation(String, String)} without blocking. */
    CompletableFuture<InvitationCanceled> cancelInvitationAsync(String invitationId, String accountId);

    /** One page of the invitations the account received ({@code GET /users/invite/received}). */
    Page<Invitation> listReceivedInvitations(ListInvitationsRequest request);

    /** The first page of the invitations the account received, of the server's default size. */
    default Page<Invitation> listReceivedInvitations(String accountId) {
        return listReceivedInvitations(ListInvitationsRequest.of(accountId));
    }

    /** {@link #listReceivedInvitations(ListInvitationsRequest)} without blocking. */
    CompletableFuture<Page<Invitation>> listReceivedInvitationsAsync(ListInvitationsRequest request);

    /** Every received invitation, fetched page by page as iteration proceeds. */
    PagedIterable<Invitation> listAllReceivedInvitations(ListInvitationsRequest request);

    /** Every invitation the account received. */
    default PagedIterable<Invitation> listAllReceivedInvitations(String accountId) {
        return listAllReceivedInvitations(ListInvitationsRequest.of(accountId));
    }

    /**
     * Accepts or declines a received invitation ({@code POST /users/invite/received/{invitation_id}}). Not retried
     * once it may have reached the server.
     */
    UserInvitationHandled handleInvitation(String invitationId, HandleInvitationRequest request);

    /** {@link #handleInvitation(String, HandleInvitationRequest)} without blocking. */
    CompletableFuture<UserInvitationHandled> handleInvitationAsync(String invitationId,
                                                                   HandleInvitationRequest request);

    /** Accepts a received invitation, as listed by {@link #listReceivedInvitations}: the sender becomes a relation. */
    default UserInvitationHandled acceptInvitation(Invitation received, String accountId) {
        HandleInvitationRequest request = HandleInvitationRequest.accept(accountId, received);
        return handleInvitation(received.id(), request);
    }

    /** Declines a received invitation, as listed by {@link #listReceivedInvitations}. */
    default UserInvitationHandled declineInvitation(Invitation received, String accountId) {
        HandleInvitationRequest request = HandleInvitationRequest.decline(accountId, received);
        return handleInvitation(received.id(), request);
    }

    // ---- activity ----

    /**
     * One page of the posts of a user or, with {@link ListPostsRequest.Builder#isCompany}, a LinkedIn company
     * ({@code GET /users/{identifier}/posts}); the identifier is a provider id.
     */
    Page<Post> listPosts(String identifier, ListPostsRequest request);

    /** {@link #listPosts(String, ListPostsRequest)} without blocking. */
    CompletableFuture<Page<Post>> listPostsAsync(String identifier, ListPostsRequest request);

    /** Every post of the user, fetched page by page as iteration proceeds. */
    PagedIterable<Post> listAllPosts(String identifier, ListPostsRequest request);

    /** One page of the comments a user wrote ({@code GET /users/{identifier}/comments}). */
    Page<Comment> listComments(String identifier, ListActivityRequest request);

    /** {@link #listComments(String, ListActivityRequest)} without blocking. */
    CompletableFuture<Page<Comment>> listCommentsAsync(String identifier, ListActivityRequest request);

    /** Every comment the user wrote, fetched page by page as iteration proceeds. */
    PagedIterable<Comment> listAllComments(String identifier, ListActivityRequest request);

    /** One page of a user's reactions to posts and comments ({@code GET /users/{identifier}/reactions}). */
    Page<PostReaction> listReactions(String identifier, ListActivityRequest request);

    /** {@link #listReactions(String, ListActivityRequest)} without blocking. */
    CompletableFuture<Page<PostReaction>> listReactionsAsync(String identifier, ListActivityRequest request);

    /** Every reaction of the user, fetched page by page as iteration proceeds. */
    PagedIterable<PostReaction> listAllReactions(String identifier, ListActivityRequest request);
}
