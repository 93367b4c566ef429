package io.unipile.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.ParseFailures;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Realistic LinkedIn replies: what the models make of nulls, unknown fields and values, and missing fields. */
class LinkedInModelsTest {

    private static final String JOB = """
            {"object": "LinkedinJobPosting", "id": "4012345678", "state": "active", "title": "Backend engineer",
             "company": "Acme", "company_id": "1441", "location": "Paris, Île-de-France, France",
             "applicants_counter": 12, "views_counter": 340, "cost": 45.5,
             "created_at": 1717430400000, "published_at": 1717434000000,
             "hiring_team": [{"name": "Alice Martin", "provider_id": null, "public_identifier": null,
                              "profile_url": "https://www.linkedin.com/in/alice-martin", "can_send_free_inmail": true}],
             "workplace": "HYBRID", "seniority": "MID_SENIOR_LEVEL", "skills": ["Java", "SQL"],
             "boost": {"level": 2}}""";

    private static final String APPLICANT = """
            {"object": "LinkedinJobApplicant", "id": "app_1", "profile_id": "ACoAABob", "public_identifier": "bob-d",
             "public_profile_url": "https://www.linkedin.com/in/bob-d", "name": "Bob Durand", "location": "Lyon",
             "headline": "Java developer", "applied_at": 1717500000000, "rating": "SHORTLISTED",
             "work_experience": [{"company": null, "position": "Developer", "start": {"year": 2019, "month": 9},
                                  "end": null}],
             "education": [], "screening_questions": [{"question": "Years of Java?", "answers": ["6"],
                                                       "success": true}]}""";

