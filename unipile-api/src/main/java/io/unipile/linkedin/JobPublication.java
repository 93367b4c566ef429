package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * Where publishing a job posting stands, as {@code POST /api/v1/linkedin/jobs/{draft_id}/publish} and
 * {@code .../checkpoint} answer: either the posting is published ({@code "object": "LinkedinJobPostingPublished"},
 * with its {@link #jobState()}), or LinkedIn asks for a checkpoint first
 * ({@code "object": "LinkedinJobPostingPublishCheckpoint"}, with its {@link #checkpointType()}), to be solved with
 * {@link JobPostingsClient#solveCheckpoint}.
 *
 * <pre>{@code
 * JobPublication p = unipile.linkedin().jobs().publish(draftId, PublishJobPostingRequest.free(accountId).build());
 * if (p.needsCheckpoint()) {
 *     p = unipile.linkedin().jobs().solveCheckpoint(draftId, SolveJobCheckpointRequest.of(accountId, code));
 * }
 * }</pre>
 *
 * @param object         {@code LinkedinJobPostingPublished} or {@code LinkedinJobPostingPublishCheckpoint}
 * @param jobId          the id of the posting
 * @param jobState       the posting's state once published, or {@code null} at a checkpoint
 * @param checkpointType what LinkedIn asks for at a checkpoint, or {@code null} once published
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record JobPublication(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "job_id", required = true) String jobId,
        @JsonProperty("job_state") JobPostingState jobState,
        @JsonProperty("type") JobCheckpointType checkpointType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** The {@code object} of a published posting. */
    public static final String PUBLISHED = "LinkedinJobPostingPublished";

    /** The {@code object} of a checkpoint to solve before the posting is published. */
    public static final String CHECKPOINT = "LinkedinJobPostingPublishCheckpoint";

    public JobPublication {
        extra = Immutables.map(extra);
    }

    /** Whether the posting is published. */
    public boolean isPublished() {
        return PUBLISHED.equals(object);
    }

    /** Whether LinkedIn asks for a checkpoint ({@link #checkpointType()}) before it publishes the posting. */
    public boolean needsCheckpoint() {
        return CHECKPOINT.equals(object);
    }
}
