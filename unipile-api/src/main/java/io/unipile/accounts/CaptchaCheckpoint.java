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
 * A captcha Unipile could not solve by itself ({@code "type": "CAPTCHA"}). When the provider's public key and data
 * are given, the captcha (Arkose Labs) can be solved on the user's device, and its answer sent as the checkpoint's
 * code.
 *
 * @param publicKey the provider's public key for solving on the device, or {@code null}
 * @param data      the provider's data for solving on the device, or {@code null}
 * @param extra     fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record CaptchaCheckpoint(
        @JsonProperty("public_key") String publicKey,
        @JsonProperty("data") String data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Checkpoint {

    public CaptchaCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#CAPTCHA}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.CAPTCHA;
    }

    /** {@code true}: the answer of the captcha is sent as the code. */
    @Override
    public boolean takesCode() {
        return true;
    }
}
