package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.files.FileInput;
import io.unipile.pagination.Page;
import io.unipile.posts.Comment;
import io.unipile.posts.CommentPostRequest;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.LinkedInComment;
import io.unipile.posts.LinkedInPost;
import io.unipile.posts.ListPostCommentsRequest;
import io.unipile.posts.ListPostReactionsRequest;
import io.unipile.posts.Mention;
import io.unipile.posts.PostCreated;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactToPostRequest;
import io.unipile.posts.ReactionKind;
import io.unipile.posts.ReactionType;
import io.unipile.testkit.posts.PostRoutes;
import io.unipile.users.ConnectionDegree;
import io.unipile.users.ListActivityRequest;
import io.unipile.users.ListPostsRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The posts routes through the library's own client: posts, comments and reactions written here live in the same
 * state as the users routes' activity lists, and count on their post.
 */
@FakeUnipile
class PostRoutesTest {
    private FakeUnipileServer server;
    private FakeUnipileState state;
    private UnipileClient client;
    private String me;

    @BeforeEach
    void seed(FakeUnipileServer server, UnipileClient client) {
        this.server = server;
        this.state = server.state();
        this.client = client;
        me = state.addAccount(FakeAccount.builder(AccountType.LINKEDIN).name("Alice Martin").providerId("ACoAAalice")
                .build()).id();
    }

    @Test
    void aCreatedPostIsTheAccountUsersAndListsAmongTheirPosts() {
        PostCreated created = client.posts().create(CreatePostRequest.builder(me, "Hello {{0}}")
                .addMention(Mention.of("Bob", "ACoAAbob")).externalLink("https://example.org")
                .addAttachment(FileInput.of("png".getBytes(StandardCharsets.UTF_8), "a.png")).build());

        assertThat(created.object()).isEqualTo("PostCreated");
        LinkedInPost read = (LinkedInPost) client.posts().get(created.postId(), me);
        assertThat(read.text()).isEqualTo("Hello {{0}}");
        assertThat(read.author().id()).isEqualTo("ACoAAalice");
        assertThat(client.users().listPosts("ACoAAalice", ListPostsRequest.of(me)).items())
                .singleElement().satisfies(p -> assertThat(((LinkedInPost) p).id()).isEqualTo(created.postId()));
        assertThat(state.posts()).singleElement().satisfies(p -> assertThat(p.authorId()).isEqualTo("ACoAAalice"));

        RecordedRequest sent = server.journal().requests(PostRoutes.CREATE_POST).get(0);
        assertThat(sent.formField("mentions[0][profile_id]")).hasValue("ACoAAbob");
        assertThat(sent.files("attachments")).singleElement()
                .satisfies(f -> assertThat(f.fileName()).isEqualTo("a.png"));
    }

    @Test
    void aPostAsAnOrganizationIsTheCompanys() {
        String id = client.posts().create(CreatePostRequest.builder(me, "News").asOrganization("1337").build())
                .postId();

        assertThat(((LinkedInPost) client.posts().get(id, me)).author().isCompany()).isTrue();
        assertThat(client.users().listPosts("1337", ListPostsRequest.builder(me).isCompany(true).build()).items())
                .hasSize(1);
    }

    @Test
    void commentsAndRepliesCountOnThePostAndShowInTheUsersLists() {
        FakePost post = state.addPost("ACoAAbob", "Hello");
        FakeComment bobs = state.addComment(post.id(), "ACoAAbob", "First");

        client.posts().comment(post.socialId(), CommentPostRequest.of(me, "Great"));
        client.posts().comment(post.socialId(), CommentPostRequest.builder(me, "Agreed").commentId(bobs.id()).build());

        Page<Comment> top = client.posts().listComments(post.socialId(), ListPostCommentsRequest.of(me));
        assertThat(top.items()).extracting(Comment::text).containsExactlyInAnyOrder("Great", "First");
        LinkedInComment first = top.items().stream().map(LinkedInComment.class::cast)
                .filter(c -> c.id().equals(bobs.id())).findFirst().orElseThrow();
        assertThat(first.replyCounter()).isEqualTo(1);
        assertThat(client.posts().listComments(post.id(), ListPostCommentsRequest.builder(me).commentId(bobs.id())
                .build()).items()).extracting(Comment::text).containsExactly("Agreed");
        assertThat(((LinkedInPost) client.posts().get(post.id(), me)).commentCounter()).isEqualTo(3);
        assertThat(client.users().listComments("ACoAAalice", ListActivityRequest.of(me)).items())
                .extracting(Comment::text).containsExactlyInAnyOrder("Great", "Agreed");
    }

