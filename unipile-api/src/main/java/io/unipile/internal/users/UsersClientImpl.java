package io.unipile.internal.users;

import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.posts.Comment;
import io.unipile.posts.Post;
import io.unipile.posts.PostReaction;
import io.unipile.users.AccountOwnerProfile;
import io.unipile.users.EditProfileRequest;
import io.unipile.users.GetProfileRequest;
import io.unipile.users.HandleInvitationRequest;
import io.unipile.users.Invitation;
import io.unipile.users.InvitationCanceled;
import io.unipile.users.InviteRequest;
import io.unipile.users.ListActivityRequest;
import io.unipile.users.ListFollowsRequest;
import io.unipile.users.ListInvitationsRequest;
import io.unipile.users.ListPostsRequest;
import io.unipile.users.ListRelationsRequest;
import io.unipile.users.ProfileEdited;
import io.unipile.users.UserFollower;
import io.unipile.users.UserInvitationHandled;
import io.unipile.users.UserInvitationSent;
import io.unipile.users.UserProfile;
import io.unipile.users.UserRelation;
import io.unipile.users.UsersClient;

import java.util.concurrent.CompletableFuture;

/** {@link UsersClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link UsersEndpoints}. */
public final class UsersClientImpl implements UsersClient {
    private final ApiCaller caller;

    public UsersClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public UserProfile get(String identifier, GetProfileRequest request) {
        return caller.call(UsersEndpoints.GET, request, identifier);
    }

    @Override
    public CompletableFuture<UserProfile> getAsync(String identifier, GetProfileRequest request) {
        return caller.callAsync(UsersEndpoints.GET, request, identifier);
    }

    @Override
    public AccountOwnerProfile me(String accountId) {
        return caller.call(UsersEndpoints.ME, accountId);
    }

    @Override
    public CompletableFuture<AccountOwnerProfile> meAsync(String accountId) {
        return caller.callAsync(UsersEndpoints.ME, accountId);
    }

    @Override
    public ProfileEdited editMe(EditProfileRequest request) {
        return caller.call(UsersEndpoints.EDIT_ME, request);
    }

    @Override
    public CompletableFuture<ProfileEdited> editMeAsync(EditProfileRequest request) {
        return caller.callAsync(UsersEndpoints.EDIT_ME, request);
    }

    @Override
    public Page<UserRelation> listRelations(ListRelationsRequest request) {
        return caller.call(UsersEndpoints.LIST_RELATIONS, request);
    }

