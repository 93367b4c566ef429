package io.unipile.testkit.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.PipelineStage;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The LinkedIn slice of the fake's state: companies, hiring projects, job postings and their applicants, checkpoints
 * to come, InMail balances, raw answers, and what member actions and endorsements did. Runs under the shared lock;
 * its handler-facing methods answer Unipile's errors as {@link ApiException}s.
 */
public final class LinkedInStore implements SharedState.Slice {
    /** The free posting LinkedIn allows a member at a time, and the reason it gives for refusing a second one. */
    static final String ONE_FREE_POSTING = "ONE_FREE_JOB_POSTING_AT_A_TIME";

    private final SharedState shared;
    private final Table<FakeCompany> companies = new Table<>();
    private final Table<FakeHiringProject> projects = new Table<>();
    private final Table<FakeJobPosting> jobs = new Table<>();
    private final Table<FakeApplicant> applicants = new Table<>();
    private final Map<String, Deque<Checkpoint>> checkpointRules = new HashMap<>();
    private final Map<String, OpenCheckpoint> openCheckpoints = new HashMap<>();
    private final Map<String, InMailBalance> balances = new HashMap<>();
    private final Map<String, JsonNode> rawAnswers = new LinkedHashMap<>();
    private final Map<String, String> locations = new HashMap<>();
    private final List<LinkedInState.PipelineEntry> pipeline = new ArrayList<>();
    private final List<LinkedInState.SavedLead> savedLeads = new ArrayList<>();
    private final List<LinkedInState.Endorsement> endorsements = new ArrayList<>();

    /** A checkpoint LinkedIn will ask for, and the answer that solves it. */
    record Checkpoint(JobCheckpointType type, String solution) {
    }

    /** The checkpoints still in the way of a draft being published, and the mode it is published in once past. */
    private record OpenCheckpoint(Deque<Checkpoint> remaining, JobPublishMode mode) {
    }

    /** The credits of each product; null for a product the account lacks. */
    record InMailBalance(Integer premium, Integer recruiter, Integer salesNavigator) {
    }

