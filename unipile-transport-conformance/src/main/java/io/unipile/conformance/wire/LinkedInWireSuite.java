package io.unipile.conformance.wire;

import io.unipile.UnipileClient;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.files.FileDownload;
import io.unipile.http.HttpMethod;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.ApplyMethod;
import io.unipile.linkedin.CompanyProfile;
import io.unipile.linkedin.CreateJobPostingRequest;
import io.unipile.linkedin.EditJobPostingRequest;
import io.unipile.linkedin.EndorseSkillRequest;
import io.unipile.linkedin.HiringProject;
import io.unipile.linkedin.InMailBalance;
import io.unipile.linkedin.JobApplicant;
import io.unipile.linkedin.JobBudget;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.linkedin.JobCompany;
import io.unipile.linkedin.JobDraftCreated;
import io.unipile.linkedin.JobPosting;
import io.unipile.linkedin.JobPostingCategory;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPublication;
import io.unipile.linkedin.JobSeniority;
import io.unipile.linkedin.JobTitle;
import io.unipile.linkedin.JobWorkplace;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.linkedin.LinkedInRawData;
import io.unipile.linkedin.LinkedInRawRequest;
import io.unipile.linkedin.ListHiringProjectsRequest;
import io.unipile.linkedin.ListJobApplicantsRequest;
import io.unipile.linkedin.ListJobPostingsRequest;
import io.unipile.linkedin.MemberActionRequest;
import io.unipile.linkedin.OrganizationType;
import io.unipile.linkedin.PipelineStage;
import io.unipile.linkedin.PublishJobPostingRequest;
import io.unipile.linkedin.RecruiterJobChanges;
import io.unipile.linkedin.RecruiterJobOptions;
import io.unipile.linkedin.ScreeningQuestion;
import io.unipile.linkedin.SolveJobCheckpointRequest;
import io.unipile.pagination.Page;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport puts on the wire for the LinkedIn Specific operations, and how it reads their replies: the
 * spec's reply of each (rendered from its schema, in {@code conformance/linkedin}), realistic ones, errors, streamed
 * resumes, and writes that are never sent twice. A transport's test extends this class.
 */
public abstract class LinkedInWireSuite extends WireSuiteBase {
    private static final String NOT_FOUND = "{\"title\":\"Not found\",\"type\":\"errors/resource_not_found\","
            + "\"status\":404}";

    private LinkedInClient linkedin() {
        return client.linkedin();
    }

    private static String example(String name) {
        return resource("linkedin/" + name);
    }

