package io.unipile;

import io.unipile.errors.UnipileTransportException;
import io.unipile.http.HttpMethod;
import io.unipile.http.TransportRequest;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.ApplyMethod;
import io.unipile.linkedin.CreateJobPostingRequest;
import io.unipile.linkedin.EditJobPostingRequest;
import io.unipile.linkedin.EmploymentStatus;
import io.unipile.linkedin.EndorseSkillRequest;
import io.unipile.linkedin.JobBudget;
import io.unipile.linkedin.JobCompany;
import io.unipile.linkedin.JobPostingCategory;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobSeniority;
import io.unipile.linkedin.JobTitle;
import io.unipile.linkedin.JobWorkplace;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.linkedin.LinkedInRawRequest;
import io.unipile.linkedin.ListHiringProjectsRequest;
import io.unipile.linkedin.ListJobApplicantsRequest;
import io.unipile.linkedin.ListJobPostingsRequest;
import io.unipile.linkedin.MemberActionRequest;
import io.unipile.linkedin.PipelineStage;
import io.unipile.linkedin.PublishJobPostingRequest;
import io.unipile.linkedin.RecruiterJobChanges;
import io.unipile.linkedin.RecruiterJobOptions;
import io.unipile.linkedin.ScreeningQuestion;
import io.unipile.linkedin.SolveJobCheckpointRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the LinkedIn declarations make of a call before it reaches the transport: path, query and JSON body in the
 * spec's names, the idempotency the resilience layer is told, and input checked before anything is sent. The wire
 * itself is proven over real HTTP for both transports by the conformance module's {@code LinkedInWireSuite}.
 */
