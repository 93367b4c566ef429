package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search result of a kind this library does not know (or without a {@code type}), kept whole as sent.
 *
 * @param raw the item as sent
 */
public record UnknownResult(@JsonValue JsonNode raw) implements SearchResult {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public UnknownResult {
        raw = raw == null ? null : raw.deepCopy();
    }

    @Override
    public String type() {
        return raw.path("type").isTextual() ? raw.get("type").textValue() : null;
    }

    @Override
    public String id() {
        return raw.path("id").isTextual() ? raw.get("id").textValue() : null;
    }

    /** Every field but {@code type} and {@code id}. */
    @Override
    public Map<String, JsonNode> extra() {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        if (raw instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("type") && !e.getKey().equals("id")) {
                    extra.put(e.getKey(), e.getValue());
                }
            });
        }
        return Map.copyOf(extra);
    }

    /** The item as sent (a copy). */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }
}
