package io.unipile.conformance.wire;

import io.unipile.UnipileClient;
import io.unipile.conformance.MultipartParser.Part;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.errors.ServerException;
import io.unipile.files.FileInput;
import io.unipile.pagination.Page;
import io.unipile.posts.Comment;
import io.unipile.posts.CommentPostRequest;
import io.unipile.posts.CommentSent;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.InstagramComment;
import io.unipile.posts.LinkedInComment;
import io.unipile.posts.LinkedInPost;
import io.unipile.posts.ListPostCommentsRequest;
import io.unipile.posts.ListPostReactionsRequest;
import io.unipile.posts.Mention;
import io.unipile.posts.Post;
import io.unipile.posts.PostCreated;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactToPostRequest;
import io.unipile.posts.ReactionAdded;
import io.unipile.posts.ReactionKind;
import io.unipile.posts.ReactionType;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport must put on the wire for the 6 operations of the Posts group, and how it reads back each
 * reply over real loopback HTTP: the replies are the spec's examples (the users activity lists' items, the same
 * models) and the write acknowledgements the spec gives.
 */
public abstract class PostsWireSuite extends WireSuiteBase {
    private static final String UNAVAILABLE = "{\"title\":\"Service unavailable\",\"type\":\"errors/service_unavailable\","
            + "\"status\":503}";

