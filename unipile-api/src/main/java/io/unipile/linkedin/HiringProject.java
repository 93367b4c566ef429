package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A LinkedIn Recruiter hiring project ({@code "object": "RecruiterHiringProject"}), as
 * {@code GET /api/v1/linkedin/projects/{id}} and the items of {@code GET /api/v1/linkedin/projects} return it.
 *
 * @param object     always {@code RecruiterHiringProject}
 * @param id         the project's id
 * @param name       the project's name
 * @param ownerName  the name of the recruiter who owns it
 * @param ownerId    the id of the recruiter who owns it
 * @param createdAt  when the project was created
 * @param jobPosting the job posting of the project, or {@code null} when it has none
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record HiringProject(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "owner_name", required = true) String ownerName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "owner_id", required = true) String ownerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) Instant createdAt,
        @JsonProperty("job_posting") JobPosting jobPosting,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public HiringProject {
        extra = Immutables.map(extra);
    }
}
