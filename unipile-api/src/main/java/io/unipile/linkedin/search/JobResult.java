package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A job offer found by a jobs search ({@code "type": "JOB"}).
 *
 * @param object always {@code SearchResult}
 * @param type always {@code JOB}
 * @param id the job's id
 * @param referenceId its reference id
 * @param title its title
 * @param location where, or null
 * @param postedAt when it was posted, or null
 * @param reposted whether it was reposted
 * @param url its URL
 * @param promoted whether it is promoted
 * @param benefits its benefits
 * @param easyApply whether Easy Apply is on
 * @param company the company, or null
 * @param extra fields this version of the library does not know, kept as sent
 */
public record JobResult(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) String type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reference_id", required = true) String referenceId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "title", required = true) String title,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "posted_at", required = true) Instant postedAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reposted", required = true) Boolean reposted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "url", required = true) String url,
        @JsonInclude(ALWAYS) @JsonProperty(value = "promoted", required = true) Boolean promoted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "benefits", required = true) List<String> benefits,
        @JsonInclude(ALWAYS) @JsonProperty(value = "easy_apply", required = true) Boolean easyApply,
        @JsonInclude(ALWAYS) @JsonProperty(value = "company", required = true) JobResultCompany company,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements SearchResult {

    public JobResult {
        benefits = Immutables.list(benefits);
        extra = Immutables.map(extra);
    }

    /**
     * The company offering a job found by a search.
     *
     * @param id                its id, or null
     * @param publicIdentifier  the end of its page's URL, or null
     * @param name              its name, or null
     * @param profileUrl        its page, or null
     * @param profilePictureUrl its logo, or null
     * @param extra             fields this version of the library does not know, kept as sent
     */
    public record JobResultCompany(
            @JsonProperty("id") String id,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("name") String name,
            @JsonProperty("profile_url") String profileUrl,
            @JsonProperty("profile_picture_url") String profilePictureUrl,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public JobResultCompany {
            extra = Immutables.map(extra);
        }
    }
}