    private static void assertJsonPost(Recorded r, String method, String path, String body) {
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.rawPath()).isEqualTo(path);
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length));
        assertThat(r.bodyText()).isEqualTo(body);
        assertCommonHeaders(r);
    }

    // ---- company, balance, raw data ----

    @Test
    void aCompanyProfileIsReadByUrnWithTheAccountInTheQuery() throws Exception {
        server.enqueue(Reply.json(200, example("company-profile.json")),
                Reply.json(200, example("company-profile.json")));

        CompanyProfile c = linkedin().getCompanyProfile("urn:li:fsd_company:1441", "acc 1");
        CompanyProfile async = linkedin().getCompanyProfileAsync("acme", "acc_2").get();

        assertThat(c.object()).isEqualTo("CompanyProfile");
        assertThat(c.organizationType()).isSameAs(OrganizationType.PUBLIC_COMPANY);
        assertThat(c.viewerPermissions().canReadMessages()).isTrue();
        assertThat(c.crunchbaseFunding().rounds().lastRound().moneyRaised().currency()).isEqualTo("string");
        assertThat(async).isEqualTo(c);
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/linkedin/company/urn%3Ali%3Afsd_company%3A1441");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc%201");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_2");
    }

    @Test
    void theInMailBalanceTellsProductsTheAccountLacksAsNull() throws Exception {
        server.enqueue(Reply.json(200, example("inmail-balance.json")), Reply.json(200,
                "{\"object\":\"LinkedinInmailBalance\",\"premium\":12,\"recruiter\":null,\"sales_navigator\":null}"));

        InMailBalance spec = linkedin().getInMailBalance("acc_1");
        InMailBalance real = linkedin().getInMailBalanceAsync("acc_1").get();

        assertThat(spec.premium()).isZero();
        assertThat(real.premium()).isEqualTo(12);
        assertThat(real.recruiter()).isNull();
        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/linkedin/inmail_balance");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
    }

    @Test
    void aRawRequestGoesOutAsJsonAndItsDataComesBackAsATree() throws Exception {
        server.enqueue(Reply.json(200, example("raw-data.json")),
                Reply.json(200, "{\"object\":\"LinkedinRawData\",\"data\":{\"elements\":[{\"id\":1},{\"id\":2}]}}"));

        LinkedInRawData spec = linkedin().rawData(LinkedInRawRequest.builder("acc_1",
                "https://www.linkedin.com/voyager/api/me").build());
        LinkedInRawData data = linkedin().rawDataAsync(LinkedInRawRequest.builder("acc_1",
                "https://www.linkedin.com/voyager/api/graphql").method(HttpMethod.POST).header("csrf-token", "t")
                .body(Map.of("q", "jobs")).queryParam("count", 2).encoding(false).build()).get();

        assertThat(spec.data().isObject()).isTrue();
        assertThat(data.data().get("elements")).hasSize(2);
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin",
                "{\"account_id\":\"acc_1\",\"request_url\":\"https://www.linkedin.com/voyager/api/me\"}");
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin", "{\"account_id\":\"acc_1\",\"request_url\":"
                + "\"https://www.linkedin.com/voyager/api/graphql\",\"method\":\"POST\",\"headers\":{\"csrf-token\":"
                + "\"t\"},\"body\":{\"q\":\"jobs\"},\"query_params\":{\"count\":2},\"encoding\":false}");
    }

    // ---- member actions, endorsements ----

    @Test
    void memberActionsAndEndorsementsAreJsonPosts() throws Exception {
        server.enqueue(Reply.json(200, example("member-action.json")), Reply.json(200,
                "{\"object\":\"LinkedinPerformActionOnUser\",\"success\":false}"),
                Reply.json(200, example("endorse.json")));

        assertThat(linkedin().performAction("AEMAA/1", MemberActionRequest.addCandidateToPipeline("acc_1", "p1")
                .stage(PipelineStage.CONTACTED).build()).success()).isTrue();
        assertThat(linkedin().performActionAsync("ACwAA2", MemberActionRequest.saveLead("acc_1").listId("l9").build())
                .get().success()).isFalse();
        assertThat(linkedin().endorseSkill(EndorseSkillRequest.of("acc_1", "ACoAAbob", 1234567890123L)).endorsed())
                .isTrue();

        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/user/AEMAA%2F1", "{\"account_id\":\"acc_1\","
                + "\"api\":\"recruiter\",\"action\":\"addCandidateToPipeline\",\"hiring_project_id\":\"p1\","
                + "\"stage\":\"CONTACTED\"}");
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/user/ACwAA2", "{\"account_id\":\"acc_1\","
                + "\"api\":\"sales_navigator\",\"action\":\"saveLead\",\"list_id\":\"l9\"}");
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/profile/endorse", "{\"account_id\":\"acc_1\","
                + "\"profile_id\":\"ACoAAbob\",\"skill_endorsement_id\":1234567890123}");
    }

    // ---- hiring projects ----

    @Test
    void hiringProjectsAreListedPageByPageAndRetrieved() throws Exception {
        String project = example("get-project.json");
        server.enqueue(
                Reply.json(200, "{\"object\":\"RecruiterHiringProjectList\",\"items\":[" + project + "],"
                        + "\"cursor\":\"p2\"}"),
                Reply.json(200, example("list-projects.json")),
                Reply.json(200, project));

        List<HiringProject> all = linkedin().projects().listAll(ListHiringProjectsRequest.builder("acc_1").limit(1)
                .build()).stream().toList();
        HiringProject one = linkedin().projects().getAsync("proj 1", "acc_1").get();

        assertThat(all).hasSize(2).containsOnly(one);
        assertThat(one.createdAt()).isEqualTo(Instant.parse("2025-12-31T23:59:59.999Z"));
        assertThat(one.jobPosting().state()).isSameAs(JobPostingState.ACTIVE);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=1&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=1&cursor=p2&account_id=acc_1");
        Recorded get = server.takeRequest();
        assertThat(get.rawPath()).isEqualTo("/api/v1/linkedin/projects/proj%201");
        assertThat(get.rawQuery()).isEqualTo("account_id=acc_1");
    }

    // ---- job postings ----

    @Test
    void postingsAreListedWithTheirCategoryAndRetrievedWithTheirService() throws Exception {
        String job = example("get-job.json");
        server.enqueue(Reply.json(200, example("list-jobs.json")),
                Reply.json(200, "{\"object\":\"LinkedinJobPostingList\",\"items\":[" + job + "],\"cursor\":\"n\","
                        + "\"paging\":{\"page_count\":1,\"total_count\":2}}"),
                Reply.json(200, "{\"object\":\"LinkedinJobPostingList\",\"items\":[" + job + "],\"cursor\":null,"
                        + "\"paging\":{\"page_count\":1,\"total_count\":2}}"),
                Reply.json(200, job));

        Page<JobPosting> page = linkedin().jobs().list(ListJobPostingsRequest.builder("acc_1")
                .category(JobPostingCategory.CLOSED).limit(50).build());
        List<JobPosting> drafts = linkedin().jobs().listAll(ListJobPostingsRequest.builder("acc_1")
                .category(JobPostingCategory.DRAFT).build()).stream().toList();
        JobPosting one = linkedin().jobs().get("4012345", "acc_1", JobPostingService.RECRUITER);

        assertThat(page.items()).containsExactly(one);
        assertThat(page.extra().get("paging").get("total_count").asInt()).isZero();
        assertThat(drafts).hasSize(2);
        assertThat(one.hiringTeam().get(0).canSendFreeInmail()).isTrue();
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=50&category=closed&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("category=draft&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("category=draft&cursor=n&account_id=acc_1");
        Recorded get = server.takeRequest();
        assertThat(get.rawPath()).isEqualTo("/api/v1/linkedin/jobs/4012345");
        assertThat(get.rawQuery()).isEqualTo("service=RECRUITER&account_id=acc_1");
    }

    @Test
    void aDraftIsCreatedEditedPublishedThroughACheckpointAndClosed() throws Exception {
        server.enqueue(Reply.json(200, example("create-job.json")), Reply.json(200, example("edit-job.json")),
                Reply.json(200, example("publish-job-checkpoint.json")),
                Reply.json(200, example("solve-job-checkpoint.json")), Reply.json(200, example("close-job.json")));
        LinkedInClient li = linkedin();

        JobDraftCreated draft = li.jobs().createDraft(CreateJobPostingRequest.builder("acc_1")
                .jobTitle(JobTitle.ofText("Backend engineer")).company(JobCompany.ofId("1441"))
                .workplace(JobWorkplace.HYBRID).location("105015875").description("<p>Hello</p>")
                .addScreeningQuestion(ScreeningQuestion.multipleChoice("Paris?", List.of("Yes", "No"), List.of("Yes"))
                        .mustMatch(true).build())
                .recruiter(RecruiterJobOptions.builder().existingProject("p1").functions("eng").industries("4", "96")
                        .seniority(JobSeniority.MID_SENIOR_LEVEL)
                        .applyMethod(ApplyMethod.external("https://acme.example/jobs/1")).build())
                .build());
        li.jobs().editAsync(draft.jobId(), EditJobPostingRequest.builder("acc_1").workplace(JobWorkplace.REMOTE)
                .recruiter(RecruiterJobChanges.builder("p1").seniority(JobSeniority.DIRECTOR).build()).build()).get();
        JobPublication checkpoint = li.jobs().publish(draft.jobId(), PublishJobPostingRequest.promoted("acc_1")
                .service(JobPostingService.RECRUITER).budget(JobBudget.monthly("EUR", 450)).build());
        JobPublication published = li.jobs().solveCheckpointAsync(draft.jobId(),
                SolveJobCheckpointRequest.of("acc_1", "123456")).get();
        assertThat(li.jobs().close(draft.jobId(), "acc_1", JobPostingService.RECRUITER).jobId()).isEqualTo("string");

        assertThat(draft.publishOptions().promoted().dailyBudget().recommended()).isZero();
        assertThat(checkpoint.needsCheckpoint()).isTrue();
        assertThat(checkpoint.checkpointType()).isSameAs(JobCheckpointType.EMAIL_VERIFICATION);
        assertThat(published.isPublished()).isTrue();
        assertThat(published.jobState()).isSameAs(JobPostingState.ACTIVE);
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/jobs", "{\"account_id\":\"acc_1\","
                + "\"job_title\":{\"text\":\"Backend engineer\"},\"company\":{\"id\":\"1441\"},"
                + "\"workplace\":\"HYBRID\",\"location\":\"105015875\",\"description\":\"<p>Hello</p>\","
                + "\"screening_questions\":[{\"question\":\"Paris?\",\"must_match\":true,"
                + "\"answer_type\":\"multiple_choices\",\"choices\":[\"Yes\",\"No\"],"
                + "\"expected_choices\":[\"Yes\"]}],\"recruiter\":{\"project\":{\"id\":\"p1\"},\"functions\":[\"eng\"],"
                + "\"industries\":[\"4\",\"96\"],\"seniority\":\"MID_SENIOR_LEVEL\",\"apply_method\":{\"type\":"
                + "\"external\",\"url\":\"https://acme.example/jobs/1\"}}}");
        assertJsonPost(server.takeRequest(), "PATCH", "/api/v1/linkedin/jobs/string", "{\"workplace\":\"REMOTE\","
                + "\"account_id\":\"acc_1\",\"recruiter\":{\"seniority\":\"DIRECTOR\",\"project_id\":\"p1\"}}");
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/jobs/string/publish", "{\"account_id\":"
                + "\"acc_1\",\"service\":\"RECRUITER\",\"mode\":\"PROMOTED\",\"budget\":{\"monthly\":{\"currency\":"
                + "\"EUR\",\"amount\":450}}}");
        assertJsonPost(server.takeRequest(), "POST", "/api/v1/linkedin/jobs/string/checkpoint",
                "{\"account_id\":\"acc_1\",\"input\":\"123456\"}");
        Recorded close = server.takeRequest();
        assertThat(close.method()).isEqualTo("POST");
        assertThat(close.rawPath()).isEqualTo("/api/v1/linkedin/jobs/string/close");
        assertThat(close.rawQuery()).isEqualTo("service=RECRUITER&account_id=acc_1");
        assertThat(close.bodyLength()).isZero();
        assertCommonHeaders(close);
    }

    @Test
    void aSecondFreePostingIsRefusedWithTheBadRequestUnipileSendsAs502() {
        server.enqueue(Reply.json(502, "{\"title\":\"Invalid parameters\",\"detail\":\"This draft is not eligible to "
                + "free posting.\",\"type\":\"errors/invalid_parameters\",\"status\":400}"));

        ServerException e = catchThrowableOfType(ServerException.class,
                () -> linkedin().jobs().publish("d1", PublishJobPostingRequest.free("acc_1").build()));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorCode()).contains("invalid_parameters");
        assertThat(e.detail()).contains("This draft is not eligible to free posting.");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    // ---- applicants and resumes ----

    @Test
    void applicantsAreListedWithEveryFilterPageByPageAndRetrieved() throws Exception {
        String applicant = example("get-applicant.json");
        server.enqueue(
                Reply.json(200, "{\"object\":\"LinkedinJobApplicantList\",\"job_posting_id\":\"j1\",\"items\":["
                        + applicant + "],\"cursor\":\"c2\",\"paging\":{\"page_count\":1,\"total_count\":2}}"),
                Reply.json(200, example("list-applicants.json")),
                Reply.json(200, applicant));

        List<JobApplicant> all = linkedin().jobs().listAllApplicants("j/1", ListJobApplicantsRequest.builder("acc_1")
                .ratings(ApplicantRating.GOOD_FIT, ApplicantRating.MAYBE).keywords("java kotlin")
                .service(JobPostingService.RECRUITER).limit(1).build()).stream().toList();
        JobApplicant one = linkedin().jobs().getApplicantAsync("app 7", "acc_1").get();

        assertThat(all).hasSize(2).containsOnly(one);
        assertThat(one.rating()).isSameAs(ApplicantRating.UNRATED);
        assertThat(one.workExperience()).hasSize(1);
        Recorded first = server.takeRequest();
        assertThat(first.rawPath()).isEqualTo("/api/v1/linkedin/jobs/j%2F1/applicants");
        assertThat(first.rawQuery()).isEqualTo("ratings=GOOD_FIT%2CMAYBE&keywords=java%20kotlin&service=RECRUITER"
                + "&limit=1&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("ratings=GOOD_FIT%2CMAYBE&keywords=java%20kotlin"
                + "&service=RECRUITER&limit=1&cursor=c2&account_id=acc_1");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/linkedin/jobs/applicants/app%207");
    }

    @Test
    void aResumeStreamsToTheCallerAndToAFile(@TempDir Path dir) throws Exception {
        byte[] pdf = "%PDF-1.7 resume of Bob".getBytes(StandardCharsets.US_ASCII);
        server.enqueue(Reply.bytes(200, "application/pdf", pdf), Reply.bytes(200, "application/pdf", pdf),
                Reply.json(404, NOT_FOUND));

        try (FileDownload d = linkedin().jobs().downloadResume("app/1", "acc_1")) {
            assertThat(d.contentType()).contains("application/pdf");
            assertThat(d.contentLength()).hasValue(pdf.length);
            assertThat(d.stream().readAllBytes()).containsExactly(pdf);
        }
        Path saved = dir.resolve("bob.pdf");
        try (FileDownload d = linkedin().jobs().downloadResumeAsync("a2", "acc_1", JobPostingService.RECRUITER)
                .get()) {
            assertThat(d.saveTo(saved)).isEqualTo(pdf.length);
        }
        assertThatThrownBy(() -> linkedin().jobs().downloadResume("none", "acc_1"))
                .isInstanceOf(NotFoundException.class);

        assertThat(Files.readAllBytes(saved)).containsExactly(pdf);
        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/linkedin/jobs/applicants/app%2F1/resume");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("service=RECRUITER&account_id=acc_1");
    }

    // ---- what the library does not know, errors, retries ----

    @Test
    void unknownFieldsAndValuesAreKeptAndAMissingRequiredFieldIsNamed() {
        server.enqueue(
                Reply.json(200, "{\"object\":\"LinkedinJobPostingPublishQueued\",\"job_id\":\"j1\",\"job_state\":"
                        + "\"scheduled\",\"eta_seconds\":60}"),
                Reply.json(200, "{\"object\":\"LinkedinJobPosting\",\"id\":\"j1\",\"title\":\"t\",\"company\":\"c\","
                        + "\"location\":\"l\",\"applicants_counter\":0,\"cost\":0}"));

        JobPublication queued = linkedin().jobs().publish("j1", PublishJobPostingRequest.free("acc_1").build());
        UnipileResponseFormatException missing = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> linkedin().jobs().get("j1", "acc_1", JobPostingService.CLASSIC));

        assertThat(queued.isPublished()).isFalse();
        assertThat(queued.needsCheckpoint()).isFalse();
        assertThat(queued.jobState().isKnown()).isFalse();
        assertThat(queued.extra()).containsKey("eta_seconds");
        assertThat(missing.getMessage()).contains("GET /linkedin/jobs/j1").contains("'state'");
    }

    @Test
    void errorsAreTypedAndNeverShowTheKey() {
        server.enqueue(Reply.json(403, "{\"title\":\"Feature not subscribed\","
                + "\"type\":\"errors/feature_not_subscribed\",\"status\":403}"), Reply.json(404, NOT_FOUND));

        PermissionDeniedException denied = catchThrowableOfType(PermissionDeniedException.class,
                () -> linkedin().projects().list("acc_1"));
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
                () -> linkedin().jobs().getApplicant("a1", "acc_1"));

        assertThat(denied.errorCode()).contains("feature_not_subscribed");
        assertThat(notFound.path()).isEqualTo("/linkedin/jobs/applicants/a1");
        for (UnipileApiException e : List.of(denied, notFound)) {
            assertThat(e.getMessage()).doesNotContain(API_KEY);
            assertThat(e.toString()).doesNotContain(API_KEY);
        }
    }

    @Test
    void aFailedWriteIsNeverSentTwiceWhileAFailedReadIsRetried() throws Exception {
        String unavailable = "{\"title\":\"Unavailable\",\"type\":\"errors/service_unavailable\",\"status\":503}";
        try (UnipileClient retrying = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .transport(transportProvider()).disableCircuitBreaker().sleeper(Sleeper.NONE)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1)))
                .build()) {
            server.enqueue(Reply.json(503, unavailable));
            ServerException write = catchThrowableOfType(ServerException.class, () -> retrying.linkedin().jobs()
                    .createDraft(CreateJobPostingRequest.builder("acc_1").jobTitle(JobTitle.ofText("t"))
                            .company(JobCompany.ofText("c")).workplace(JobWorkplace.ON_SITE).location("1")
                            .description("d").build()));

            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(server.takeRequest().method()).isEqualTo("POST");
            assertThat(server.pendingRequests()).as("the draft was not sent again").isZero();

            server.enqueue(Reply.json(503, unavailable), Reply.json(200, example("company-profile.json")));
            assertThat(retrying.linkedin().getCompanyProfile("acme", "acc_1").name()).isEqualTo("string");
            assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/linkedin/company/acme");
            assertThat(server.takeRequest().rawPath()).as("the read was tried again")
                    .isEqualTo("/api/v1/linkedin/company/acme");
        }
    }

    @Test
    void invalidArgumentsFailBeforeAnyRequestNamingTheField() {
        assertThatThrownBy(() -> linkedin().getCompanyProfile("acme", " ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> linkedin().jobs().get("j1", "acc_1", null)).hasMessage("service is required");
        assertThatThrownBy(() -> linkedin().jobs().downloadResume("", "acc_1")).hasMessageContaining("applicantId");
        assertThatThrownBy(() -> linkedin().jobs().solveCheckpoint("d1", null)).hasMessage("request is required");
        assertThatThrownBy(() -> linkedin().projects().get("p1", null)).hasMessage("accountId is required");
        assertThat(server.pendingRequests()).isZero();
    }
}
