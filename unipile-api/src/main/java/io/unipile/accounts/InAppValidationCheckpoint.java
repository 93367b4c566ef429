package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The user must approve the sign-in in the provider's app ({@code "type": "IN_APP_VALIDATION"}); the account is
 * connected once they do, which the {@code account_status} webhook tells. Resend the notification with
 * {@link AccountsClient#resendCheckpoint}, or solve with {@code TRY_ANOTHER_WAY} to switch to a code.
 *
 * @param extra fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InAppValidationCheckpoint(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra)
        implements Checkpoint {

    public InAppValidationCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#IN_APP_VALIDATION}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.IN_APP_VALIDATION;
    }
}
