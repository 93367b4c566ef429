package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A comment of a shape this version of the library does not know, kept as sent so that a newer Unipile provider
 * never breaks parsing.
 *
 * @param raw the comment exactly as sent
 */
public record UnknownComment(@JsonValue JsonNode raw) implements Comment {

    public UnknownComment {
        Objects.requireNonNull(raw, "raw");
        // JsonNode is mutable; a private copy keeps this record immutable.
        raw = raw.deepCopy();
    }

    /** The raw JSON; a copy, so that callers cannot change this record. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    /** The {@code text} as sent, or {@code null} when it is absent or not a string. */
    @Override
    public String text() {
        JsonNode text = raw.get("text");
        return text != null && text.isTextual() ? text.textValue() : null;
    }
}
