package io.unipile.testkit.linkedin;

import io.unipile.linkedin.EmploymentStatus;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.JobSeniority;
import io.unipile.linkedin.JobWorkplace;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A job posting in the fake: seeded, or made by a client with {@code POST /linkedin/jobs}. It moves from draft to
 * active when published (possibly through a checkpoint), then to closed. Its applicants are {@link FakeApplicant}s.
 *
 * @param id the posting id
 * @param accountId the LinkedIn account that posted it
 * @param service CLASSIC, or RECRUITER for a posting of a Recruiter hiring project
 * @param state draft, active, review or closed
 * @param title the job title
 * @param description the description (may hold HTML)
 * @param company the company's name
 * @param companyId the company's LinkedIn id, or null when given as text
 * @param location where the job is
 * @param workplace on site, hybrid or remote
 * @param employmentStatus the kind of employment, or null
 * @param seniority the seniority, or null
 * @param functions the Recruiter job functions
 * @param industries the Recruiter industries
 * @param skills the skills asked for
 * @param projectId the Recruiter hiring project, or null for a CLASSIC posting
 * @param screeningQuestions the questions applicants answer, with the answers that qualify
 * @param externalApplyUrl where candidates apply when not on LinkedIn, or null
 * @param publishMode how it was published, or null while a draft
 * @param viewsCounter how many times it was seen
 * @param cost what it cost so far
 * @param createdAt when it was created
 * @param publishedAt when it was published, or null
 * @param closedAt when it was closed, or null
 */
