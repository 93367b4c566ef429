package io.unipile.internal.posts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import io.unipile.posts.Comment;
import io.unipile.posts.CommentPostRequest;
import io.unipile.posts.CommentSent;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.ListPostCommentsRequest;
import io.unipile.posts.ListPostReactionsRequest;
import io.unipile.posts.Mention;
import io.unipile.posts.Post;
import io.unipile.posts.PostCreated;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactToPostRequest;
import io.unipile.posts.ReactionAdded;

import java.util.List;

/** The operations of {@code /posts}, each declared once. */
public final class PostsEndpoints {
    /** Input: the account id. */
    static final Endpoint<String, Post> GET = Endpoint.<String, Post>get("/posts/{post_id}")
            .requiredQuery("account_id", accountId -> accountId).optionalInput()
            .returns(Post.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would publish twice. */
    static final Endpoint<CreatePostRequest, PostCreated> CREATE =
            Endpoint.<CreatePostRequest, PostCreated>post("/posts")
                    .multipartBody(PostForms::createPost, PostForms.CREATE_POST_FIELDS)
                    .returns(PostCreated.class).build();

    static final Endpoint<ListPostCommentsRequest, Page<Comment>> LIST_COMMENTS =
            Endpoint.<ListPostCommentsRequest, Page<Comment>>get("/posts/{post_id}/comments")
                    .query("cursor", ListPostCommentsRequest::cursor)
                    .query("limit", ListPostCommentsRequest::limit, 1, 100)
                    .query("comment_id", ListPostCommentsRequest::commentId)
                    .requiredQuery("account_id", ListPostCommentsRequest::accountId)
                    .pageOf(Comment.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would comment twice. */
    static final Endpoint<CommentPostRequest, CommentSent> COMMENT =
            Endpoint.<CommentPostRequest, CommentSent>post("/posts/{post_id}/comments")
                    .jsonBody(PostsEndpoints::comment, "account_id", "text", "mentions", "external_link",
                            "as_organization", "comment_id")
                    .returns(CommentSent.class).build();

    /** The spec makes {@code account_id} optional here, and puts the next cursor in {@code paging.cursor}. */
    static final Endpoint<ListPostReactionsRequest, Page<PostReaction>> LIST_REACTIONS =
            Endpoint.<ListPostReactionsRequest, Page<PostReaction>>get("/posts/{post_id}/reactions")
                    .query("cursor", ListPostReactionsRequest::cursor)
                    .query("limit", ListPostReactionsRequest::limit, 1, 100)
                    .query("comment_id", ListPostReactionsRequest::commentId)
                    .query("account_id", ListPostReactionsRequest::accountId)
                    .pageOf(PostReaction.class).build();

    /** A POST: not retried once it may have reached the server. */
    static final Endpoint<ReactToPostRequest, ReactionAdded> REACT =
            Endpoint.<ReactToPostRequest, ReactionAdded>post("/posts/reaction")
                    .jsonBody(PostsEndpoints::react, "account_id", "as_organization", "post_id", "comment_id",
                            "reaction_type")
                    .returns(ReactionAdded.class).build();

    private PostsEndpoints() {
    }

    private static ObjectNode comment(CommentPostRequest r) {
        ObjectNode body = Json.mapper().createObjectNode().put("account_id", r.accountId()).put("text", r.text());
        mentions(body, r.mentions());
        putIfPresent(body, "external_link", r.externalLink());
        putIfPresent(body, "as_organization", r.asOrganization());
        putIfPresent(body, "comment_id", r.commentId());
        return body;
    }

    private static ObjectNode react(ReactToPostRequest r) {
        ObjectNode body = Json.mapper().createObjectNode().put("account_id", r.accountId())
                .put("post_id", r.postId());
        putIfPresent(body, "comment_id", r.commentId());
        putIfPresent(body, "reaction_type", r.reactionType() == null ? null : r.reactionType().value());
        putIfPresent(body, "as_organization", r.asOrganization());
        return body;
    }

    private static void mentions(ObjectNode body, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        ArrayNode array = body.putArray("mentions");
        for (Mention m : mentions) {
            ObjectNode node = array.addObject().put("name", m.name()).put("profile_id", m.profileId());
            if (m.isCompany() != null) {
                node.put("is_company", m.isCompany());
            }
        }
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
