package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A job posting ({@code "object": "LinkedinJobPosting"}), as {@code GET /api/v1/linkedin/jobs/{job_id}} and the
 * items of {@code GET /api/v1/linkedin/jobs} return it, and as a hiring project carries it.
 *
 * @param object             {@code LinkedinJobPosting}; {@code null} inside a hiring project, which sends none
 * @param id                 the posting's id
 * @param state              draft, active, review or closed
 * @param title              the job title
 * @param description        the description (may hold HTML), or {@code null} when not told
 * @param company            the company's name
 * @param companyId          the company's LinkedIn id, or {@code null} when not told
 * @param location           where the job is
 * @param applicantsCounter  how many people applied
 * @param viewsCounter       how many times the posting was seen, or {@code null} when not told
 * @param cost               what the posting cost so far (0 for a free one)
 * @param createdAt          when the posting was created, or {@code null} when not told
 * @param publishedAt        when it was published, or {@code null}
 * @param closedAt           when it was closed, or {@code null}
 * @param applyUrl           where to apply, or {@code null} when not told
 * @param screeningQuestions the questions applicants answer, with the answers that qualify; empty when none
 * @param hiringTeam         the people hiring; empty when not told
 * @param salary             the salary as LinkedIn shows it, or {@code null}
 * @param workplace          on site, hybrid or remote, or {@code null} when not told
 * @param seniority          the seniority asked for, or {@code null} when not told
 * @param skills             the skills asked for; empty when none
 * @param functions          the job functions; empty when not told
 * @param industries         the industries; empty when not told
 * @param extra              fields this version of the library does not know, kept as sent
 */
public record JobPosting(
        @JsonProperty("object") String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "state", required = true) JobPostingState state,
        @JsonInclude(ALWAYS) @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("description") String description,
        @JsonInclude(ALWAYS) @JsonProperty(value = "company", required = true) String company,
        @JsonProperty("company_id") String companyId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "applicants_counter", required = true) int applicantsCounter,
        @JsonProperty("views_counter") Integer viewsCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "cost", required = true) double cost,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("closed_at") Instant closedAt,
        @JsonProperty("apply_url") String applyUrl,
        @JsonProperty("screening_questions") List<ScreeningCriterion> screeningQuestions,
        @JsonProperty("hiring_team") List<HiringTeamMember> hiringTeam,
        @JsonProperty("salary") String salary,
        @JsonProperty("workplace") JobWorkplace workplace,
        @JsonProperty("seniority") JobSeniority seniority,
        @JsonProperty("skills") List<String> skills,
        @JsonProperty("functions") List<String> functions,
        @JsonProperty("industries") List<String> industries,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public JobPosting {
        screeningQuestions = Immutables.list(screeningQuestions);
        hiringTeam = Immutables.list(hiringTeam);
        skills = Immutables.list(skills);
        functions = Immutables.list(functions);
        industries = Immutables.list(industries);
        extra = Immutables.map(extra);
    }

    /**
     * A screening question of a posting and the answers that qualify.
     *
     * @param question         the question
     * @param favorableAnswers the answers that qualify; empty when none
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record ScreeningCriterion(
            @JsonProperty("question") String question,
            @JsonProperty("favorableAnswers") List<String> favorableAnswers,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ScreeningCriterion {
            favorableAnswers = Immutables.list(favorableAnswers);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A member of the team hiring for a posting.
     *
     * @param name              the member's name
     * @param providerId        the member's LinkedIn id, or {@code null} when LinkedIn hides it
     * @param publicIdentifier  the member's public profile name, or {@code null} when LinkedIn hides it
     * @param profileUrl        the member's profile URL
     * @param canSendFreeInmail whether the member can write to applicants with free InMails
     * @param extra             fields this version of the library does not know, kept as sent
     */
    public record HiringTeamMember(
            @JsonProperty("name") String name,
            @JsonProperty("provider_id") String providerId,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("profile_url") String profileUrl,
            @JsonProperty("can_send_free_inmail") boolean canSendFreeInmail,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public HiringTeamMember {
            extra = Immutables.map(extra);
        }
    }
}
