package io.unipile.internal.linkedin;

import io.unipile.files.FileDownload;
import io.unipile.internal.ApiCaller;
import io.unipile.internal.linkedin.LinkedInEndpoints.Scope;
import io.unipile.linkedin.CreateJobPostingRequest;
import io.unipile.linkedin.EditJobPostingRequest;
import io.unipile.linkedin.JobApplicant;
import io.unipile.linkedin.JobDraftCreated;
import io.unipile.linkedin.JobPosting;
import io.unipile.linkedin.JobPostingClosed;
import io.unipile.linkedin.JobPostingEdited;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingsClient;
import io.unipile.linkedin.JobPublication;
import io.unipile.linkedin.ListJobApplicantsRequest;
import io.unipile.linkedin.ListJobPostingsRequest;
import io.unipile.linkedin.PublishJobPostingRequest;
import io.unipile.linkedin.SolveJobCheckpointRequest;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link JobPostingsClient} over an {@link ApiCaller}; the declarations are in {@link LinkedInEndpoints}. */
final class JobPostingsClientImpl implements JobPostingsClient {
    private final ApiCaller caller;

    JobPostingsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<JobPosting> list(ListJobPostingsRequest request) {
        return caller.call(LinkedInEndpoints.LIST_JOBS, request);
    }

    @Override
    public CompletableFuture<Page<JobPosting>> listAsync(ListJobPostingsRequest request) {
        return caller.callAsync(LinkedInEndpoints.LIST_JOBS, request);
    }

    @Override
    public PagedIterable<JobPosting> listAll(ListJobPostingsRequest request) {
        return caller.pages(LinkedInEndpoints.LIST_JOBS, request);
    }

    @Override
    public JobDraftCreated createDraft(CreateJobPostingRequest request) {
        return caller.call(LinkedInEndpoints.CREATE_JOB, request);
    }

    @Override
    public CompletableFuture<JobDraftCreated> createDraftAsync(CreateJobPostingRequest request) {
        return caller.callAsync(LinkedInEndpoints.CREATE_JOB, request);
    }

    @Override
    public JobPosting get(String jobId, String accountId, JobPostingService service) {
        return caller.call(LinkedInEndpoints.GET_JOB, new Scope(accountId, service), jobId);
    }

    @Override
    public CompletableFuture<JobPosting> getAsync(String jobId, String accountId, JobPostingService service) {
        return caller.callAsync(LinkedInEndpoints.GET_JOB, new Scope(accountId, service), jobId);
    }

    @Override
    public JobPostingEdited edit(String jobId, EditJobPostingRequest request) {
        return caller.call(LinkedInEndpoints.EDIT_JOB, request, jobId);
    }

    @Override
    public CompletableFuture<JobPostingEdited> editAsync(String jobId, EditJobPostingRequest request) {
        return caller.callAsync(LinkedInEndpoints.EDIT_JOB, request, jobId);
    }

    @Override
    public JobPublication publish(String draftId, PublishJobPostingRequest request) {
        return caller.call(LinkedInEndpoints.PUBLISH_JOB, request, draftId);
    }

    @Override
    public CompletableFuture<JobPublication> publishAsync(String draftId, PublishJobPostingRequest request) {
        return caller.callAsync(LinkedInEndpoints.PUBLISH_JOB, request, draftId);
    }

    @Override
    public JobPublication solveCheckpoint(String draftId, SolveJobCheckpointRequest request) {
        return caller.call(LinkedInEndpoints.SOLVE_JOB_CHECKPOINT, request, draftId);
    }

    @Override
    public CompletableFuture<JobPublication> solveCheckpointAsync(String draftId, SolveJobCheckpointRequest request) {
        return caller.callAsync(LinkedInEndpoints.SOLVE_JOB_CHECKPOINT, request, draftId);
    }

    @Override
    public JobPostingClosed close(String jobId, String accountId, JobPostingService service) {
        return caller.call(LinkedInEndpoints.CLOSE_JOB, new Scope(accountId, service), jobId);
    }

    @Override
    public CompletableFuture<JobPostingClosed> closeAsync(String jobId, String accountId, JobPostingService service) {
        return caller.callAsync(LinkedInEndpoints.CLOSE_JOB, new Scope(accountId, service), jobId);
    }

    @Override
    public Page<JobApplicant> listApplicants(String jobId, ListJobApplicantsRequest request) {
        return caller.call(LinkedInEndpoints.LIST_APPLICANTS, request, jobId);
    }

    @Override
    public CompletableFuture<Page<JobApplicant>> listApplicantsAsync(String jobId, ListJobApplicantsRequest request) {
        return caller.callAsync(LinkedInEndpoints.LIST_APPLICANTS, request, jobId);
    }

    @Override
    public PagedIterable<JobApplicant> listAllApplicants(String jobId, ListJobApplicantsRequest request) {
        return caller.pages(LinkedInEndpoints.LIST_APPLICANTS, request, jobId);
    }

    @Override
    public JobApplicant getApplicant(String applicantId, String accountId) {
        return caller.call(LinkedInEndpoints.GET_APPLICANT, accountId, applicantId);
    }

    @Override
    public CompletableFuture<JobApplicant> getApplicantAsync(String applicantId, String accountId) {
        return caller.callAsync(LinkedInEndpoints.GET_APPLICANT, accountId, applicantId);
    }

    @Override
    public FileDownload downloadResume(String applicantId, String accountId, JobPostingService service) {
        return caller.call(LinkedInEndpoints.DOWNLOAD_RESUME, new Scope(accountId, service), applicantId);
    }

    @Override
    public CompletableFuture<FileDownload> downloadResumeAsync(String applicantId, String accountId,
                                                               JobPostingService service) {
        return caller.callAsync(LinkedInEndpoints.DOWNLOAD_RESUME, new Scope(accountId, service), applicantId);
    }
}
