package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A one-time password was sent to the user by e-mail or SMS ({@code "type": "OTP"}): solve the checkpoint with it.
 *
 * @param extra fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record OtpCheckpoint(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra)
        implements Checkpoint {

    public OtpCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#OTP}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.OTP;
    }

    /** {@code true}: solved with a code. */
    @Override
    public boolean takesCode() {
        return true;
    }
}