    @Override
    public CompletableFuture<Page<UserRelation>> listRelationsAsync(ListRelationsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_RELATIONS, request);
    }

    @Override
    public PagedIterable<UserRelation> listAllRelations(ListRelationsRequest request) {
        return caller.pages(UsersEndpoints.LIST_RELATIONS, request);
    }

    @Override
    public Page<UserFollower> listFollowers(ListFollowsRequest request) {
        return caller.call(UsersEndpoints.LIST_FOLLOWERS, request);
    }

    @Override
    public CompletableFuture<Page<UserFollower>> listFollowersAsync(ListFollowsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_FOLLOWERS, request);
    }

    @Override
    public PagedIterable<UserFollower> listAllFollowers(ListFollowsRequest request) {
        return caller.pages(UsersEndpoints.LIST_FOLLOWERS, request);
    }

    @Override
    public Page<UserRelation> listFollowing(ListFollowsRequest request) {
        return caller.call(UsersEndpoints.LIST_FOLLOWING, request);
    }

    @Override
    public CompletableFuture<Page<UserRelation>> listFollowingAsync(ListFollowsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_FOLLOWING, request);
    }

    @Override
    public PagedIterable<UserRelation> listAllFollowing(ListFollowsRequest request) {
        return caller.pages(UsersEndpoints.LIST_FOLLOWING, request);
    }

    @Override
    public UserInvitationSent invite(InviteRequest request) {
        return caller.call(UsersEndpoints.INVITE, request);
    }

    @Override
    public CompletableFuture<UserInvitationSent> inviteAsync(InviteRequest request) {
        return caller.callAsync(UsersEndpoints.INVITE, request);
    }

    @Override
    public Page<Invitation> listSentInvitations(ListInvitationsRequest request) {
        return caller.call(UsersEndpoints.LIST_SENT_INVITATIONS, request);
    }

    @Override
    public CompletableFuture<Page<Invitation>> listSentInvitationsAsync(ListInvitationsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_SENT_INVITATIONS, request);
    }

    @Override
    public PagedIterable<Invitation> listAllSentInvitations(ListInvitationsRequest request) {
        return caller.pages(UsersEndpoints.LIST_SENT_INVITATIONS, request);
    }

    @Override
    public InvitationCanceled cancelInvitation(String invitationId, String accountId) {
        return caller.call(UsersEndpoints.CANCEL_INVITATION, accountId, invitationId);
    }

    @Override
    public CompletableFuture<InvitationCanceled> cancelInvitationAsync(String invitationId, String accountId) {
        return caller.callAsync(UsersEndpoints.CANCEL_INVITATION, accountId, invitationId);
    }

    @Override
    public Page<Invitation> listReceivedInvitations(ListInvitationsRequest request) {
        return caller.call(UsersEndpoints.LIST_RECEIVED_INVITATIONS, request);
    }

    @Override
    public CompletableFuture<Page<Invitation>> listReceivedInvitationsAsync(ListInvitationsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_RECEIVED_INVITATIONS, request);
    }

    @Override
    public PagedIterable<Invitation> listAllReceivedInvitations(ListInvitationsRequest request) {
        return caller.pages(UsersEndpoints.LIST_RECEIVED_INVITATIONS, request);
    }

    @Override
    public UserInvitationHandled handleInvitation(String invitationId, HandleInvitationRequest request) {
        return caller.call(UsersEndpoints.HANDLE_INVITATION, request, invitationId);
    }

    @Override
    public CompletableFuture<UserInvitationHandled> handleInvitationAsync(String invitationId,
                                                                          HandleInvitationRequest request) {
        return caller.callAsync(UsersEndpoints.HANDLE_INVITATION, request, invitationId);
    }

    @Override
    public Page<Post> listPosts(String identifier, ListPostsRequest request) {
        return caller.call(UsersEndpoints.LIST_POSTS, request, identifier);
    }

    @Override
    public CompletableFuture<Page<Post>> listPostsAsync(String identifier, ListPostsRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_POSTS, request, identifier);
    }

    @Override
    public PagedIterable<Post> listAllPosts(String identifier, ListPostsRequest request) {
        return caller.pages(UsersEndpoints.LIST_POSTS, request, identifier);
    }

    @Override
    public Page<Comment> listComments(String identifier, ListActivityRequest request) {
        return caller.call(UsersEndpoints.LIST_COMMENTS, request, identifier);
    }

    @Override
    public CompletableFuture<Page<Comment>> listCommentsAsync(String identifier, ListActivityRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_COMMENTS, request, identifier);
    }

    @Override
    public PagedIterable<Comment> listAllComments(String identifier, ListActivityRequest request) {
        return caller.pages(UsersEndpoints.LIST_COMMENTS, request, identifier);
    }

    @Override
    public Page<PostReaction> listReactions(String identifier, ListActivityRequest request) {
        return caller.call(UsersEndpoints.LIST_REACTIONS, request, identifier);
    }

    @Override
    public CompletableFuture<Page<PostReaction>> listReactionsAsync(String identifier, ListActivityRequest request) {
        return caller.callAsync(UsersEndpoints.LIST_REACTIONS, request, identifier);
    }

    @Override
    public PagedIterable<PostReaction> listAllReactions(String identifier, ListActivityRequest request) {
        return caller.pages(UsersEndpoints.LIST_REACTIONS, request, identifier);
    }
}
