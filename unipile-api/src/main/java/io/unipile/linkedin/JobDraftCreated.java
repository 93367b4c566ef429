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
 * The reply to creating a job posting draft ({@code "object": "LinkedinJobPostingDraftCreated"}): the draft's id and
 * what publishing it would take, for free or promoted.
 *
 * @param object         always {@code LinkedinJobPostingDraftCreated}
 * @param jobId          the draft's id, to edit and publish it
 * @param publishOptions the ways the draft can be published
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record JobDraftCreated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "job_id", required = true) String jobId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "publish_options", required = true) PublishOptions publishOptions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public JobDraftCreated {
        extra = Immutables.map(extra);
    }

    /**
     * The ways a draft can be published.
     *
     * @param free     publishing for free
     * @param promoted publishing with a budget
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record PublishOptions(
            @JsonProperty("free") Free free,
            @JsonProperty("promoted") Promoted promoted,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public PublishOptions {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Publishing for free.
     *
     * @param eligible                   whether the member may publish this posting for free
     * @param ineligibleReason           why not, or {@code null} when eligible
     * @param estimatedMonthlyApplicants how many applicants a month LinkedIn expects
     * @param extra                      fields this version of the library does not know, kept as sent
     */
    public record Free(
            @JsonProperty("eligible") boolean eligible,
            @JsonProperty("ineligible_reason") String ineligibleReason,
            @JsonProperty("estimated_monthly_applicants") double estimatedMonthlyApplicants,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Free {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Publishing with a budget, daily or monthly.
     *
     * @param estimatedMonthlyApplicants how many applicants a month LinkedIn expects
     * @param currency                   the budgets' currency, e.g. {@code EUR}
     * @param dailyBudget                the daily budget's bounds and LinkedIn's recommendation
     * @param monthlyBudget              the monthly budget's bounds and LinkedIn's recommendation
     * @param extra                      fields this version of the library does not know, kept as sent
     */
    public record Promoted(
            @JsonProperty("estimated_monthly_applicants") double estimatedMonthlyApplicants,
            @JsonProperty("currency") String currency,
            @JsonProperty("daily_budget") BudgetRange dailyBudget,
            @JsonProperty("monthly_budget") BudgetRange monthlyBudget,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Promoted {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The bounds of a budget.
     *
     * @param min         the smallest budget LinkedIn accepts
     * @param max         the largest budget LinkedIn accepts
     * @param recommended LinkedIn's recommendation
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record BudgetRange(
            @JsonProperty("min") double min,
            @JsonProperty("max") double max,
            @JsonProperty("recommended") double recommended,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public BudgetRange {
            extra = Immutables.map(extra);
        }
    }
}
