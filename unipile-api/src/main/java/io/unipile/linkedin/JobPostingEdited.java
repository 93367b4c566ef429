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
 * The reply to editing a job posting ({@code "object": "LinkedinJobPostingEdited"}).
 *
 * @param object always {@code LinkedinJobPostingEdited}
 * @param jobId  the id of the edited posting
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record JobPostingEdited(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "job_id", required = true) String jobId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public JobPostingEdited {
        extra = Immutables.map(extra);
    }
}
