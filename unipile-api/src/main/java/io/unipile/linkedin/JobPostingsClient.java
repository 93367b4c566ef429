package io.unipile.linkedin;

import io.unipile.files.FileDownload;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/**
 * LinkedIn job postings and their applicants: {@code /api/v1/linkedin/jobs}. A posting starts as a draft
 * ({@link #createDraft}), may be {@link #edit edited}, is {@link #publish published} (LinkedIn may first ask for a
 * checkpoint, {@link #solveCheckpoint}), then {@link #close closed}. Writes are never re-sent once they may have
 * reached the server.
 *
 * <p>Postings of LinkedIn Recruiter are reached with {@link JobPostingService#RECRUITER}; where the service is
 * optional, Unipile's default is {@link JobPostingService#CLASSIC}.
 */
public interface JobPostingsClient {

    /** One page of the account's postings ({@code GET /linkedin/jobs}), active ones unless asked otherwise. */
    Page<JobPosting> list(ListJobPostingsRequest request);

    /** The first page of the account's active postings, of the server's default size. */
    default Page<JobPosting> list(String accountId) {
        return list(ListJobPostingsRequest.builder(accountId).build());
    }

    /** {@link #list(ListJobPostingsRequest)} without blocking. */
    CompletableFuture<Page<JobPosting>> listAsync(ListJobPostingsRequest request);

    /** Every posting matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<JobPosting> listAll(ListJobPostingsRequest request);

    /** Every active posting of the account, in pages of the server's default size. */
    default PagedIterable<JobPosting> listAll(String accountId) {
        return listAll(ListJobPostingsRequest.builder(accountId).build());
    }

    /**
     * Creates a draft ({@code POST /linkedin/jobs}); the reply has its id and what publishing it would take. Not
     * retried once it may have reached the server: a repeat would make a second draft.
     */
    JobDraftCreated createDraft(CreateJobPostingRequest request);

    /** {@link #createDraft(CreateJobPostingRequest)} without blocking. */
    CompletableFuture<JobDraftCreated> createDraftAsync(CreateJobPostingRequest request);

    /** One posting ({@code GET /linkedin/jobs/{job_id}}) of the given service, which is required here. */
    JobPosting get(String jobId, String accountId, JobPostingService service);

    /** {@link #get(String, String, JobPostingService)} without blocking. */
    CompletableFuture<JobPosting> getAsync(String jobId, String accountId, JobPostingService service);

    /** Changes a posting ({@code PATCH /linkedin/jobs/{job_id}}). Not retried once it may have reached the server. */
    JobPostingEdited edit(String jobId, EditJobPostingRequest request);

    /** {@link #edit(String, EditJobPostingRequest)} without blocking. */
    CompletableFuture<JobPostingEdited> editAsync(String jobId, EditJobPostingRequest request);

    /**
     * Publishes a draft ({@code POST /linkedin/jobs/{draft_id}/publish}). The reply says it is published, or that
     * LinkedIn asks for a checkpoint first ({@link JobPublication#needsCheckpoint()}). Not retried once it may have
     * reached the server: a promoted posting costs money.
     */
    JobPublication publish(String draftId, PublishJobPostingRequest request);

    /** {@link #publish(String, PublishJobPostingRequest)} without blocking. */
    CompletableFuture<JobPublication> publishAsync(String draftId, PublishJobPostingRequest request);

    /**
     * Answers the checkpoint of a draft being published ({@code POST /linkedin/jobs/{draft_id}/checkpoint}); the
     * reply says whether it is now published or another checkpoint follows. Not retried once it may have reached
     * the server: a code is good once.
     */
    JobPublication solveCheckpoint(String draftId, SolveJobCheckpointRequest request);

    /** {@link #solveCheckpoint(String, SolveJobCheckpointRequest)} without blocking. */
    CompletableFuture<JobPublication> solveCheckpointAsync(String draftId, SolveJobCheckpointRequest request);

    /** Closes a classic posting ({@code POST /linkedin/jobs/{id}/close}); not retried once it may have reached it. */
    default JobPostingClosed close(String jobId, String accountId) {
        return close(jobId, accountId, null);
    }

    /**
     * Closes a posting ({@code POST /linkedin/jobs/{id}/close}) of the given service, or of Unipile's default
     * (classic) when {@code null}. Not retried once it may have reached the server.
     */
    JobPostingClosed close(String jobId, String accountId, JobPostingService service);

    /** {@link #close(String, String, JobPostingService)} without blocking. */
    CompletableFuture<JobPostingClosed> closeAsync(String jobId, String accountId, JobPostingService service);

    /** One page of a posting's applicants ({@code GET /linkedin/jobs/{id}/applicants}), filtered by the request. */
    Page<JobApplicant> listApplicants(String jobId, ListJobApplicantsRequest request);

    /** The first page of a classic posting's applicants, of the server's default size. */
    default Page<JobApplicant> listApplicants(String jobId, String accountId) {
        return listApplicants(jobId, ListJobApplicantsRequest.builder(accountId).build());
    }

    /** {@link #listApplicants(String, ListJobApplicantsRequest)} without blocking. */
    CompletableFuture<Page<JobApplicant>> listApplicantsAsync(String jobId, ListJobApplicantsRequest request);

    /** Every applicant matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<JobApplicant> listAllApplicants(String jobId, ListJobApplicantsRequest request);

    /** Every applicant of a classic posting, in pages of the server's default size. */
    default PagedIterable<JobApplicant> listAllApplicants(String jobId, String accountId) {
        return listAllApplicants(jobId, ListJobApplicantsRequest.builder(accountId).build());
    }

    /** One applicant ({@code GET /linkedin/jobs/applicants/{applicant_id}}). */
    JobApplicant getApplicant(String applicantId, String accountId);

    /** {@link #getApplicant(String, String)} without blocking. */
    CompletableFuture<JobApplicant> getApplicantAsync(String applicantId, String accountId);

    /** Starts downloading the resume of an applicant to a classic posting. Close the download. */
    default FileDownload downloadResume(String applicantId, String accountId) {
        return downloadResume(applicantId, accountId, null);
    }

    /**
     * Starts downloading an applicant's resume ({@code GET /linkedin/jobs/applicants/{applicant_id}/resume}) from
     * the given service, or Unipile's default (classic) when {@code null}: returns once the headers arrived; the
     * bytes stream from {@link FileDownload#stream()} and are never held whole. Close the download.
     */
    FileDownload downloadResume(String applicantId, String accountId, JobPostingService service);

    /** {@link #downloadResume(String, String, JobPostingService)} without blocking. */
    CompletableFuture<FileDownload> downloadResumeAsync(String applicantId, String accountId,
                                                        JobPostingService service);
}
