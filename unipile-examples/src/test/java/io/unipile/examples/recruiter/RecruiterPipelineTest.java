package io.unipile.examples.recruiter;

import io.unipile.UnipileClient;
import io.unipile.examples.recruiter.RecruiterPipeline.Outcome;
import io.unipile.examples.recruiter.RecruiterPipeline.Status;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeLinkedinOptions;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.linkedin.FakeApplicant;
import io.unipile.testkit.linkedin.FakeHiringProject;
import io.unipile.testkit.linkedin.FakeJobPosting;
import io.unipile.testkit.linkedin.LinkedInState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The recruiter example against the fake: a project, its posting, its applicants, and the messages that went out. */
@FakeUnipile
class RecruiterPipelineTest {
    private static final byte[] PDF = "%PDF-1.4 Ann's resume".getBytes(StandardCharsets.US_ASCII);

    FakeUnipileServer server;
    UnipileClient client;
    FakeAccount recruiter;
    FakeHiringProject project;
    FakeJobPosting job;

    @BeforeEach
    void seed() {
        LinkedInState linkedin = server.state().linkedin();
        recruiter = linkedin.addRecruiterAccount();
        linkedin.addProject(recruiter.id(), "Data team");
        project = linkedin.addProject(recruiter.id(), "Backend engineers");
        job = linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Backend engineer").company("Acme")
                .recruiter(project.id()).published(JobPublishMode.FREE, Instant.parse("2025-06-01T09:00:00Z"))
                .build());
        linkedin.addApplicant(FakeApplicant.builder(job.id(), "Ann Lee").id("1").profileId("ACoAAann")
                .rating(ApplicantRating.GOOD_FIT).appliedAt(Instant.parse("2025-06-02T09:00:00Z"))
                .resume(FakeApplicant.Resume.pdf("ann.pdf", PDF)).build());
        linkedin.addApplicant(FakeApplicant.builder(job.id(), "Bob Durand").id("2").profileId("ACoAAbob")
                .rating(ApplicantRating.GOOD_FIT).appliedAt(Instant.parse("2025-06-03T09:00:00Z")).build());
        linkedin.addApplicant(FakeApplicant.builder(job.id(), "Cy Maybe").id("3").profileId("ACoAAcy")
                .rating(ApplicantRating.MAYBE).build());
    }

    @Test
    void writesToEachGoodFitInTheProjectsInboxAndKeepsTheirResumes(@TempDir Path dir) throws Exception {
        List<Outcome> outcomes = new RecruiterPipeline(client, recruiter.id())
                .contactGoodFits("Backend engineers", dir);

        assertThat(outcomes).extracting(Outcome::name, Outcome::status)
                .containsExactly(tuple("Bob Durand", Status.MESSAGED), tuple("Ann Lee", Status.MESSAGED));
        List<FakeChat> chats = server.state().startedChats();
        assertThat(chats).extracting(FakeChat::attendeeProviderIds)
                .containsExactly(List.of("ACoAAbob"), List.of("ACoAAann"));
        assertThat(chats).allSatisfy(chat -> {
            assertThat(chat.linkedin().api()).isEqualTo(FakeLinkedinOptions.Api.RECRUITER);
            assertThat(chat.linkedin().hiringProjectId()).isEqualTo(project.id());
            assertThat(chat.linkedin().jobPostingId()).isEqualTo(job.id());
        });
        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly(
                "Hi Bob, thank you for applying to Backend engineer at Acme. Your profile is a great fit: could we"
                        + " talk this week?",
                "Hi Ann, thank you for applying to Backend engineer at Acme. Your profile is a great fit: could we"
                        + " talk this week?");
        assertThat(outcomes.get(1).chatId()).isEqualTo(chats.get(1).id());
        assertThat(outcomes.get(0).resume()).as("Bob sent no resume").isNull();
        assertThat(Files.readAllBytes(outcomes.get(1).resume())).isEqualTo(PDF);
    }

    @Test
    void aMessageThatMayHaveGoneOutIsReportedUnknownAndNotSentTwice(@TempDir Path dir) {
        server.faults().on(ChatRoutes.START_CHAT).next(1).dropConnectionAfterProcessing();

        List<Outcome> outcomes = new RecruiterPipeline(client, recruiter.id())
                .contactGoodFits("Backend engineers", dir);

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.UNKNOWN, Status.MESSAGED);
        assertThat(server.journal().requests(ChatRoutes.START_CHAT)).hasSize(2);
        assertThat(server.state().startedChats()).hasSize(2);
    }

    @Test
    void aProjectWithoutAnOpenPostingIsRefused(@TempDir Path dir) {
        RecruiterPipeline pipeline = new RecruiterPipeline(client, recruiter.id());

        assertThatThrownBy(() -> pipeline.contactGoodFits("Data team", dir)).hasMessageContaining("no open job");
        assertThatThrownBy(() -> pipeline.contactGoodFits("Sales", dir)).hasMessageContaining("No hiring project");
        assertThat(server.state().startedChats()).isEmpty();
    }
}
