package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a {@link AccountType#TELEGRAM} account.
 *
 * @param im    the messaging identity
 * @param extra fields this version of the library does not know, kept as sent
 */
public record TelegramConnectionParams(
        @JsonProperty("im") Im im,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public TelegramConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * The Telegram user of the account.
     *
     * @param userId   the user's Telegram id
     * @param username the user's Telegram name
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record Im(
            @JsonProperty("user_id") String userId,
            @JsonProperty("username") String username,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Im {
            extra = Immutables.map(extra);
        }
    }
}
