package io.unipile.testkit.linkedin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.AccountType;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.linkedin.PipelineStage;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.SharedState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the fake knows of LinkedIn beyond messaging, as tests seed and read it: companies, Recruiter hiring projects,
 * job postings and their applicants with resumes, checkpoints to come, InMail balances, raw answers; and what member
 * actions and endorsements did. Reached with {@code server.state().linkedin()}.
 *
 * <pre>{@code
 * FakeAccount recruiter = server.state().linkedin().addRecruiterAccount();
 * FakeHiringProject project = server.state().linkedin().addProject(recruiter.id(), "Backend engineers");
 * FakeJobPosting job = server.state().linkedin().addJobPosting(FakeJobPosting
 *         .builder(recruiter.id(), "Backend engineer").recruiter(project.id())
 *         .published(JobPublishMode.FREE, Instant.now()).build());
 * server.state().linkedin().addApplicant(FakeApplicant.builder(job.id(), "Bob Durand")
 *         .resume(FakeApplicant.Resume.pdf("bob.pdf", pdfBytes)).build());
 * server.state().linkedin().requireCheckpointOnNextPublish(recruiter.id(), JobCheckpointType.OTP, "123456");
 * }</pre>
 *
 * <p>Thread-safe, under the state's one lock. Seeding fails with {@link IllegalArgumentException} when it names an
 * account, project or posting the fake does not hold; reads return immutable snapshots.
 */
