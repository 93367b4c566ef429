package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JSON body of {@code PATCH /api/v1/linkedin/jobs/{job_id}}: the changes to a job posting; what is left unset stays
 * as it is. Checked when built: the account and at least one change are required.
 *
 * <pre>{@code
 * unipile.linkedin().jobs().edit(jobId, EditJobPostingRequest.builder(accountId)
 *         .description("<p>Now fully remote.</p>").workplace(JobWorkplace.REMOTE).build());
 * }</pre>
 */
public final class EditJobPostingRequest {
    private final String accountId;
    private final JobTitle jobTitle;
    private final JobCompany company;
    private final JobWorkplace workplace;
    private final String location;
    private final EmploymentStatus employmentStatus;
    private final String description;
    private final String autoRejectionTemplate;
    private final List<ScreeningQuestion> screeningQuestions;
    private final RecruiterJobChanges recruiter;

    private EditJobPostingRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.jobTitle = b.jobTitle;
        this.company = b.company;
        this.workplace = b.workplace;
        this.location = JobFieldChecks.digits("location", b.location);
        this.employmentStatus = b.employmentStatus;
        this.description = Check.nullOrNotBlank("description", b.description);
        this.autoRejectionTemplate = Check.nullOrNotBlank("autoRejectionTemplate", b.autoRejectionTemplate);
        this.screeningQuestions = Check.noNullElements("screeningQuestions", b.screeningQuestions);
        this.recruiter = b.recruiter;
        if (jobTitle == null && company == null && workplace == null && location == null && employmentStatus == null
                && description == null && autoRejectionTemplate == null && screeningQuestions.isEmpty()
                && recruiter == null) {
            throw new IllegalArgumentException("an edit needs at least one change besides accountId");
        }
    }

    /** A builder for changes made from this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} and at least one change are required. */
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

    /** {@code account_id}: the LinkedIn account that owns the posting. */
    public String accountId() {
        return accountId;
    }

    /** {@code job_title}, or {@code null} to keep it. */
    public JobTitle jobTitle() {
        return jobTitle;
    }

    /** {@code company}, or {@code null} to keep it. */
    public JobCompany company() {
        return company;
    }

    /** {@code workplace}, or {@code null} to keep it. */
    public JobWorkplace workplace() {
        return workplace;
    }

    /** {@code location}: a LinkedIn location id, or {@code null} to keep it. */
    public String location() {
        return location;
    }

    /** {@code employment_status}, or {@code null} to keep it. */
    public EmploymentStatus employmentStatus() {
        return employmentStatus;
    }

    /** {@code description}, or {@code null} to keep it. */
    public String description() {
        return description;
    }

    /** {@code auto_rejection_template}, or {@code null} to keep it. */
    public String autoRejectionTemplate() {
        return autoRejectionTemplate;
    }

    /** {@code screening_questions}: the new questions; empty to keep them. Immutable. */
    public List<ScreeningQuestion> screeningQuestions() {
        return screeningQuestions;
    }

    /** {@code recruiter}: the Recruiter changes, or {@code null}. */
    public RecruiterJobChanges recruiter() {
        return recruiter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditJobPostingRequest r && accountId.equals(r.accountId)
                && Objects.equals(jobTitle, r.jobTitle) && Objects.equals(company, r.company)
                && Objects.equals(workplace, r.workplace) && Objects.equals(location, r.location)
                && Objects.equals(employmentStatus, r.employmentStatus) && Objects.equals(description, r.description)
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
        return "EditJobPostingRequest[accountId=" + accountId + ", jobTitle=" + jobTitle + ", company=" + company
                + ", workplace=" + workplace + ", location=" + location + ", employmentStatus=" + employmentStatus
                + ", description=" + (description == null ? null : description.length() + " chars")
                + ", autoRejectionTemplate="
                + (autoRejectionTemplate == null ? null : autoRejectionTemplate.length() + " chars")
                + ", screeningQuestions=" + screeningQuestions + ", recruiter=" + recruiter + "]";
    }

    /** Builds an {@link EditJobPostingRequest}; {@link #build()} checks it. */
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
        private RecruiterJobChanges recruiter;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that owns the posting. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code job_title}. */
        public Builder jobTitle(JobTitle jobTitle) {
            this.jobTitle = jobTitle;
            return this;
        }

        /** {@code company}. */
        public Builder company(JobCompany company) {
            this.company = company;
            return this;
        }

        /** {@code workplace}. */
        public Builder workplace(JobWorkplace workplace) {
            this.workplace = workplace;
            return this;
        }

        /** {@code location}: a LinkedIn location id, digits only. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code employment_status}. */
        public Builder employmentStatus(EmploymentStatus employmentStatus) {
            this.employmentStatus = employmentStatus;
            return this;
        }

        /** {@code description}: may use HTML tags. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code auto_rejection_template}. */
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

        /** {@code recruiter}: the Recruiter changes. */
        public Builder recruiter(RecruiterJobChanges recruiter) {
            this.recruiter = recruiter;
            return this;
        }

        /** The request; fails naming the field that is missing, blank or malformed, or when nothing changes. */
        public EditJobPostingRequest build() {
            return new EditJobPostingRequest(this);
        }
    }
}