public record FakeJobPosting(String id, String accountId, JobPostingService service, JobPostingState state,
                             String title, String description, String company, String companyId, String location,
                             JobWorkplace workplace, EmploymentStatus employmentStatus, JobSeniority seniority,
                             List<String> functions, List<String> industries, List<String> skills, String projectId,
                             List<ScreeningCriterion> screeningQuestions, String externalApplyUrl,
                             JobPublishMode publishMode, int viewsCounter, double cost, Instant createdAt,
                             Instant publishedAt, Instant closedAt) {

    /**
     * A screening question and the answers that qualify.
     *
     * @param question the question
     * @param favorableAnswers the qualifying answers
     */
    public record ScreeningCriterion(String question, List<String> favorableAnswers) {
        /** Requires the question. */
        public ScreeningCriterion {
            Objects.requireNonNull(question, "question");
            favorableAnswers = List.copyOf(favorableAnswers);
        }
    }

    /** Requires what the spec requires, values it knows, and a project exactly for RECRUITER postings. */
    public FakeJobPosting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(createdAt, "createdAt");
        known("service", Objects.requireNonNull(service, "service"));
        known("state", Objects.requireNonNull(state, "state"));
        known("workplace", Objects.requireNonNull(workplace, "workplace"));
        if (employmentStatus != null) {
            known("employmentStatus", employmentStatus);
        }
        if (seniority != null) {
            known("seniority", seniority);
        }
        if (publishMode != null) {
            known("publishMode", publishMode);
        }
        if (service.equals(JobPostingService.RECRUITER) != (projectId != null)) {
            throw new IllegalArgumentException("a RECRUITER posting belongs to a hiring project, a CLASSIC one not");
        }
        if (viewsCounter < 0 || cost < 0) {
            throw new IllegalArgumentException("viewsCounter and cost must not be negative");
        }
        functions = List.copyOf(functions);
        industries = List.copyOf(industries);
        skills = List.copyOf(skills);
        screeningQuestions = List.copyOf(screeningQuestions);
    }

    private static void known(String field, io.unipile.StringEnum value) {
        if (!value.isKnown()) {
            throw new IllegalArgumentException(field + " " + value + " is not a value of the spec");
        }
    }

    /** Whether candidates can apply: active or in review. */
    public boolean isOpen() {
        return state.equals(JobPostingState.ACTIVE) || state.equals(JobPostingState.REVIEW);
    }

    /** Where candidates apply: the external site, or the posting on LinkedIn. */
    public String applyUrl() {
        return externalApplyUrl != null ? externalApplyUrl : "https://www.linkedin.com/jobs/view/" + id + "/";
    }

    /** A builder for a CLASSIC draft of the account, with plausible defaults for every field but the title. */
    public static Builder builder(String accountId, String title) {
        return new Builder(accountId, title);
    }

    /** A builder holding this posting's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(accountId, title);
        b.id = id;
        b.service = service;
        b.state = state;
        b.description = description;
        b.company = company;
        b.companyId = companyId;
        b.location = location;
        b.workplace = workplace;
        b.employmentStatus = employmentStatus;
        b.seniority = seniority;
        b.functions = functions;
        b.industries = industries;
        b.skills = skills;
        b.projectId = projectId;
        b.screeningQuestions = screeningQuestions;
        b.externalApplyUrl = externalApplyUrl;
        b.publishMode = publishMode;
        b.viewsCounter = viewsCounter;
        b.cost = cost;
        b.createdAt = createdAt;
        b.publishedAt = publishedAt;
        b.closedAt = closedAt;
        return b;
    }

    /** Builds a {@link FakeJobPosting}. */
    public static final class Builder {
        private final String accountId;
        private String title;
        private String id;
        private JobPostingService service = JobPostingService.CLASSIC;
        private JobPostingState state = JobPostingState.DRAFT;
        private String description;
        private String company = "Acme";
        private String companyId;
        private String location = "Paris, Île-de-France, France";
        private JobWorkplace workplace = JobWorkplace.ON_SITE;
        private EmploymentStatus employmentStatus;
        private JobSeniority seniority;
        private List<String> functions = List.of();
        private List<String> industries = List.of();
        private List<String> skills = List.of();
        private String projectId;
        private List<ScreeningCriterion> screeningQuestions = List.of();
        private String externalApplyUrl;
        private JobPublishMode publishMode;
        private int viewsCounter;
        private double cost;
        private Instant createdAt;
        private Instant publishedAt;
        private Instant closedAt;

        private Builder(String accountId, String title) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Sets the id (default: random digits, like LinkedIn's). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Makes it a RECRUITER posting of this hiring project (default: CLASSIC, no project). */
        public Builder recruiter(String projectId) {
            this.service = JobPostingService.RECRUITER;
            this.projectId = Objects.requireNonNull(projectId, "projectId");
            return this;
        }

        /** Makes it a CLASSIC posting, without a project. */
        public Builder classic() {
            this.service = JobPostingService.CLASSIC;
            this.projectId = null;
            return this;
        }

        /** Sets the state (default: draft). */
        public Builder state(JobPostingState state) {
            this.state = state;
            return this;
        }

        /** Publishes it in this mode at this time: active, published. */
        public Builder published(JobPublishMode mode, Instant at) {
            this.state = JobPostingState.ACTIVE;
            this.publishMode = mode;
            this.publishedAt = at;
            return this;
        }

        /** Closes it at this time. */
        public Builder closed(Instant at) {
            this.state = JobPostingState.CLOSED;
            this.closedAt = at;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Sets the description (default: derived from the title). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets the company by name, without an id (default: Acme). */
        public Builder company(String company) {
            this.company = company;
            this.companyId = null;
            return this;
        }

        /** Sets the company to a seeded one, by name and id. */
        public Builder company(FakeCompany company) {
            this.company = company.name();
            this.companyId = company.id();
            return this;
        }

        /** Sets the location (default: Paris). */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets the workplace (default: ON_SITE). */
        public Builder workplace(JobWorkplace workplace) {
            this.workplace = workplace;
            return this;
        }

        /** Sets the employment status (default: none). */
        public Builder employmentStatus(EmploymentStatus employmentStatus) {
            this.employmentStatus = employmentStatus;
            return this;
        }

        /** Sets the seniority (default: none). */
        public Builder seniority(JobSeniority seniority) {
            this.seniority = seniority;
            return this;
        }

        /** Sets the Recruiter job functions (default: none). */
        public Builder functions(List<String> functions) {
            this.functions = functions;
            return this;
        }

        /** Sets the Recruiter industries (default: none). */
        public Builder industries(List<String> industries) {
            this.industries = industries;
            return this;
        }

        /** Sets the skills (default: none). */
        public Builder skills(String... skills) {
            this.skills = List.of(skills);
            return this;
        }

        /** Sets the screening questions (default: none). */
        public Builder screeningQuestions(List<ScreeningCriterion> screeningQuestions) {
            this.screeningQuestions = screeningQuestions;
            return this;
        }

        /** Candidates apply on this site instead of LinkedIn (default: on LinkedIn). */
        public Builder externalApplyUrl(String externalApplyUrl) {
            this.externalApplyUrl = externalApplyUrl;
            return this;
        }

        /** Sets how many times it was seen (default: 0). */
        public Builder viewsCounter(int viewsCounter) {
            this.viewsCounter = viewsCounter;
            return this;
        }

        /** Sets what it cost so far (default: 0). */
        public Builder cost(double cost) {
            this.cost = cost;
            return this;
        }

        /** Sets when it was created (default: now). */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** Builds the posting. */
        public FakeJobPosting build() {
            return new FakeJobPosting(id != null ? id : LinkedInIds.digits(10), accountId, service, state, title,
                    description != null ? description : "<p>" + title + " at " + company + ".</p>", company,
                    companyId, location, workplace, employmentStatus, seniority, functions, industries, skills,
                    projectId, screeningQuestions, externalApplyUrl, publishMode, viewsCounter, cost,
                    createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.MILLIS), publishedAt,
                    closedAt);
        }
    }
}