class LinkedInEndpointCallTest {
    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();
    private final LinkedInClient linkedin = client.linkedin();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    private static String body(TransportRequest r) {
        try {
            return new String(r.body().open().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsPutTheAccountAndEveryFilterInTheQuery() {
        TransportRequest company = sent(() -> linkedin.getCompanyProfile("urn:li:fsd_company:1441", "acc 1"));
        assertThat(company.method()).isEqualTo(HttpMethod.GET);
        assertThat(company.uri().getRawPath()).isEqualTo("/api/v1/linkedin/company/urn%3Ali%3Afsd_company%3A1441");
        assertThat(company.uri().getRawQuery()).isEqualTo("account_id=acc%201");
        assertThat(sent(() -> linkedin.getInMailBalance("acc")).uri().toString())
                .endsWith("/api/v1/linkedin/inmail_balance?account_id=acc");
        assertThat(sent(() -> linkedin.projects().list(ListHiringProjectsRequest.builder("acc").limit(250)
                .cursor("c+1").build())).uri().getRawQuery()).isEqualTo("limit=250&cursor=c%2B1&account_id=acc");
        assertThat(sent(() -> linkedin.projects().get("p/1", "acc")).uri().getRawPath())
                .isEqualTo("/api/v1/linkedin/projects/p%2F1");
        assertThat(sent(() -> linkedin.jobs().list(ListJobPostingsRequest.builder("acc")
                .category(JobPostingCategory.DRAFT).build())).uri().getRawQuery())
                .isEqualTo("category=draft&account_id=acc");
        TransportRequest job = sent(() -> linkedin.jobs().get("j1", "acc", JobPostingService.RECRUITER));
        assertThat(job.uri().getRawQuery()).isEqualTo("service=RECRUITER&account_id=acc");
        TransportRequest applicants = sent(() -> linkedin.jobs().listApplicants("j1", ListJobApplicantsRequest
                .builder("acc").ratings(ApplicantRating.GOOD_FIT, ApplicantRating.MAYBE).keywords("java dev")
                .service(JobPostingService.CLASSIC).limit(10).cursor("n").build()));
        assertThat(applicants.uri().getRawPath()).isEqualTo("/api/v1/linkedin/jobs/j1/applicants");
        assertThat(applicants.uri().getRawQuery()).isEqualTo("ratings=GOOD_FIT%2CMAYBE&keywords=java%20dev"
                + "&service=CLASSIC&limit=10&cursor=n&account_id=acc");
        assertThat(sent(() -> linkedin.jobs().getApplicant("a1", "acc")).uri().getRawPath())
                .isEqualTo("/api/v1/linkedin/jobs/applicants/a1");
        TransportRequest resume = sent(() -> linkedin.jobs().downloadResume("a1", "acc"));
        assertThat(resume.uri().getRawPath()).isEqualTo("/api/v1/linkedin/jobs/applicants/a1/resume");
        assertThat(resume.uri().getRawQuery()).isEqualTo("account_id=acc");
    }

    @Test
    void aDraftIsWrittenWithOnlyWhatWasSetInTheSpecsNames() {
        TransportRequest r = sent(() -> linkedin.jobs().createDraft(CreateJobPostingRequest.builder("acc")
                .jobTitle(JobTitle.ofId("9")).company(JobCompany.ofText("Acme")).workplace(JobWorkplace.REMOTE)
                .location("105015875").employmentStatus(EmploymentStatus.CONTRACT).description("<p>Hi</p>")
                .addScreeningQuestion(ScreeningQuestion.numeric("Years?").minExpectation(3).maxExpectation(7.5)
                        .mustMatch(true).build())
                .addScreeningQuestion(ScreeningQuestion.multipleChoice("Paris?", List.of("Yes", "No"),
                        List.of("Yes")).position(2).build())
                .recruiter(RecruiterJobOptions.builder().newProject("Backend 2025").functions("eng", "it")
                        .industries("4").seniority(JobSeniority.DIRECTOR).includePosterInfo(false)
                        .applyMethod(ApplyMethod.onLinkedIn("jobs@acme.example", true)).build())
                .build()));

        assertThat(r.method()).isEqualTo(HttpMethod.POST);
        assertThat(r.uri().getRawPath()).isEqualTo("/api/v1/linkedin/jobs");
        assertThat(r.header("Content-Type")).contains("application/json");
        assertThat(body(r)).isEqualTo("{\"account_id\":\"acc\",\"job_title\":{\"id\":\"9\"},"
                + "\"company\":{\"text\":\"Acme\"},\"workplace\":\"REMOTE\",\"location\":\"105015875\","
                + "\"employment_status\":\"CONTRACT\",\"description\":\"<p>Hi</p>\",\"screening_questions\":["
                + "{\"question\":\"Years?\",\"must_match\":true,\"answer_type\":\"numeric\",\"min_expectation\":3,"
                + "\"max_expectation\":7.5},"
                + "{\"question\":\"Paris?\",\"position\":2,\"answer_type\":\"multiple_choices\","
                + "\"choices\":[\"Yes\",\"No\"],\"expected_choices\":[\"Yes\"]}],"
                + "\"recruiter\":{\"project\":{\"name\":\"Backend 2025\"},\"functions\":[\"eng\",\"it\"],"
                + "\"industries\":[\"4\"],\"seniority\":\"DIRECTOR\",\"include_poster_info\":false,"
                + "\"apply_method\":{\"type\":\"linkedin\",\"notification_email\":\"jobs@acme.example\","
                + "\"resume_required\":true}}}");
        assertThat(r.idempotent()).isFalse();
    }

    @Test
    void theOtherWritesAreWrittenInTheSpecsNames() {
        assertThat(body(sent(() -> linkedin.jobs().edit("j1", EditJobPostingRequest.builder("acc")
                .description("d").recruiter(RecruiterJobChanges.builder("p1").seniority(JobSeniority.ASSOCIATE)
                        .applyMethod(ApplyMethod.external("https://jobs.example/1")).build()).build()))))
                .isEqualTo("{\"description\":\"d\",\"account_id\":\"acc\",\"recruiter\":{\"seniority\":\"ASSOCIATE\","
                        + "\"apply_method\":{\"type\":\"external\",\"url\":\"https://jobs.example/1\"},"
                        + "\"project_id\":\"p1\"}}");
        assertThat(body(sent(() -> linkedin.jobs().publish("d1", PublishJobPostingRequest.promoted("acc")
                .service(JobPostingService.RECRUITER).hiringPhotoFrame(false).budget(JobBudget.daily("EUR", 12.5))
                .build())))).isEqualTo("{\"account_id\":\"acc\",\"service\":\"RECRUITER\",\"hiring_photo_frame\":false,"
                        + "\"mode\":\"PROMOTED\",\"budget\":{\"daily\":{\"currency\":\"EUR\",\"amount\":12.5}}}");
        assertThat(body(sent(() -> linkedin.jobs().solveCheckpoint("d1", SolveJobCheckpointRequest.of("acc", "42")))))
                .isEqualTo("{\"account_id\":\"acc\",\"input\":\"42\"}");
        assertThat(body(sent(() -> linkedin.performAction("AEMAA1", MemberActionRequest
                .addCandidateToPipeline("acc", "p1").stage(PipelineStage.REPLIED).build()))))
                .isEqualTo("{\"account_id\":\"acc\",\"api\":\"recruiter\",\"action\":\"addCandidateToPipeline\","
                        + "\"hiring_project_id\":\"p1\",\"stage\":\"REPLIED\"}");
        assertThat(body(sent(() -> linkedin.endorseSkill(EndorseSkillRequest.of("acc", "ACoAAbob", 12)))))
                .isEqualTo("{\"account_id\":\"acc\",\"profile_id\":\"ACoAAbob\",\"skill_endorsement_id\":12}");
        assertThat(body(sent(() -> linkedin.rawData(LinkedInRawRequest.builder("acc",
                "https://www.linkedin.com/voyager/api/graphql").method(HttpMethod.POST).header("x-li-lang", "en_US")
                .body(Map.of("variables", Map.of("count", 10))).queryParam("queryId", "q.1").encoding(false)
                .build())))).isEqualTo("{\"account_id\":\"acc\",\"request_url\":"
                        + "\"https://www.linkedin.com/voyager/api/graphql\",\"method\":\"POST\","
                        + "\"headers\":{\"x-li-lang\":\"en_US\"},\"body\":{\"variables\":{\"count\":10}},"
                        + "\"query_params\":{\"queryId\":\"q.1\"},\"encoding\":false}");
        TransportRequest close = sent(() -> linkedin.jobs().close("j1", "acc", JobPostingService.RECRUITER));
        assertThat(close.method()).isEqualTo(HttpMethod.POST);
        assertThat(close.uri().getRawPath()).isEqualTo("/api/v1/linkedin/jobs/j1/close");
        assertThat(close.uri().getRawQuery()).isEqualTo("service=RECRUITER&account_id=acc");
        assertThat(close.body()).isNull();
    }

    @Test
    void noLinkedInWriteIsRepeatedOnceItMayHaveReachedTheServerAndEveryReadMayBe() {
        List<Runnable> writes = List.of(
                () -> linkedin.rawData(LinkedInRawRequest.builder("acc", "https://www.linkedin.com/x").build()),
                () -> linkedin.performAction("u", MemberActionRequest.saveLead("acc").build()),
                () -> linkedin.endorseSkill(EndorseSkillRequest.of("acc", "p", 1)),
                () -> linkedin.jobs().createDraft(CreateJobPostingRequest.builder("acc").jobTitle(JobTitle.ofText("t"))
                        .company(JobCompany.ofText("c")).workplace(JobWorkplace.ON_SITE).location("1")
                        .description("d").build()),
                () -> linkedin.jobs().edit("j", EditJobPostingRequest.builder("acc").description("d").build()),
                () -> linkedin.jobs().publish("j", PublishJobPostingRequest.free("acc").build()),
                () -> linkedin.jobs().solveCheckpoint("j", SolveJobCheckpointRequest.of("acc", "1")),
                () -> linkedin.jobs().close("j", "acc"));
        for (Runnable write : writes) {
            assertThat(sent(write).idempotent()).isFalse();
        }
        List<Runnable> reads = List.of(() -> linkedin.getCompanyProfile("acme", "acc"),
                () -> linkedin.getInMailBalance("acc"), () -> linkedin.projects().list("acc"),
                () -> linkedin.projects().get("p", "acc"), () -> linkedin.jobs().list("acc"),
                () -> linkedin.jobs().get("j", "acc", JobPostingService.CLASSIC),
                () -> linkedin.jobs().listApplicants("j", "acc"), () -> linkedin.jobs().getApplicant("a", "acc"),
                () -> linkedin.jobs().downloadResume("a", "acc"));
        for (Runnable read : reads) {
            assertThat(sent(read).idempotent()).isTrue();
        }
    }

    @Test
    void badInputFailsBeforeAnythingIsSentNamingTheField() {
        assertThatThrownBy(() -> linkedin.getCompanyProfile("acme", null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> linkedin.getCompanyProfile(" ", "acc")).hasMessage("identifier must not be blank");
        assertThatThrownBy(() -> linkedin.getInMailBalanceAsync("")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> linkedin.projects().get(null, "acc")).hasMessage("projectId is required");
        assertThatThrownBy(() -> linkedin.projects().listAll(ListHiringProjectsRequest.builder("acc").limit(251)
                .build())).hasMessage("limit must be between 1 and 250 but was 251");
        assertThatThrownBy(() -> linkedin.jobs().get("j1", "acc", null)).hasMessage("service is required");
        assertThatThrownBy(() -> linkedin.jobs().get("", "acc", JobPostingService.CLASSIC))
                .hasMessage("jobId must not be blank");
        assertThatThrownBy(() -> linkedin.jobs().close(" ", "acc")).hasMessage("jobId must not be blank");
        assertThatThrownBy(() -> linkedin.jobs().publish(null, PublishJobPostingRequest.free("acc").build()))
                .hasMessage("draftId is required");
        assertThatThrownBy(() -> linkedin.jobs().publish("d1", null)).hasMessage("request is required");
        assertThatThrownBy(() -> linkedin.jobs().listAllApplicants("", "acc")).hasMessage("jobId must not be blank");
        assertThatThrownBy(() -> linkedin.jobs().listApplicants("j", ListJobApplicantsRequest.builder("acc")
                .cursor(" ").build())).hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> linkedin.jobs().downloadResumeAsync("a", null, null))
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> linkedin.jobs().getApplicant(" ", "acc")).hasMessage("applicantId must not be blank");
        assertThatThrownBy(() -> linkedin.performAction("", MemberActionRequest.saveLead("acc").build()))
                .hasMessage("userId must not be blank");
        assertThat(transport.requests).isEmpty();
    }
}
