package io.unipile;

import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.http.TransportRequest;
import io.unipile.users.EditProfileRequest;
import io.unipile.users.EducationUpdate;
import io.unipile.users.ExperienceUpdate;
import io.unipile.users.GetProfileRequest;
import io.unipile.users.HandleInvitationRequest;
import io.unipile.users.InvitationAction;
import io.unipile.users.InviteRequest;
import io.unipile.users.LinkedInSection;
import io.unipile.users.ListActivityRequest;
import io.unipile.users.ListFollowsRequest;
import io.unipile.users.ListInvitationsRequest;
import io.unipile.users.ListPostsRequest;
import io.unipile.users.ListRelationsRequest;
import io.unipile.users.PictureSettings;
import io.unipile.users.ProfileAttachment;
import io.unipile.users.ProfileLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Users group before the transport: bad input fails naming the field and nothing is sent; the resilience layer
 * is told that the writes must not be repeated. The wire format is proven over real HTTP by the conformance
 * module's {@code UsersWireSuite}.
 */
class UsersCallTest {
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
    void requestsNameTheMissingFieldWhenBuilt() {
        assertThatThrownBy(() -> GetProfileRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListRelationsRequest.of(" ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> ListFollowsRequest.builder().accountId("a").build()).hasMessage("userId is required");
        assertThatThrownBy(() -> ListInvitationsRequest.of(null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListPostsRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListActivityRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> InviteRequest.builder().accountId("a").build()).hasMessage("providerId is required");
        assertThatThrownBy(() -> InviteRequest.of("", "ACo1")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> InviteRequest.builder("a", "p").userEmail(" ").build())
                .hasMessage("userEmail must not be blank");
        assertThatThrownBy(() -> HandleInvitationRequest.builder().accountId("a").action(InvitationAction.ACCEPT)
                .build()).hasMessage("sharedSecret is required");
        assertThatThrownBy(() -> HandleInvitationRequest.builder().accountId("a").sharedSecret("s").build())
                .hasMessage("action is required");
        assertThatThrownBy(() -> HandleInvitationRequest.accept("a", null)).hasMessage("invitation is required");
        assertThatThrownBy(() -> EditProfileRequest.builder().headline("h").build())
                .hasMessage("accountId is required");
    }

    @Test
    void requestsRefuseValuesTheServerWouldRefuse() {
        String note = "é".repeat(300);
        assertThat(InviteRequest.builder("a", "p").message(note).build().message()).hasSize(300);
        assertThatThrownBy(() -> InviteRequest.builder("a", "p").message(note + "!").build())
                .hasMessage("message must be at most 300 characters but was 301");
        assertThatThrownBy(() -> GetProfileRequest.builder("a")
                .linkedinSections(LinkedInSection.ALL, LinkedInSection.SKILLS).build())
                .hasMessageContaining("linkedinSections");
        assertThatThrownBy(() -> GetProfileRequest.builder("a").linkedinSections(Arrays.asList(
                LinkedInSection.SKILLS, null)).build()).hasMessage("linkedinSections[1] is required");
        assertThat(GetProfileRequest.builder("a").linkedinSections(LinkedInSection.SKILLS, LinkedInSection.SKILLS)
                .build().linkedinSections()).as("each once").containsExactly(LinkedInSection.SKILLS);
        assertThatThrownBy(() -> ProfileLocation.of("105015875", "7500")).hasMessageContaining("location.postalCode");
        assertThatThrownBy(() -> ProfileLocation.of(" ")).hasMessage("location.id must not be blank");
        assertThatThrownBy(() -> EditProfileRequest.builder("a").build()).hasMessageStartingWith("nothing to edit");
        assertThatThrownBy(() -> EditProfileRequest.builder("a").skills(List.of("Go", "")).build())
                .hasMessage("skills[1] must not be blank");
        assertThatThrownBy(() -> EditProfileRequest.builder("a").headline("h")
                .pictureSettings(PictureSettings.builder().contrast(1.0).build()).build())
                .hasMessageContaining("pictureSettings");
        assertThatThrownBy(() -> PictureSettings.builder().brightness(Double.NaN).build())
                .hasMessage("brightness must be a finite number but was NaN");
        assertThatThrownBy(() -> ExperienceUpdate.add("Engineer", null).build())
                .hasMessage("experience.company is required");
        assertThatThrownBy(() -> ExperienceUpdate.edit("e1").end(YearMonth.of(2024, 1)).build())
                .hasMessage("experience.end needs experience.start");
        assertThatThrownBy(() -> ExperienceUpdate.edit("e1").start(YearMonth.of(2024, 2)).end(YearMonth.of(2024, 1))
                .build()).hasMessage("experience.end must not be before experience.start");
        assertThatThrownBy(() -> EducationUpdate.add(" ").build()).hasMessage("education.school must not be blank");
        assertThatThrownBy(() -> ProfileAttachment.link("Site", null).build()).hasMessage("attachment.url is required");
        assertThatThrownBy(() -> ProfileAttachment.media("Deck").thumbnail(FileInput.of(new byte[1], "t.png")))
                .hasMessageContaining("attachment.thumbnail");
        assertThat(ExperienceUpdate.edit("e1").build().role()).as("an edit sends only what it sets").isNull();
    }

    @Test
    void callsCheckTheirValuesBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.users().get(" ", "acc")).hasMessage("identifier must not be blank");
        assertThatThrownBy(() -> client.users().get("jane", (GetProfileRequest) null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.users().me(null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> client.users().meAsync("")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.users().cancelInvitation("inv", null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> client.users().cancelInvitation(null, "acc")).hasMessage("invitationId is required");
        assertThatThrownBy(() -> client.users().handleInvitation("", HandleInvitationRequest.builder().accountId("a")
                .sharedSecret("s").action(InvitationAction.DECLINE).build()))
                .hasMessage("invitationId must not be blank");
        assertThatThrownBy(() -> client.users().listRelations(ListRelationsRequest.builder("a").limit(1001).build()))
                .hasMessage("limit must be between 1 and 1000 but was 1001");
        assertThatThrownBy(() -> client.users().listAllSentInvitations(ListInvitationsRequest.builder("a").limit(101)
                .build())).hasMessage("limit must be between 1 and 100 but was 101");
        assertThatThrownBy(() -> client.users().listFollowers(ListFollowsRequest.builder("a", "u").limit(0).build()))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> client.users().listRelations(ListRelationsRequest.builder("a").filter(" ").build()))
                .hasMessage("filter must not be blank");
        assertThatThrownBy(() -> client.users().listPosts("ACo1", ListPostsRequest.builder("a").cursor("").build()))
                .hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> client.users().listComments(null, ListActivityRequest.of("a")))
                .hasMessage("identifier is required");
        assertThatThrownBy(() -> client.users().invite(null)).hasMessage("request is required");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void theWritesAreNeverRepeatedByARetry() {
        assertThat(sent(() -> client.users().invite(InviteRequest.of("a", "ACo1"))).idempotent()).as("invite")
                .isFalse();
        assertThat(sent(() -> client.users().cancelInvitation("inv", "a")).idempotent()).as("DELETE cancel")
                .isFalse();
        assertThat(sent(() -> client.users().handleInvitation("inv", HandleInvitationRequest.builder().accountId("a")
                .sharedSecret("s").action(InvitationAction.ACCEPT).build())).idempotent()).as("handle").isFalse();
        assertThat(sent(() -> client.users().editMe(EditProfileRequest.builder("a").headline("h").build()))
                .idempotent()).as("edit").isFalse();
        assertThat(sent(() -> client.users().get("jane", "a")).idempotent()).as("GET profile").isTrue();
        assertThat(sent(() -> client.users().listRelations("a")).idempotent()).as("GET relations").isTrue();
    }
}
