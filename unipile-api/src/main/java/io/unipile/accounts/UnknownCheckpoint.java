package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A checkpoint of a type this version of the library does not know, or without a {@code type}, kept as sent so that
 * a new Unipile checkpoint never breaks connecting.
 *
 * @param raw the {@code checkpoint} value exactly as sent
 */
public record UnknownCheckpoint(@JsonValue JsonNode raw) implements Checkpoint {

    public UnknownCheckpoint {
        Objects.requireNonNull(raw, "raw");
        // JsonNode is mutable; a private copy keeps this record immutable.
        raw = raw.deepCopy();
    }

    /** The raw JSON; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    /** The {@code type} as sent, or {@code null} when it is absent or not a string. */
    @Override
    public CheckpointType type() {
        JsonNode type = raw.get("type");
        return type != null && type.isTextual() ? CheckpointType.of(type.textValue()) : null;
    }
}