    /**
     * A free publication refused because the member has a free posting open already. Unipile documents it, for
     * publishing and for solving a checkpoint, as HTTP 502 with a 400 {@code errors/invalid_parameters} body: "This
     * draft is not eligible to free posting."
     */
    static final class NotEligibleForFree extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEligibleForFree() {
            super("This draft is not eligible to free posting.", null, false, false);
        }
    }

    /** What publishing (or solving a checkpoint) did: the posting, and the checkpoint now asked for, or null. */
    record Publication(FakeJobPosting job, JobCheckpointType checkpoint) {
    }

    private LinkedInStore(SharedState shared) {
        this.shared = shared;
    }

    /** The LinkedIn slice of this state. */
    public static LinkedInStore of(SharedState shared) {
        return shared.slice(LinkedInStore.class, LinkedInStore::new);
    }

    // ---- accounts ----

    /** The LinkedIn account of a request: 404 when unknown, 422 {@code errors/invalid_account} for another type. */
    FakeAccount linkedinAccount(String accountId) {
        FakeAccount account = AccountStore.of(shared).requireKnown(accountId);
        if (!account.type().equals(AccountType.LINKEDIN)) {
            throw new ApiException(422, "invalid_account", "Account " + accountId + " is a " + account.type()
                    + " account, not a LinkedIn one");
        }
        return account;
    }

    /** A LinkedIn account with this paid product: 403 {@code errors/feature_not_subscribed} without it. */
    FakeAccount subscribed(String accountId, String feature) {
        FakeAccount account = linkedinAccount(accountId);
        if (!hasFeature(account, feature)) {
            throw new ApiException(403, "feature_not_subscribed", "Account " + accountId + " has no LinkedIn "
                    + feature + " subscription");
        }
        return account;
    }

    static boolean hasFeature(FakeAccount account, String feature) {
        return account.connectionParams() instanceof FakeConnectionParams.Linkedin linkedin
                && linkedin.premiumFeatures().contains(feature);
    }

    // ---- companies, balances, raw data ----

    /** Adds or replaces a company. */
    FakeCompany add(FakeCompany company) {
        Objects.requireNonNull(company, "company");
        synchronized (shared.lock()) {
            companies.put(company.id(), company);
            return company;
        }
    }

    /** The company with this id, public identifier or URN: 404 when none. */
    FakeCompany company(String identifier) {
        synchronized (shared.lock()) {
            String id = identifier.replaceFirst("^urn:li:(fsd_company|organization|company):", "");
            for (FakeCompany c : companies.values()) {
                if (c.id().equals(id) || c.publicIdentifier().equals(identifier)) {
                    return c;
                }
            }
            throw ApiException.notFound("Company " + identifier + " not found");
        }
    }

    Optional<FakeCompany> companyById(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(companies.get(id));
        }
    }

    void addLocation(String id, String name) {
        synchronized (shared.lock()) {
            locations.put(id, name);
        }
    }

    /** The locations named by tests, id to name. */
    Map<String, String> locations() {
        synchronized (shared.lock()) {
            return Map.copyOf(locations);
        }
    }

    /** The name of a location id, or null for null. */
    String locationNameOrNull(String id) {
        return id == null ? null : locationName(id);
    }

    /** The name of a LinkedIn location id: as seeded, else {@code Location <id>}. */
    String locationName(String id) {
        synchronized (shared.lock()) {
            return locations.getOrDefault(id, "Location " + id);
        }
    }

    void setBalance(String accountId, InMailBalance balance) {
        synchronized (shared.lock()) {
            balances.put(accountId, balance);
        }
    }

    /** The account's credits: as set, else 10 InMails per product it subscribes to. */
    InMailBalance balance(FakeAccount account) {
        synchronized (shared.lock()) {
            InMailBalance set = balances.get(account.id());
            if (set != null) {
                return set;
            }
            return new InMailBalance(hasFeature(account, "premium") ? 10 : null,
                    hasFeature(account, "recruiter") ? 10 : null, hasFeature(account, "sales_navigator") ? 10 : null);
        }
    }

    void addRawAnswer(String method, String requestUrl, JsonNode data) {
        synchronized (shared.lock()) {
            rawAnswers.put(method + " " + requestUrl, data);
        }
    }

    /** LinkedIn's answer seeded for this method and URL: 404 when none was, as LinkedIn knows no such endpoint. */
    JsonNode rawAnswer(String method, String requestUrl) {
        synchronized (shared.lock()) {
            JsonNode data = rawAnswers.get(method + " " + requestUrl);
            if (data == null) {
                throw ApiException.notFound("LinkedIn answered 404 to " + method + " " + requestUrl
                        + " (the fake answers only what state().linkedin().addRawData(...) seeded)");
            }
            return data.deepCopy();
        }
    }

    // ---- member actions and endorsements ----

    void addToPipeline(String accountId, String userId, String projectId, PipelineStage stage) {
        synchronized (shared.lock()) {
            subscribed(accountId, "recruiter");
            project(accountId, projectId);
            if (pipeline.stream().anyMatch(e -> e.projectId().equals(projectId) && e.userId().equals(userId))) {
                throw new ApiException(422, "action_already_performed", userId + " is already in the pipeline of "
                        + "project " + projectId);
            }
            pipeline.add(new LinkedInState.PipelineEntry(projectId, userId, stage));
        }
    }

    void saveLead(String accountId, String userId, String listId) {
        synchronized (shared.lock()) {
            subscribed(accountId, "sales_navigator");
            LinkedInState.SavedLead lead = new LinkedInState.SavedLead(accountId, userId, listId);
            if (savedLeads.contains(lead)) {
                throw new ApiException(422, "action_already_performed", userId + " is already a saved lead");
            }
            savedLeads.add(lead);
        }
    }

    void endorse(String accountId, String profileId, long skillEndorsementId) {
        synchronized (shared.lock()) {
            linkedinAccount(accountId);
            LinkedInState.Endorsement endorsement = new LinkedInState.Endorsement(accountId, profileId,
                    skillEndorsementId);
            if (endorsements.contains(endorsement)) {
                throw new ApiException(422, "action_already_performed", "Skill " + skillEndorsementId + " of "
                        + profileId + " is already endorsed");
            }
            endorsements.add(endorsement);
        }
    }

    // ---- hiring projects ----

    /** Adds or replaces a project; its account must exist. */
    FakeHiringProject add(FakeHiringProject project) {
        Objects.requireNonNull(project, "project");
        synchronized (shared.lock()) {
            AccountStore.of(shared).require(project.accountId());
            projects.put(project.id(), project);
            return project;
        }
    }

    /** The account's projects, in the order made. */
    List<Paging.Entry<FakeHiringProject>> projects(String accountId) {
        synchronized (shared.lock()) {
            return projects.entries().stream().filter(e -> e.item().accountId().equals(accountId)).toList();
        }
    }

    /** A project of the account: 404 when unknown or another account's. */
    FakeHiringProject project(String accountId, String projectId) {
        synchronized (shared.lock()) {
            FakeHiringProject project = projects.get(projectId);
            if (project == null || !project.accountId().equals(accountId)) {
                throw ApiException.notFound("Hiring project " + projectId + " not found");
            }
            return project;
        }
    }

    /** The posting of a project, if it has one. */
    Optional<FakeJobPosting> jobOf(FakeHiringProject project) {
        synchronized (shared.lock()) {
            return jobs.values().stream().filter(j -> project.id().equals(j.projectId())).findFirst();
        }
    }

    // ---- job postings ----

    /** Adds or replaces a posting; its account and, for RECRUITER ones, its project must exist. */
    FakeJobPosting add(FakeJobPosting job) {
        Objects.requireNonNull(job, "job");
        synchronized (shared.lock()) {
            AccountStore.of(shared).require(job.accountId());
            if (job.projectId() != null) {
                FakeHiringProject project = projects.get(job.projectId());
                if (project == null || !project.accountId().equals(job.accountId())) {
                    throw new IllegalArgumentException("No hiring project " + job.projectId() + " of account "
                            + job.accountId());
                }
                jobOf(project).filter(other -> !other.id().equals(job.id())).ifPresent(other -> {
                    throw new IllegalArgumentException("Project " + project.id() + " already has posting "
                            + other.id());
                });
            }
            jobs.put(job.id(), job);
            return job;
        }
    }

    /** The account's postings that pass the filter, newest first. */
    List<Paging.Entry<FakeJobPosting>> jobs(String accountId, Predicate<FakeJobPosting> filter) {
        synchronized (shared.lock()) {
            List<Paging.Entry<FakeJobPosting>> entries = new ArrayList<>();
            for (FakeJobPosting job : jobs.values()) {
                if (job.accountId().equals(accountId) && filter.test(job)) {
                    entries.add(new Paging.Entry<>(job, Paging.newestFirst(job.createdAt(), jobs.sequence(job.id()))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    Optional<FakeJobPosting> job(String jobId) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(jobs.get(jobId));
        }
    }

    /** A posting of the account, whatever its service: 404 when unknown or another account's. */
    FakeJobPosting job(String accountId, String jobId) {
        synchronized (shared.lock()) {
            FakeJobPosting job = jobs.get(jobId);
            if (job == null || !job.accountId().equals(accountId)) {
                throw ApiException.notFound("Job posting " + jobId + " not found");
            }
            return job;
        }
    }

    /**
     * A posting of the account and service: 404 when unknown, another account's, or of the other service (LinkedIn
     * and Recruiter do not see each other's postings).
     */
    FakeJobPosting job(String accountId, String jobId, JobPostingService service) {
        synchronized (shared.lock()) {
            FakeJobPosting job = job(accountId, jobId);
            if (!job.service().equals(service)) {
                throw ApiException.notFound("Job posting " + jobId + " is a " + job.service() + " posting, not a "
                        + service + " one");
            }
            return job;
        }
    }

    /** How many people applied to a posting. */
    int applicantCount(String jobId) {
        synchronized (shared.lock()) {
            return (int) applicants.values().stream().filter(a -> a.jobId().equals(jobId)).count();
        }
    }

    /** Why the account may not publish another posting for free, or null when it may. */
    String freeIneligibility(String accountId, String exceptJobId) {
        synchronized (shared.lock()) {
            boolean busy = jobs.values().stream().anyMatch(j -> j.accountId().equals(accountId) && j.isOpen()
                    && JobPublishMode.FREE.equals(j.publishMode()) && !j.id().equals(exceptJobId));
            return busy ? ONE_FREE_POSTING : null;
        }
    }

    /**
     * Creates a draft: a RECRUITER one joins an existing project of the account ({@code projectId}) or a new one
     * ({@code newProjectName}), which must not have a posting yet.
     */
    FakeJobPosting createDraft(FakeJobPosting.Builder draft, String projectId, String newProjectName,
                               FakeAccount account, Instant now) {
        synchronized (shared.lock()) {
            if (projectId != null) {
                FakeHiringProject project = project(account.id(), projectId);
                jobOf(project).ifPresent(other -> {
                    throw new ApiException(422, "unprocessable_entity", "Hiring project " + projectId
                            + " already has job posting " + other.id());
                });
                draft.recruiter(projectId);
            } else if (newProjectName != null) {
                FakeHiringProject project = add(FakeHiringProject.of(account.id(), newProjectName)
                        .withCreatedAt(now));
                draft.recruiter(project.id());
            }
            return add(draft.createdAt(now).build());
        }
    }

    /** Stores a changed posting in place. */
    void update(FakeJobPosting job) {
        synchronized (shared.lock()) {
            jobs.put(job.id(), job);
        }
    }

    void queueCheckpoint(String accountId, Checkpoint checkpoint) {
        synchronized (shared.lock()) {
            AccountStore.of(shared).require(accountId);
            checkpointRules.computeIfAbsent(accountId, id -> new ArrayDeque<>()).add(checkpoint);
        }
    }

    /**
     * Publishes a draft: 422 when it is not a draft, {@link NotEligibleForFree} for a second free posting; when
     * checkpoints are queued for the account, the draft waits at the first.
     */
    Publication publish(String accountId, String jobId, JobPostingService service, JobPublishMode mode, Instant now) {
        synchronized (shared.lock()) {
            FakeJobPosting job = job(accountId, jobId, service);
            OpenCheckpoint waiting = openCheckpoints.get(jobId);
            if (waiting != null) {
                // Publishing again does not skip the checkpoint: LinkedIn asks for it again.
                return new Publication(job, waiting.remaining().peek().type());
            }
            if (!job.state().equals(JobPostingState.DRAFT)) {
                throw new ApiException(422, "action_already_performed", "Job posting " + jobId + " is "
                        + job.state() + ", not a draft");
            }
            if (mode.equals(JobPublishMode.FREE) && freeIneligibility(accountId, jobId) != null) {
                throw new NotEligibleForFree();
            }
            Deque<Checkpoint> queued = checkpointRules.remove(accountId);
            if (queued != null && !queued.isEmpty()) {
                openCheckpoints.put(jobId, new OpenCheckpoint(queued, mode));
                return new Publication(job, queued.peek().type());
            }
            return new Publication(published(job, mode, now), null);
        }
    }

    /**
     * Answers the checkpoint a draft waits at: 422 when it waits at none, 401 {@code invalid_checkpoint_solution}
     * for a wrong answer (the draft keeps waiting); past the last, the draft is published.
     */
    Publication solveCheckpoint(String accountId, String jobId, String input, Instant now) {
        synchronized (shared.lock()) {
            FakeJobPosting job = job(accountId, jobId);
            OpenCheckpoint open = openCheckpoints.get(jobId);
            if (open == null) {
                throw new ApiException(422, "unprocessable_entity", "Job posting " + jobId
                        + " waits at no checkpoint");
            }
            if (!open.remaining().peek().solution().equals(input)) {
                throw new ApiException(401, "invalid_checkpoint_solution", "The checkpoint's answer is wrong");
            }
            if (open.remaining().size() == 1 && open.mode().equals(JobPublishMode.FREE)
                    && freeIneligibility(accountId, jobId) != null) {
                // Another posting went out for free meanwhile: the draft keeps waiting, to be published promoted.
                throw new NotEligibleForFree();
            }
            open.remaining().poll();
            if (!open.remaining().isEmpty()) {
                return new Publication(job, open.remaining().peek().type());
            }
            openCheckpoints.remove(jobId);
            return new Publication(published(job, open.mode(), now), null);
        }
    }

    private FakeJobPosting published(FakeJobPosting job, JobPublishMode mode, Instant now) {
        FakeJobPosting published = job.toBuilder().published(mode, now).build();
        jobs.put(published.id(), published);
        return published;
    }

    /** Closes an open posting: 422 for a draft or a posting already closed. */
    FakeJobPosting close(String accountId, String jobId, JobPostingService service, Instant now) {
        synchronized (shared.lock()) {
            FakeJobPosting job = job(accountId, jobId, service);
            if (job.state().equals(JobPostingState.CLOSED)) {
                throw new ApiException(422, "action_already_performed", "Job posting " + jobId + " is already closed");
            }
            if (job.state().equals(JobPostingState.DRAFT)) {
                throw new ApiException(422, "unprocessable_entity", "Job posting " + jobId
                        + " is a draft: publish it before closing it");
            }
            FakeJobPosting closed = job.toBuilder().closed(now).build();
            jobs.put(closed.id(), closed);
            return closed;
        }
    }

    /** Whether a draft waits at a checkpoint. */
    boolean waitsAtCheckpoint(String jobId) {
        synchronized (shared.lock()) {
            return openCheckpoints.containsKey(jobId);
        }
    }

    // ---- applicants ----

    /** Adds or replaces an applicant; the posting must exist. */
    FakeApplicant add(FakeApplicant applicant) {
        Objects.requireNonNull(applicant, "applicant");
        synchronized (shared.lock()) {
            if (!jobs.contains(applicant.jobId())) {
                throw new IllegalArgumentException("No job posting " + applicant.jobId());
            }
            applicants.put(applicant.id(), applicant);
            return applicant;
        }
    }

    /** A posting's applicants that pass the filter, the latest first. */
    List<Paging.Entry<FakeApplicant>> applicants(String jobId, Predicate<FakeApplicant> filter) {
        synchronized (shared.lock()) {
            List<Paging.Entry<FakeApplicant>> entries = new ArrayList<>();
            for (FakeApplicant a : applicants.values()) {
                if (a.jobId().equals(jobId) && filter.test(a)) {
                    entries.add(new Paging.Entry<>(a, Paging.newestFirst(a.appliedAt(), applicants.sequence(a.id()))));
                }
            }
            return Paging.sorted(entries);
        }
    }

    /** An applicant to a posting of the account: 404 otherwise. */
    FakeApplicant applicant(String accountId, String applicantId) {
        synchronized (shared.lock()) {
            FakeApplicant a = applicants.get(applicantId);
            FakeJobPosting job = a == null ? null : jobs.get(a.jobId());
            if (job == null || !job.accountId().equals(accountId)) {
                throw ApiException.notFound("Job applicant " + applicantId + " not found");
            }
            return a;
        }
    }

    Optional<FakeApplicant> applicant(String applicantId) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(applicants.get(applicantId));
        }
    }

    // ---- reads for tests ----

    List<FakeCompany> companies() {
        synchronized (shared.lock()) {
            return List.copyOf(companies.values());
        }
    }

    List<FakeHiringProject> allProjects() {
        synchronized (shared.lock()) {
            return List.copyOf(projects.values());
        }
    }

    Optional<FakeHiringProject> project(String projectId) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(projects.get(projectId));
        }
    }

    List<FakeJobPosting> allJobs() {
        synchronized (shared.lock()) {
            return List.copyOf(jobs.values());
        }
    }

    List<FakeApplicant> allApplicants() {
        synchronized (shared.lock()) {
            return List.copyOf(applicants.values());
        }
    }

    List<LinkedInState.PipelineEntry> pipeline() {
        synchronized (shared.lock()) {
            return List.copyOf(pipeline);
        }
    }

    List<LinkedInState.SavedLead> savedLeads() {
        synchronized (shared.lock()) {
            return List.copyOf(savedLeads);
        }
    }

    List<LinkedInState.Endorsement> endorsements() {
        synchronized (shared.lock()) {
            return List.copyOf(endorsements);
        }
    }

    /**
     * Forgets what an account holds, as Unipile forgets a deleted account: its projects, postings and their
     * applicants, its checkpoints, balance, leads and endorsements. Companies, locations and raw answers are
     * LinkedIn's, and stay.
     */
    public void removeOf(String accountId) {
        synchronized (shared.lock()) {
            Set<String> projectIds = new HashSet<>();
            projects.values().stream().filter(p -> p.accountId().equals(accountId))
                    .forEach(p -> projectIds.add(p.id()));
            Set<String> jobIds = new HashSet<>();
            jobs.values().stream().filter(j -> j.accountId().equals(accountId)).forEach(j -> jobIds.add(j.id()));
            projects.removeIf(p -> projectIds.contains(p.id()));
            jobs.removeIf(j -> jobIds.contains(j.id()));
            applicants.removeIf(a -> jobIds.contains(a.jobId()));
            jobIds.forEach(openCheckpoints::remove);
            checkpointRules.remove(accountId);
            balances.remove(accountId);
            pipeline.removeIf(e -> projectIds.contains(e.projectId()));
            savedLeads.removeIf(l -> l.accountId().equals(accountId));
            endorsements.removeIf(e -> e.accountId().equals(accountId));
        }
    }

    @Override
    public void clear() {
        companies.clear();
        projects.clear();
        jobs.clear();
        applicants.clear();
        checkpointRules.clear();
        openCheckpoints.clear();
        balances.clear();
        rawAnswers.clear();
        locations.clear();
        pipeline.clear();
        savedLeads.clear();
        endorsements.clear();
    }
}
