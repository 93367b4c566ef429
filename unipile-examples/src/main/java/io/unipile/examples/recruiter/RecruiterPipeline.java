package io.unipile.examples.recruiter;

import io.unipile.UnipileClient;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileDownload;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.HiringProject;
import io.unipile.linkedin.JobApplicant;
import io.unipile.linkedin.JobPosting;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.ListJobApplicantsRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An example of a recruiter's routine built on the library, from a LinkedIn Recruiter seat: find the hiring project
 * by name, take its job posting, save the resume of each applicant rated a good fit, and write to each of them in
 * the project's Recruiter inbox. Reports, per applicant, whether the message went out, failed, or has an unknown
 * outcome (which must not be blindly retried: the applicant could get the message twice).
 *
 * <pre>{@code
 * List<Outcome> outcomes = new RecruiterPipeline(unipile, accountId)
 *         .contactGoodFits("Backend engineers", Path.of("resumes"));
 * }</pre>
 */
public final class RecruiterPipeline {

    /** What happened for one applicant: the chat started, or why not; the resume saved, or null when none. */
    public record Outcome(String applicantId, String name, Status status, String chatId, Path resume, String detail) {
    }

    /** How writing to an applicant ended. */
    public enum Status { MESSAGED, FAILED, UNKNOWN }

    private final UnipileClient unipile;
    private final String accountId;

    public RecruiterPipeline(UnipileClient unipile, String accountId) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    /**
     * Contacts every applicant rated {@link ApplicantRating#GOOD_FIT} of the project's posting, the latest first.
     *
     * @param projectName the hiring project's name
     * @param resumeDir   where the resumes are saved, as {@code <applicant id>.pdf}
     * @throws IllegalArgumentException when the account has no such project, or its posting is not open
     */
    public List<Outcome> contactGoodFits(String projectName, Path resumeDir) {
        HiringProject project = unipile.linkedin().projects().listAll(accountId).stream()
                .filter(p -> p.name().equals(projectName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No hiring project named " + projectName));
        JobPosting job = project.jobPosting();
        if (job == null || !JobPostingState.ACTIVE.equals(job.state())) {
            throw new IllegalArgumentException("Project " + projectName + " has no open job posting");
        }
        List<Outcome> outcomes = new ArrayList<>();
        ListJobApplicantsRequest goodFits = ListJobApplicantsRequest.builder(accountId)
                .ratings(ApplicantRating.GOOD_FIT).service(JobPostingService.RECRUITER).build();
        for (JobApplicant applicant : unipile.linkedin().jobs().listAllApplicants(job.id(), goodFits)) {
            Path resume = saveResume(applicant, resumeDir);
            outcomes.add(write(applicant, project, job, resume));
        }
        return outcomes;
    }

    private Path saveResume(JobApplicant applicant, Path dir) {
        Path file = dir.resolve(applicant.id() + ".pdf");
        try (FileDownload download = unipile.linkedin().jobs().downloadResume(applicant.id(), accountId,
                JobPostingService.RECRUITER)) {
            download.saveTo(file);
            return file;
        } catch (NotFoundException noResume) {
            return null;
        }
    }

    private Outcome write(JobApplicant applicant, HiringProject project, JobPosting job, Path resume) {
        String firstName = applicant.name().split(" ")[0];
        String text = "Hi " + firstName + ", thank you for applying to " + job.title() + " at " + job.company()
                + ". Your profile is a great fit: could we talk this week?";
        try {
            ChatStarted started = unipile.chats().start(StartChatRequest.builder(accountId, applicant.profileId())
                    .text(text)
                    .linkedin(LinkedInOptions.recruiter().hiringProjectId(project.id()).jobPostingId(job.id())
                            .build())
                    .build());
            return new Outcome(applicant.id(), applicant.name(), Status.MESSAGED, started.chatId(), resume, null);
        } catch (UnipileTransportException e) {
            return new Outcome(applicant.id(), applicant.name(), e.mayHaveReachedServer() ? Status.UNKNOWN
                    : Status.FAILED, null, resume, e.getMessage());
        } catch (UnipileApiException e) {
            return new Outcome(applicant.id(), applicant.name(), e.details().isOutcomeUnknown() ? Status.UNKNOWN
                    : Status.FAILED, null, resume, e.errorCode().orElse(e.getMessage()));
        }
    }
}