    @Test
    void listAllCommentsWalksEveryPage() {
        FakePost post = state.addPost("ACoAAbob", "Hello");
        for (int i = 0; i < 5; i++) {
            state.addComment(post.id(), "ACoAAcarol", "c" + i);
        }

        assertThat(client.posts().listAllComments(post.socialId(), ListPostCommentsRequest.builder(me).limit(2)
                .build()).stream().map(Comment::text)).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aCursorOfTheUsersCommentsListIsRefusedByThePostsComments() {
        FakePost post = state.addPost("ACoAAbob", "Hello");
        for (int i = 0; i < 3; i++) {
            state.addComment(post.id(), "ACoAAbob", "c" + i);
        }
        String usersCursor = client.users().listComments("ACoAAbob", ListActivityRequest.builder(me).limit(1)
                .build()).nextCursor().orElseThrow();

        assertThatThrownBy(() -> client.posts().listComments(post.socialId(), ListPostCommentsRequest.builder(me)
                .cursor(usersCursor).build()))
                .isInstanceOf(io.unipile.errors.UnipileApiException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void aReactionCountsOnceReplacesTheAccountsPreviousOneAndPagesThroughPagingCursor() {
        FakePost post = state.addPost("ACoAAbob", "Hello");
        FakeComment comment = state.addComment(post.id(), "ACoAAbob", "First");
        state.addReaction(post.id(), "ACoAAcarol", "LIKE");
        state.addReaction(post.id(), "ACoAAdave", "LIKE");

        client.posts().react(ReactToPostRequest.of(me, post.socialId()));
        client.posts().react(ReactToPostRequest.of(me, post.socialId(), ReactionKind.CELEBRATE));
        client.posts().react(ReactToPostRequest.builder(me, post.socialId()).commentId(comment.id())
                .reactionType(ReactionKind.INSIGHTFUL).build());

        LinkedInPost read = (LinkedInPost) client.posts().get(post.id(), me);
        assertThat(read.reactionCounter()).isEqualTo(3);
        assertThat(read.userReacted()).isEqualTo(ReactionType.PRAISE);
        Page<PostReaction> first = client.posts().listReactions(post.socialId(),
                ListPostReactionsRequest.builder(me).limit(2).build());
        assertThat(first.hasNextPage()).isTrue();
        assertThat(client.posts().listAllReactions(post.socialId(), ListPostReactionsRequest.builder().limit(1)
                .build()).stream()).hasSize(3);
        assertThat(client.posts().listReactions(post.id(), ListPostReactionsRequest.builder(me)
                .commentId(comment.id()).build()).items()).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(ReactionType.INTEREST));
        assertThat(client.users().listReactions("ACoAAalice", ListActivityRequest.of(me)).items()).hasSize(2);
        assertThat(first.items().get(0).author().networkDistance()).isIn(ConnectionDegree.SECOND_DEGREE,
                ConnectionDegree.FIRST_DEGREE);
    }

    @Test
    void unknownPostsAndCommentsAreNotFoundAndOtherAccountsAreRefused() {
        FakePost post = state.addPost("ACoAAbob", "Hello");
        String mail = state.addAccount(AccountType.MAIL).id();

        assertThatThrownBy(() -> client.posts().get("404", me)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.posts().comment("404", CommentPostRequest.of(me, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.posts().react(ReactToPostRequest.builder(me, post.id()).commentId("nope")
                .build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.posts().create(CreatePostRequest.of(mail, "x")))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThat(catchThrowableOfType(BadRequestException.class, () -> client.posts().react(
                ReactToPostRequest.of(me, post.id(), ReactionKind.of("wow")))).detail())
                .hasValueSatisfying(d -> assertThat(d).contains("reaction_type"));
        assertThat(state.reactions()).isEmpty();
        assertThat(state.comments()).isEmpty();
        assertThat(List.of(server.journal().requests(PostRoutes.REACT).size())).containsExactly(2);
    }
}
