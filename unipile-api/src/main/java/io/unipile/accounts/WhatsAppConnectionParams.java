package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a {@link AccountType#WHATSAPP} account.
 *
 * @param im    the messaging identity
 * @param extra fields this version of the library does not know, kept as sent
 */
public record WhatsAppConnectionParams(
        @JsonProperty("im") Im im,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public WhatsAppConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * The WhatsApp identity of the account.
     *
     * @param phoneNumber the phone number WhatsApp is registered with
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Im(
            @JsonProperty("phone_number") String phoneNumber,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Im {
            extra = Immutables.map(extra);
        }
    }
}
