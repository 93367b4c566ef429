package io.unipile.linkedin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The spec's reply of each LinkedIn operation, rendered from its schema as the API reference does (every property,
 * "string", 0, true, the first enum value; {@code spec/examples/linkedin-*.json}), parses into the models with every
 * field in a component: nothing falls into {@code extra}.
 */
class LinkedInSpecExamplesTest {
    private static final Instant EPOCH = Instant.EPOCH;

    static String resource(String name) {
        try (InputStream in = LinkedInSpecExamplesTest.class.getResourceAsStream("/spec/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(String name, Class<T> type) throws IOException {
        return Json.mapper().readValue(resource(name), type);
    }

    private static <T> Page<T> page(String json, Class<T> item) throws IOException {
        return Json.mapper().readValue(json, Json.mapper().getTypeFactory().constructParametricType(Page.class, item));
    }

    /** The project examples send {@code "created_at": "string"}, which is no date; the models read it as an Instant. */
    private static String withProjectDate(String json) {
        return json.replace("\"created_at\": \"string\"", "\"created_at\": \"2025-12-31T23:59:59.999Z\"");
    }

    @Test
    void projectExamplesFailOnlyOnTheirPlaceholderDate() {
        assertThatThrownBy(() -> parse("linkedin-get-project.json", HiringProject.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("created_at");
    }

    @Test
    void hiringProjectsParseWithTheirJobPosting() throws IOException {
        Page<HiringProject> page = page(withProjectDate(resource("linkedin-list-projects.json")), HiringProject.class);
        HiringProject one = Json.mapper().readValue(withProjectDate(resource("linkedin-get-project.json")),
                HiringProject.class);

        assertThat(page.object()).isEqualTo("RecruiterHiringProjectList");
        assertThat(page.cursor()).isNull();
        assertThat(page.extra()).isEmpty();
        assertThat(page.items()).containsExactly(one);
        assertThat(one.object()).isEqualTo("RecruiterHiringProject");
        assertThat(List.of(one.id(), one.name(), one.ownerName(), one.ownerId())).containsOnly("string");
        assertThat(one.createdAt()).isEqualTo(Instant.parse("2025-12-31T23:59:59.999Z"));
        assertThat(one.extra()).isEmpty();
        assertEveryJobField(one.jobPosting(), null);
    }

    @Test
    void jobPostingsParseIntoEveryField() throws IOException {
        JobPosting one = parse("linkedin-get-job.json", JobPosting.class);
        Page<JobPosting> page = page(resource("linkedin-list-jobs.json"), JobPosting.class);

        assertEveryJobField(one, "LinkedinJobPosting");
        assertThat(page.object()).isEqualTo("LinkedinJobPostingList");
        assertThat(page.items()).containsExactly(one);
        assertThat(page.cursor()).isNull();
        // The list's paging has no place in a generic page: it is kept as sent.
        assertThat(page.extra()).containsOnlyKeys("paging");
        assertThat(page.extra().get("paging").get("total_count").asInt()).isZero();
    }

    private static void assertEveryJobField(JobPosting job, String object) {
        assertThat(job.object()).isEqualTo(object);
        assertThat(List.of(job.id(), job.title(), job.description(), job.company(), job.companyId(), job.location(),
                job.applyUrl(), job.salary())).containsOnly("string");
        assertThat(job.state()).isSameAs(JobPostingState.ACTIVE);
        assertThat(job.applicantsCounter()).isZero();
        assertThat(job.viewsCounter()).isZero();
        assertThat(job.cost()).isZero();
        assertThat(List.of(job.createdAt(), job.publishedAt(), job.closedAt())).containsOnly(EPOCH);
        assertThat(job.screeningQuestions()).containsExactly(
                new JobPosting.ScreeningCriterion("string", List.of("string"), null));
        assertThat(job.hiringTeam()).containsExactly(
                new JobPosting.HiringTeamMember("string", "string", "string", "string", true, null));
        assertThat(job.workplace().value()).isEqualTo("string");
        assertThat(job.workplace().isKnown()).isFalse();
        assertThat(job.seniority().value()).isEqualTo("string");
        assertThat(job.skills()).containsExactly("string");
        assertThat(job.functions()).containsExactly("string");
        assertThat(job.industries()).containsExactly("string");
        assertThat(job.extra()).isEmpty();
    }

    @Test
    void applicantsParseIntoEveryField() throws IOException {
        JobApplicant one = parse("linkedin-get-applicant.json", JobApplicant.class);
        Page<JobApplicant> page = page(resource("linkedin-list-applicants.json"), JobApplicant.class);

        assertThat(page.object()).isEqualTo("LinkedinJobApplicantList");
        assertThat(page.items()).containsExactly(one);
        assertThat(page.extra()).containsOnlyKeys("job_posting_id", "paging");
        assertThat(one.object()).isEqualTo("LinkedinJobApplicant");
        assertThat(List.of(one.id(), one.profileId(), one.publicIdentifier(), one.publicProfileUrl(), one.name(),
                one.location(), one.headline(), one.profilePictureUrl(), one.emailAddress(), one.phoneNumber()))
                .containsOnly("string");
        assertThat(one.appliedAt()).isEqualTo(EPOCH);
        assertThat(one.rating()).isSameAs(ApplicantRating.UNRATED);
        assertThat(one.contactInfo()).isEqualTo(new JobApplicant.ContactInfo(List.of("string"), List.of("string"),
                null));
        JobApplicant.YearMonthDate zero = new JobApplicant.YearMonthDate(0, 0, null);
        assertThat(one.workExperience()).containsExactly(new JobApplicant.WorkExperience("string", "string",
                "string", "string", "string", "string", zero, zero, null));
        assertThat(one.education()).containsExactly(new JobApplicant.Education("string", "string", "string",
                "string", "string", "string", zero, zero, null));
        assertThat(one.screeningQuestions()).containsExactly(new JobApplicant.ScreeningAnswer("string",
                List.of("string"), true, null));
        assertThat(one.extra()).isEmpty();
    }

    @Test
    void aCompanyProfileParsesIntoEveryField() throws IOException {
        CompanyProfile c = parse("linkedin-company-profile.json", CompanyProfile.class);

        assertThat(c.object()).isEqualTo("CompanyProfile");
        assertThat(List.of(c.id(), c.name(), c.description(), c.entityUrn(), c.publicIdentifier(), c.profileUrl(),
                c.tagline(), c.logo(), c.website(), c.foundationDate(), c.phone())).containsOnly("string");
        assertThat(c.followersCount()).isZero();
        assertThat(c.isFollowing()).isTrue();
        assertThat(c.isEmployee()).isTrue();
        assertThat(c.hashtags()).containsExactly(new CompanyProfile.Hashtag("string", null));
        assertThat(c.messaging()).isEqualTo(new CompanyProfile.Messaging(true, "string", "string", null));
        assertThat(c.claimed()).isTrue();
        assertThat(c.viewerPermissions().canReadMessages()).isTrue();
        assertThat(c.viewerPermissions().canViewBillingInformation()).isTrue();
        assertThat(c.viewerPermissions().extra()).as("all 34 flags have a component").isEmpty();
        assertThat(c.organizationType()).isSameAs(OrganizationType.PUBLIC_COMPANY);
        assertThat(c.locations()).containsExactly(new CompanyProfile.Location(true, "string", "string", "string",
                List.of("string"), "string", "string", null));
        assertThat(c.localizedDescription()).containsExactly(Map.of("additionalProp", "string"));
        assertThat(c.localizedName()).containsExactly(Map.of("additionalProp", "string"));
        assertThat(c.localizedTagline()).containsExactly(Map.of("additionalProp", "string"));
        assertThat(c.industry()).containsExactly("string");
        assertThat(c.activities()).containsExactly("string");
        assertThat(c.employeeCount()).isZero();
        assertThat(c.employeeCountRange()).isEqualTo(new CompanyProfile.EmployeeCountRange(0, 0, null));
        CompanyProfile.EmployeesCount count = c.insights().employeesCount();
        assertThat(count.totalCount()).isZero();
        assertThat(count.averageTenure()).isEqualTo("string");
        assertThat(count.employeesCountGraph()).containsExactly(new CompanyProfile.HeadCount("string", 0, null));
        assertThat(count.growthGraph()).containsExactly(new CompanyProfile.Growth(0, 0, null));
        assertThat(c.acquiredBy()).isEqualTo(new CompanyProfile.AcquiredBy("string", "string", "string", "string",
                null));
        CompanyProfile.FundingRound last = c.crunchbaseFunding().rounds().lastRound();
        assertThat(c.crunchbaseFunding().lastUpdatedAt()).isEqualTo("string");
        assertThat(c.crunchbaseFunding().rounds().totalCount()).isZero();
        assertThat(last.fundingType()).isEqualTo("string");
        assertThat(last.leadInvestors()).containsExactly(new CompanyProfile.Investor("string", "string", "string",
                null));
        assertThat(last.moneyRaised()).isEqualTo(new CompanyProfile.Money(0, "string", null));
        assertThat(c.extra()).isEmpty();
    }

    @Test
    void theSmallRepliesParse() throws IOException {
        InMailBalance balance = parse("linkedin-inmail-balance.json", InMailBalance.class);
        assertThat(balance).isEqualTo(new InMailBalance("LinkedinInmailBalance", 0, 0, 0, null));

        LinkedInRawData raw = parse("linkedin-raw-data.json", LinkedInRawData.class);
        assertThat(raw.object()).isEqualTo("LinkedinRawData");
        assertThat(raw.data().isObject()).isTrue();

        assertThat(parse("linkedin-member-action.json", MemberActionResult.class))
                .isEqualTo(new MemberActionResult("LinkedinPerformActionOnUser", true, null));
        assertThat(parse("linkedin-endorse.json", ProfileEndorsement.class))
                .isEqualTo(new ProfileEndorsement("LinkedinProfileEndorse", true, null));
        assertThat(parse("linkedin-edit-job.json", JobPostingEdited.class))
                .isEqualTo(new JobPostingEdited("LinkedinJobPostingEdited", "string", null));
        assertThat(parse("linkedin-close-job.json", JobPostingClosed.class))
                .isEqualTo(new JobPostingClosed("LinkedinJobPostingClosed", "string", null));
    }

    @Test
    void aDraftCarriesItsPublishOptions() throws IOException {
        JobDraftCreated draft = parse("linkedin-create-job.json", JobDraftCreated.class);

        assertThat(draft.object()).isEqualTo("LinkedinJobPostingDraftCreated");
        assertThat(draft.jobId()).isEqualTo("string");
        assertThat(draft.publishOptions().free()).isEqualTo(new JobDraftCreated.Free(true, "string", 0, null));
        JobDraftCreated.BudgetRange zero = new JobDraftCreated.BudgetRange(0, 0, 0, null);
        assertThat(draft.publishOptions().promoted()).isEqualTo(new JobDraftCreated.Promoted(0, "string", zero, zero,
                null));
        assertThat(draft.extra()).isEmpty();
    }

    @Test
    void bothPublishRepliesParseIntoOnePublicationThatSaysWhichItIs() throws IOException {
        JobPublication published = parse("linkedin-publish-job.json", JobPublication.class);
        JobPublication checkpoint = parse("linkedin-publish-job-checkpoint.json", JobPublication.class);
        JobPublication solved = parse("linkedin-solve-job-checkpoint.json", JobPublication.class);

        assertThat(published.isPublished()).isTrue();
        assertThat(published.needsCheckpoint()).isFalse();
        assertThat(published.jobState()).isSameAs(JobPostingState.ACTIVE);
        assertThat(published.checkpointType()).isNull();
        assertThat(checkpoint.needsCheckpoint()).isTrue();
        assertThat(checkpoint.isPublished()).isFalse();
        assertThat(checkpoint.checkpointType()).isSameAs(JobCheckpointType.EMAIL_VERIFICATION);
        assertThat(checkpoint.jobState()).isNull();
        assertThat(solved).isEqualTo(published);
        for (JobPublication p : List.of(published, checkpoint)) {
            assertThat(p.jobId()).isEqualTo("string");
            assertThat(p.extra()).isEmpty();
        }
    }
}
