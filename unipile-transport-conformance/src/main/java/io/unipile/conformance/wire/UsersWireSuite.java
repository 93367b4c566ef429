package io.unipile.conformance.wire;

import io.unipile.UnipileClient;
import io.unipile.conformance.MultipartParser.Part;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.files.FileInput;
import io.unipile.pagination.Page;
import io.unipile.posts.Comment;
import io.unipile.posts.InstagramComment;
import io.unipile.posts.InstagramPost;
import io.unipile.posts.LinkedInComment;
import io.unipile.posts.LinkedInPost;
import io.unipile.posts.Post;
import io.unipile.posts.PostReaction;
import io.unipile.posts.ReactionType;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import io.unipile.users.AccountOwnerProfile;
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
import io.unipile.users.PictureFilter;
import io.unipile.users.PictureSettings;
import io.unipile.users.ProfileAttachment;
import io.unipile.users.ProfileLocation;
import io.unipile.users.SourceOfHire;
import io.unipile.users.TelegramProfile;
import io.unipile.users.TwitterProfile;
import io.unipile.users.UserFollower;
import io.unipile.users.UserInvitationHandled;
import io.unipile.users.UserInvitationSent;
import io.unipile.users.UserProfile;
import io.unipile.users.UserRelation;
import io.unipile.users.WhatsAppUserProfile;
import io.unipile.users.WorkPresence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport must put on the wire for the 14 operations of the Users group, and how it reads back each
 * reply: the spec's example of every operation (derived from its schema, as the reference pages show it) is served
 * over real loopback HTTP and parsed.
 */
public abstract class UsersWireSuite extends WireSuiteBase {
    private static final String UNAVAILABLE = "{\"title\":\"Service unavailable\",\"type\":\"errors/service_unavailable\","
            + "\"status\":503}";

    private static String example(String name) {
        return resource("users/" + name);
    }

    // ---- profiles ----

    @Test
    void getProfileSendsTheIdentifierAsOneSegmentAndEveryOption() throws Exception {
        server.enqueue(Reply.json(200, example("get-user-profile-linkedin.json")),
                Reply.json(200, example("get-user-profile-linkedin.json")),
                Reply.json(200, example("get-user-profile-linkedin.json")));

        UserProfile profile = client.users().get("jane doe/../x?y#z", GetProfileRequest.builder("acc 1")
                .linkedinApi(LinkedInApi.SALES_NAVIGATOR)
                .linkedinSections(LinkedInSection.EXPERIENCE, LinkedInSection.RECOMMENDATIONS_GIVEN)
                .notifyVisit(true).build());
        client.users().get("ACoAAB1", GetProfileRequest.builder("acc_1").linkedinSections(LinkedInSection.ALL)
                .notifyVisit(false).build());
        client.users().get("jane-doe", "acc_1");

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/jane%20doe%2F..%2Fx%3Fy%23z");
        assertThat(r.rawQuery()).isEqualTo("linkedin_sections=experience&linkedin_sections=recommendations_given"
                + "&linkedin_api=sales_navigator&notify=true&account_id=acc%201");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("linkedin_sections=%2A&notify=false&account_id=acc_1");
        Recorded plain = server.takeRequest();
        assertThat(plain.rawPath()).isEqualTo("/api/v1/users/jane-doe");
        assertThat(plain.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(profile).isInstanceOfSatisfying(LinkedInUserProfile.class, p -> {
            assertThat(p.providerId()).isEqualTo("string");
            assertThat(p.workExperience()).hasSize(1);
            assertThat(p.extra()).isEmpty();
        });
    }

    @Test
    void getProfileReadsTheShapeOfEveryProvider() throws Exception {
        for (String provider : List.of("linkedin", "whatsapp", "instagram", "telegram", "twitter")) {
            server.enqueue(Reply.json(200, example("get-user-profile-" + provider + ".json")));
        }

        List<Class<?>> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            kinds.add(client.users().getAsync("u" + i, "acc_1").get().getClass());
        }

        assertThat(kinds).containsExactly(LinkedInUserProfile.class, WhatsAppUserProfile.class,
                InstagramUserProfile.class, TelegramProfile.class, TwitterProfile.class);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/u0");
    }

