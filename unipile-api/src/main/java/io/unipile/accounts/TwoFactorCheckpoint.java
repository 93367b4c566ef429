package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * Two-factor authentication ({@code "type": "2FA"}): solve the checkpoint with the code the user received by SMS or
 * reads in their authentication app.
 *
 * @param source where the code is, or {@code null} when not told
 * @param extra  fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record TwoFactorCheckpoint(
        @JsonProperty("source") TwoFactorSource source,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Checkpoint {

    public TwoFactorCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#TWO_FACTOR}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.TWO_FACTOR;
    }

    /** {@code true}: solved with a code. */
    @Override
    public boolean takesCode() {
        return true;
    }
}
