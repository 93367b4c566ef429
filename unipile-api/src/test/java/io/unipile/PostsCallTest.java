package io.unipile;

import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.http.TransportRequest;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import io.unipile.posts.CommentPostRequest;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.ListPostCommentsRequest;
import io.unipile.posts.ListPostReactionsRequest;
import io.unipile.posts.Mention;
import io.unipile.posts.PostCreated;
import io.unipile.posts.PostsClient;
import io.unipile.posts.ReactToPostRequest;
import io.unipile.posts.ReactionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Posts group before the transport: bad input fails naming the field and nothing is sent; the resilience layer
 * is told that the writes must not be repeated. The wire format is proven over real HTTP by the conformance
 * module's {@code PostsWireSuite}.
 */
class PostsCallTest {
    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    @Test
    void requestsNameTheMissingOrMalformedFieldWhenBuilt() {
        assertThatThrownBy(() -> CreatePostRequest.builder().text("x").build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> CreatePostRequest.of("a", " ")).hasMessage("text must not be blank");
        assertThatThrownBy(() -> CreatePostRequest.builder("a", "x").attachments(Arrays.asList((FileInput) null))
                .build()).hasMessage("attachments[0] is required");
        assertThatThrownBy(() -> CreatePostRequest.builder("a", "x").externalLink("example.org").build())
                .hasMessage("externalLink must start with http:// or https:// but was example.org");
        assertThatThrownBy(() -> CreatePostRequest.builder("a", "x").asOrganization("").build())
                .hasMessage("asOrganization must not be blank");
        assertThatThrownBy(() -> Mention.of("Bob", null)).hasMessage("profileId is required");
        assertThatThrownBy(() -> CommentPostRequest.builder().accountId("a").build()).hasMessage("text is required");
        assertThat(CommentPostRequest.of("a", "é".repeat(1250)).text()).hasSize(1250);
        assertThatThrownBy(() -> CommentPostRequest.of("a", "x".repeat(1251)))
                .hasMessage("text must be at most 1250 characters but has 1251");
        assertThatThrownBy(() -> CommentPostRequest.builder("a", "x").commentId(" ").build())
                .hasMessage("commentId must not be blank");
        assertThatThrownBy(() -> ReactToPostRequest.builder().accountId("a").build()).hasMessage("postId is required");
        assertThatThrownBy(() -> ListPostCommentsRequest.builder().build()).hasMessage("accountId is required");
        assertThat(ListPostReactionsRequest.builder().build().accountId()).as("optional here").isNull();
        assertThatThrownBy(() -> ListPostReactionsRequest.builder().accountId(" ").build())
                .hasMessage("accountId must not be blank");
    }

    @Test
    void requestsRoundTripThroughTheirBuilders() {
        CreatePostRequest post = CreatePostRequest.builder("a", "Hey {{0}}").addMention(Mention.company("Acme", "1"))
                .addAttachment(FileInput.of(new byte[1], "a.png")).externalLink("https://x").asOrganization("o")
                .location("Paris").build();
        ReactToPostRequest react = ReactToPostRequest.builder("a", "p").commentId("c")
                .reactionType(ReactionKind.LOVE).asOrganization("o").build();
        CommentPostRequest comment = CommentPostRequest.builder("a", "t").commentId("c").build();

        assertThat(post.toBuilder().build()).isEqualTo(post).hasSameHashCodeAs(post);
        assertThat(react.toBuilder().build()).isEqualTo(react);
        assertThat(comment.toBuilder().build()).isEqualTo(comment);
        assertThat(ListPostCommentsRequest.builder("a").limit(5).cursor("k").commentId("c").build().toBuilder()
                .build()).isEqualTo(ListPostCommentsRequest.builder("a").limit(5).cursor("k").commentId("c").build());
        assertThat(ReactionKind.of("wow").isKnown()).isFalse();
        assertThat(ReactionKind.of("funny")).isSameAs(ReactionKind.FUNNY);
    }

    @Test
    void callsCheckTheirValuesBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.posts().get(null, "a")).hasMessage("postId is required");
        assertThatThrownBy(() -> client.posts().get("p", " ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.posts().create(null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.posts().comment("", CommentPostRequest.of("a", "t")))
                .hasMessage("postId must not be blank");
        assertThatThrownBy(() -> client.posts().listComments("p", ListPostCommentsRequest.builder("a").limit(0)
                .build())).hasMessage("limit must be between 1 and 100 but was 0");
        assertThatThrownBy(() -> client.posts().listAllReactions("p", ListPostReactionsRequest.builder().cursor("")
                .build())).hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> client.posts().listReactionsAsync(null, ListPostReactionsRequest.builder().build()))
                .hasMessage("postId is required");
        assertThatThrownBy(() -> client.posts().react(null)).hasMessage("request is required");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void theWritesAreNeverRepeatedByARetry() {
        assertThat(sent(() -> client.posts().create(CreatePostRequest.of("a", "t"))).idempotent()).as("create")
                .isFalse();
        assertThat(sent(() -> client.posts().comment("p", CommentPostRequest.of("a", "t"))).idempotent())
                .as("comment").isFalse();
        assertThat(sent(() -> client.posts().react(ReactToPostRequest.of("a", "p"))).idempotent()).as("react")
                .isFalse();
        assertThat(sent(() -> client.posts().get("p", "a")).idempotent()).as("GET post").isTrue();
        assertThat(sent(() -> client.posts().listComments("p", ListPostCommentsRequest.of("a"))).idempotent())
                .as("GET comments").isTrue();
    }

    @Test
    void aPageOfReactionsTakesItsCursorFromPagingAndUnknownFieldsAreKept() throws Exception {
        Page<?> page = Json.mapper().readValue("{\"object\":\"PostReactionList\",\"items\":[],\"paging\":"
                + "{\"cursor\":\"n\",\"start\":0,\"page_count\":0,\"total_count\":0},\"later\":true}", Page.class);
        PostCreated created = Json.mapper().readValue("{\"object\":\"PostCreated\",\"post_id\":\"1\",\"x\":2}",
                PostCreated.class);

        assertThat(page.nextCursor()).hasValue("n");
        assertThat(page.extra()).containsKeys("paging", "later");
        assertThat(created.extra()).containsKey("x");
    }

    @Test
    void thePostsClientCanBeMocked() {
        PostsClient posts = mock(PostsClient.class);
        UnipileClient unipile = mock(UnipileClient.class);
        when(unipile.posts()).thenReturn(posts);
        PostCreated created = new PostCreated("PostCreated", "7", null);
        when(posts.create(CreatePostRequest.of("a", "t"))).thenReturn(created);

        assertThat(unipile.posts().create(CreatePostRequest.of("a", "t"))).isSameAs(created);
    }
}