    @Test
    void aRealisticJobPostingKeepsWhatTheLibraryDoesNotKnow() throws IOException {
        JobPosting job = Json.mapper().readValue(JOB, JobPosting.class);

        assertThat(job.state()).isSameAs(JobPostingState.ACTIVE);
        assertThat(job.cost()).isEqualTo(45.5);
        assertThat(job.createdAt()).isEqualTo(Instant.parse("2024-06-03T16:00:00Z"));
        assertThat(job.closedAt()).isNull();
        assertThat(job.description()).isNull();
        assertThat(job.screeningQuestions()).isEmpty();
        assertThat(job.hiringTeam().get(0).providerId()).isNull();
        assertThat(job.workplace()).isSameAs(JobWorkplace.HYBRID);
        assertThat(job.seniority()).isSameAs(JobSeniority.MID_SENIOR_LEVEL);
        assertThat(job.functions()).isEmpty();
        assertThat(job.extra()).containsOnlyKeys("boost");
        assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(job)).get("boost").get("level").asInt())
                .as("unknown fields are written back").isEqualTo(2);
        assertThatThrownBy(() -> job.skills().add("Go")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownRatingParsesAndKeepsItsValue() throws IOException {
        JobApplicant a = Json.mapper().readValue(APPLICANT, JobApplicant.class);

        assertThat(a.rating().value()).isEqualTo("SHORTLISTED");
        assertThat(a.rating().isKnown()).isFalse();
        assertThat(a.workExperience().get(0).company()).isNull();
        assertThat(a.workExperience().get(0).start()).isEqualTo(new JobApplicant.YearMonthDate(2019, 9, null));
        assertThat(a.workExperience().get(0).end()).isNull();
        assertThat(a.contactInfo()).isNull();
        assertThat(a.screeningQuestions().get(0).answers()).containsExactly("6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile_id", "rating", "applied_at", "work_experience", "screening_questions"})
    void anApplicantWithoutARequiredFieldIsRefusedNamingIt(String field) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(APPLICANT);
        tree.remove(field);

        ParseFailures.assertFailsCleanly(() -> Json.mapper().treeToValue(tree, JobApplicant.class),
                MismatchedInputException.class);
        assertThatThrownBy(() -> Json.mapper().treeToValue(tree, JobApplicant.class)).hasMessageContaining(field);
    }

    @Test
    void aJobWithoutItsStateIsRefusedButOneWithoutItsObjectIsNot() throws IOException {
        assertThatThrownBy(() -> Json.mapper().readValue(JOB.replace("\"state\": \"active\",", ""), JobPosting.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("state");
        // Inside a hiring project the posting comes without "object".
        assertThat(Json.mapper().readValue(JOB.replace("\"object\": \"LinkedinJobPosting\",", ""), JobPosting.class)
                .object()).isNull();
    }

    @Test
    void theInMailBalanceTellsProductsTheAccountLacksAsNull() throws IOException {
        InMailBalance b = Json.mapper().readValue("""
                {"object": "LinkedinInmailBalance", "premium": 15, "recruiter": null, "sales_navigator": null}""",
                InMailBalance.class);

        assertThat(b.premium()).isEqualTo(15);
        assertThat(b.recruiter()).isNull();
        assertThat(b.salesNavigator()).isNull();
        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\": \"LinkedinInmailBalance\", \"premium\": 1}",
                InMailBalance.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("recruiter");
    }

    record Me(String firstName, String lastName) {
    }

    @Test
    void rawDataIsATreeThatReadsIntoATypeOfYourOwn() throws IOException {
        LinkedInRawData raw = Json.mapper().readValue("""
                {"object": "LinkedinRawData", "data": {"firstName": "Alice", "lastName": "Martin", "plainId": 7}}""",
                LinkedInRawData.class);

        assertThat(raw.data().get("plainId").asInt()).isEqualTo(7);
        assertThat(raw.dataAs(Me.class)).isEqualTo(new Me("Alice", "Martin"));
        assertThat(raw.dataAs(Map.class)).containsEntry("firstName", "Alice");
        assertThatThrownBy(() -> raw.dataAs(List.class)).isInstanceOf(UnipileResponseFormatException.class)
                .hasMessageContaining("List");

        LinkedInRawData nothing = Json.mapper().readValue("{\"object\": \"LinkedinRawData\", \"data\": null}",
                LinkedInRawData.class);
        assertThat(nothing.data().isNull()).isTrue();
        assertThat(nothing.dataAs(Me.class)).isNull();
        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\": \"LinkedinRawData\"}", LinkedInRawData.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("data");
    }

    @Test
    void aPublicationOfAKindTheLibraryDoesNotKnowIsNeitherPublishedNorACheckpoint() throws IOException {
        JobPublication p = Json.mapper().readValue("""
                {"object": "LinkedinJobPostingPublishQueued", "job_id": "j1", "eta": 30}""", JobPublication.class);

        assertThat(p.isPublished()).isFalse();
        assertThat(p.needsCheckpoint()).isFalse();
        assertThat(p.extra()).containsOnlyKeys("eta");
        JobPublication otp = Json.mapper().readValue("""
                {"object": "LinkedinJobPostingPublishCheckpoint", "type": "CAPTCHA", "job_id": "j1"}""",
                JobPublication.class);
        assertThat(otp.checkpointType().isKnown()).isFalse();
    }

    @Test
    void aCompanyWithoutAnOrganizationTypeAndWithNewPermissionsParses() throws IOException {
        CompanyProfile c = Json.mapper().readValue("""
                {"object": "CompanyProfile", "id": "1441", "name": "Acme", "description": "Rockets and more",
                 "entity_urn": "urn:li:fsd_company:1441", "public_identifier": "acme",
                 "profile_url": "https://www.linkedin.com/company/acme/", "hashtags": [],
                 "messaging": {"is_enabled": false}, "claimed": true,
                 "viewer_permissions": {"canReadMessages": false, "canTeleport": true},
                 "organization_type": null, "locations": [{"is_headquarter": true, "country": "FR", "city": "Paris",
                                                           "street": ["1 rue de Rivoli"]}]}""",
                CompanyProfile.class);

        assertThat(c.organizationType()).isNull();
        assertThat(c.viewerPermissions().canReadMessages()).isFalse();
        assertThat(c.viewerPermissions().extra()).containsOnlyKeys("canTeleport");
        assertThat(c.locations().get(0).street()).containsExactly("1 rue de Rivoli");
        assertThat(c.localizedName()).isEmpty();
        assertThat(c.insights()).isNull();
        JsonNode written = Json.mapper().valueToTree(c);
        assertThat(written.get("organization_type").isNull()).as("a required field is written even when null")
                .isTrue();
    }
}
