package io.unipile.internal.posts;

import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.posts.Comment;
import io.unipile.posts.CommentPostRequest;
import io.unipile.posts.CommentSent;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.ListPostCommentsRequest;
import io.unipile.posts.ListPostReactionsRequest;
import io.unipile.posts.Post;
import io.unipile.posts.PostCreated;
import io.unipile.posts.PostReaction;
import io.unipile.posts.PostsClient;
import io.unipile.posts.ReactToPostRequest;
import io.unipile.posts.ReactionAdded;

import java.util.concurrent.CompletableFuture;

/** {@link PostsClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link PostsEndpoints}. */
public final class PostsClientImpl implements PostsClient {
    private final ApiCaller caller;

    public PostsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Post get(String postId, String accountId) {
        return caller.call(PostsEndpoints.GET, accountId, postId);
    }

    @Override
    public CompletableFuture<Post> getAsync(String postId, String accountId) {
        return caller.callAsync(PostsEndpoints.GET, accountId, postId);
    }

    @Override
    public PostCreated create(CreatePostRequest request) {
        return caller.call(PostsEndpoints.CREATE, request);
    }

    @Override
    public CompletableFuture<PostCreated> createAsync(CreatePostRequest request) {
        return caller.callAsync(PostsEndpoints.CREATE, request);
    }

    @Override
    public Page<Comment> listComments(String postId, ListPostCommentsRequest request) {
        return caller.call(PostsEndpoints.LIST_COMMENTS, request, postId);
    }

    @Override
    public CompletableFuture<Page<Comment>> listCommentsAsync(String postId, ListPostCommentsRequest request) {
        return caller.callAsync(PostsEndpoints.LIST_COMMENTS, request, postId);
    }

    @Override
    public PagedIterable<Comment> listAllComments(String postId, ListPostCommentsRequest request) {
        return caller.pages(PostsEndpoints.LIST_COMMENTS, request, postId);
    }

    @Override
    public CommentSent comment(String postId, CommentPostRequest request) {
        return caller.call(PostsEndpoints.COMMENT, request, postId);
    }

    @Override
    public CompletableFuture<CommentSent> commentAsync(String postId, CommentPostRequest request) {
        return caller.callAsync(PostsEndpoints.COMMENT, request, postId);
    }

    @Override
    public Page<PostReaction> listReactions(String postId, ListPostReactionsRequest request) {
        return caller.call(PostsEndpoints.LIST_REACTIONS, request, postId);
    }

    @Override
    public CompletableFuture<Page<PostReaction>> listReactionsAsync(String postId,
                                                                    ListPostReactionsRequest request) {
        return caller.callAsync(PostsEndpoints.LIST_REACTIONS, request, postId);
    }

    @Override
    public PagedIterable<PostReaction> listAllReactions(String postId, ListPostReactionsRequest request) {
        return caller.pages(PostsEndpoints.LIST_REACTIONS, request, postId);
    }

    @Override
    public ReactionAdded react(ReactToPostRequest request) {
        return caller.call(PostsEndpoints.REACT, request);
    }

    @Override
    public CompletableFuture<ReactionAdded> reactAsync(ReactToPostRequest request) {
        return caller.callAsync(PostsEndpoints.REACT, request);
    }
}
