package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a {@link AccountType#MOBILE} account: the phone line used for messages and the one used for
 * calls.
 *
 * @param im    the line used for messages
 * @param call  the line used for calls
 * @param extra fields this version of the library does not know, kept as sent
 */
public record MobileConnectionParams(
        @JsonProperty("im") Line im,
        @JsonProperty("call") Line call,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public MobileConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * A phone line.
     *
     * @param phoneNumber     the phone number
     * @param simSerialNumber the serial number of the SIM card
     * @param extra           fields this version of the library does not know, kept as sent
     */
    public record Line(
            @JsonProperty("phone_number") String phoneNumber,
            @JsonProperty("sim_serial_number") String simSerialNumber,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Line {
            extra = Immutables.map(extra);
        }
    }
}
