package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a social network account known by an id and a user name: {@link AccountType#TWITTER},
 * {@link AccountType#INSTAGRAM} and {@link AccountType#MESSENGER} accounts, which share this shape.
 *
 * @param im    the messaging identity
 * @param extra fields this version of the library does not know, kept as sent
 */
public record SocialConnectionParams(
        @JsonProperty("im") ProviderUser im,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public SocialConnectionParams {
        extra = Immutables.map(extra);
    }
}
