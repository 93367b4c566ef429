package io.unipile.internal.linkedin;

import io.unipile.files.FileDownload;
import io.unipile.internal.Endpoint;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.CompanyProfile;
import io.unipile.linkedin.CreateJobPostingRequest;
import io.unipile.linkedin.EditJobPostingRequest;
import io.unipile.linkedin.EndorseSkillRequest;
import io.unipile.linkedin.HiringProject;
import io.unipile.linkedin.InMailBalance;
import io.unipile.linkedin.JobApplicant;
import io.unipile.linkedin.JobDraftCreated;
import io.unipile.linkedin.JobPosting;
import io.unipile.linkedin.JobPostingClosed;
import io.unipile.linkedin.JobPostingEdited;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPublication;
import io.unipile.linkedin.LinkedInRawData;
import io.unipile.linkedin.LinkedInRawRequest;
import io.unipile.linkedin.ListHiringProjectsRequest;
import io.unipile.linkedin.ListJobApplicantsRequest;
import io.unipile.linkedin.ListJobPostingsRequest;
import io.unipile.linkedin.MemberActionRequest;
import io.unipile.linkedin.MemberActionResult;
import io.unipile.linkedin.ProfileEndorsement;
import io.unipile.linkedin.PublishJobPostingRequest;
import io.unipile.linkedin.SolveJobCheckpointRequest;
import io.unipile.pagination.Page;

import java.util.stream.Collectors;

/**
 * The operations of {@code /linkedin} (the LinkedIn Specific tag but its search), each declared once. Every one acts
 * from an account, so {@code account_id} is required everywhere; an operation whose only input is the account takes
 * it as its input. No write is declared idempotent: none is harmless to repeat.
 */
public final class LinkedInEndpoints {

    /** The account an operation acts from, and the job service where the operation takes one. */
    record Scope(String accountId, JobPostingService service) {
    }

    static final Endpoint<String, CompanyProfile> COMPANY =
            Endpoint.<String, CompanyProfile>get("/linkedin/company/{identifier}")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .returns(CompanyProfile.class).build();

    static final Endpoint<String, InMailBalance> INMAIL_BALANCE =
            Endpoint.<String, InMailBalance>get("/linkedin/inmail_balance")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .returns(InMailBalance.class).build();

    /** Not retried once it may have reached the server: it may be a LinkedIn write. */
    static final Endpoint<LinkedInRawRequest, LinkedInRawData> RAW_DATA =
            Endpoint.<LinkedInRawRequest, LinkedInRawData>post("/linkedin")
                    .jsonBody(LinkedInBodies::raw, "account_id", "request_url", "method", "headers", "body",
                            "query_params", "encoding")
                    .returns(LinkedInRawData.class).build();

    static final Endpoint<MemberActionRequest, MemberActionResult> MEMBER_ACTION =
            Endpoint.<MemberActionRequest, MemberActionResult>post("/linkedin/user/{user_id}")
                    .jsonBody(LinkedInBodies::memberAction, "account_id", "api", "action", "hiring_project_id",
                            "stage", "list_id")
                    .returns(MemberActionResult.class).build();

    static final Endpoint<EndorseSkillRequest, ProfileEndorsement> ENDORSE =
            Endpoint.<EndorseSkillRequest, ProfileEndorsement>post("/linkedin/profile/endorse")
                    .jsonBody(LinkedInBodies::endorse, "account_id", "profile_id", "skill_endorsement_id")
                    .returns(ProfileEndorsement.class).build();

    static final Endpoint<ListHiringProjectsRequest, Page<HiringProject>> LIST_PROJECTS =
            Endpoint.<ListHiringProjectsRequest, Page<HiringProject>>get("/linkedin/projects")
                    .query("limit", ListHiringProjectsRequest::limit, 1, 250)
                    .query("cursor", ListHiringProjectsRequest::cursor)
                    .requiredQuery("account_id", ListHiringProjectsRequest::accountId)
                    .pageOf(HiringProject.class).build();

    static final Endpoint<String, HiringProject> GET_PROJECT =
            Endpoint.<String, HiringProject>get("/linkedin/projects/{id}").pathNames("projectId")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .returns(HiringProject.class).build();

