package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.PipelineStage;
import io.unipile.testkit.linkedin.FakeApplicant;
import io.unipile.testkit.linkedin.FakeCompany;
import io.unipile.testkit.linkedin.FakeHiringProject;
import io.unipile.testkit.linkedin.FakeJobPosting;
import io.unipile.testkit.linkedin.LinkedInRoutes;
import io.unipile.testkit.linkedin.LinkedInState;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LinkedIn routes over HTTP: a job posting's life, applicants and resumes, and the account-level routes. */
class LinkedInRoutesTest {
    private static final String JOBS = "/api/v1/linkedin/jobs";

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);
    private final LinkedInState linkedin = server.state().linkedin();
    private FakeAccount recruiter;
    private FakeCompany acme;

    @BeforeEach
    void seed() {
        recruiter = linkedin.addRecruiterAccount();
        acme = linkedin.addCompany(FakeCompany.builder("Acme Robotics").id("1441").build());
        linkedin.addLocation("100000001", "Paris, France");
    }

    @AfterEach
    void close() {
        server.close();
    }

    private String draftBody(String extra) {
        return "{\"account_id\":\"" + recruiter.id() + "\",\"job_title\":{\"text\":\"Backend engineer\"},"
                + "\"company\":{\"id\":\"1441\"},\"workplace\":\"HYBRID\",\"location\":\"100000001\","
                + "\"description\":\"<p>Build things</p>\"" + extra + "}";
    }

    private static String error(HttpResponse<String> response) {
        return response.statusCode() + " " + Http.json(response).get("type").asText();
    }

    private String createDraft(String extra) {
        HttpResponse<String> created = http.postJson(JOBS, draftBody(extra));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Http.json(created).get("job_id").asText();
    }

    private HttpResponse<String> publish(String jobId, String body) {
        return http.postJson(JOBS + "/" + jobId + "/publish", body);
    }

    private String free() {
        return "{\"account_id\":\"" + recruiter.id() + "\",\"mode\":\"FREE\"}";
    }

    @Test
    void aPostingGoesFromDraftThroughACheckpointToPublishedThenClosed() {
        String jobId = createDraft(",\"employment_status\":\"FULL_TIME\",\"screening_questions\":[{\"question\":"
                + "\"Years of Java?\",\"answer_type\":\"numeric\",\"min_expectation\":3,\"must_match\":true}]");
        FakeJobPosting draft = linkedin.jobPosting(jobId).orElseThrow();
        assertThat(draft.state()).isEqualTo(JobPostingState.DRAFT);
        assertThat(draft.company()).isEqualTo("Acme Robotics");
        assertThat(draft.companyId()).isEqualTo("1441");
        assertThat(draft.location()).isEqualTo("Paris, France");
        assertThat(draft.screeningQuestions()).containsExactly(
                new FakeJobPosting.ScreeningCriterion("Years of Java?", List.of("3")));
        assertThat(Http.json(http.get(JOBS + "?category=draft&account_id=" + recruiter.id())).get("items"))
                .extracting(j -> j.get("id").asText()).containsExactly(jobId);
        linkedin.requireCheckpointOnNextPublish(recruiter.id(), JobCheckpointType.EMAIL_VERIFICATION, "4711");

        JsonNode checkpoint = Http.json(publish(jobId, free()));
        assertThat(checkpoint.get("object").asText()).isEqualTo("LinkedinJobPostingPublishCheckpoint");
        assertThat(checkpoint.get("type").asText()).isEqualTo("EMAIL_VERIFICATION");
        assertThat(linkedin.waitsAtCheckpoint(jobId)).isTrue();
        String solve = JOBS + "/" + jobId + "/checkpoint";
        assertThat(error(http.postJson(solve, "{\"account_id\":\"" + recruiter.id() + "\",\"input\":\"0000\"}")))
                .isEqualTo("401 errors/invalid_checkpoint_solution");
        assertThat(Http.json(publish(jobId, free())).get("object").asText()).as("publishing again asks again")
                .isEqualTo("LinkedinJobPostingPublishCheckpoint");
        JsonNode published = Http.json(http.postJson(solve, "{\"account_id\":\"" + recruiter.id()
                + "\",\"input\":\"4711\"}"));
        assertThat(published.get("object").asText()).isEqualTo("LinkedinJobPostingPublished");
        assertThat(published.get("job_state").asText()).isEqualTo("active");
        assertThat(linkedin.jobPosting(jobId).orElseThrow().publishedAt()).isNotNull();
        assertThat(error(http.postJson(solve, "{\"account_id\":\"" + recruiter.id() + "\",\"input\":\"4711\"}")))
                .isEqualTo("422 errors/unprocessable_entity");
        assertThat(error(publish(jobId, free()))).isEqualTo("422 errors/action_already_performed");

        String close = JOBS + "/" + jobId + "/close?account_id=" + recruiter.id();
        HttpResponse<String> closed = http.send(http.request(close).POST(java.net.http.HttpRequest.BodyPublishers
                .noBody()).build());
        assertThat(Http.json(closed).get("object").asText()).isEqualTo("LinkedinJobPostingClosed");
        FakeJobPosting after = linkedin.jobPosting(jobId).orElseThrow();
        assertThat(after.state()).isEqualTo(JobPostingState.CLOSED);
        assertThat(after.closedAt()).isNotNull();
        assertThat(error(http.send(http.request(close).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build()))).isEqualTo("422 errors/action_already_performed");
        JsonNode job = Http.json(http.get(JOBS + "/" + jobId + "?service=CLASSIC&account_id=" + recruiter.id()));
        assertThat(job.get("state").asText()).isEqualTo("closed");
        assertThat(job.get("closed_at").asLong()).isEqualTo(after.closedAt().toEpochMilli());
    }

    @Test
    void checkpointsQueuedTwiceAreAskedInTurn() {
        String jobId = createDraft("");
        linkedin.requireCheckpointOnNextPublish(recruiter.id(), JobCheckpointType.EMAIL_VERIFICATION, "a");
        linkedin.requireCheckpointOnNextPublish(recruiter.id(), JobCheckpointType.OTP, "b");
        publish(jobId, free());
        String solve = JOBS + "/" + jobId + "/checkpoint";

        JsonNode next = Http.json(http.postJson(solve, "{\"account_id\":\"" + recruiter.id() + "\",\"input\":\"a\"}"));
        assertThat(next.get("type").asText()).isEqualTo("OTP");
        assertThat(Http.json(http.postJson(solve, "{\"account_id\":\"" + recruiter.id() + "\",\"input\":\"b\"}"))
                .get("job_state").asText()).isEqualTo("active");
    }

    @Test
    void aMemberPublishesOnePostingForFreeAtATime() {
        String first = createDraft("");
        String second = createDraft("");
        assertThat(publish(first, free()).statusCode()).isEqualTo(200);

        JsonNode draft = Http.json(http.postJson(JOBS, draftBody("")));
        assertThat(draft.get("publish_options").get("free").get("eligible").asBoolean()).isFalse();
        assertThat(draft.get("publish_options").get("free").get("ineligible_reason").asText())
                .isEqualTo("ONE_FREE_JOB_POSTING_AT_A_TIME");
        HttpResponse<String> refused = publish(second, free());
        // As Unipile documents it: a 502 whose body is a 400 "not eligible to free posting".
        assertThat(error(refused)).isEqualTo("502 errors/invalid_parameters");
        assertThat(Http.json(refused).get("status").asInt()).isEqualTo(400);
        assertThat(Http.json(refused).get("detail").asText()).isEqualTo("This draft is not eligible to free posting.");
        assertThat(linkedin.jobPosting(second).orElseThrow().state()).isEqualTo(JobPostingState.DRAFT);
        HttpResponse<String> promoted = publish(second, "{\"account_id\":\"" + recruiter.id() + "\",\"mode\":"
                + "\"PROMOTED\",\"budget\":{\"daily\":{\"currency\":\"EUR\",\"amount\":15}}}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(linkedin.jobPosting(second).orElseThrow().publishMode()).isEqualTo(JobPublishMode.PROMOTED);
    }

    @Test
    void aRecruiterPostingJoinsAProjectAndIsSeenThroughTheRecruiterServiceOnly() {
        String jobId = createDraft(",\"recruiter\":{\"project\":{\"name\":\"Backend 2025\"},\"functions\":[\"eng\"],"
                + "\"industries\":[\"4\"],\"seniority\":\"ASSOCIATE\",\"apply_method\":{\"type\":\"external\","
                + "\"url\":\"https://jobs.example/1\"}}");
        FakeJobPosting job = linkedin.jobPosting(jobId).orElseThrow();
        FakeHiringProject project = linkedin.project(job.projectId()).orElseThrow();
        assertThat(job.service()).isEqualTo(JobPostingService.RECRUITER);
        assertThat(project.name()).isEqualTo("Backend 2025");

        JsonNode projects = Http.json(http.get("/api/v1/linkedin/projects?account_id=" + recruiter.id()));
        assertThat(projects.get("items")).hasSize(1);
        JsonNode posting = projects.get("items").get(0).get("job_posting");
        assertThat(posting.get("id").asText()).isEqualTo(jobId);
        assertThat(posting.has("object")).as("the spec's nested posting has no object").isFalse();
        assertThat(posting.get("apply_url").asText()).isEqualTo("https://jobs.example/1");
        assertThat(Http.json(http.get("/api/v1/linkedin/projects/" + project.id() + "?account_id=" + recruiter.id()))
                .get("name").asText()).isEqualTo("Backend 2025");
        assertThat(error(http.get(JOBS + "/" + jobId + "?service=CLASSIC&account_id=" + recruiter.id())))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(http.get(JOBS + "/" + jobId + "?service=RECRUITER&account_id=" + recruiter.id()).statusCode())
                .isEqualTo(200);
        assertThat(error(http.get(JOBS + "/" + jobId + "?account_id=" + recruiter.id())))
                .isEqualTo("400 errors/missing_parameters");
        assertThat(error(publish(jobId, free()))).as("the default service is CLASSIC")
                .isEqualTo("404 errors/resource_not_found");
        assertThat(publish(jobId, "{\"account_id\":\"" + recruiter.id() + "\",\"service\":\"RECRUITER\","
                + "\"mode\":\"FREE\"}").statusCode()).isEqualTo(200);
        assertThat(error(http.postJson(JOBS, draftBody(",\"recruiter\":{\"project\":{\"id\":\"" + project.id()
                + "\"},\"functions\":[\"eng\"],\"industries\":[\"4\"],\"seniority\":\"ASSOCIATE\","
                + "\"apply_method\":{\"type\":\"external\",\"url\":\"https://x\"}}"))))
                .as("a project has one posting").isEqualTo("422 errors/unprocessable_entity");
    }

    @Test
    void recruiterRoutesNeedARecruiterSeat() {
        FakeAccount member = linkedin.addLinkedInAccount("premium");
        FakeAccount mail = server.state().addAccount(AccountType.MAIL);

        assertThat(error(http.get("/api/v1/linkedin/projects?account_id=" + member.id())))
                .isEqualTo("403 errors/feature_not_subscribed");
        assertThat(error(http.get("/api/v1/linkedin/projects?account_id=" + mail.id())))
                .isEqualTo("422 errors/invalid_account");
        assertThat(error(http.get("/api/v1/linkedin/projects?account_id=nope")))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(error(http.get("/api/v1/linkedin/projects"))).isEqualTo("400 errors/missing_parameters");
        assertThat(error(http.get("/api/v1/linkedin/projects?account_id=" + recruiter.id() + "&sort=asc")))
                .isEqualTo("400 errors/invalid_parameters");
    }

    @Test
    void anEditChangesOnlyWhatItNamesAndNotAClosedPosting() {
        String jobId = createDraft("");
        HttpResponse<String> edited = http.patchJson(JOBS + "/" + jobId, "{\"account_id\":\"" + recruiter.id()
                + "\",\"job_title\":{\"id\":\"25201\"},\"workplace\":\"REMOTE\",\"description\":\"<p>Remote</p>\"}");
        assertThat(Http.json(edited).get("object").asText()).isEqualTo("LinkedinJobPostingEdited");
        FakeJobPosting job = linkedin.jobPosting(jobId).orElseThrow();
        assertThat(job.title()).isEqualTo("Job title 25201");
        assertThat(job.description()).isEqualTo("<p>Remote</p>");
        assertThat(job.company()).isEqualTo("Acme Robotics");

        assertThat(error(http.patchJson(JOBS + "/" + jobId, "{\"account_id\":\"" + recruiter.id() + "\",\"recruiter\":"
                + "{\"project_id\":\"p\"}}"))).isEqualTo("422 errors/unprocessable_entity");
        assertThat(error(http.patchJson(JOBS + "/" + jobId, "{\"account_id\":\"" + recruiter.id()
                + "\",\"workplace\":\"ON_MARS\"}"))).isEqualTo("400 errors/invalid_parameters");
        linkedin.addJobPosting(job.toBuilder().closed(Instant.now()).build());
        assertThat(error(http.patchJson(JOBS + "/" + jobId, "{\"account_id\":\"" + recruiter.id()
                + "\",\"description\":\"x\"}"))).isEqualTo("422 errors/unprocessable_entity");
    }

    @Test
    void draftsAreReadStrictly() {
        assertThat(error(http.postJson(JOBS, draftBody(",\"salary\":\"lots\""))))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(JOBS, "{\"account_id\":\"" + recruiter.id() + "\"}")))
                .isEqualTo("400 errors/missing_parameters");
        assertThat(error(http.postJson(JOBS, draftBody("").replace("100000001", "Paris"))))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(JOBS, draftBody("").replace("{\"id\":\"1441\"}", "{\"id\":\"9\"}"))))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(error(http.postJson(JOBS, draftBody(",\"screening_questions\":[{\"question\":\"Paris?\","
                + "\"answer_type\":\"multiple_choices\",\"choices\":[\"Yes\"],\"expected_choices\":[\"No\"]}]"))))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(JOBS, draftBody(",\"recruiter\":{\"project\":{\"name\":\"P\"},"
                + "\"functions\":[\"eng\",\"it\",\"hr\",\"ops\"],\"industries\":[\"4\"],\"seniority\":\"ASSOCIATE\","
                + "\"apply_method\":{\"type\":\"external\",\"url\":\"https://x\"}}"))))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(publish("x", "{\"account_id\":\"" + recruiter.id() + "\",\"mode\":\"FREE\",\"budget\":"
                + "{\"daily\":{\"currency\":\"EUR\",\"amount\":5}}}"))).isEqualTo("400 errors/invalid_parameters");
        assertThat(linkedin.jobPostings()).isEmpty();
    }

    @Test
    void applicantsAreListedFilteredPagedAndTheirResumesDownloaded() {
        FakeJobPosting job = linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Backend engineer")
                .company(acme).published(JobPublishMode.FREE, Instant.now()).build());
        byte[] pdf = "%PDF-1.4 bob".getBytes(StandardCharsets.US_ASCII);
        FakeApplicant bob = linkedin.addApplicant(FakeApplicant.builder(job.id(), "Bob Durand")
                .headline("Java developer").rating(ApplicantRating.GOOD_FIT).appliedAt(Instant.parse(
                        "2025-06-01T10:00:00Z")).resume(FakeApplicant.Resume.pdf("bob.pdf", pdf)).build());
        FakeApplicant ann = linkedin.addApplicant(FakeApplicant.builder(job.id(), "Ann Lee").headline("Designer")
                .rating(ApplicantRating.MAYBE).appliedAt(Instant.parse("2025-06-02T10:00:00Z")).build());
        String list = JOBS + "/" + job.id() + "/applicants?account_id=" + recruiter.id();

        JsonNode all = Http.json(http.get(list));
        assertThat(all.get("job_posting_id").asText()).isEqualTo(job.id());
        assertThat(all.get("items")).extracting(a -> a.get("name").asText()).containsExactly("Ann Lee", "Bob Durand");
        assertThat(all.get("paging").get("total_count").asInt()).isEqualTo(2);
        JsonNode first = Http.json(http.get(list + "&limit=1"));
        assertThat(first.get("paging").get("page_count").asInt()).isEqualTo(1);
        JsonNode second = Http.json(http.get(list + "&limit=1&cursor="
                + URLEncoder.encode(first.get("cursor").asText(), StandardCharsets.UTF_8)));
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(bob.id());
        assertThat(second.get("cursor").isNull()).isTrue();
        assertThat(Http.json(http.get(list + "&ratings=GOOD_FIT,NOT_A_FIT")).get("items"))
                .extracting(a -> a.get("id").asText()).containsExactly(bob.id());
        assertThat(Http.json(http.get(list + "&keywords=JAVA")).get("items")).hasSize(1);
        assertThat(error(http.get(list + "&ratings=GOOD"))).isEqualTo("400 errors/invalid_parameters");
        assertThat(Http.json(http.get(JOBS + "/" + job.id() + "?service=CLASSIC&account_id=" + recruiter.id()))
                .get("applicants_counter").asInt()).isEqualTo(2);

        assertThat(Http.json(http.get(JOBS + "/applicants/" + ann.id() + "?account_id=" + recruiter.id()))
                .get("rating").asText()).isEqualTo("MAYBE");
        HttpResponse<byte[]> resume = http.getBytes(JOBS + "/applicants/" + bob.id() + "/resume?account_id="
                + recruiter.id());
        assertThat(resume.statusCode()).isEqualTo(200);
        assertThat(resume.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(resume.body()).isEqualTo(pdf);
        assertThat(error(http.get(JOBS + "/applicants/" + ann.id() + "/resume?account_id=" + recruiter.id())))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(error(http.get(JOBS + "/applicants/" + bob.id() + "/resume?service=RECRUITER&account_id="
                + recruiter.id()))).isEqualTo("404 errors/resource_not_found");
        FakeAccount other = linkedin.addRecruiterAccount();
        assertThat(error(http.get(JOBS + "/applicants/" + bob.id() + "?account_id=" + other.id())))
                .as("another account's applicant").isEqualTo("404 errors/resource_not_found");
    }

    @Test
    void applicationsArriveOnOpenPostingsOnly() {
        FakeJobPosting draft = linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Draft").build());
        FakeJobPosting open = linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Open")
                .published(JobPublishMode.PROMOTED, Instant.now()).build());

        FakeApplicant cy = linkedin.simulateApplication(FakeApplicant.builder(open.id(), "Cy")
                .appliedAt(Instant.EPOCH).build());

        assertThat(cy.appliedAt()).isAfter(Instant.EPOCH);
        assertThat(linkedin.applicants(open.id())).containsExactly(cy);
        assertThatThrownBy(() -> linkedin.simulateApplication(FakeApplicant.builder(draft.id(), "Dee").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> linkedin.addApplicant(FakeApplicant.builder("nope", "Eve").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void companiesAreFoundByIdPublicIdentifierOrUrn() {
        for (String identifier : List.of("1441", "acme-robotics", "urn:li:fsd_company:1441",
                "urn:li:organization:1441")) {
            JsonNode company = Http.json(http.get("/api/v1/linkedin/company/" + URLEncoder.encode(identifier,
                    StandardCharsets.UTF_8) + "?account_id=" + recruiter.id()));
            assertThat(company.get("name").asText()).as(identifier).isEqualTo("Acme Robotics");
        }
        assertThat(error(http.get("/api/v1/linkedin/company/globex?account_id=" + recruiter.id())))
                .isEqualTo("404 errors/resource_not_found");
    }

    @Test
    void theInMailBalanceFollowsTheSubscriptionsUnlessSet() {
        JsonNode balance = Http.json(http.get("/api/v1/linkedin/inmail_balance?account_id=" + recruiter.id()));
        assertThat(balance.get("premium").asInt()).isEqualTo(10);
        assertThat(balance.get("sales_navigator").isNull()).isTrue();

        linkedin.setInMailBalance(recruiter.id(), 0, 3, null);

        assertThat(Http.json(http.get("/api/v1/linkedin/inmail_balance?account_id=" + recruiter.id()))
                .get("recruiter").asInt()).isEqualTo(3);
    }

    @Test
    void rawDataAnswersWhatWasSeededForTheMethodAndUrl() {
        linkedin.addRawData("POST", "https://www.linkedin.com/voyager/api/graphql", "{\"ok\": [1, 2]}");
        String body = "{\"account_id\":\"" + recruiter.id() + "\",\"request_url\":"
                + "\"https://www.linkedin.com/voyager/api/graphql\",\"method\":\"POST\",\"headers\":{\"x\":\"1\"},"
                + "\"body\":{\"q\":1},\"query_params\":{\"a\":\"b\"},\"encoding\":false}";

        assertThat(Http.json(http.postJson("/api/v1/linkedin", body)).get("data").get("ok")).hasSize(2);
        assertThat(error(http.postJson("/api/v1/linkedin", body.replace("\"POST\"", "\"GET\""))))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(error(http.postJson("/api/v1/linkedin", body.replace("https://www.linkedin.com",
                "https://evil.example")))).isEqualTo("400 errors/invalid_url");
        assertThat(error(http.postJson("/api/v1/linkedin", body.replace("\"x\":\"1\"", "\"x\":1"))))
                .isEqualTo("400 errors/invalid_parameters");
        assertThatThrownBy(() -> linkedin.addRawData("GET", "https://www.linkedin.com/x", "{"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memberActionsAndEndorsementsAreRecordedOnce() {
        FakeHiringProject project = linkedin.addProject(recruiter.id(), "Pipeline");
        String add = "{\"account_id\":\"" + recruiter.id() + "\",\"api\":\"recruiter\",\"action\":"
                + "\"addCandidateToPipeline\",\"hiring_project_id\":\"" + project.id() + "\",\"stage\":\"CONTACTED\"}";

        assertThat(Http.json(http.postJson("/api/v1/linkedin/user/AEMAAbob", add)).get("success").asBoolean())
                .isTrue();
        assertThat(linkedin.pipeline(project.id())).containsExactly(new LinkedInState.PipelineEntry(project.id(),
                "AEMAAbob", PipelineStage.CONTACTED));
        assertThat(error(http.postJson("/api/v1/linkedin/user/AEMAAbob", add)))
                .isEqualTo("422 errors/action_already_performed");
        String lead = "{\"account_id\":\"" + recruiter.id() + "\",\"api\":\"sales_navigator\",\"action\":\"saveLead\"}";
        assertThat(error(http.postJson("/api/v1/linkedin/user/ACwAAbob", lead)))
                .isEqualTo("403 errors/feature_not_subscribed");
        FakeAccount seller = linkedin.addLinkedInAccount("sales_navigator");
        assertThat(http.postJson("/api/v1/linkedin/user/ACwAAbob", lead.replace(recruiter.id(), seller.id()))
                .statusCode()).isEqualTo(200);
        assertThat(linkedin.savedLeads()).containsExactly(new LinkedInState.SavedLead(seller.id(), "ACwAAbob", null));
        assertThat(error(http.postJson("/api/v1/linkedin/user/x", add.replace("addCandidateToPipeline", "saveLead"))))
                .isEqualTo("400 errors/invalid_parameters");

        String endorse = "{\"account_id\":\"" + recruiter.id() + "\",\"profile_id\":\"ACoAAbob\","
                + "\"skill_endorsement_id\":42}";
        assertThat(Http.json(http.postJson("/api/v1/linkedin/profile/endorse", endorse)).get("endorsed").asBoolean())
                .isTrue();
        assertThat(linkedin.endorsements()).containsExactly(new LinkedInState.Endorsement(recruiter.id(),
                "ACoAAbob", 42));
        assertThat(error(http.postJson("/api/v1/linkedin/profile/endorse", endorse)))
                .isEqualTo("422 errors/action_already_performed");
        // Only the field's value: a random account id may hold "42" too.
        assertThat(error(http.postJson("/api/v1/linkedin/profile/endorse",
                endorse.replace("\"skill_endorsement_id\":42", "\"skill_endorsement_id\":\"42\""))))
                .isEqualTo("400 errors/invalid_parameters");
    }

    @Test
    void deletingTheAccountForgetsItsProjectsPostingsAndApplicants() {
        FakeHiringProject project = linkedin.addProject(recruiter.id(), "P");
        FakeJobPosting job = linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "J").recruiter(project.id())
                .build());
        linkedin.addApplicant(FakeApplicant.builder(job.id(), "A").build());

        assertThat(http.delete("/api/v1/accounts/" + recruiter.id()).statusCode()).isEqualTo(200);

        assertThat(linkedin.projects()).isEmpty();
        assertThat(linkedin.jobPostings()).isEmpty();
        assertThat(linkedin.applicants(job.id())).isEmpty();
        assertThat(linkedin.companies()).containsExactly(acme);
    }

    @Test
    void theRoutesAreDeclaredWithTheirQueryParameters() {
        assertThat(Routes.all()).contains(LinkedInRoutes.CLOSE_JOB, LinkedInRoutes.DOWNLOAD_RESUME);
        assertThat(LinkedInRoutes.CLOSE_JOB.method()).isEqualTo("POST");
        assertThat(LinkedInRoutes.CLOSE_JOB.queryParameters()).containsExactlyInAnyOrder("service", "account_id");
        server.faults().on(LinkedInRoutes.LIST_JOBS).next(1).respond(503);
        assertThat(http.get(JOBS + "?account_id=" + recruiter.id()).statusCode()).isEqualTo(503);
        assertThat(server.journal().requests(LinkedInRoutes.LIST_JOBS)).hasSize(1);
    }
}