    @Test
    void getSendsThePostAsOneSegmentAndTheAccount() throws Exception {
        String post = itemOf("list-user-posts.json");
        server.enqueue(Reply.json(200, post), Reply.json(200, post));

        Post read = client.posts().get("urn:li:activity:7/x?y", "acc 1");
        client.posts().getAsync("7", "acc_1").get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts/urn%3Ali%3Aactivity%3A7%2Fx%3Fy");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc%201");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/posts/7");
        assertThat(read).isInstanceOf(LinkedInPost.class);
    }

    @Test
    void createSendsEveryPartByNameAndStreamsTheAttachments() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"PostCreated\",\"post_id\":\"7123\",\"later\":1}"),
                Reply.json(201, "{\"object\":\"PostCreated\",\"post_id\":null}"));
        byte[] big = new byte[256 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }

        PostCreated created = client.posts().create(CreatePostRequest.builder("acc_1", "Hey {{0}} and {{1}}")
                .addAttachment(FileInput.of(new ByteArrayInputStream(big), big.length, "big.bin"))
                .addAttachment(FileInput.of(new byte[] {1, 2}, "b.png").withContentType("image/png"))
                .addMention(Mention.of("Bob", "ACoAAB1")).addMention(Mention.company("Acme", "1337"))
                .externalLink("https://example.org/a").asOrganization("org_1").location("Paris").build());
        PostCreated unknown = client.posts().createAsync(CreatePostRequest.of("acc_1", "Hi")).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertCommonHeaders(r);
        List<Part> parts = multipart(r);
        assertThat(names(parts)).containsExactly("account_id", "text", "attachments", "attachments",
                "mentions[0][name]", "mentions[0][profile_id]", "mentions[1][name]", "mentions[1][profile_id]",
                "mentions[1][is_company]", "external_link", "as_organization", "location");
        assertThat(java.util.Arrays.stream(new String[] {"account_id", "text", "mentions[0][name]",
                "mentions[0][profile_id]", "mentions[1][name]", "mentions[1][profile_id]", "mentions[1][is_company]",
                "external_link", "as_organization", "location"}).map(n -> only(parts, n).text()))
                .containsExactly("acc_1", "Hey {{0}} and {{1}}", "Bob", "ACoAAB1", "Acme", "1337", "true",
                        "https://example.org/a", "org_1", "Paris");
        List<Part> files = parts.stream().filter(p -> p.name().equals("attachments")).collect(Collectors.toList());
        assertThat(files.get(0).fileName()).isEqualTo("big.bin");
        assertThat(files.get(0).content()).isEqualTo(big);
        assertThat(files.get(1).fileName()).isEqualTo("b.png");
        assertThat(files.get(1).contentType()).isEqualTo("image/png");
        assertThat(names(multipart(server.takeRequest()))).containsExactly("account_id", "text");
        assertThat(created.postId()).isEqualTo("7123");
        assertThat(created.extra()).containsKey("later");
        assertThat(unknown.postId()).isNull();
    }

    @Test
    void commentsAreListedWithTheirFiltersAndPaged() throws Exception {
        String comment = itemOf("list-user-comments.json");
        server.enqueue(Reply.json(200, example("list-user-comments.json")),
                Reply.json(200, page("CommentList", "\"k2\"", comment)),
                Reply.json(200, page("CommentList", "null", comment)));

        Page<Comment> first = client.posts().listComments("urn:li:activity:7", ListPostCommentsRequest
                .builder("acc_1").limit(100).cursor("k").commentId("c 1").build());
        assertThat(client.posts().listAllComments("7", ListPostCommentsRequest.of("acc_1")).stream().count())
                .isEqualTo(2);

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts/urn%3Ali%3Aactivity%3A7/comments");
        assertThat(r.rawQuery()).isEqualTo("cursor=k&limit=100&comment_id=c%201&account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=k2&account_id=acc_1");
        assertThat(first.items()).extracting(c -> (Object) c.getClass())
                .containsExactly(LinkedInComment.class, InstagramComment.class);
    }

    @Test
    void commentSendsJsonWithOnlyTheFieldsGiven() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"CommentSent\"}"), Reply.json(201, "{\"object\":\"CommentSent\"}"));

        CommentSent sent = client.posts().comment("urn:li:activity:7", CommentPostRequest.builder("acc_1", "Hi {{0}}")
                .addMention(Mention.of("Bob", "ACoAAB1")).externalLink("http://example.org").asOrganization("org_1")
                .commentId("c1").build());
        client.posts().commentAsync("7", CommentPostRequest.of("acc_1", "Plain")).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts/urn%3Ali%3Aactivity%3A7/comments");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertCommonHeaders(r);
        assertThat(r.bodyText()).isEqualTo("{\"account_id\":\"acc_1\",\"text\":\"Hi {{0}}\",\"mentions\":[{\"name\":"
                + "\"Bob\",\"profile_id\":\"ACoAAB1\"}],\"external_link\":\"http://example.org\","
                + "\"as_organization\":\"org_1\",\"comment_id\":\"c1\"}");
        assertThat(server.takeRequest().bodyText()).isEqualTo("{\"account_id\":\"acc_1\",\"text\":\"Plain\"}");
        assertThat(sent.object()).isEqualTo("CommentSent");
    }

    @Test
    void reactionsAreListedAndPagedByTheirPagingCursor() throws Exception {
        String reaction = itemOf("list-user-reactions.json");
        server.enqueue(Reply.json(200, reactions("\"r2\"", reaction)), Reply.json(200, reactions("null", reaction)),
                Reply.json(200, reactions("null")));

        List<PostReaction> all = client.posts().listAllReactions("urn:li:activity:7", ListPostReactionsRequest
                .builder("acc_1").limit(1).commentId("c1").build()).stream().collect(Collectors.toList());
        Page<PostReaction> none = client.posts().listReactionsAsync("7", ListPostReactionsRequest.builder().build())
                .get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts/urn%3Ali%3Aactivity%3A7/reactions");
        assertThat(r.rawQuery()).isEqualTo("limit=1&comment_id=c1&account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=r2&limit=1&comment_id=c1&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isNull();
        assertThat(all).extracting(PostReaction::value).containsExactly(ReactionType.LIKE, ReactionType.LIKE);
        assertThat(none.items()).isEmpty();
        assertThat(none.hasNextPage()).isFalse();
    }

    @Test
    void reactSendsJsonAndChecksItsFieldsFirst() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"ReactionAdded\"}"), Reply.json(201, "{\"object\":\"ReactionAdded\"}"));

        ReactionAdded added = client.posts().react(ReactToPostRequest.builder("acc_1", "urn:li:activity:7")
                .commentId("c1").reactionType(ReactionKind.CELEBRATE).asOrganization("org_1").build());
        client.posts().reactAsync(ReactToPostRequest.of("acc_1", "7")).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/posts/reaction");
        assertCommonHeaders(r);
        assertThat(r.bodyText()).isEqualTo("{\"account_id\":\"acc_1\",\"post_id\":\"urn:li:activity:7\","
                + "\"comment_id\":\"c1\",\"reaction_type\":\"celebrate\",\"as_organization\":\"org_1\"}");
        assertThat(server.takeRequest().bodyText()).isEqualTo("{\"account_id\":\"acc_1\",\"post_id\":\"7\"}");
        assertThat(added.object()).isEqualTo("ReactionAdded");

        assertThatThrownBy(() -> ReactToPostRequest.of("acc_1", " ")).hasMessage("postId must not be blank");
        assertThatThrownBy(() -> CreatePostRequest.builder().accountId("acc_1").build()).hasMessage("text is required");
        assertThatThrownBy(() -> CommentPostRequest.of("acc_1", "x".repeat(1251))).hasMessageContaining("text");
        assertThatThrownBy(() -> CreatePostRequest.builder("acc_1", "x").externalLink("ftp://x").build())
                .hasMessageContaining("externalLink");
        assertThatThrownBy(() -> client.posts().get(" ", "acc_1")).hasMessage("postId must not be blank");
        assertThatThrownBy(() -> client.posts().get("7", null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> client.posts().listComments("7", ListPostCommentsRequest.builder("acc_1").limit(101)
                .build())).hasMessageContaining("limit");
        assertThat(server.pendingRequests()).isZero();
    }

    @Test
    void theWritesAreNotRepeatedAfterAServerErrorButTheReadsAre() throws Exception {
        try (UnipileClient retrying = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .transport(transportProvider()).disableCircuitBreaker().sleeper(Sleeper.NONE)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3)).requestTimeout(Duration.ofSeconds(10)).build()) {
            server.enqueue(Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE),
                    Reply.json(503, UNAVAILABLE), Reply.json(200, itemOf("list-user-posts.json")));

            ServerException create = catchThrowableOfType(ServerException.class, () -> retrying.posts().create(
                    CreatePostRequest.builder("acc_1", "Hi").addAttachment(FileInput.of(new byte[] {1}, "a.bin"))
                            .build()));
            catchThrowableOfType(ServerException.class, () -> retrying.posts().comment("7",
                    CommentPostRequest.of("acc_1", "x")));
            catchThrowableOfType(ServerException.class, () -> retrying.posts().react(
                    ReactToPostRequest.of("acc_1", "7")));
            Post post = retrying.posts().get("7", "acc_1");

            assertThat(create.statusCode()).isEqualTo(503);
            assertThat(create.getMessage()).doesNotContain(API_KEY);
            assertThat(server.drain()).extracting(Recorded::method, Recorded::rawPath).containsExactly(
                    Tuple.tuple("POST", "/api/v1/posts"),
                    Tuple.tuple("POST", "/api/v1/posts/7/comments"),
                    Tuple.tuple("POST", "/api/v1/posts/reaction"),
                    Tuple.tuple("GET", "/api/v1/posts/7"),
                    Tuple.tuple("GET", "/api/v1/posts/7"));
            assertThat(post).isInstanceOf(LinkedInPost.class);
        }
    }

    private static String example(String name) {
        return resource("users/" + name);
    }

    /** The first item of an example list, as JSON text. */
    private static String itemOf(String listExample) {
        try {
            return io.unipile.internal.Json.mapper().readTree(example(listExample)).get("items").get(0).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String page(String object, String cursor, String... items) {
        return "{\"object\":\"" + object + "\",\"items\":[" + String.join(",", items) + "],\"cursor\":" + cursor
                + ",\"total_items\":null,\"paging\":{\"start\":null,\"page_count\":" + items.length
                + ",\"total_count\":null}}";
    }

    /** A reactions page as the spec gives it: the cursor inside {@code paging}, none beside the items. */
    private static String reactions(String cursor, String... items) {
        return "{\"object\":\"PostReactionList\",\"items\":[" + String.join(",", items) + "],\"paging\":{\"cursor\":"
                + cursor + ",\"start\":0,\"page_count\":" + items.length + ",\"total_count\":2}}";
    }
}
