package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * The connection parameters of an account type this version of the library does not know, kept as sent so that a
 * newer Unipile account type never breaks parsing.
 *
 * @param raw the {@code connection_params} value exactly as sent
 */
public record UnknownConnectionParams(@JsonValue JsonNode raw) implements ConnectionParams {

    public UnknownConnectionParams {
        Objects.requireNonNull(raw, "raw");
        // JsonNode is mutable; a private copy keeps this record immutable.
        raw = raw.deepCopy();
    }

    /** The raw JSON; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }
}
