package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;

import java.util.Objects;

/**
 * The profile of a provider this version of the library does not know, or without a {@code provider}, kept as sent
 * so that a newer Unipile provider never breaks parsing.
 *
 * @param raw the profile exactly as sent
 */
public record UnknownUserProfile(@JsonValue JsonNode raw) implements UserProfile {

    public UnknownUserProfile {
        Objects.requireNonNull(raw, "raw");
        // JsonNode is mutable; a private copy keeps this record immutable.
        raw = raw.deepCopy();
    }

    /** The raw JSON; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    /** The {@code provider} as sent, or {@code null} when it is absent or not a string. */
    @Override
    public AccountType provider() {
        JsonNode provider = raw.get("provider");
        return provider != null && provider.isTextual() ? AccountType.of(provider.textValue()) : null;
    }
}
