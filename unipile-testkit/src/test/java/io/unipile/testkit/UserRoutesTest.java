package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.files.FileInput;
import io.unipile.pagination.Page;
import io.unipile.posts.LinkedInComment;
import io.unipile.posts.LinkedInPost;
import io.unipile.posts.Post;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactionType;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.users.AccountOwnerProfile;
import io.unipile.users.ConnectionDegree;
import io.unipile.users.EditProfileRequest;
import io.unipile.users.EducationUpdate;
import io.unipile.users.ExperienceUpdate;
import io.unipile.users.GetProfileRequest;
import io.unipile.users.GmailAccountOwnerProfile;
import io.unipile.users.HandleInvitationRequest;
import io.unipile.users.ImapAccountOwnerProfile;
import io.unipile.users.InstagramUserProfile;
import io.unipile.users.Invitation;
import io.unipile.users.InvitationAction;
import io.unipile.users.InviteRequest;
import io.unipile.users.LinkedInAccountOwnerProfile;
import io.unipile.users.LinkedInApi;
import io.unipile.users.LinkedInSection;
import io.unipile.users.LinkedInUserProfile;
import io.unipile.users.ListActivityRequest;
import io.unipile.users.ListFollowsRequest;
import io.unipile.users.ListInvitationsRequest;
import io.unipile.users.ListPostsRequest;
import io.unipile.users.ListRelationsRequest;
import io.unipile.users.OutlookAccountOwnerProfile;
import io.unipile.users.ProfileLocation;
import io.unipile.users.TelegramProfile;
import io.unipile.users.TwitterProfile;
import io.unipile.users.UserFollower;
import io.unipile.users.UserInvitationHandled;
import io.unipile.users.UserProfile;
import io.unipile.users.UserRelation;
import io.unipile.users.WhatsAppUserProfile;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookSource;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The users routes through the library's own client: what Unipile would do with invitations, relations, profile
 * edits and activity, state the test can seed and read back, and paging on every list.
 */
