package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The user an account is signed in as at its provider: the {@code {id, username}} object that several account
 * types share (the {@code mail} and {@code calendar} of Google and Outlook accounts, the {@code im} of Twitter,
 * Instagram and Messenger accounts).
 *
 * @param id       the provider's id of the user
 * @param username the user's name at the provider
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record ProviderUser(
        @JsonProperty("id") String id,
        @JsonProperty("username") String username,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ProviderUser {
        extra = Immutables.map(extra);
    }
}
