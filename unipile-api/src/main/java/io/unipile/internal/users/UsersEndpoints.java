package io.unipile.internal.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
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

/** The operations of {@code /users}, each declared once. */
public final class UsersEndpoints {
    static final Endpoint<ListInvitationsRequest, Page<Invitation>> LIST_SENT_INVITATIONS =
            Endpoint.<ListInvitationsRequest, Page<Invitation>>get("/users/invite/sent")
                    .query("cursor", ListInvitationsRequest::cursor)
                    .query("limit", ListInvitationsRequest::limit, 1, 100)
                    .requiredQuery("account_id", ListInvitationsRequest::accountId)
                    .pageOf(Invitation.class).build();

    static final Endpoint<ListInvitationsRequest, Page<Invitation>> LIST_RECEIVED_INVITATIONS =
            Endpoint.<ListInvitationsRequest, Page<Invitation>>get("/users/invite/received")
                    .query("cursor", ListInvitationsRequest::cursor)
                    .query("limit", ListInvitationsRequest::limit, 1, 100)
                    .requiredQuery("account_id", ListInvitationsRequest::accountId)
                    .pageOf(Invitation.class).build();

    /** A POST: not retried once it may have reached the server. */
    static final Endpoint<HandleInvitationRequest, UserInvitationHandled> HANDLE_INVITATION =
            Endpoint.<HandleInvitationRequest, UserInvitationHandled>post("/users/invite/received/{invitation_id}")
                    .jsonBody(UsersEndpoints::handleInvitation, "provider", "shared_secret", "account_id", "action")
                    .returns(UserInvitationHandled.class).build();

    /** Input: the account id. */
    static final Endpoint<String, AccountOwnerProfile> ME = Endpoint.<String, AccountOwnerProfile>get("/users/me")
            .requiredQuery("account_id", accountId -> accountId).optionalInput()
            .returns(AccountOwnerProfile.class).build();

    /** A PATCH: not retried once it may have reached the server. */
    static final Endpoint<EditProfileRequest, ProfileEdited> EDIT_ME =
            Endpoint.<EditProfileRequest, ProfileEdited>patch("/users/me/edit")
                    .multipartBody(UserForms::editProfile, UserForms.EDIT_PROFILE_FIELDS)
                    .returns(ProfileEdited.class).build();

    static final Endpoint<ListRelationsRequest, Page<UserRelation>> LIST_RELATIONS =
            Endpoint.<ListRelationsRequest, Page<UserRelation>>get("/users/relations")
                    .query("cursor", ListRelationsRequest::cursor)
                    .query("filter", ListRelationsRequest::filter)
                    .query("limit", ListRelationsRequest::limit, 1, 1000)
                    .requiredQuery("account_id", ListRelationsRequest::accountId)
                    .pageOf(UserRelation.class).build();

    /** The spec requires {@code user_id} although it labels it Instagram only. */
    static final Endpoint<ListFollowsRequest, Page<UserRelation>> LIST_FOLLOWING =
            Endpoint.<ListFollowsRequest, Page<UserRelation>>get("/users/following")
                    .requiredQuery("user_id", ListFollowsRequest::userId)
                    .query("cursor", ListFollowsRequest::cursor)
                    .query("limit", ListFollowsRequest::limit, 1, 1000)
                    .requiredQuery("account_id", ListFollowsRequest::accountId)
                    .pageOf(UserRelation.class).build();

    /** The spec requires {@code user_id} although it labels it Instagram only. */
    static final Endpoint<ListFollowsRequest, Page<UserFollower>> LIST_FOLLOWERS =
            Endpoint.<ListFollowsRequest, Page<UserFollower>>get("/users/followers")
                    .requiredQuery("user_id", ListFollowsRequest::userId)
                    .query("cursor", ListFollowsRequest::cursor)
                    .query("limit", ListFollowsRequest::limit, 1, 1000)
                    .requiredQuery("account_id", ListFollowsRequest::accountId)
                    .pageOf(UserFollower.class).build();

    /** {@code linkedin_sections} goes out once per section. */
    static final Endpoint<GetProfileRequest, UserProfile> GET =
            Endpoint.<GetProfileRequest, UserProfile>get("/users/{identifier}")
                    .query("linkedin_sections", GetProfileRequest::linkedinSections)
                    .query("linkedin_api", GetProfileRequest::linkedinApi)
                    .query("notify", GetProfileRequest::notifyVisit)
                    .requiredQuery("account_id", GetProfileRequest::accountId)
                    .returns(UserProfile.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would invite twice. */
    static final Endpoint<InviteRequest, UserInvitationSent> INVITE =
            Endpoint.<InviteRequest, UserInvitationSent>post("/users/invite")
                    .jsonBody(UsersEndpoints::invite, "provider_id", "account_id", "user_email", "message")
                    .returns(UserInvitationSent.class).build();

    static final Endpoint<ListPostsRequest, Page<Post>> LIST_POSTS =
            Endpoint.<ListPostsRequest, Page<Post>>get("/users/{identifier}/posts")
                    .query("cursor", ListPostsRequest::cursor)
                    .query("limit", ListPostsRequest::limit, 1, 100)
                    .query("is_company", ListPostsRequest::isCompany)
                    .requiredQuery("account_id", ListPostsRequest::accountId)
                    .pageOf(Post.class).build();

    static final Endpoint<ListActivityRequest, Page<Comment>> LIST_COMMENTS =
            Endpoint.<ListActivityRequest, Page<Comment>>get("/users/{identifier}/comments")
                    .query("cursor", ListActivityRequest::cursor)
                    .query("limit", ListActivityRequest::limit, 1, 100)
                    .requiredQuery("account_id", ListActivityRequest::accountId)
                    .pageOf(Comment.class).build();

    static final Endpoint<ListActivityRequest, Page<PostReaction>> LIST_REACTIONS =
            Endpoint.<ListActivityRequest, Page<PostReaction>>get("/users/{identifier}/reactions")
                    .query("cursor", ListActivityRequest::cursor)
                    .query("limit", ListActivityRequest::limit, 1, 100)
                    .requiredQuery("account_id", ListActivityRequest::accountId)
                    .pageOf(PostReaction.class).build();

    /**
     * Input: the account id. A DELETE, yet declared not idempotent: a repeat after the first went through answers
     * 404, so the caller would see a failure for a cancellation that happened.
     */
    static final Endpoint<String, InvitationCanceled> CANCEL_INVITATION =
            Endpoint.<String, InvitationCanceled>delete("/users/invite/sent/{invitation_id}")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .idempotent(false)
                    .returns(InvitationCanceled.class).build();

    private UsersEndpoints() {
    }

    private static ObjectNode handleInvitation(HandleInvitationRequest r) {
        // LinkedIn is the only provider the operation takes.
        return Json.mapper().createObjectNode().put("provider", "LINKEDIN").put("shared_secret", r.sharedSecret())
                .put("account_id", r.accountId()).put("action", r.action().value());
    }

    private static ObjectNode invite(InviteRequest r) {
        ObjectNode body = Json.mapper().createObjectNode().put("provider_id", r.providerId())
                .put("account_id", r.accountId());
        if (r.userEmail() != null) {
            body.put("user_email", r.userEmail());
        }
        if (r.message() != null) {
            body.put("message", r.message());
        }
        return body;
    }
}