@FakeUnipile
class UserRoutesTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.000Z");

    private FakeUnipileServer server;
    private FakeUnipileState state;
    private UnipileClient client;
    private FakeAccount linkedin;
    private String me;

    @BeforeEach
    void seed(FakeUnipileServer server, UnipileClient client) {
        this.server = server;
        this.state = server.state();
        this.client = client;
        linkedin = state.addAccount(FakeAccount.builder(AccountType.LINKEDIN).name("Alice Martin")
                .providerId("ACoAAalice").connectionParams(new FakeConnectionParams.Linkedin("ACoAAalice",
                        "alice-martin", "Alice Martin", null, null, List.of("premium", "recruiter"), List.of(),
                        null)).build());
        me = linkedin.id();
    }

    // ---- invitations ----

    @Test
    void anInvitationSentShowsInTheSentListAndDisappearsWhenCancelled() {
        String id = client.users().invite(InviteRequest.builder(me, "ACoAAbob").message("Hi Bob").build())
                .invitationId();

        List<Invitation> sent = client.users().listSentInvitations(me).items();
        assertThat(sent).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.object()).isEqualTo("InvitationSent");
            assertThat(i.invitedUserId()).isEqualTo("ACoAAbob");
            assertThat(i.invitationText()).isEqualTo("Hi Bob");
            assertThat(i.inviter().inviterId()).isEqualTo("ACoAAalice");
            assertThat(i.parsedInstant()).isPresent();
        });
        assertThat(state.sentInvitations(me)).extracting(FakeInvitation::origin).containsExactly(Origin.API);
        LinkedInUserProfile bob = (LinkedInUserProfile) client.users().get("ACoAAbob", me);
        assertThat(bob.invitation().type()).isEqualTo(LinkedInUserProfile.InvitationType.SENT);
        assertThat(bob.invitation().status()).isEqualTo(LinkedInUserProfile.InvitationStatus.PENDING);
        UnprocessableEntityException again = catchThrowableOfType(UnprocessableEntityException.class,
                () -> client.users().invite(InviteRequest.of(me, "ACoAAbob")));
        assertThat(again.type()).hasValue("errors/cannot_resend_yet");

        assertThat(client.users().cancelInvitation(id, me).object()).isEqualTo("InvitationCanceled");

        assertThat(client.users().listSentInvitations(me).items()).isEmpty();
        assertThat(state.sentInvitations(me)).isEmpty();
        assertThat(((LinkedInUserProfile) client.users().get("ACoAAbob", me)).invitation()).isNull();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().cancelInvitation(id, me)))
                .isNotNull();
        assertThat(server.journal().requests(UserRoutes.CANCEL_INVITATION)).extracting(RecordedRequest::applied)
                .containsExactly(true, false);
    }

    @Test
    void anAcceptedInvitationMakesARelationAndTellsUsersWebhooks() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            state.addWebhook(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.USERS).build());
            FakeInvitation sent = state.addSentInvitation(me, "ACoAAbob", null);

            FakeRelation relation = server.simulateInvitationAccepted(sent.id());

            assertThat(relation.providerId()).isEqualTo("ACoAAbob");
            assertThat(client.users().listSentInvitations(me).items()).isEmpty();
            assertThat(client.users().listRelations(me).items()).extracting(UserRelation::memberId)
                    .containsExactly("ACoAAbob");
            LinkedInUserProfile bob = (LinkedInUserProfile) client.users().get("ACoAAbob", me);
            assertThat(bob.networkDistance()).isEqualTo(ConnectionDegree.FIRST_DEGREE);
            assertThat(bob.isRelationship()).isTrue();
            JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(receiver.await(1, Duration.ofSeconds(5)).get(0).body());
            assertThat(payload.get("event").asText()).isEqualTo("new_relation");
            assertThat(payload.get("account_id").asText()).isEqualTo(me);
            assertThat(payload.get("user_provider_id").asText()).isEqualTo("ACoAAbob");
            assertThat(payload.get("user_full_name").asText()).isEqualTo(bob.firstName() + " " + bob.lastName());
        }
    }

    @Test
    void aReceivedInvitationIsAcceptedOrDeclinedWithItsSecret() {
        FakeInvitation fromBob = server.simulateInvitationReceived(me, "ACoAAbob", "Hello Alice");
        server.simulateInvitationReceived(me, "ACoAAcarol", null);
        FakeInvitation fromDan = state.addReceivedInvitation(me, "ACoAAdan", null);

        List<Invitation> received = client.users().listAllReceivedInvitations(me).stream()
                .collect(Collectors.toList());
        assertThat(received).extracting(Invitation::object).containsOnly("InvitationReceived");
        assertThat(received).extracting(i -> i.inviter().inviterId())
                .containsExactly("ACoAAdan", "ACoAAcarol", "ACoAAbob");
        Invitation bob = received.get(2);
        assertThat(bob.sharedSecret()).isEqualTo(fromBob.sharedSecret());
        assertThat(bob.invitationText()).isEqualTo("Hello Alice");
        assertThat(((LinkedInUserProfile) client.users().get("ACoAAbob", me)).invitation().type())
                .isEqualTo(LinkedInUserProfile.InvitationType.RECEIVED);

        BadRequestException wrongSecret = catchThrowableOfType(BadRequestException.class,
                () -> client.users().handleInvitation(bob.id(), HandleInvitationRequest.builder().accountId(me)
                        .sharedSecret("forged").action(InvitationAction.ACCEPT).build()));
        assertThat(wrongSecret.detail()).hasValueSatisfying(d -> assertThat(d).contains("shared_secret"));

        UserInvitationHandled accepted = client.users().acceptInvitation(bob, me);
        UserInvitationHandled declined = client.users().declineInvitation(received.get(1), me);
        server.simulateInvitationWithdrawn(fromDan.id());

        assertThat(accepted.status()).isEqualTo(UserInvitationHandled.Status.ACCEPTED);
        assertThat(declined.status()).isEqualTo(UserInvitationHandled.Status.DECLINED);
        assertThat(client.users().listReceivedInvitations(me).items()).isEmpty();
        assertThat(state.relations(me)).extracting(FakeRelation::providerId).containsExactly("ACoAAbob");
        assertThat(client.users().listRelations(me).items()).extracting(UserRelation::memberId)
                .containsExactly("ACoAAbob");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().acceptInvitation(bob, me)))
                .isNotNull();
    }

    @Test
    void invitingIsRefusedWhereLinkedinWouldRefuseIt() {
        state.addRelation(me, "ACoAAbob");
        state.addReceivedInvitation(me, "ACoAAcarol", null);
        state.markUnknownUser("ACoAAgone");
        FakeAccount whatsapp = state.addAccount(AccountType.WHATSAPP);

        assertThat(refused(() -> client.users().invite(InviteRequest.of(me, "ACoAAbob")))).isEqualTo(
                "errors/action_already_performed");
        assertThat(refused(() -> client.users().invite(InviteRequest.of(me, "ACoAAcarol")))).isEqualTo(
                "errors/action_already_performed");
        assertThat(refused(() -> client.users().invite(InviteRequest.of(me, "ACoAAalice")))).isEqualTo(
                "errors/invalid_recipient");
        assertThat(refused(() -> client.users().invite(InviteRequest.of(whatsapp.id(), "ACoAAbob")))).isEqualTo(
                "errors/invalid_account");
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> client.users().invite(InviteRequest.of(me, "ACoAAgone")))).isNotNull();
        assertThat(state.sentInvitations(me)).isEmpty();
        assertThat(server.journal().requests(UserRoutes.INVITE)).extracting(RecordedRequest::applied)
                .containsOnly(false);
    }

    private static String refused(Runnable call) {
        return catchThrowableOfType(UnprocessableEntityException.class, call::run).type().orElseThrow();
    }

    // ---- profiles ----

    @Test
    void anUnknownMemberExistsUnlessTheTestSaysOtherwise() {
        LinkedInUserProfile byId = (LinkedInUserProfile) client.users().get("ACoAAnew1", me);
        LinkedInUserProfile byPublicId = (LinkedInUserProfile) client.users().get("jane-doe", me);

        assertThat(client.users().get("ACoAAnew1", me)).isEqualTo(byId);
        assertThat(byPublicId.firstName()).isEqualTo("Jane");
        assertThat(byPublicId.lastName()).isEqualTo("Doe");
        assertThat(client.users().get(byPublicId.providerId(), me)).isEqualTo(byPublicId);
        assertThat(byId.networkDistance()).isEqualTo(ConnectionDegree.SECOND_DEGREE);
        assertThat(state.userProfile("jane-doe")).hasValueSatisfying(p ->
                assertThat(p.providerId()).isEqualTo(byPublicId.providerId()));

        state.markUnknownUser("ACoAAgone");
        state.markUnknownUser("left-linkedin");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().get("ACoAAgone", me)))
                .isNotNull();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().get("left-linkedin", me)))
                .isNotNull();
    }

    @Test
    void sectionsComeOnlyWhenAskedForAndTheSeededProfileIsServedWhole() {
        state.addUserProfile(FakeUserProfile.builder("ACoAAbob").publicIdentifier("bob-durand").name("Bob", "Durand")
                .headline("Backend engineer").summary("I build APIs.").location("Lyon, France")
                .websites("https://bob.example").profilePictureUrl("https://media.example/bob.jpg").counts(120, 340)
                .positions(new FakeUserProfile.Position("p1", "Backend engineer", "Globex", "Lyon", "APIs",
                        YearMonth.of(2021, 3), null, List.of("Java")))
                .schools(new FakeUserProfile.School("s1", "INSA", "MSc", "CS", YearMonth.of(2014, 9),
                        YearMonth.of(2016, 6)))
                .skills("Java", "Kafka").languages("French").build());

        LinkedInUserProfile plain = (LinkedInUserProfile) client.users().get("bob-durand", me);
        LinkedInUserProfile full = (LinkedInUserProfile) client.users().get("ACoAAbob", GetProfileRequest
                .builder(me).linkedinSections(LinkedInSection.ALL).linkedinApi(LinkedInApi.RECRUITER).build());
        LinkedInUserProfile some = (LinkedInUserProfile) client.users().getAsync("ACoAAbob", GetProfileRequest
                .builder(me).linkedinSections(LinkedInSection.SKILLS, LinkedInSection.ABOUT).build()).join();

        assertThat(plain.summary()).isNull();
        assertThat(plain.workExperience()).isEmpty();
        assertThat(plain.headline()).isEqualTo("Backend engineer");
        assertThat(plain.location()).isEqualTo("Lyon, France");
        assertThat(plain.websites()).containsExactly("https://bob.example");
        assertThat(plain.followerCount()).isEqualTo(120);
        assertThat(plain.publicProfileUrl()).isEqualTo("https://www.linkedin.com/in/bob-durand");
        assertThat(full.summary()).isEqualTo("I build APIs.");
        assertThat(full.workExperience()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo("Backend engineer");
            assertThat(w.start()).isEqualTo("3/2021");
            assertThat(w.current()).isTrue();
        });
        assertThat(full.education()).extracting(LinkedInUserProfile.Education::school).containsExactly("INSA");
        assertThat(full.languages()).extracting(LinkedInUserProfile.Language::name).containsExactly("French");
        assertThat(full.recommendations().received()).isEmpty();
        assertThat(some.skills()).extracting(LinkedInUserProfile.Skill::name).containsExactly("Java", "Kafka");
        assertThat(some.summary()).isEqualTo("I build APIs.");
        assertThat(some.education()).isEmpty();
        PermissionDeniedException notSubscribed = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.users().get("ACoAAbob", GetProfileRequest.builder(me)
                        .linkedinApi(LinkedInApi.SALES_NAVIGATOR).build()));
        assertThat(notSubscribed.type()).hasValue("errors/feature_not_subscribed");
    }

    @Test
    void profilesTakeTheShapeOfTheAccountsProvider() {
        FakeAccount whatsapp = state.addAccount(AccountType.WHATSAPP);
        FakeAccount instagram = state.addAccount(AccountType.INSTAGRAM);
        FakeAccount telegram = state.addAccount(AccountType.TELEGRAM);
        FakeAccount twitter = state.addAccount(AccountType.TWITTER);
        FakeAccount mail = state.addAccount(AccountType.MAIL);
        state.addFollowing(instagram.id(), "jane.doe");

        assertThat(client.users().get("33612345678@s.whatsapp.net", whatsapp.id()))
                .isInstanceOfSatisfying(WhatsAppUserProfile.class,
                        p -> assertThat(p.id()).isEqualTo("33612345678@s.whatsapp.net"));
        assertThat(client.users().get("jane.doe", instagram.id())).isInstanceOfSatisfying(
                InstagramUserProfile.class, p -> assertThat(p.relationshipStatus().following()).isTrue());
        assertThat(client.users().get("jdoe", telegram.id())).isInstanceOf(TelegramProfile.class);
        assertThat(client.users().get("jdoe", twitter.id())).isInstanceOfSatisfying(TwitterProfile.class,
                p -> assertThat(p.object()).isEqualTo("UserProfile"));
        assertThat(catchThrowableOfType(ServerException.class, () -> client.users().get("x", mail.id()))
                .statusCode()).isEqualTo(501);
    }

    @Test
    void ownProfilesOfEveryProviderTheDocumentTypes() {
        List<AccountOwnerProfile> profiles = List.of(client.users().me(me),
                client.users().me(state.addAccount(AccountType.TELEGRAM).id()),
                client.users().meAsync(state.addAccount(AccountType.TWITTER).id()).join(),
                client.users().me(state.addAccount(AccountType.GOOGLE_OAUTH).id()),
                client.users().me(state.addAccount(AccountType.OUTLOOK).id()),
                client.users().me(state.addAccount(AccountType.MAIL).id()));

        assertThat(profiles).extracting(p -> (Object) p.getClass()).containsExactly(
                LinkedInAccountOwnerProfile.class, TelegramProfile.class, TwitterProfile.class,
                GmailAccountOwnerProfile.class, OutlookAccountOwnerProfile.class, ImapAccountOwnerProfile.class);
        LinkedInAccountOwnerProfile alice = (LinkedInAccountOwnerProfile) profiles.get(0);
        assertThat(alice.providerId()).isEqualTo("ACoAAalice");
        assertThat(alice.publicIdentifier()).isEqualTo("alice-martin");
        assertThat(alice.premium()).isTrue();
        assertThat(alice.recruiter()).isNotNull();
        assertThat(alice.salesNavigator()).isNull();
        assertThat(((TelegramProfile) profiles.get(1)).self()).isTrue();
        assertThat(catchThrowableOfType(ServerException.class,
                () -> client.users().me(state.addAccount(AccountType.WHATSAPP).id())).statusCode()).isEqualTo(501);
    }

    @Test
    void profileEditsShowOnTheNextRead() {
        client.users().editMe(EditProfileRequest.builder(me).headline("VP Engineering").summary("Building teams.")
                .location(ProfileLocation.of("105015875"))
                .picture(FileInput.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "me.png"))
                .experience(ExperienceUpdate.add("VP Engineering", "Acme").start(YearMonth.of(2024, 1))
                        .skills(List.of("Leadership")).build())
                .education(EducationUpdate.add("MIT").degree("MBA").start(YearMonth.of(2010, 9)).build())
                .skills(List.of("Hiring", "Go")).build());

        LinkedInAccountOwnerProfile own = (LinkedInAccountOwnerProfile) client.users().me(me);
        assertThat(own.headline()).isEqualTo("VP Engineering");
        assertThat(own.location()).isEqualTo("France");
        assertThat(own.profilePictureUrl()).startsWith("https://").endsWith(".jpg");
        LinkedInUserProfile self = (LinkedInUserProfile) client.users().get("alice-martin", GetProfileRequest
                .builder(me).linkedinSections(LinkedInSection.ALL).build());
        assertThat(self.isSelf()).isTrue();
        assertThat(self.summary()).isEqualTo("Building teams.");
        assertThat(self.workExperience()).extracting(LinkedInUserProfile.WorkExperience::position)
                .containsExactly("VP Engineering");
        assertThat(self.education()).extracting(LinkedInUserProfile.Education::degree).containsExactly("MBA");
        assertThat(self.skills()).extracting(LinkedInUserProfile.Skill::name).containsExactly("Hiring", "Go");

        String positionId = state.userProfile("ACoAAalice").orElseThrow().positions().get(0).id();
        client.users().editMeAsync(EditProfileRequest.builder(me).experience(ExperienceUpdate.edit(positionId)
                .end(YearMonth.of(2025, 2)).start(YearMonth.of(2024, 1)).build()).build()).join();

        LinkedInUserProfile.WorkExperience ended = ((LinkedInUserProfile) client.users().get("ACoAAalice",
                GetProfileRequest.builder(me).linkedinSections(LinkedInSection.EXPERIENCE).build()))
                .workExperience().get(0);
        assertThat(ended.position()).isEqualTo("VP Engineering");
        assertThat(ended.end()).isEqualTo("2/2025");
        assertThat(ended.current()).isFalse();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().editMe(
                EditProfileRequest.builder(me).experience(ExperienceUpdate.edit("nope").role("x").build()).build())))
                .isNotNull();
        assertThat(catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().editMe(
                EditProfileRequest.builder(state.addAccount(AccountType.WHATSAPP).id()).headline("x").build())))
                .isNotNull();
    }

    // ---- network and paging ----

    @Test
    void pagingWorksOnEveryList() {
        for (int i = 0; i < 5; i++) {
            state.addRelation(new FakeRelation(me, "ACoAArel" + i, T0.plusSeconds(i)));
            state.addFollower(me, "ACoAAfan" + i);
            state.addFollowing(me, "ACoAAstar" + i);
            state.addSentInvitation(me, "ACoAAinv" + i, null);
            state.addReceivedInvitation(me, "ACoAAin" + i, null);
            FakePost post = state.addPost(new FakePost("710" + i, "ACoAAbob", false, "post " + i, T0.plusSeconds(i),
                    i));
            state.addComment(new FakeComment("c" + i, post.id(), "ACoAAbob", "comment " + i, T0.plusSeconds(i)));
            state.addReaction(new FakeReaction("r" + i, post.id(), null, "ACoAAbob", "LIKE", T0.plusSeconds(i)));
        }

        assertThat(client.users().listAllRelations(ListRelationsRequest.builder(me).limit(2).build()).stream()
                .map(UserRelation::memberId)).containsExactly("ACoAArel4", "ACoAArel3", "ACoAArel2", "ACoAArel1",
                "ACoAArel0");
        ListFollowsRequest mine = ListFollowsRequest.builder(me, "ACoAAalice").limit(2).build();
        assertThat(client.users().listAllFollowers(mine).stream().map(UserFollower::id)).hasSize(5)
                .allMatch(id -> id.startsWith("ACoAAfan"));
        assertThat(client.users().listAllFollowing(mine).stream().map(UserRelation::memberId)).hasSize(5)
                .allMatch(id -> id.startsWith("ACoAAstar"));
        assertThat(client.users().listAllSentInvitations(ListInvitationsRequest.builder(me).limit(2).build())
                .stream()).hasSize(5);
        assertThat(client.users().listAllReceivedInvitations(ListInvitationsRequest.builder(me).limit(3).build())
                .stream()).hasSize(5);
        assertThat(client.users().listAllPosts("ACoAAbob", ListPostsRequest.builder(me).limit(2).build()).stream()
                .map(p -> ((LinkedInPost) p).text())).containsExactly("post 4", "post 3", "post 2", "post 1",
                "post 0");
        assertThat(client.users().listAllComments("ACoAAbob", ListActivityRequest.builder(me).limit(2).build())
                .stream()).hasSize(5);
        assertThat(client.users().listAllReactions("ACoAAbob", ListActivityRequest.builder(me).limit(4).build())
                .stream()).hasSize(5);
        Page<UserRelation> first = client.users().listRelations(ListRelationsRequest.builder(me).limit(3).build());
        assertThat(first.items()).hasSize(3);
        assertThat(first.nextCursor()).isPresent();
        assertThat(client.users().listRelations(ListRelationsRequest.builder(me).filter("ACoAArel").build())
                .items()).as("the filter reads names, not ids").isEmpty();
        assertThat(client.users().listFollowers(ListFollowsRequest.of(me, "someone-else")).items())
                .as("nobody else's followers are known").isEmpty();
    }

    @Test
    void relationsAreFilteredByName() {
        state.addUserProfile(FakeUserProfile.builder("ACoAAbob").name("Bob", "Durand").build());
        state.addUserProfile(FakeUserProfile.builder("ACoAAcarol").name("Carol", "Durand").build());
        state.addUserProfile(FakeUserProfile.builder("ACoAAdan").name("Dan", "Petit").build());
        List.of("ACoAAbob", "ACoAAcarol", "ACoAAdan").forEach(id -> state.addRelation(me, id));

        assertThat(client.users().listRelations(ListRelationsRequest.builder(me).filter("durand").build()).items())
                .extracting(UserRelation::firstName).containsExactlyInAnyOrder("Bob", "Carol");
    }

    // ---- activity ----

    @Test
    void postsCountTheirReactionsAndCommentsAndShowTheAccountsOwnReaction() {
        FakePost post = state.addPost("ACoAAbob", "Hello LinkedIn");
        FakeComment comment = state.addComment(post.id(), "ACoAAcarol", "Nice");
        state.addReaction(post.id(), "ACoAAalice", "PRAISE");
        state.addReaction(post.id(), "ACoAAcarol", "LIKE");
        state.addReaction(FakeReaction.toComment(post.id(), comment.id(), "ACoAAbob", "INTEREST"));
        state.addPost(new FakePost("1", "1337", true, "Company news", T0, 9));

        LinkedInPost listed = (LinkedInPost) client.users().listPosts("ACoAAbob", ListPostsRequest.of(me)).items()
                .get(0);
        Page<Post> company = client.users().listPosts("1337", ListPostsRequest.builder(me).isCompany(true).build());
        LinkedInComment carols = (LinkedInComment) client.users().listComments("ACoAAcarol",
                ListActivityRequest.of(me)).items().get(0);
        List<PostReaction> bobs = client.users().listReactions("ACoAAbob", ListActivityRequest.of(me)).items();

        assertThat(listed.reactionCounter()).isEqualTo(2);
        assertThat(listed.commentCounter()).isEqualTo(1);
        assertThat(listed.userReacted()).isEqualTo(ReactionType.PRAISE);
        assertThat(listed.socialId()).isEqualTo("urn:li:activity:" + post.id());
        assertThat(listed.author().id()).isEqualTo("ACoAAbob");
        assertThat(((LinkedInPost) company.items().get(0)).author().isCompany()).isTrue();
        assertThat(carols.postId()).isEqualTo(post.id());
        assertThat(carols.reactionCounter()).isEqualTo(1);
        assertThat(bobs).singleElement().satisfies(r -> {
            assertThat(r.commentId()).isEqualTo(comment.id());
            assertThat(r.value()).isEqualTo(ReactionType.INTEREST);
        });
        assertThat(client.users().listPosts("ACoAAnobody", ListPostsRequest.of(me)).items()).isEmpty();
        state.addUserProfile(FakeUserProfile.builder("ACoAAbob").publicIdentifier("bob-durand").build());
        assertThat(catchThrowableOfType(BadRequestException.class,
                () -> client.users().listPosts("bob-durand", ListPostsRequest.of(me))).detail())
                .hasValueSatisfying(d -> assertThat(d).contains("provider id"));
    }

    @Test
    void theDemoSeedAnswersEveryUsersRoute() {
        state.reset();
        DemoData.load(state);
        String demo = DemoData.LINKEDIN_ACCOUNT_ID;

        assertThat(client.users().me(demo)).isInstanceOf(LinkedInAccountOwnerProfile.class);
        assertThat(((LinkedInUserProfile) client.users().get(DemoData.BOB_PROVIDER_ID, GetProfileRequest
                .builder(demo).linkedinSections(LinkedInSection.ALL).build())).workExperience()).hasSize(2);
        assertThat(client.users().listRelations(demo).items()).hasSize(3);
        ListFollowsRequest own = ListFollowsRequest.of(demo, DemoData.ALICE_PROVIDER_ID);
        assertThat(client.users().listFollowers(own).items()).hasSize(3);
        assertThat(client.users().listFollowing(own).items()).hasSize(2);
        assertThat(client.users().listSentInvitations(demo).items()).hasSize(1);
        assertThat(client.users().listReceivedInvitations(demo).items()).hasSize(2);
        for (String member : List.of(DemoData.ALICE_PROVIDER_ID, DemoData.BOB_PROVIDER_ID)) {
            assertThat(client.users().listPosts(member, ListPostsRequest.of(demo)).items()).hasSize(2);
            assertThat(client.users().listComments(member, ListActivityRequest.of(demo)).items()).hasSize(2);
            assertThat(client.users().listReactions(member, ListActivityRequest.of(demo)).items()).hasSize(3);
        }
        assertThat(client.users().listPosts(DemoData.ALICE_PROVIDER_ID, ListPostsRequest.of(demo)).items().get(0))
                .isInstanceOfSatisfying(LinkedInPost.class, p -> assertThat(p.id()).isEqualTo(DemoData.ALICE_POST_ID));
        assertThat(state.userProfiles()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void anAccountsNetworkGoesWithIt() {
        state.addRelation(me, "ACoAAbob");
        state.addSentInvitation(me, "ACoAAcarol", null);

        state.removeAccount(me);

        assertThat(state.relations(me)).isEmpty();
        assertThat(state.sentInvitations(me)).isEmpty();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.users().listRelations(me)))
                .isNotNull();
    }

    @Test
    void theRoutesRefuseWhatUnipileWouldRefuse() {
        Http http = new Http(server);
        FakeAccount whatsapp = state.addAccount(AccountType.WHATSAPP);

        assertThat(Http.json(http.get("/api/v1/users/relations")).get("type").asText())
                .isEqualTo("errors/missing_parameters");
        assertThat(http.get("/api/v1/users/followers?account_id=" + me).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/users/x?account_id=" + me + "&linkedin_sections=skills,about").statusCode())
                .as("one parameter per section").isEqualTo(400);
        assertThat(http.get("/api/v1/users/x?account_id=" + me + "&linkedin_sections=*&linkedin_sections=skills")
                .statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/users/invite/sent?limit=101&account_id=" + me).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/users/relations?limit=1001&account_id=" + me).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/users/invite/received?account_id=" + whatsapp.id()).statusCode())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/users/invite", "{\"provider_id\":\"ACoAAbob\",\"account_id\":\"" + me
                + "\",\"message\":\"" + "x".repeat(301) + "\"}").statusCode()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/users/invite", "{\"provider_id\":\"ACoAAbob\",\"account_id\":\"" + me
                + "\",\"note\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(http.send(http.request("/api/v1/users/me").DELETE().build()).headers().firstValue("Allow"))
                .hasValue("GET");
        assertThat(server.state().sentInvitations(me)).isEmpty();
    }
}
