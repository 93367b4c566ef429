package io.unipile.linkedin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.http.HttpMethod;
import io.unipile.internal.Json;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The LinkedIn request types check themselves when built, naming the field in the library's spelling. */
class LinkedInRequestsTest {

    private static CreateJobPostingRequest.Builder draft() {
        return CreateJobPostingRequest.builder("acc").jobTitle(JobTitle.ofText("Backend engineer"))
                .company(JobCompany.ofId("1441")).workplace(JobWorkplace.HYBRID).location("105015875")
                .description("<p>Build things</p>");
    }

    private static RecruiterJobOptions.Builder recruiter() {
        return RecruiterJobOptions.builder().existingProject("p1").functions("eng").industries("4")
                .seniority(JobSeniority.ASSOCIATE).applyMethod(ApplyMethod.external("https://jobs.example.com/1"));
    }

    @Test
    void aDraftNeedsItsSixFieldsAndWellFormedIds() {
        assertThat(draft().build().location()).isEqualTo("105015875");
        assertThatThrownBy(() -> draft().accountId(" ").build()).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> draft().jobTitle(null).build()).hasMessage("jobTitle is required");
        assertThatThrownBy(() -> draft().company(null).build()).hasMessage("company is required");
        assertThatThrownBy(() -> draft().workplace(null).build()).hasMessage("workplace is required");
        assertThatThrownBy(() -> draft().location(null).build()).hasMessage("location is required");
        assertThatThrownBy(() -> draft().location("Paris").build())
                .hasMessage("location must be digits only but was Paris");
        assertThatThrownBy(() -> draft().description("").build()).hasMessage("description must not be blank");
        assertThatThrownBy(() -> draft().addScreeningQuestion(null).build())
                .hasMessage("screeningQuestions[0] is required");
        assertThatThrownBy(() -> JobTitle.ofId("12a")).hasMessage("jobTitle.id must be digits only but was 12a");
        assertThatThrownBy(() -> JobCompany.ofText(" ")).hasMessage("company.text must not be blank");
    }

    @Test
    void recruiterOptionsNeedAProjectAndOneToThreeWellFormedIds() {
        assertThat(recruiter().build().projectId()).isEqualTo("p1");
        assertThat(recruiter().newProject("Backend 2025").build().projectId()).isNull();
        assertThatThrownBy(() -> RecruiterJobOptions.builder().functions("eng").build())
                .hasMessageContaining("recruiter.project");
        assertThatThrownBy(() -> recruiter().functions().build())
                .hasMessage("recruiter.functions needs 1 to 3 ids but has 0");
        assertThatThrownBy(() -> recruiter().functions("eng", "it", "sale", "mktg").build())
                .hasMessage("recruiter.functions needs 1 to 3 ids but has 4");
        assertThatThrownBy(() -> recruiter().functions("Eng").build())
                .hasMessage("recruiter.functions[0] must be lower-case letters only but was Eng");
        assertThatThrownBy(() -> recruiter().industries("4", "software").build())
                .hasMessage("recruiter.industries[1] must be digits only but was software");
        assertThatThrownBy(() -> recruiter().industries("4", null).build())
                .hasMessage("recruiter.industries[1] is required");
        assertThatThrownBy(() -> recruiter().seniority(null).build()).hasMessage("recruiter.seniority is required");
        assertThatThrownBy(() -> recruiter().applyMethod(null).build()).hasMessage("recruiter.applyMethod is required");
        assertThatThrownBy(() -> ApplyMethod.onLinkedIn("", true))
                .hasMessage("applyMethod.notificationEmail must not be blank");
        assertThatThrownBy(() -> RecruiterJobChanges.builder(null).build())
                .hasMessage("recruiter.projectId is required");
        assertThat(RecruiterJobChanges.builder("p1").build().functions()).as("changes may keep the functions")
                .isEmpty();
    }

    @Test
    void screeningQuestionsFitTheirKind() {
        ScreeningQuestion numeric = ScreeningQuestion.numeric("Years of Java?").minExpectation(3).maxExpectation(10)
                .mustMatch(true).position(0).build();
        assertThat(numeric.answerType().value()).isEqualTo("numeric");
        assertThat(numeric.choices()).isEmpty();
        assertThatThrownBy(() -> ScreeningQuestion.numeric("Q").minExpectation(5).maxExpectation(2).build())
                .hasMessageContaining("minExpectation must not exceed maxExpectation");
        assertThatThrownBy(() -> ScreeningQuestion.numeric("Q").minExpectation(Double.NaN))
                .hasMessageContaining("screeningQuestion.minExpectation");
        assertThatThrownBy(() -> ScreeningQuestion.multipleChoice("Q", List.of("Yes"), List.of("Yes"))
                .minExpectation(1)).hasMessageContaining("applies to numeric questions");
        assertThatThrownBy(() -> ScreeningQuestion.multipleChoice("Q", List.of(), List.of()).build())
                .hasMessage("screeningQuestion.choices needs at least one choice");
        assertThatThrownBy(() -> ScreeningQuestion.multipleChoice("Q", List.of("Yes", "No"), List.of("Maybe")).build())
                .hasMessageContaining("screeningQuestion.expectedChoices: Maybe is not one of the choices");
        assertThatThrownBy(() -> ScreeningQuestion.numeric(" ").build())
                .hasMessage("screeningQuestion.question must not be blank");
        assertThat(numeric.toBuilder().build()).isEqualTo(numeric);
    }

    @Test
    void anEditNeedsAnAccountAndSomethingToChange() {
        assertThatThrownBy(() -> EditJobPostingRequest.builder("acc").build())
                .hasMessage("an edit needs at least one change besides accountId");
        assertThatThrownBy(() -> EditJobPostingRequest.builder(null).description("d").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> EditJobPostingRequest.builder("acc").location("x1").build())
                .hasMessage("location must be digits only but was x1");
        EditJobPostingRequest edit = EditJobPostingRequest.builder("acc").workplace(JobWorkplace.REMOTE).build();
        assertThat(edit.toBuilder().build()).isEqualTo(edit);
    }

    @Test
    void publishingChecksTheModeAgainstTheBudgetAndTheService() {
        assertThat(PublishJobPostingRequest.free("acc").build().mode()).isSameAs(JobPublishMode.FREE);
        assertThatThrownBy(() -> PublishJobPostingRequest.free("acc").budget(JobBudget.daily("EUR", 10)).build())
                .hasMessageContaining("budget applies to promoted postings");
        assertThatThrownBy(() -> PublishJobPostingRequest.builder().accountId("acc").mode(JobPublishMode.PROMOTED_PLUS)
                .service(JobPostingService.RECRUITER).build()).hasMessageContaining("PROMOTED_PLUS");
        assertThatThrownBy(() -> PublishJobPostingRequest.builder().accountId("acc").build())
                .hasMessage("mode is required");
        assertThatThrownBy(() -> JobBudget.monthly("EUR", 0))
                .hasMessage("budget.amount must be a positive number but was 0.0");
        assertThatThrownBy(() -> JobBudget.daily(" ", 5)).hasMessage("budget.currency must not be blank");
        PublishJobPostingRequest promoted = PublishJobPostingRequest.promoted("acc")
                .budget(JobBudget.monthly("EUR", 300)).hiringPhotoFrame(true).build();
        assertThat(promoted.toBuilder().build()).isEqualTo(promoted).hasSameHashCodeAs(promoted);
    }

    @Test
    void aCheckpointAnswerIsRequiredAndStaysOutOfLogs() {
        SolveJobCheckpointRequest r = SolveJobCheckpointRequest.of("acc", "493021");
        assertThat(r.toString()).doesNotContain("493021");
        assertThatThrownBy(() -> SolveJobCheckpointRequest.of("acc", "")).hasMessage("input must not be blank");
    }

    @Test
    void memberActionsGoThroughTheirOwnProduct() {
        MemberActionRequest add = MemberActionRequest.addCandidateToPipeline("acc", "proj_1")
                .stage(PipelineStage.CONTACTED).build();
        assertThat(add.api()).isSameAs(LinkedInApi.RECRUITER);
        assertThat(MemberActionRequest.saveLead("acc").listId("l1").build().api())
                .isSameAs(LinkedInApi.SALES_NAVIGATOR);
        assertThatThrownBy(() -> MemberActionRequest.addCandidateToPipeline("acc", null).build())
                .hasMessage("hiringProjectId is required");
        assertThatThrownBy(() -> MemberActionRequest.saveLead("acc").stage(PipelineStage.REPLIED).build())
                .hasMessage("stage does not apply to saveLead; leave it null");
        assertThatThrownBy(() -> add.toBuilder().api(LinkedInApi.CLASSIC).build())
                .hasMessage("api must be recruiter for addCandidateToPipeline but was classic");
        assertThatThrownBy(() -> MemberActionRequest.builder().accountId("acc").api(LinkedInApi.RECRUITER).build())
                .hasMessage("action is required");
        MemberActionRequest future = MemberActionRequest.builder().accountId("acc").api(LinkedInApi.of("talent_hub"))
                .action(MemberAction.of("archiveCandidate")).build();
        assertThat(future.action().isKnown()).as("an action this library does not name still goes out").isFalse();
        assertThat(add.toBuilder().build()).isEqualTo(add);
    }

    @Test
    void anEndorsementNeedsItsThreeFields() {
        assertThat(EndorseSkillRequest.of("acc", "ACoAAbob", 7L).skillEndorsementId()).isEqualTo(7L);
        assertThatThrownBy(() -> EndorseSkillRequest.builder().accountId("acc").profileId("p").build())
                .hasMessage("skillEndorsementId is required");
        assertThatThrownBy(() -> EndorseSkillRequest.builder().accountId("acc").skillEndorsementId(1L).build())
                .hasMessage("profileId is required");
    }

    @Test
    void aRawRequestGoesToLinkedInOnlyWithObjectsForBodyAndQuery() {
        LinkedInRawRequest r = LinkedInRawRequest.builder("acc", "https://www.linkedin.com/voyager/api/me")
                .method(HttpMethod.POST).header("csrf-token", "ajax:123").body(Map.of("a", 1))
                .queryParam("q", "x").queryParam("count", 10).encoding(false).build();
        assertThat(r.queryParams().get("count").asInt()).isEqualTo(10);
        assertThat(r.toString()).doesNotContain("ajax:123").contains("csrf-token");
        assertThat(r.toBuilder().build()).isEqualTo(r);

        assertThatThrownBy(() -> LinkedInRawRequest.builder("acc", "https://evil.example/linkedin.com/").build())
                .hasMessageContaining("requestUrl must start with https://www.linkedin.com/");
        assertThatThrownBy(() -> LinkedInRawRequest.builder("acc", "http://www.linkedin.com/x").build())
                .hasMessageContaining("requestUrl");
        assertThatThrownBy(() -> LinkedInRawRequest.builder(null, "https://www.linkedin.com/x").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> LinkedInRawRequest.builder().body(List.of(1, 2)))
                .hasMessage("body must be a JSON object but was ARRAY");
        assertThatThrownBy(() -> LinkedInRawRequest.builder().queryParams("q=x"))
                .hasMessage("queryParams must be a JSON object but was STRING");
        assertThatThrownBy(() -> LinkedInRawRequest.builder().header("x", null)).hasMessage("headers.x is required");
    }

    @Test
    void aRawRequestCannotBeChangedThroughWhatItHandsOut() {
        ObjectNode body = Json.mapper().createObjectNode().put("a", 1);
        LinkedInRawRequest r = LinkedInRawRequest.builder("acc", "https://www.linkedin.com/x").body(body).build();
        body.put("a", 2);
        r.body().put("a", 3);
        r.toBuilder().queryParam("late", true);

        assertThat(r.body().get("a").asInt()).isEqualTo(1);
        assertThat(r.queryParams()).isNull();
        assertThatThrownBy(() -> r.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listRequestsNeedTheirAccount() {
        assertThatThrownBy(() -> ListJobPostingsRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListHiringProjectsRequest.builder(" ").build())
                .hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> ListJobApplicantsRequest.builder("acc").keywords("").build())
                .hasMessage("keywords must not be blank");
        assertThatThrownBy(() -> ListJobApplicantsRequest.builder("acc").addRating(null).build())
                .hasMessage("ratings[0] is required");
        ListJobApplicantsRequest r = ListJobApplicantsRequest.builder("acc")
                .ratings(ApplicantRating.MAYBE, ApplicantRating.GOOD_FIT, ApplicantRating.MAYBE).keywords("java")
                .service(JobPostingService.RECRUITER).limit(20).cursor("c").build();
        assertThat(r.ratings()).containsExactly(ApplicantRating.MAYBE, ApplicantRating.GOOD_FIT);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        ListJobPostingsRequest jobs = ListJobPostingsRequest.builder("acc").category(JobPostingCategory.DRAFT)
                .limit(5).build();
        assertThat(jobs.toBuilder().build()).isEqualTo(jobs).hasSameHashCodeAs(jobs);
        assertThat(Arrays.asList(ListHiringProjectsRequest.builder("acc").limit(1).build().toBuilder().build()
                .limit())).containsExactly(1);
    }

    @Test
    void draftsAndTheirRecruiterOptionsSurviveToBuilder() {
        CreateJobPostingRequest full = draft().employmentStatus(EmploymentStatus.FULL_TIME)
                .autoRejectionTemplate("Sorry").addScreeningQuestion(ScreeningQuestion.numeric("Years?").build())
                .recruiter(recruiter().includePosterInfo(false).trackingPixelUrl("https://t.example/p")
                        .companyJobId("ACME-42").build()).build();

        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(full.recruiter().toBuilder().build()).isEqualTo(full.recruiter());
        assertThat(full.toString()).contains("description=19 chars");
        assertThatThrownBy(() -> full.screeningQuestions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
