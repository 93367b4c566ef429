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
 * Someone who applied to a job posting ({@code "object": "LinkedinJobApplicant"}), as
 * {@code GET /api/v1/linkedin/jobs/applicants/{applicant_id}} and the items of
 * {@code GET /api/v1/linkedin/jobs/{id}/applicants} return them. Their resume is downloaded with
 * {@link JobPostingsClient#downloadResume}; to write to them, start a chat with their {@link #profileId()}.
 *
 * @param object             always {@code LinkedinJobApplicant}
 * @param id                 the application's id
 * @param profileId          the applicant's LinkedIn member id
 * @param publicIdentifier   the applicant's public profile name
 * @param publicProfileUrl   the applicant's public profile URL
 * @param name               the applicant's name
 * @param location           where the applicant is
 * @param headline           the applicant's headline
 * @param profilePictureUrl  the applicant's picture, or {@code null} when none
 * @param appliedAt          when they applied
 * @param rating             how the recruiter rated them
 * @param emailAddress       the address they applied with, or {@code null} when not shared
 * @param phoneNumber        the phone number they applied with, or {@code null} when not shared
 * @param contactInfo        every address and number they shared, or {@code null} when not told
 * @param workExperience     their positions, most recent first as LinkedIn lists them
 * @param education          their schools
 * @param screeningQuestions their answers to the posting's screening questions
 * @param extra              fields this version of the library does not know, kept as sent
 */
public record JobApplicant(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_id", required = true) String profileId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_profile_url", required = true) String publicProfileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "headline", required = true) String headline,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "applied_at", required = true) Instant appliedAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "rating", required = true) ApplicantRating rating,
        @JsonProperty("email_address") String emailAddress,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("contact_info") ContactInfo contactInfo,
        @JsonInclude(ALWAYS) @JsonProperty(value = "work_experience", required = true)
        List<WorkExperience> workExperience,
        @JsonInclude(ALWAYS) @JsonProperty(value = "education", required = true) List<Education> education,
        @JsonInclude(ALWAYS) @JsonProperty(value = "screening_questions", required = true)
        List<ScreeningAnswer> screeningQuestions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public JobApplicant {
        workExperience = Immutables.list(workExperience);
        education = Immutables.list(education);
        screeningQuestions = Immutables.list(screeningQuestions);
        extra = Immutables.map(extra);
    }

    /**
     * Every address and phone number an applicant shared.
     *
     * @param emailAddresses the addresses; empty when none
     * @param phoneNumbers   the phone numbers; empty when none
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record ContactInfo(
            @JsonProperty("email_addresses") List<String> emailAddresses,
            @JsonProperty("phone_numbers") List<String> phoneNumbers,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ContactInfo {
            emailAddresses = Immutables.list(emailAddresses);
            phoneNumbers = Immutables.list(phoneNumbers);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A position an applicant held.
     *
     * @param company     the company's name, or {@code null} when not told
     * @param companyId   the company's LinkedIn id, or {@code null}
     * @param position    the position, or {@code null} when not told
     * @param location    where, or {@code null}
     * @param description what the applicant wrote about it, or {@code null}
     * @param pictureUrl  the company's logo, or {@code null}
     * @param start       when it started, or {@code null} when not told
     * @param end         when it ended, or {@code null} for a current position
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record WorkExperience(
            @JsonProperty("company") String company,
            @JsonProperty("company_id") String companyId,
            @JsonProperty("position") String position,
            @JsonProperty("location") String location,
            @JsonProperty("description") String description,
            @JsonProperty("picture_url") String pictureUrl,
            @JsonProperty("start") YearMonthDate start,
            @JsonProperty("end") YearMonthDate end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public WorkExperience {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A school an applicant went to.
     *
     * @param school       the school's name, or {@code null} when not told
     * @param schoolId     the school's LinkedIn id, or {@code null}
     * @param degree       the degree, or {@code null}
     * @param description  what the applicant wrote about it, or {@code null}
     * @param fieldOfStudy the field of study, or {@code null}
     * @param pictureUrl   the school's logo, or {@code null}
     * @param start        when it started, or {@code null} when not told
     * @param end          when it ended, or {@code null}
     * @param extra        fields this version of the library does not know, kept as sent
     */
    public record Education(
            @JsonProperty("school") String school,
            @JsonProperty("school_id") String schoolId,
            @JsonProperty("degree") String degree,
            @JsonProperty("description") String description,
            @JsonProperty("field_of_study") String fieldOfStudy,
            @JsonProperty("picture_url") String pictureUrl,
            @JsonProperty("start") YearMonthDate start,
            @JsonProperty("end") YearMonthDate end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Education {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A month as LinkedIn dates positions and schools.
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record YearMonthDate(
            @JsonProperty("year") int year,
            @JsonProperty("month") int month,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public YearMonthDate {
            extra = Immutables.map(extra);
        }
    }

    /**
     * An applicant's answer to a screening question.
     *
     * @param question the question
     * @param answers  the applicant's answers
     * @param success  whether the answers qualify
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record ScreeningAnswer(
            @JsonProperty("question") String question,
            @JsonProperty("answers") List<String> answers,
            @JsonProperty("success") boolean success,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ScreeningAnswer {
            answers = Immutables.list(answers);
            extra = Immutables.map(extra);
        }
    }
}
