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
 * The InMail credits left on a LinkedIn account, per product ({@code "object": "LinkedinInmailBalance"}), as
 * {@code GET /api/v1/linkedin/inmail_balance} returns them. A product the account does not subscribe to is
 * {@code null}.
 *
 * @param object         always {@code LinkedinInmailBalance}
 * @param premium        the credits of LinkedIn Premium, or {@code null}
 * @param recruiter      the credits of LinkedIn Recruiter, or {@code null}
 * @param salesNavigator the credits of Sales Navigator, or {@code null}
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record InMailBalance(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "premium", required = true) Integer premium,
        @JsonInclude(ALWAYS) @JsonProperty(value = "recruiter", required = true) Integer recruiter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "sales_navigator", required = true) Integer salesNavigator,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public InMailBalance {
        extra = Immutables.map(extra);
    }
}
