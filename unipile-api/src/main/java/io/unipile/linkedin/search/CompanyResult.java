package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A company found by a companies search ({@code "type": "COMPANY"}), classic or Sales Navigator.
 *
 * @param object always {@code SearchResult}
 * @param type always {@code COMPANY}
 * @param id the company's id
 * @param name its name
 * @param location where it is, or null
 * @param profileUrl its page
 * @param industry its industry
 * @param summary its summary, or null
 * @param followersCount followers, or null
 * @param jobOffersCount open jobs, or null
 * @param headcount its size bracket, e.g. {@code 11-50}, or null
 * @param revenueRange Sales Navigator: its revenue range ({@code min}, {@code max}, {@code currency}), or null
 * @param extra fields this version of the library does not know, kept as sent
 */
public record CompanyResult(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) String type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_url", required = true) String profileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "industry", required = true) String industry,
        @JsonInclude(ALWAYS) @JsonProperty(value = "summary", required = true) String summary,
        @JsonProperty("followers_count") Long followersCount,
        @JsonProperty("job_offers_count") Long jobOffersCount,
        @JsonProperty("headcount") String headcount,
        @JsonProperty("revenue_range") JsonNode revenueRange,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements SearchResult {

    public CompanyResult {
        extra = Immutables.map(extra);
    }
}