public final class LinkedInState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SharedState shared;
    private final LinkedInStore store;
    private final LinkedInSearchState search;

    /** The LinkedIn part of this state. */
    public LinkedInState(SharedState shared) {
        this.shared = shared;
        this.store = LinkedInStore.of(shared);
        this.search = new LinkedInSearchState(shared);
    }

    /** What LinkedIn search finds: members, posts, parameter ids (companies and postings are seeded here). */
    public LinkedInSearchState search() {
        return search;
    }

    /**
     * A Recruiter member's candidate in a hiring project's pipeline, added with {@code addCandidateToPipeline}.
     *
     * @param projectId the hiring project
     * @param userId the member's Recruiter id
     * @param stage the stage they were added at
     */
    public record PipelineEntry(String projectId, String userId, PipelineStage stage) {
    }

    /**
     * A Sales Navigator lead saved with {@code saveLead}.
     *
     * @param accountId the account that saved it
     * @param userId the member's Sales Navigator id
     * @param listId the lead list, or null
     */
    public record SavedLead(String accountId, String userId, String listId) {
    }

    /**
     * A skill endorsement made with {@code POST /linkedin/profile/endorse}.
     *
     * @param accountId the account that endorsed
     * @param profileId the member endorsed
     * @param skillEndorsementId the skill's endorsement id
     */
    public record Endorsement(String accountId, String profileId, long skillEndorsementId) {
    }

    // ---- seeding ----

    /** Adds a LinkedIn account that subscribes to Premium and Recruiter, the kind the Recruiter routes need. */
    public FakeAccount addRecruiterAccount() {
        return addLinkedInAccount("premium", "recruiter");
    }

    /**
     * Adds a LinkedIn account with these paid products ({@code premium}, {@code recruiter},
     * {@code sales_navigator}); none for a free member.
     */
    public FakeAccount addLinkedInAccount(String... premiumFeatures) {
        String providerId = "ACoAA" + Ids.random(34);
        String handle = "member-" + Ids.random(6).toLowerCase(Locale.ROOT);
        return AccountStore.of(shared).add(FakeAccount.builder(AccountType.LINKEDIN)
                .providerId(providerId)
                .connectionParams(new FakeConnectionParams.Linkedin(providerId, handle, "Recruiter " + handle, null,
                        null, List.of(premiumFeatures), List.of(), null))
                .build());
    }

    /** Adds a company of this name with plausible defaults. */
    public FakeCompany addCompany(String name) {
        return addCompany(FakeCompany.builder(name).build());
    }

    /** Adds a company, or replaces the one with the same id. */
    public FakeCompany addCompany(FakeCompany company) {
        return store.add(company);
    }

    /** Names a LinkedIn location id, for postings made with it (unnamed ids read {@code Location <id>}). */
    public void addLocation(String id, String name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        store.addLocation(id, name);
    }

    /** Adds a hiring project of the account, owned by its holder, made now. */
    public FakeHiringProject addProject(String accountId, String name) {
        return addProject(FakeHiringProject.of(accountId, name));
    }

    /** Adds a hiring project, or replaces the one with the same id; its account must exist. */
    public FakeHiringProject addProject(FakeHiringProject project) {
        return store.add(project);
    }

    /**
     * Adds a job posting, or replaces the one with the same id. Its account must exist; a RECRUITER posting's
     * project must be the account's and have no other posting.
     */
    public FakeJobPosting addJobPosting(FakeJobPosting job) {
        return store.add(job);
    }

    /** Adds an applicant (with their resume, if any) to a posting in any state, or replaces the same id. */
    public FakeApplicant addApplicant(FakeApplicant applicant) {
        return store.add(applicant);
    }

    /**
     * Someone applies now to an open posting (active or in review), as on LinkedIn: the applicant is stored with
     * {@code appliedAt} now and counts in the posting's {@code applicants_counter}.
     *
     * @throws IllegalStateException when the posting is a draft or closed
     */
    public FakeApplicant simulateApplication(FakeApplicant applicant) {
        Objects.requireNonNull(applicant, "applicant");
        synchronized (shared.lock()) {
            FakeJobPosting job = store.job(applicant.jobId())
                    .orElseThrow(() -> new IllegalArgumentException("No job posting " + applicant.jobId()));
            if (!job.isOpen()) {
                throw new IllegalStateException("Job posting " + job.id() + " is " + job.state()
                        + ": nobody can apply");
            }
            return store.add(applicant.withAppliedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        }
    }

    /**
     * Makes the account's next publish stop at a checkpoint of this type, solved by {@code solution}
     * ({@code POST /linkedin/jobs/{draft_id}/checkpoint} with {@code input}); a wrong answer is 401
     * {@code errors/invalid_checkpoint_solution}. Several calls make several checkpoints, asked in turn.
     */
    public void requireCheckpointOnNextPublish(String accountId, JobCheckpointType type, String solution) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(solution, "solution");
        store.queueCheckpoint(accountId, new LinkedInStore.Checkpoint(type, solution));
    }

    /**
     * Sets the account's InMail credits per product, null for a product it lacks (by default, 10 for each product
     * it subscribes to).
     */
    public void setInMailBalance(String accountId, Integer premium, Integer recruiter, Integer salesNavigator) {
        AccountStore.of(shared).require(accountId);
        store.setBalance(accountId, new LinkedInStore.InMailBalance(premium, recruiter, salesNavigator));
    }

    /**
     * Seeds what LinkedIn answers to {@code method requestUrl} through {@code POST /linkedin}: {@code dataJson} becomes
     * the reply's {@code data}. Unseeded requests are 404.
     *
     * @throws IllegalArgumentException when the method is not one the route takes or the JSON does not parse
     */
    public void addRawData(String method, String requestUrl, String dataJson) {
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
            throw new IllegalArgumentException("method must be GET, POST, PUT, PATCH or DELETE");
        }
        Objects.requireNonNull(requestUrl, "requestUrl");
        JsonNode data;
        try {
            data = JSON.readTree(Objects.requireNonNull(dataJson, "dataJson"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("dataJson is not JSON: " + e.getOriginalMessage(), e);
        }
        store.addRawAnswer(method, requestUrl, data);
    }

    // ---- reads ----

    /** Every company, in the order added. */
    public List<FakeCompany> companies() {
        return store.companies();
    }

    /** Every hiring project, in the order made. */
    public List<FakeHiringProject> projects() {
        return store.allProjects();
    }

    /** The hiring project with this id. */
    public Optional<FakeHiringProject> project(String id) {
        return store.project(id);
    }

    /** Every job posting, in the order made, as it stands now. */
    public List<FakeJobPosting> jobPostings() {
        return store.allJobs();
    }

    /** The job posting with this id, as it stands now. */
    public Optional<FakeJobPosting> jobPosting(String id) {
        return store.job(id);
    }

    /** Whether a draft waits at a checkpoint before it is published. */
    public boolean waitsAtCheckpoint(String jobId) {
        return store.waitsAtCheckpoint(jobId);
    }

    /** The applicants of a posting, in the order added. */
    public List<FakeApplicant> applicants(String jobId) {
        return store.allApplicants().stream().filter(a -> a.jobId().equals(jobId)).toList();
    }

    /** The applicant with this id. */
    public Optional<FakeApplicant> applicant(String id) {
        return store.applicant(id);
    }

    /** The candidates added to a project's pipeline, in order. */
    public List<PipelineEntry> pipeline(String projectId) {
        return store.pipeline().stream().filter(e -> e.projectId().equals(projectId)).toList();
    }

    /** The leads saved, in order. */
    public List<SavedLead> savedLeads() {
        return store.savedLeads();
    }

    /** The endorsements made, in order. */
    public List<Endorsement> endorsements() {
        return store.endorsements();
    }
}
