package io.unipile.examples.recruiter;

import io.unipile.UnipileClient;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.ErrorDetails;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.examples.recruiter.RecruiterPipeline.Outcome;
import io.unipile.examples.recruiter.RecruiterPipeline.Status;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.HiringProject;
import io.unipile.linkedin.HiringProjectsClient;
import io.unipile.linkedin.JobApplicant;
import io.unipile.linkedin.JobPosting;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPostingsClient;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.linkedin.ListJobApplicantsRequest;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The recruiter example unit-tested with Mockito mocks of the client's interfaces, sub-clients included: no server,
 * and replies and exceptions are whatever the test makes them.
 */
class RecruiterPipelineMockTest {
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final LinkedInClient linkedin = mock(LinkedInClient.class);
    private final HiringProjectsClient projects = mock(HiringProjectsClient.class);
    private final JobPostingsClient jobs = mock(JobPostingsClient.class);
    private final ChatsClient chats = mock(ChatsClient.class);

    private static <T> PagedIterable<T> pagesOf(List<T> items) {
        return new PagedIterable<>(null, cursor -> new Page<>("List", items, null, Map.of()));
    }

    private static JobApplicant applicant(String id, String name, String profileId) {
        return new JobApplicant("LinkedinJobApplicant", id, profileId, "p", "https://www.linkedin.com/in/p", name,
                "Paris", "Engineer", null, Instant.EPOCH, ApplicantRating.GOOD_FIT, null, null, null, List.of(),
                List.of(), List.of(), Map.of());
    }

    @Test
    void eachOutcomeComesFromWhatTheClientAnswered(@TempDir Path dir) {
        JobPosting job = new JobPosting(null, "job_1", JobPostingState.ACTIVE, "SRE", null, "Globex", null, "Remote",
                2, null, 0, null, null, null, null, List.of(), List.of(), null, null, null, List.of(), List.of(),
                List.of(), Map.of());
        HiringProject project = new HiringProject("RecruiterHiringProject", "proj_1", "SRE", "Alice", "ACoAAalice",
                Instant.EPOCH, job, Map.of());
        when(unipile.linkedin()).thenReturn(linkedin);
        when(unipile.chats()).thenReturn(chats);
        when(linkedin.projects()).thenReturn(projects);
        when(linkedin.jobs()).thenReturn(jobs);
        when(projects.listAll("acc_1")).thenReturn(pagesOf(List.of(project)));
        when(jobs.listAllApplicants(eq("job_1"), any(ListJobApplicantsRequest.class))).thenReturn(pagesOf(List.of(
                applicant("a1", "Ann Lee", "ACoAAann"), applicant("a2", "Bob Durand", "ACoAAbob"))));
        when(jobs.downloadResume(anyString(), eq("acc_1"), eq(JobPostingService.RECRUITER)))
                .thenThrow(new NotFoundException(new ErrorDetails("GET", "/linkedin/jobs/applicants/a/resume", 404,
                        "errors/resource_not_found", "No resume", null, null, "")));
        when(chats.start(any(StartChatRequest.class)))
                .thenReturn(new ChatStarted("ChatStarted", "chat_1", "msg_1", Map.of()))
                .thenThrow(new UnprocessableEntityException(new ErrorDetails("POST", "/chats", 422,
                        "errors/not_allowed_inmail", "Not allowed", null, null, "")));

        List<Outcome> outcomes = new RecruiterPipeline(unipile, "acc_1").contactGoodFits("SRE", dir);

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.MESSAGED, Status.FAILED);
        assertThat(outcomes.get(0).chatId()).isEqualTo("chat_1");
        assertThat(outcomes.get(1).detail()).isEqualTo("not_allowed_inmail");
        assertThat(outcomes).extracting(Outcome::resume).containsOnlyNulls();
        ArgumentCaptor<ListJobApplicantsRequest> asked = ArgumentCaptor.forClass(ListJobApplicantsRequest.class);
        verify(jobs).listAllApplicants(eq("job_1"), asked.capture());
        assertThat(asked.getValue().ratings()).containsExactly(ApplicantRating.GOOD_FIT);
        assertThat(asked.getValue().service()).isEqualTo(JobPostingService.RECRUITER);
        ArgumentCaptor<StartChatRequest> sent = ArgumentCaptor.forClass(StartChatRequest.class);
        verify(chats, times(2)).start(sent.capture());
        assertThat(sent.getAllValues().get(0).attendeesIds()).containsExactly("ACoAAann");
        assertThat(sent.getAllValues().get(0).text()).startsWith("Hi Ann, thank you for applying to SRE at Globex.");
        LinkedInOptions.Recruiter options = (LinkedInOptions.Recruiter) sent.getAllValues().get(1).linkedin();
        assertThat(options.hiringProjectId()).isEqualTo("proj_1");
        assertThat(options.jobPostingId()).isEqualTo("job_1");
    }
}
