package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin/jobs}: a new job posting, created as a draft to publish later. Ids of
 * titles, companies and locations come from the search parameters (types {@code JOB_TITLE}, {@code COMPANY},
 * {@code LOCATION}); title and company may also be plain text. Add {@link RecruiterJobOptions} for a Recruiter
 * posting. Checked when built.
 *
 * <pre>{@code
 * CreateJobPostingRequest.builder(accountId)
 *         .jobTitle(JobTitle.ofText("Backend engineer")).company(JobCompany.ofId("1441"))
 *         .workplace(JobWorkplace.HYBRID).location("105015875")
 *         .description("<p>Join us to build ...</p>").build();
 * }</pre>
 */
public final class CreateJobPostingRequest {
    private final String accountId;
    private final JobTitle jobTitle;
    private final JobCompany company;
    private final JobWorkplace workplace;
    private final String location;
    private final EmploymentStatus employmentStatus;
    private final String description;
    private final String autoRejectionTemplate;
    private final List<ScreeningQuestion> screeningQuestions;
    private final RecruiterJobOptions recruiter;

    private CreateJobPostingRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.jobTitle = Check.notNull("jobTitle", b.jobTitle);
        this.company = Check.notNull("company", b.company);
        this.workplace = Check.notNull("workplace", b.workplace);
        this.location = JobFieldChecks.digits("location", Check.notBlank("location", b.location));
        this.employmentStatus = b.employmentStatus;
        this.description = Check.notBlank("description", b.description);
        this.autoRejectionTemplate = Check.nullOrNotBlank("autoRejectionTemplate", b.autoRejectionTemplate);
        this.screeningQuestions = Check.noNullElements("screeningQuestions", b.screeningQuestions);
        this.recruiter = b.recruiter;
    }

    /** A builder for a draft of this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; account, title, company, workplace, location and description are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).jobTitle(jobTitle).company(company).workplace(workplace)
                .location(location).employmentStatus(employmentStatus).description(description)
                .autoRejectionTemplate(autoRejectionTemplate).screeningQuestions(screeningQuestions)
                .recruiter(recruiter);
    }

    /** {@code account_id}: the LinkedIn account that posts. */
    public String accountId() {
        return accountId;
    }

    /** {@code job_title}. */
    public JobTitle jobTitle() {
        return jobTitle;
    }

    /** {@code company}. */
    public JobCompany company() {
        return company;
    }

    /** {@code workplace}: on site, hybrid or remote. */
    public JobWorkplace workplace() {
        return workplace;
    }

    /** {@code location}: a LinkedIn location id, digits only. */
    public String location() {
        return location;
    }

    /** {@code employment_status}, or {@code null}. */
    public EmploymentStatus employmentStatus() {
        return employmentStatus;
    }

    /** {@code description}: may use HTML tags. */
    public String description() {
        return description;
    }

    /** {@code auto_rejection_template}: sent to applicants who fail the screening questions, or {@code null}. */
    public String autoRejectionTemplate() {
        return autoRejectionTemplate;
    }

    /** {@code screening_questions}; empty when none. Immutable. */
    public List<ScreeningQuestion> screeningQuestions() {
        return screeningQuestions;
    }

    /** {@code recruiter}: the Recruiter options, or {@code null} for a LinkedIn (classic) posting. */
    public RecruiterJobOptions recruiter() {
        return recruiter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateJobPostingRequest r && accountId.equals(r.accountId) && jobTitle.equals(r.jobTitle)
                && company.equals(r.company) && workplace.equals(r.workplace) && location.equals(r.location)
                && Objects.equals(employmentStatus, r.employmentStatus) && description.equals(r.description)
                && Objects.equals(autoRejectionTemplate, r.autoRejectionTemplate)
                && screeningQuestions.equals(r.screeningQuestions) && Objects.equals(recruiter, r.recruiter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, jobTitle, company, workplace, location, employmentStatus, description,
                autoRejectionTemplate, screeningQuestions, recruiter);
    }

    @Override
    public String toString() {
        return "CreateJobPostingRequest[accountId=" + accountId + ", jobTitle=" + jobTitle + ", company=" + company
                + ", workplace=" + workplace + ", location=" + location + ", employmentStatus=" + employmentStatus
                + ", description=" + description.length() + " chars, autoRejectionTemplate="
                + (autoRejectionTemplate == null ? null : autoRejectionTemplate.length() + " chars")
                + ", screeningQuestions=" + screeningQuestions + ", recruiter=" + recruiter + "]";
    }

    /** Builds a {@link CreateJobPostingRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private JobTitle jobTitle;
        private JobCompany company;
        private JobWorkplace workplace;
        private String location;
        private EmploymentStatus employmentStatus;
        private String description;
        private String autoRejectionTemplate;
        private final List<ScreeningQuestion> screeningQuestions = new ArrayList<>();
        private RecruiterJobOptions recruiter;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that posts. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code job_title} (required). */
        public Builder jobTitle(JobTitle jobTitle) {
            this.jobTitle = jobTitle;
            return this;
        }

        /** {@code company} (required). */
        public Builder company(JobCompany company) {
            this.company = company;
            return this;
        }

        /** {@code workplace} (required). */
        public Builder workplace(JobWorkplace workplace) {
            this.workplace = workplace;
            return this;
        }

        /** {@code location} (required): a LinkedIn location id, digits only. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code employment_status}. */
        public Builder employmentStatus(EmploymentStatus employmentStatus) {
            this.employmentStatus = employmentStatus;
            return this;
        }

        /** {@code description} (required): may use HTML tags. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code auto_rejection_template}: sent to applicants who fail the screening questions. */
        public Builder autoRejectionTemplate(String autoRejectionTemplate) {
            this.autoRejectionTemplate = autoRejectionTemplate;
            return this;
        }

        /** {@code screening_questions}: replaces the questions added before. */
        public Builder screeningQuestions(List<ScreeningQuestion> screeningQuestions) {
            this.screeningQuestions.clear();
            if (screeningQuestions != null) {
                this.screeningQuestions.addAll(screeningQuestions);
            }
            return this;
        }

        /** Adds a question to {@code screening_questions}. */
        public Builder addScreeningQuestion(ScreeningQuestion question) {
            this.screeningQuestions.add(question);
            return this;
        }

        /** {@code recruiter}: the Recruiter options, for a Recruiter posting. */
        public Builder recruiter(RecruiterJobOptions recruiter) {
            this.recruiter = recruiter;
            return this;
        }

        /** The request; fails naming the field that is missing, blank or malformed. */
        public CreateJobPostingRequest build() {
            return new CreateJobPostingRequest(this);
        }
    }
}
