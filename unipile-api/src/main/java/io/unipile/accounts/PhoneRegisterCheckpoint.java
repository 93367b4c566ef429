package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The provider wants a mobile number to send a two-factor code to ({@code "type": "PHONE_REGISTER"}): solve the
 * checkpoint with the number, its international dialling code in brackets ({@code (+33)0612345678}); a
 * {@link TwoFactorCheckpoint} usually follows.
 *
 * @param extra fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PhoneRegisterCheckpoint(@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra)
        implements Checkpoint {

    public PhoneRegisterCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#PHONE_REGISTER}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.PHONE_REGISTER;
    }

    /** {@code true}: solved with a code. */
    @Override
    public boolean takesCode() {
        return true;
    }
}
