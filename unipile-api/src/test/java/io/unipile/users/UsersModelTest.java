package io.unipile.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Json;
import io.unipile.internal.Pages;
import io.unipile.messages.AudioAttachment;
import io.unipile.messages.FileAttachment;
import io.unipile.messages.ImageAttachment;
import io.unipile.messages.LinkedInPostAttachment;
import io.unipile.messages.VideoAttachment;
import io.unipile.messages.VideoMeetingAttachment;
import io.unipile.pagination.Page;
import io.unipile.posts.AuthorType;
import io.unipile.posts.Comment;
import io.unipile.posts.InstagramComment;
import io.unipile.posts.InstagramPost;
import io.unipile.posts.LinkedInComment;
import io.unipile.posts.LinkedInPost;
import io.unipile.posts.Post;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactionType;
import io.unipile.posts.UnknownComment;
import io.unipile.posts.UnknownPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply models of the Users group against the spec. The document gives these operations no response examples,
 * so {@code /spec/examples/users} holds the examples its reference pages derive from each 2xx schema: every
 * property, the first enum value, {@code "string"}, 0 and {@code true}, one item per alternative of a list.
 */
class UsersModelTest {
    private static final JavaType SENT = Json.mapper().constructType(UserInvitationSent.class);

    static Stream<Arguments> specExamples() {
        return Stream.of(
                Arguments.of("get-user-profile-linkedin.json", type(UserProfile.class), LinkedInUserProfile.class),
                Arguments.of("get-user-profile-whatsapp.json", type(UserProfile.class), WhatsAppUserProfile.class),
                Arguments.of("get-user-profile-instagram.json", type(UserProfile.class), InstagramUserProfile.class),
                Arguments.of("get-user-profile-telegram.json", type(UserProfile.class), TelegramProfile.class),
                Arguments.of("get-user-profile-twitter.json", type(UserProfile.class), TwitterProfile.class),
                Arguments.of("get-own-profile-linkedin.json", type(AccountOwnerProfile.class),
                        LinkedInAccountOwnerProfile.class),
                Arguments.of("get-own-profile-telegram.json", type(AccountOwnerProfile.class), TelegramProfile.class),
                Arguments.of("get-own-profile-twitter.json", type(AccountOwnerProfile.class), TwitterProfile.class),
                Arguments.of("get-own-profile-gmail.json", type(AccountOwnerProfile.class),
                        GmailAccountOwnerProfile.class),
                Arguments.of("get-own-profile-outlook.json", type(AccountOwnerProfile.class),
                        OutlookAccountOwnerProfile.class),
                Arguments.of("get-own-profile-imap.json", type(AccountOwnerProfile.class),
                        ImapAccountOwnerProfile.class),
                Arguments.of("profile-edited.json", type(ProfileEdited.class), ProfileEdited.class),
                Arguments.of("list-relations.json", Pages.of(UserRelation.class), Page.class),
                Arguments.of("list-following.json", Pages.of(UserRelation.class), Page.class),
                Arguments.of("list-followers.json", Pages.of(UserFollower.class), Page.class),
                Arguments.of("invitation-sent.json", SENT, UserInvitationSent.class),
                Arguments.of("list-invitations-sent.json", Pages.of(Invitation.class), Page.class),
                Arguments.of("list-invitations-received.json", Pages.of(Invitation.class), Page.class),
                Arguments.of("invitation-canceled.json", type(InvitationCanceled.class), InvitationCanceled.class),
                Arguments.of("invitation-handled.json", type(UserInvitationHandled.class),
                        UserInvitationHandled.class),
                Arguments.of("list-user-posts.json", Pages.of(Post.class), Page.class),
                Arguments.of("list-user-comments.json", Pages.of(Comment.class), Page.class),
                Arguments.of("list-user-reactions.json", Pages.of(PostReaction.class), Page.class));
    }