    @Test
    void ownProfileSendsTheAccountAndReadsTheShapeOfEveryProvider() throws Exception {
        for (String provider : List.of("linkedin", "telegram", "twitter", "gmail", "outlook", "imap")) {
            server.enqueue(Reply.json(200, example("get-own-profile-" + provider + ".json")));
        }

        AccountOwnerProfile first = client.users().me("acc/1");
        List<Class<?>> kinds = new java.util.ArrayList<>(List.of(first.getClass()));
        for (int i = 0; i < 5; i++) {
            kinds.add(client.users().meAsync("acc_1").get().getClass());
        }

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/me");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc%2F1");
        assertCommonHeaders(r);
        assertThat(kinds).containsExactly(LinkedInAccountOwnerProfile.class, TelegramProfile.class,
                TwitterProfile.class, GmailAccountOwnerProfile.class, OutlookAccountOwnerProfile.class,
                ImapAccountOwnerProfile.class);
        assertThat(((LinkedInAccountOwnerProfile) first).salesNavigator().contractId()).isEqualTo("string");
    }

    @Test
    void editingTheOwnProfileSendsEveryFieldAsMultipartAndIsNeverRepeated() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2};
        server.enqueue(Reply.json(200, example("profile-edited.json")), Reply.json(200, example("profile-edited.json")));

        String object = client.users().editMe(EditProfileRequest.builder("acc_1")
                .headline("Staff engineer")
                .summary("About me")
                .location(ProfileLocation.of("105015875", "75001"))
                .picture(FileInput.of(jpeg, "me.jpg"))
                .pictureSettings(PictureSettings.builder().filter(PictureFilter.STUDIO).bottomLeft(1.25, 0)
                        .topRight(100, 2.5).contrast(0.5).vignette(-1.0).saturation(2.0).brightness(1e-3).build())
                .coverPicture(FileInput.of(new byte[] {9}, "cover.png"))
                .coverPictureSettings(PictureSettings.builder().filter(PictureFilter.ORIGINAL).build())
                .experience(ExperienceUpdate.add("Engineer", "Acme").notifyNetwork(false).employmentType("1")
                        .location("Paris").presence(WorkPresence.HYBRID).start(YearMonth.of(2021, 3))
                        .end(YearMonth.of(2024, 11)).description("Built things")
                        .sourceOfHire(SourceOfHire.REFERRAL).skills(List.of("Java", "Go"))
                        .attachment(ProfileAttachment.link("Site", "https://acme.example").description("d")
                                .thumbnail(FileInput.of(new byte[] {3}, "t.png")).build()).build())
                .education(EducationUpdate.edit("edu_7").degree("MSc").grade("A").fieldOfStudy("CS")
                        .activities("Chess").description("Thesis").start(YearMonth.of(2015, 9))
                        .end(YearMonth.of(2017, 6)).skills(List.of("Math")).notifyNetwork(true)
                        .attachment(ProfileAttachment.media("Thesis").file(FileInput.of(new byte[] {4}, "t.pdf"))
                                .build()).build())
                .skills(List.of("Kotlin", "SQL"))
                .skillsFollow(true)
                .build()).object();
        client.users().editMeAsync(EditProfileRequest.builder("acc_2").headline("Hi").build()).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("PATCH");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/me/edit");
        assertThat(r.rawQuery()).isNull();
        assertCommonHeaders(r);
        List<Part> parts = multipart(r);
        assertThat(names(parts)).containsExactly("type", "account_id", "location[id]", "location[postal_code]",
                "headline", "summary", "picture", "picture_settings[filter]",
                "picture_settings[layout][bottomLeft][x]", "picture_settings[layout][bottomLeft][y]",
                "picture_settings[layout][topRight][x]", "picture_settings[layout][topRight][y]",
                "picture_settings[contrast]", "picture_settings[vignette]", "picture_settings[saturation]",
                "picture_settings[brightness]", "cover_picture", "cover_picture_settings[filter]",
                "experience[notify_network]", "experience[role]", "experience[employment_type]",
                "experience[company]", "experience[location]", "experience[presence]",
                "experience[seniority][start_date][month]", "experience[seniority][start_date][year]",
                "experience[seniority][end_date][month]", "experience[seniority][end_date][year]",
                "experience[description]", "experience[source_of_hire]", "experience[skills]", "experience[skills]",
                "experience[attachment][type]", "experience[attachment][title]",
                "experience[attachment][description]", "experience[attachment][url]",
                "experience[attachment][thumbnail]", "education[id]", "education[notify_network]",
                "education[degree]", "education[grade]", "education[field_of_study]", "education[activities]",
                "education[description]", "education[start_date][month]", "education[start_date][year]",
                "education[end_date][month]", "education[end_date][year]", "education[skills]",
                "education[attachment][type]", "education[attachment][title]", "education[attachment][file]",
                "skills", "skills", "skills_follow");
        assertThat(texts(parts, "type", "account_id", "location[id]", "location[postal_code]", "headline", "summary"))
                .containsExactly("LINKEDIN", "acc_1", "105015875", "75001", "Staff engineer", "About me");
        assertThat(texts(parts, "picture_settings[filter]", "picture_settings[layout][bottomLeft][x]",
                "picture_settings[layout][bottomLeft][y]", "picture_settings[layout][topRight][x]",
                "picture_settings[layout][topRight][y]", "picture_settings[contrast]", "picture_settings[vignette]",
                "picture_settings[saturation]", "picture_settings[brightness]", "cover_picture_settings[filter]"))
                .containsExactly("STUDIO", "1.25", "0", "100", "2.5", "0.5", "-1", "2", "0.001", "ORIGINAL");
        Part picture = only(parts, "picture");
        assertThat(picture.fileName()).isEqualTo("me.jpg");
        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.content()).containsExactly(jpeg);
        assertThat(only(parts, "cover_picture").content()).containsExactly(9);
        assertThat(texts(parts, "experience[notify_network]", "experience[role]", "experience[employment_type]",
                "experience[company]", "experience[location]", "experience[presence]",
                "experience[seniority][start_date][month]", "experience[seniority][start_date][year]",
                "experience[seniority][end_date][month]", "experience[seniority][end_date][year]",
                "experience[description]", "experience[source_of_hire]", "experience[attachment][type]",
                "experience[attachment][title]", "experience[attachment][description]",
                "experience[attachment][url]"))
                .containsExactly("false", "Engineer", "1", "Acme", "Paris", "HYBRID", "3", "2021", "11", "2024",
                        "Built things", "REFERRAL", "link", "Site", "d", "https://acme.example");
        assertThat(parts.stream().filter(p -> p.name().equals("experience[skills]")).map(Part::text))
                .containsExactly("Java", "Go");
        assertThat(only(parts, "experience[attachment][thumbnail]").content()).containsExactly(3);
        assertThat(texts(parts, "education[id]", "education[notify_network]", "education[degree]",
                "education[grade]", "education[field_of_study]", "education[activities]", "education[description]",
                "education[start_date][month]", "education[start_date][year]", "education[end_date][month]",
                "education[end_date][year]", "education[skills]", "education[attachment][type]",
                "education[attachment][title]", "skills_follow"))
                .containsExactly("edu_7", "true", "MSc", "A", "CS", "Chess", "Thesis", "9", "2015", "6", "2017",
                        "Math", "media", "Thesis", "true");
        assertThat(only(parts, "education[attachment][file]").fileName()).isEqualTo("t.pdf");
        assertThat(parts.stream().filter(p -> p.name().equals("skills")).map(Part::text))
                .containsExactly("Kotlin", "SQL");
        for (Part p : parts) {
            if (p.fileName() == null) {
                assertThat(p.contentType()).as("text field %s", p.name()).isNull();
            }
        }
        assertThat(object).isEqualTo("ProfileEdited");
        assertThat(names(multipart(server.takeRequest()))).containsExactly("type", "account_id", "headline");
    }

    // ---- network ----

    @Test
    void relationsAreListedWithEveryFilterAndPaged() throws Exception {
        String relation = itemOf("list-relations.json");
        server.enqueue(Reply.json(200, example("list-relations.json")),
                Reply.json(200, page("UserRelationsList", "\"p2\"", relation, relation)),
                Reply.json(200, page("UserRelationsList", "null", relation)));

        Page<UserRelation> page = client.users().listRelations(ListRelationsRequest.builder("acc_1")
                .filter("Jane D").limit(1000).cursor("c+/=").build());
        List<UserRelation> all = client.users().listAllRelations(ListRelationsRequest.builder("acc_1").limit(2)
                .build()).stream().collect(Collectors.toList());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/relations");
        assertThat(r.rawQuery()).isEqualTo("cursor=c%2B%2F%3D&filter=Jane%20D&limit=1000&account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=2&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=p2&limit=2&account_id=acc_1");
        assertThat(page.object()).isEqualTo("UserRelationsList");
        assertThat(page.items()).singleElement().satisfies(u -> {
            assertThat(u.memberId()).isEqualTo("string");
            assertThat(u.createdAt()).isZero();
        });
        assertThat(page.cursor()).isEqualTo("string");
        assertThat(all).hasSize(3);
    }

    @Test
    void followersAndFollowingNameTheUserAndArePagedFromTheirCursor() throws Exception {
        String follower = itemOf("list-followers.json");
        server.enqueue(Reply.json(200, example("list-followers.json")), Reply.json(200, example("list-following.json")),
                Reply.json(200, page("UserFollowersList", "\"f2\"", follower)),
                Reply.json(200, page("UserFollowersList", "null", follower)),
                Reply.json(200, page("UserRelationsList", "null")));

        Page<UserFollower> followers = client.users().listFollowers(ListFollowsRequest.builder("acc_1", "ACoAA me")
                .limit(1).cursor("f1").build());
        Page<UserRelation> following = client.users().listFollowingAsync(ListFollowsRequest.of("acc_1", "jane"))
                .get();
        assertThat(client.users().listAllFollowers(ListFollowsRequest.of("acc_1", "u")).stream().count())
                .isEqualTo(2);
        assertThat(client.users().listAllFollowing(ListFollowsRequest.of("acc_1", "u")).stream().count()).isZero();

        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/followers");
        assertThat(r.rawQuery()).isEqualTo("user_id=ACoAA%20me&cursor=f1&limit=1&account_id=acc_1");
        Recorded f = server.takeRequest();
        assertThat(f.method()).isEqualTo("GET");
        assertThat(f.rawPath()).isEqualTo("/api/v1/users/following");
        assertThat(f.rawQuery()).isEqualTo("user_id=jane&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("user_id=u&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("user_id=u&cursor=f2&account_id=acc_1");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/following");
        assertThat(followers.items()).extracting(UserFollower::urn).containsExactly("string", null);
        assertThat(followers.items()).extracting(UserFollower::username).containsExactly(null, "string");
        assertThat(following.items()).extracting(UserRelation::connectionUrn).containsExactly("string");
    }

    // ---- invitations ----

    @Test
    void invitingSendsJsonWithOnlyTheFieldsSet() throws Exception {
        server.enqueue(Reply.json(200, example("invitation-sent.json")), Reply.json(200, example("invitation-sent.json")));

        UserInvitationSent sent = client.users().invite(InviteRequest.builder("acc_1", "ACoAAB1")
                .userEmail("jane@example.org").message("Hello \"Jane\" 👋").build());
        client.users().inviteAsync(InviteRequest.of("acc_2", "ACoAAB2")).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/invite");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.bodyText()).startsWith("{\"provider_id\":\"ACoAAB1\",\"account_id\":\"acc_1\","
                + "\"user_email\":\"jane@example.org\",\"message\":");
        assertThat(io.unipile.internal.Json.mapper().readTree(r.bodyText()).get("message").textValue())
                .isEqualTo("Hello \"Jane\" 👋");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().bodyText()).isEqualTo("{\"provider_id\":\"ACoAAB2\",\"account_id\":\"acc_2\"}");
        assertThat(sent.invitationId()).isEqualTo("string");
        assertThat(sent.usage()).isZero();
    }

    @Test
    void invitationsBothWaysAreListedAndPaged() throws Exception {
        String received = itemOf("list-invitations-received.json");
        server.enqueue(Reply.json(200, example("list-invitations-sent.json")),
                Reply.json(200, example("list-invitations-received.json")),
                Reply.json(200, page("InvitationList", "\"r2\"", received)),
                Reply.json(200, page("InvitationList", "null", received)),
                Reply.json(200, page("InvitationList", "null")));

        Page<Invitation> sent = client.users().listSentInvitations(ListInvitationsRequest.builder("acc_1").limit(100)
                .cursor("s1").build());
        Page<Invitation> receivedPage = client.users().listReceivedInvitationsAsync(ListInvitationsRequest.of("acc_1"))
                .get();
        assertThat(client.users().listAllReceivedInvitations("acc_1").stream().count()).isEqualTo(2);
        assertThat(client.users().listAllSentInvitations("acc_1").stream().count()).isZero();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/invite/sent");
        assertThat(r.rawQuery()).isEqualTo("cursor=s1&limit=100&account_id=acc_1");
        assertCommonHeaders(r);
        Recorded rec = server.takeRequest();
        assertThat(rec.rawPath()).isEqualTo("/api/v1/users/invite/received");
        assertThat(rec.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=r2&account_id=acc_1");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/invite/sent");
        assertThat(sent.items()).extracting(Invitation::object).containsExactly("InvitationSent");
        assertThat(receivedPage.items()).singleElement().satisfies(i -> {
            assertThat(i.object()).isEqualTo("InvitationReceived");
            assertThat(i.inviter().inviterPublicIdentifier()).isEqualTo("string");
            assertThat(i.sharedSecret()).isEqualTo("string");
        });
    }

    @Test
    void cancellingSendsADeleteWithTheAccount() throws Exception {
        server.enqueue(Reply.json(200, example("invitation-canceled.json")),
                Reply.json(200, example("invitation-canceled.json")));

        assertThat(client.users().cancelInvitation("inv/1", "acc_1").object()).isEqualTo("InvitationCanceled");
        client.users().cancelInvitationAsync("inv_2", "acc 2").get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("DELETE");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/invite/sent/inv%2F1");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc%202");
    }

    @Test
    void handlingAReceivedInvitationSendsItsSecretAsJson() throws Exception {
        String secret = "c2VjcmV0LXRva2Vu";
        server.enqueue(Reply.json(200, example("list-invitations-received.json")
                        .replace("\"shared_secret\": \"string\"", "\"shared_secret\": \"" + secret + "\"")
                        .replace("\"id\": \"string\"", "\"id\": \"inv_9\"")),
                Reply.json(200, example("invitation-handled.json")),
                Reply.json(200, "{\"object\":\"UserInvitationHandled\",\"status\":\"DECLINED\"}"),
                Reply.json(200, "{\"object\":\"UserInvitationHandled\",\"status\":\"POSTPONED\"}"));

        Invitation received = client.users().listReceivedInvitations("acc_1").items().get(0);
        UserInvitationHandled accepted = client.users().acceptInvitation(received, "acc_1");
        UserInvitationHandled declined = client.users().declineInvitation(received, "acc_1");
        UserInvitationHandled other = client.users().handleInvitationAsync("inv/x", HandleInvitationRequest.builder()
                .accountId("acc_1").sharedSecret("s").action(InvitationAction.DECLINE).build()).get();

        server.takeRequest();
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/invite/received/inv_9");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.bodyText()).isEqualTo("{\"provider\":\"LINKEDIN\",\"shared_secret\":\"" + secret
                + "\",\"account_id\":\"acc_1\",\"action\":\"accept\"}");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().bodyText()).endsWith("\"action\":\"decline\"}");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/invite/received/inv%2Fx");
        assertThat(accepted.status()).isEqualTo(UserInvitationHandled.Status.ACCEPTED);
        assertThat(declined.status()).isEqualTo(UserInvitationHandled.Status.DECLINED);
        assertThat(other.status().value()).isEqualTo("POSTPONED");
    }

    @Test
    void theWritesAreNotRepeatedAfterAServerErrorButTheReadsAre() throws Exception {
        try (UnipileClient retrying = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .transport(transportProvider()).disableCircuitBreaker().sleeper(Sleeper.NONE)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3)).requestTimeout(Duration.ofSeconds(10)).build()) {
            server.enqueue(Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE),
                    Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE),
                    Reply.json(200, example("get-user-profile-whatsapp.json")));

            ServerException invite = catchThrowableOfType(ServerException.class,
                    () -> retrying.users().invite(InviteRequest.of("acc_1", "ACoAAB1")));
            catchThrowableOfType(ServerException.class, () -> retrying.users().cancelInvitation("inv_1", "acc_1"));
            catchThrowableOfType(ServerException.class, () -> retrying.users().handleInvitation("inv_2",
                    HandleInvitationRequest.builder().accountId("acc_1").sharedSecret("s")
                            .action(InvitationAction.ACCEPT).build()));
            catchThrowableOfType(ServerException.class, () -> retrying.users().editMe(
                    EditProfileRequest.builder("acc_1").headline("h").build()));
            UserProfile profile = retrying.users().get("jane", "acc_1");

            assertThat(invite.statusCode()).isEqualTo(503);
            assertThat(server.drain()).extracting(Recorded::method, Recorded::rawPath).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/users/invite"),
                    org.assertj.core.groups.Tuple.tuple("DELETE", "/api/v1/users/invite/sent/inv_1"),
                    org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/users/invite/received/inv_2"),
                    org.assertj.core.groups.Tuple.tuple("PATCH", "/api/v1/users/me/edit"),
                    org.assertj.core.groups.Tuple.tuple("GET", "/api/v1/users/jane"),
                    org.assertj.core.groups.Tuple.tuple("GET", "/api/v1/users/jane"));
            assertThat(profile).isInstanceOf(WhatsAppUserProfile.class);
        }
    }

    @Test
    void aRefusedInvitationBecomesATypedError() {
        server.enqueue(Reply.json(422, "{\"title\":\"Cannot resend yet\",\"detail\":\"Already invited\","
                + "\"type\":\"errors/cannot_resend_yet\",\"status\":422}"));

        UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
                () -> client.users().invite(InviteRequest.of("acc_1", "ACoAAB1")));

        assertThat(e.type()).contains("errors/cannot_resend_yet");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    // ---- activity ----

    @Test
    void postsAreListedWithTheCompanyFlagAndPaged() throws Exception {
        String posts = example("list-user-posts.json");
        server.enqueue(Reply.json(200, posts), Reply.json(200, posts.replace("\"cursor\": \"string\"",
                "\"cursor\": \"p2\"")), Reply.json(200, page("PostList", "null")),
                Reply.json(200, page("PostList", "null")));

        Page<Post> page = client.users().listPosts("1337", ListPostsRequest.builder("acc_1").isCompany(true)
                .limit(100).cursor("c1").build());
        List<Post> all = client.users().listAllPosts("ACoAA B", ListPostsRequest.of("acc_1")).stream()
                .collect(Collectors.toList());
        client.users().listPostsAsync("x", ListPostsRequest.builder("acc_1").isCompany(false).build()).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/1337/posts");
        assertThat(r.rawQuery()).isEqualTo("cursor=c1&limit=100&is_company=true&account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/ACoAA%20B/posts");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=p2&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("is_company=false&account_id=acc_1");
        assertThat(page.items()).extracting(p -> (Object) p.getClass())
                .containsExactly(LinkedInPost.class, InstagramPost.class);
        assertThat(((LinkedInPost) page.items().get(0)).attachments()).hasSize(6);
        assertThat(page.extra().get("paging").get("page_count").asInt()).isZero();
        assertThat(all).hasSize(2);
    }

    @Test
    void commentsAndReactionsAreListedAndPaged() throws Exception {
        String reaction = itemOf("list-user-reactions.json");
        server.enqueue(Reply.json(200, example("list-user-comments.json")),
                Reply.json(200, example("list-user-reactions.json")),
                Reply.json(200, page("PostReactionList", "\"r2\"", reaction)),
                Reply.json(200, page("PostReactionList", "null", reaction)),
                Reply.json(200, page("CommentList", "null")));

        Page<Comment> comments = client.users().listComments("ACoAAB1", ListActivityRequest.builder("acc_1")
                .limit(5).cursor("k").build());
        Page<PostReaction> reactions = client.users().listReactionsAsync("ACoAAB1", ListActivityRequest.of("acc_1"))
                .get();
        assertThat(client.users().listAllReactions("ACoAAB1", ListActivityRequest.of("acc_1")).stream().count())
                .isEqualTo(2);
        assertThat(client.users().listAllComments("ACoAAB1", ListActivityRequest.of("acc_1")).stream().count())
                .isZero();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/users/ACoAAB1/comments");
        assertThat(r.rawQuery()).isEqualTo("cursor=k&limit=5&account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/ACoAAB1/reactions");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=r2&account_id=acc_1");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/users/ACoAAB1/comments");
        assertThat(comments.items()).extracting(c -> (Object) c.getClass())
                .containsExactly(LinkedInComment.class, InstagramComment.class);
        assertThat(reactions.items()).extracting(PostReaction::value).containsExactly(ReactionType.LIKE);
    }

    private static List<String> texts(List<Part> parts, String... names) {
        return java.util.Arrays.stream(names).map(n -> only(parts, n).text()).collect(Collectors.toList());
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
        return "{\"object\":\"" + object + "\",\"items\":[" + String.join(",", items) + "],\"cursor\":" + cursor + "}";
    }
}