    static final Endpoint<ListJobPostingsRequest, Page<JobPosting>> LIST_JOBS =
            Endpoint.<ListJobPostingsRequest, Page<JobPosting>>get("/linkedin/jobs")
                    .query("limit", ListJobPostingsRequest::limit, 1, 250)
                    .query("category", ListJobPostingsRequest::category)
                    .query("cursor", ListJobPostingsRequest::cursor)
                    .requiredQuery("account_id", ListJobPostingsRequest::accountId)
                    .pageOf(JobPosting.class).build();

    /** Not retried once it may have reached the server: a repeat would make a second draft. */
    static final Endpoint<CreateJobPostingRequest, JobDraftCreated> CREATE_JOB =
            Endpoint.<CreateJobPostingRequest, JobDraftCreated>post("/linkedin/jobs")
                    .jsonBody(LinkedInBodies::createJob, "account_id", "job_title", "company", "workplace",
                            "location", "employment_status", "description", "auto_rejection_template",
                            "screening_questions", "recruiter")
                    .returns(JobDraftCreated.class).build();

    static final Endpoint<Scope, JobPosting> GET_JOB =
            Endpoint.<Scope, JobPosting>get("/linkedin/jobs/{job_id}")
                    .requiredQuery("service", Scope::service)
                    .requiredQuery("account_id", Scope::accountId)
                    .returns(JobPosting.class).build();

    static final Endpoint<EditJobPostingRequest, JobPostingEdited> EDIT_JOB =
            Endpoint.<EditJobPostingRequest, JobPostingEdited>patch("/linkedin/jobs/{job_id}")
                    .jsonBody(LinkedInBodies::editJob, "job_title", "company", "workplace", "location",
                            "employment_status", "description", "auto_rejection_template", "screening_questions",
                            "account_id", "recruiter")
                    .returns(JobPostingEdited.class).build();

    /** Not retried once it may have reached the server: a promoted posting is paid for. */
    static final Endpoint<PublishJobPostingRequest, JobPublication> PUBLISH_JOB =
            Endpoint.<PublishJobPostingRequest, JobPublication>post("/linkedin/jobs/{draft_id}/publish")
                    .jsonBody(LinkedInBodies::publish, "account_id", "service", "hiring_photo_frame", "mode",
                            "budget")
                    .returns(JobPublication.class).build();

    /** Not retried once it may have reached the server: a checkpoint code is good once. */
    static final Endpoint<SolveJobCheckpointRequest, JobPublication> SOLVE_JOB_CHECKPOINT =
            Endpoint.<SolveJobCheckpointRequest, JobPublication>post("/linkedin/jobs/{draft_id}/checkpoint")
                    .jsonBody(LinkedInBodies::solveCheckpoint, "account_id", "input")
                    .returns(JobPublication.class).build();

    static final Endpoint<Scope, JobPostingClosed> CLOSE_JOB =
            Endpoint.<Scope, JobPostingClosed>post("/linkedin/jobs/{id}/close").pathNames("jobId")
                    .query("service", Scope::service)
                    .requiredQuery("account_id", Scope::accountId)
                    .returns(JobPostingClosed.class).build();

    static final Endpoint<ListJobApplicantsRequest, Page<JobApplicant>> LIST_APPLICANTS =
            Endpoint.<ListJobApplicantsRequest, Page<JobApplicant>>get("/linkedin/jobs/{id}/applicants")
                    .pathNames("jobId")
                    .query("ratings", r -> r.ratings().isEmpty() ? null
                            : r.ratings().stream().map(ApplicantRating::value).collect(Collectors.joining(",")))
                    .query("keywords", ListJobApplicantsRequest::keywords)
                    .query("service", ListJobApplicantsRequest::service)
                    .query("limit", ListJobApplicantsRequest::limit, 1, 250)
                    .query("cursor", ListJobApplicantsRequest::cursor)
                    .requiredQuery("account_id", ListJobApplicantsRequest::accountId)
                    .pageOf(JobApplicant.class).build();

    static final Endpoint<String, JobApplicant> GET_APPLICANT =
            Endpoint.<String, JobApplicant>get("/linkedin/jobs/applicants/{applicant_id}")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .returns(JobApplicant.class).build();

    /** The bytes are streamed to the caller, never held whole. */
    static final Endpoint<Scope, FileDownload> DOWNLOAD_RESUME =
            Endpoint.<Scope, FileDownload>get("/linkedin/jobs/applicants/{applicant_id}/resume")
                    .query("service", Scope::service)
                    .requiredQuery("account_id", Scope::accountId)
                    .streams(FileDownload::new).build();

    private LinkedInEndpoints() {
    }
}