    /** Every field of every example lands in a typed component, and writing the model back gives the example. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specExamples")
    void everySpecExampleParsesIntoTypedFieldsAndWritesBackUnchanged(String file, JavaType type, Class<?> kind)
            throws IOException {
        String json = example(file);
        Object model = Json.mapper().readValue(json, type);

        assertThat(model).isInstanceOf(kind);
        assertNothingInExtra(model, file);
        JsonNode written = Json.mapper().valueToTree(model);
        JsonNode expected = Json.mapper().readTree(json);
        if (model instanceof Page<?>) {
            // The activity lists add {"paging": {"page_count": n}}, which a page keeps among its extra fields.
            ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("paging");
            ((com.fasterxml.jackson.databind.node.ObjectNode) written).remove("paging");
        }
        assertThat(written.equals(NUMBERS_BY_VALUE, expected)).as("%s written back:%n%s", file, written).isTrue();
    }

    @Test
    void linkedinProfileExampleFillsEverySection() throws IOException {
        LinkedInUserProfile p = (LinkedInUserProfile) Json.mapper().readValue(example("get-user-profile-linkedin.json"),
                UserProfile.class);

        assertThat(p.provider()).isEqualTo(AccountType.LINKEDIN);
        assertThat(p.object()).isEqualTo("UserProfile");
        assertThat(p.contactInfo().addresses()).containsExactly("string");
        assertThat(p.contactInfo().socials()).extracting(LinkedInUserProfile.Social::type).containsExactly("string");
        assertThat(p.birthdate().month()).isZero();
        assertThat(p.isSelf()).isTrue();
        assertThat(p.invitation().type()).isEqualTo(LinkedInUserProfile.InvitationType.SENT);
        assertThat(p.invitation().status()).isEqualTo(LinkedInUserProfile.InvitationStatus.PENDING);
        assertThat(p.workExperience()).singleElement().satisfies(w -> {
            assertThat(w.skills()).containsExactly("string");
            assertThat(w.current()).isTrue();
        });
        assertThat(p.skills()).singleElement().satisfies(s -> assertThat(s.endorsementId()).isZero());
        assertThat(p.recommendations().received()).singleElement()
                .satisfies(r -> assertThat(r.actor().publicProfileUrl()).isEqualTo("string"));
        assertThat(p.networkDistance()).isEqualTo(ConnectionDegree.FIRST_DEGREE);
        assertThat(p.followerCount()).isZero();
    }

    @Test
    void ownProfilesTellTheirProviderAndSeats() throws IOException {
        LinkedInAccountOwnerProfile linkedin = (LinkedInAccountOwnerProfile) Json.mapper().readValue(
                example("get-own-profile-linkedin.json"), AccountOwnerProfile.class);
        assertThat(linkedin.recruiter().ownerSeatId()).isEqualTo("string");
        assertThat(linkedin.recruiter().error()).isNull();
        assertThat(linkedin.organizations()).extracting(LinkedInAccountOwnerProfile.Organization::mailboxId)
                .containsExactly("string");

        AccountOwnerProfile gmail = Json.mapper().readValue(example("get-own-profile-gmail.json"),
                AccountOwnerProfile.class);
        assertThat(gmail.provider().value()).isEqualTo("GMAIL");
        assertThat(gmail.provider().isKnown()).isFalse();

        LinkedInAccountOwnerProfile disconnected = (LinkedInAccountOwnerProfile) Json.mapper().readValue(
                withField(example("get-own-profile-linkedin.json"), "recruiter", "{\"error\": \"MULTIPLE_SESSIONS\"}"),
                AccountOwnerProfile.class);
        assertThat(disconnected.recruiter().error()).isEqualTo(LinkedInAccountOwnerProfile.SeatError.MULTIPLE_SESSIONS);
        LinkedInAccountOwnerProfile none = (LinkedInAccountOwnerProfile) Json.mapper().readValue(
                withField(example("get-own-profile-linkedin.json"), "sales_navigator", "null"),
                AccountOwnerProfile.class);
        assertThat(none.salesNavigator()).isNull();
    }

    @Test
    void postsExampleTypesBothProvidersAndEveryAttachment() throws IOException {
        Page<Post> page = Json.mapper().readValue(example("list-user-posts.json"), new TypeReference<>() {
        });

        assertThat(page.object()).isEqualTo("PostList");
        assertThat(page.extra()).containsOnlyKeys("paging");
        LinkedInPost linkedin = (LinkedInPost) page.items().get(0);
        assertThat(linkedin.userReacted()).isEqualTo(ReactionType.LIKE);
        assertThat(linkedin.author().isCompany()).isTrue();
        assertThat(linkedin.attachments()).extracting(a -> (Object) a.getClass()).containsExactly(
                ImageAttachment.class, VideoAttachment.class, AudioAttachment.class, FileAttachment.class,
                LinkedInPostAttachment.class, VideoMeetingAttachment.class);
        assertThat(linkedin.poll().options()).singleElement().satisfies(o -> assertThat(o.win()).isTrue());
        assertThat(linkedin.group().isPrivate()).isTrue();
        assertThat(linkedin.object()).isEqualTo("Post");
        InstagramPost instagram = (InstagramPost) page.items().get(1);
        assertThat(instagram.owner().username()).isEqualTo("string");
        assertThat(instagram.location().lat()).isZero();
        assertThat(instagram.object()).isEqualTo("Post");
    }

    @Test
    void commentsAreToldApartByShape() throws IOException {
        Page<Comment> page = Json.mapper().readValue(example("list-user-comments.json"), new TypeReference<>() {
        });

        assertThat(page.items()).extracting(c -> (Object) c.getClass())
                .containsExactly(LinkedInComment.class, InstagramComment.class);
        assertThat(((LinkedInComment) page.items().get(0)).authorDetails().networkDistance())
                .isEqualTo(ConnectionDegree.FIRST_DEGREE);
        assertThat(page.items()).extracting(Comment::text).containsExactly("string", "string");

        Comment other = Json.mapper().readValue("{\"object\": \"Comment\", \"text\": \"hi\", \"body_html\": \"<p>\"}",
                Comment.class);
        assertThat(other).isInstanceOf(UnknownComment.class);
        assertThat(other.text()).isEqualTo("hi");
        assertThat(Json.mapper().writeValueAsString(other))
                .isEqualTo("{\"object\":\"Comment\",\"text\":\"hi\",\"body_html\":\"<p>\"}");
    }

    @Test
    void reactionsExampleNamesTheReactorAndWhatWasReactedTo() throws IOException {
        Page<PostReaction> page = Json.mapper().readValue(example("list-user-reactions.json"),
                new TypeReference<>() {
                });

        assertThat(page.items()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(ReactionType.LIKE);
            assertThat(r.commentId()).isEqualTo("string");
            assertThat(r.author().type()).isEqualTo(AuthorType.INDIVIDUAL);
        });
    }

    @Test
    void followersOfBothProvidersShareOneRecord() throws IOException {
        List<UserFollower> items = Json.mapper().<Page<UserFollower>>readValue(example("list-followers.json"),
                new TypeReference<>() {
                }).items();

        assertThat(items.get(0).urn()).isEqualTo("string");
        assertThat(items.get(0).username()).isNull();
        assertThat(items.get(1).username()).isEqualTo("string");
        assertThat(items.get(1).isPrivate()).isTrue();
        assertThat(items.get(1).urn()).isNull();
    }

    @Test
    void aReceivedInvitationCarriesItsSecretButNeverPrintsIt() throws IOException {
        Invitation received = Json.mapper().<Page<Invitation>>readValue(
                example("list-invitations-received.json").replace("\"shared_secret\": \"string\"",
                        "\"shared_secret\": \"s3cr3t-token\""), new TypeReference<>() {
                }).items().get(0);

        assertThat(received.sharedSecret()).isEqualTo("s3cr3t-token");
        assertThat(received.toString()).doesNotContain("s3cr3t-token").contains("sharedSecret=***");
        HandleInvitationRequest accept = HandleInvitationRequest.accept("acc", received);
        assertThat(accept.sharedSecret()).isEqualTo("s3cr3t-token");
        assertThat(accept.toString()).doesNotContain("s3cr3t-token");
        assertThat(accept.toBuilder().toString()).doesNotContain("s3cr3t-token");
    }

    @Test
    void anUnknownProviderIsKeptAsSent() throws IOException {
        String discord = "{\"provider\": \"DISCORD\", \"id\": \"d1\", \"object\": \"UserProfile\", \"nested\": [1]}";

        UserProfile profile = Json.mapper().readValue(discord, UserProfile.class);
        AccountOwnerProfile own = Json.mapper().readValue(discord, AccountOwnerProfile.class);
        Post post = Json.mapper().readValue(discord, Post.class);

        JsonNode tree = Json.mapper().readTree(discord);
        assertThat(profile).isInstanceOfSatisfying(UnknownUserProfile.class, p -> assertThat(p.raw()).isEqualTo(tree));
        assertThat(profile.provider().value()).isEqualTo("DISCORD");
        assertThat(own).isInstanceOf(UnknownAccountOwnerProfile.class);
        assertThat(post).isInstanceOf(UnknownPost.class);
        assertThat(Json.mapper().writeValueAsString(profile)).isEqualTo(tree.toString());
        assertThat(Json.mapper().readValue("{\"id\": \"x\"}", UserProfile.class).provider()).isNull();
    }

    @Test
    void unknownFieldsAndValuesAreKeptAtEveryLevel() throws IOException {
        String json = RequiredFields.fill("{\"provider\": \"LINKEDIN\", \"network_distance\": \"FOURTH_DEGREE\","
                + " \"invitation\": {\"type\": \"SENT\", \"status\": \"EXPIRED\", \"expires_at\": 5},"
                + " \"skills\": [{\"name\": \"Go\", \"endorsement_count\": 3, \"endorsement_id\": null,"
                + " \"insights\": [], \"endorsed\": false, \"rank\": 1}], \"pronouns\": \"she/her\"}", PROFILE);

        LinkedInUserProfile p = (LinkedInUserProfile) Json.mapper().readValue(json, UserProfile.class);

        assertThat(p.networkDistance().value()).isEqualTo("FOURTH_DEGREE");
        assertThat(p.networkDistance().isKnown()).isFalse();
        assertThat(p.invitation().status().value()).isEqualTo("EXPIRED");
        assertThat(p.invitation().extra()).containsOnlyKeys("expires_at");
        assertThat(p.skills().get(0).extra()).containsOnlyKeys("rank");
        assertThat(p.skills().get(0).endorsementId()).isNull();
        assertThat(p.extra().get("pronouns").asText()).isEqualTo("she/her");
        assertThat(p.workExperience()).as("a section not asked for").isEmpty();
    }

    @Test
    void repliesMissingARequiredFieldFailNamingIt() throws IOException {
        RequiredFields.assertEachRequired(PROFILE, LinkedInUserProfile.class, List.of("provider", "provider_id",
                "public_identifier", "first_name", "last_name", "headline", "websites", "object"));
        RequiredFields.assertEachRequired(example("invitation-sent.json"), UserInvitationSent.class,
                List.of("object", "invitation_id"));
        String relation = Json.mapper().readTree(example("list-relations.json")).get("items").get(0).toString();
        RequiredFields.assertEachRequired(relation, UserRelation.class, List.of("member_id", "created_at",
                "public_identifier"));
    }

    @Test
    void malformedRepliesFailCleanly() {
        ParseFailures.assertFailsCleanly(() -> Json.mapper().readValue("[1, 2]", UserProfile.class),
                JsonProcessingException.class);
        ParseFailures.assertFailsCleanly(() -> Json.mapper().readValue("\"x\"", Post.class),
                JsonProcessingException.class);
        ParseFailures.assertFailsCleanly(() -> Json.mapper().readValue("7", Comment.class),
                JsonProcessingException.class);
        ParseFailures.assertFailsCleanly(() -> Json.mapper().readValue(
                "{\"provider\": \"LINKEDIN\", \"provider_id\": {\"a\": 1}}", UserProfile.class),
                JsonProcessingException.class);
    }

    private static final String PROFILE = """
            {"provider": "LINKEDIN", "provider_id": "ACoAAB1", "public_identifier": "jane-doe", "first_name": "Jane",
             "last_name": "Doe", "headline": "Engineer", "websites": [], "object": "UserProfile"}""";

    /** Numbers equal by value: the example's 0 is a long here and a double there. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static JavaType type(Class<?> c) {
        return Json.mapper().constructType(c);
    }

    /** Walks records, lists and maps: no record of the model kept a field in its {@code extra}. */
    private static void assertNothingInExtra(Object model, String where) {
        if (model instanceof Collection<?> c) {
            c.forEach(item -> assertNothingInExtra(item, where));
        } else if (model != null && model.getClass().isRecord()) {
            for (RecordComponent c : model.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(model);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                if (c.getName().equals("extra") && value instanceof Map<?, ?> extra && !(model instanceof Page<?>)) {
                    assertThat(extra).as("%s: extra of %s", where, model.getClass().getName()).isEmpty();
                } else {
                    assertNothingInExtra(value, where);
                }
            }
        }
    }

    private static String withField(String json, String name, String value) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(json);
        tree.set(name, Json.mapper().readTree(value));
        return tree.toString();
    }

    static String example(String name) {
        try (InputStream in = UsersModelTest.class.getResourceAsStream("/spec/examples/users/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
