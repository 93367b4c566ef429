package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to resending a checkpoint's notification ({@code "object": "CheckpointResend"}).
 *
 * @param object    always {@code CheckpointResend}
 * @param accountId the account waiting on the checkpoint
 * @param success   whether the notification was sent again
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record CheckpointResent(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "success", required = true) boolean success,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CheckpointResent {
        extra = Immutables.map(extra);
    }
}
