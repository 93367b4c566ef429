package io.unipile.testkit.linkedin;

import io.unipile.linkedin.ApplicantRating;
import io.unipile.testkit.FileContent;
import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone who applied to a job posting, with their resume if they sent one: seeded with
 * {@code state().linkedin().addApplicant}, or arriving on an open posting with {@code simulateApplication}.
 *
 * @param id the application's id
 * @param jobId the posting applied to
 * @param profileId the applicant's LinkedIn member id, {@code ACoA...}: start a chat with it to write to them
 * @param publicIdentifier the end of their profile's URL
 * @param name their name
 * @param headline their headline
 * @param location where they are
 * @param emailAddress the address they applied with, or null
 * @param phoneNumber the phone number they applied with, or null
 * @param rating how the recruiter rated them
 * @param appliedAt when they applied (sent with millisecond precision)
 * @param positions their positions, most recent first
 * @param schools their schools
 * @param answers their answers to the posting's screening questions
 * @param resume their resume, or null when they sent none
 */
public record FakeApplicant(String id, String jobId, String profileId, String publicIdentifier, String name,
                            String headline, String location, String emailAddress, String phoneNumber,
                            ApplicantRating rating, Instant appliedAt, List<Position> positions, List<School> schools,
                            List<Answer> answers, Resume resume) {

    /**
     * A position held.
     *
     * @param company the company, or null
     * @param position the position, or null
     * @param startYear the year it started
     * @param startMonth the month it started, 1 to 12
     * @param endYear the year it ended, or null while current
     * @param endMonth the month it ended, or null while current
     */
    public record Position(String company, String position, int startYear, int startMonth, Integer endYear,
                           Integer endMonth) {
        /** Requires an end year and month together. */
        public Position {
            if ((endYear == null) != (endMonth == null)) {
                throw new IllegalArgumentException("endYear and endMonth go together");
            }
        }
    }

    /**
     * A school.
     *
     * @param school the school, or null
     * @param degree the degree, or null
     * @param fieldOfStudy the field of study, or null
     * @param startYear the year it started
     * @param startMonth the month it started, 1 to 12
     * @param endYear the year it ended
     * @param endMonth the month it ended, 1 to 12
     */
    public record School(String school, String degree, String fieldOfStudy, int startYear, int startMonth,
                         int endYear, int endMonth) {
    }

    /**
     * An answer to a screening question.
     *
     * @param question the question
     * @param answers the answers given
     * @param success whether they qualify
     */
    public record Answer(String question, List<String> answers, boolean success) {
        /** Requires the question. */
        public Answer {
            Objects.requireNonNull(question, "question");
            answers = List.copyOf(answers);
        }
    }

    /**
     * A resume file.
     *
     * @param fileName its name, e.g. {@code bob-durand.pdf}
     * @param contentType its content type, e.g. {@code application/pdf}
     * @param content its bytes
     */
    public record Resume(String fileName, String contentType, FileContent content) {
        /** Requires every part. */
        public Resume {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        /** A PDF resume. */
        public static Resume pdf(String fileName, byte[] bytes) {
            return new Resume(fileName, "application/pdf", FileContent.of(bytes));
        }
    }

    /** Requires what the spec requires and a rating it knows. */
    public FakeApplicant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(publicIdentifier, "publicIdentifier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(appliedAt, "appliedAt");
        if (!rating.isKnown()) {
            throw new IllegalArgumentException("rating " + rating + " is not a value of the spec");
        }
        positions = List.copyOf(positions);
        schools = List.copyOf(schools);
        answers = List.copyOf(answers);
    }

    /** The public profile's URL. */
    public String publicProfileUrl() {
        return "https://www.linkedin.com/in/" + publicIdentifier;
    }

    /** This applicant with another rating. */
    public FakeApplicant withRating(ApplicantRating rating) {
        return new FakeApplicant(id, jobId, profileId, publicIdentifier, name, headline, location, emailAddress,
                phoneNumber, rating, appliedAt, positions, schools, answers, resume);
    }

    /** This applicant, applied at another time. */
    public FakeApplicant withAppliedAt(Instant appliedAt) {
        return new FakeApplicant(id, jobId, profileId, publicIdentifier, name, headline, location, emailAddress,
                phoneNumber, rating, appliedAt, positions, schools, answers, resume);
    }

    /** A builder for an applicant to the posting, with plausible defaults for every field but the name. */
    public static Builder builder(String jobId, String name) {
        return new Builder(jobId, name);
    }

    /** Builds a {@link FakeApplicant}. */
    public static final class Builder {
        private final String jobId;
        private final String name;
        private String id;
        private String profileId;
        private String publicIdentifier;
        private String headline = "Software engineer";
        private String location = "Paris, France";
        private String emailAddress;
        private String phoneNumber;
        private ApplicantRating rating = ApplicantRating.UNRATED;
        private Instant appliedAt;
        private List<Position> positions = List.of();
        private List<School> schools = List.of();
        private List<Answer> answers = List.of();
        private Resume resume;

        private Builder(String jobId, String name) {
            this.jobId = Objects.requireNonNull(jobId, "jobId");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the id (default: random digits). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the member id (default: random, {@code ACoA...}). */
        public Builder profileId(String profileId) {
            this.profileId = profileId;
            return this;
        }

        /** Sets the public identifier (default: the name in lower case, words joined by dashes). */
        public Builder publicIdentifier(String publicIdentifier) {
            this.publicIdentifier = publicIdentifier;
            return this;
        }

        /** Sets the headline (default: Software engineer). */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** Sets the location (default: Paris, France). */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets the contact the applicant shared (default: none). */
        public Builder contact(String emailAddress, String phoneNumber) {
            this.emailAddress = emailAddress;
            this.phoneNumber = phoneNumber;
            return this;
        }

        /** Sets the rating (default: UNRATED). */
        public Builder rating(ApplicantRating rating) {
            this.rating = rating;
            return this;
        }

        /** Sets when they applied (default: now). */
        public Builder appliedAt(Instant appliedAt) {
            this.appliedAt = appliedAt;
            return this;
        }

        /** Sets the positions, most recent first (default: none). */
        public Builder positions(Position... positions) {
            this.positions = List.of(positions);
            return this;
        }

        /** Sets the schools (default: none). */
        public Builder schools(School... schools) {
            this.schools = List.of(schools);
            return this;
        }

        /** Sets the screening answers (default: none). */
        public Builder answers(Answer... answers) {
            this.answers = List.of(answers);
            return this;
        }

        /** Sets the resume (default: none). */
        public Builder resume(Resume resume) {
            this.resume = resume;
            return this;
        }

        /** Builds the applicant. */
        public FakeApplicant build() {
            return new FakeApplicant(id != null ? id : LinkedInIds.digits(12), jobId,
                    profileId != null ? profileId : "ACoAA" + Ids.random(34),
                    publicIdentifier != null ? publicIdentifier
                            : name.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-"),
                    name, headline, location, emailAddress, phoneNumber, rating,
                    appliedAt != null ? appliedAt : Instant.now().truncatedTo(ChronoUnit.MILLIS), positions,
                    schools, answers, resume);
        }
    }
}
