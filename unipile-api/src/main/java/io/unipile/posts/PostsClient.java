package io.unipile.posts;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/**
 * Posts: {@code /api/v1/posts}. Read a post, publish one, and list or add its comments and reactions. Every call
 * names the account it goes through. On LinkedIn, the comment and reaction operations take the post's
 * {@link LinkedInPost#socialId() social id}.
 *
 * <p>The writes ({@link #create}, {@link #comment}, {@link #react}) are not retried once they may have reached the
 * server: Unipile has no idempotency keys, and a repeat would publish or comment twice.
 */
public interface PostsClient {

    /**
     * A post ({@code GET /posts/{post_id}}) read through an account: LinkedIn takes the post's id or social id,
     * Instagram its provider id or the shortcode of its URL.
     */
    Post get(String postId, String accountId);

    /** {@link #get(String, String)} without blocking. */
    CompletableFuture<Post> getAsync(String postId, String accountId);

    /**
     * Publishes a post ({@code POST /posts}, multipart; the attachments are streamed). Not retried once it may have
     * reached the server.
     */
    PostCreated create(CreatePostRequest request);

    /** {@link #create(CreatePostRequest)} without blocking. */
    CompletableFuture<PostCreated> createAsync(CreatePostRequest request);

    /** One page of the comments of a post, or of the replies to one of them ({@code GET /posts/{post_id}/comments}). */
    Page<Comment> listComments(String postId, ListPostCommentsRequest request);

    /** {@link #listComments(String, ListPostCommentsRequest)} without blocking. */
    CompletableFuture<Page<Comment>> listCommentsAsync(String postId, ListPostCommentsRequest request);

    /** Every comment matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Comment> listAllComments(String postId, ListPostCommentsRequest request);

    /**
     * Comments a post, or replies to one of its comments ({@code POST /posts/{post_id}/comments}). Not retried once
     * it may have reached the server.
     */
    CommentSent comment(String postId, CommentPostRequest request);

    /** {@link #comment(String, CommentPostRequest)} without blocking. */
    CompletableFuture<CommentSent> commentAsync(String postId, CommentPostRequest request);

    /**
     * One page of the reactions to a post, or to one of its comments ({@code GET /posts/{post_id}/reactions}).
     */
    Page<PostReaction> listReactions(String postId, ListPostReactionsRequest request);

    /** {@link #listReactions(String, ListPostReactionsRequest)} without blocking. */
    CompletableFuture<Page<PostReaction>> listReactionsAsync(String postId, ListPostReactionsRequest request);

    /** Every reaction matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<PostReaction> listAllReactions(String postId, ListPostReactionsRequest request);

    /**
     * Reacts to a post or one of its comments ({@code POST /posts/reaction}). Not retried once it may have reached
     * the server.
     */
    ReactionAdded react(ReactToPostRequest request);

    /** {@link #react(ReactToPostRequest)} without blocking. */
    CompletableFuture<ReactionAdded> reactAsync(ReactToPostRequest request);
}
