package io.unipile.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object of an admin request, read strictly: each field by the type it must have, and any field nobody read
 * refused by {@link #done()}. Errors name the field, with its path in nested objects ({@code fault.status}).
 */
final class AdminInput {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node;
    private final String prefix;
    private final Set<String> read = new HashSet<>();
    private final List<AdminInput> children = new ArrayList<>();

    private AdminInput(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The body as a JSON object; an empty body is {@code {}}. */
    static AdminInput parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new AdminInput(JsonNodeFactory.instance.objectNode(), "");
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AdminError(400, "invalid_json", "body", "The body is not JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof ObjectNode)) {
            throw new AdminError(400, "invalid_json", "body", "The body must be a JSON object");
        }
        return new AdminInput((ObjectNode) parsed, "");
    }

    String name(String field) {
        return prefix + field;
    }

    private JsonNode get(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String requiredString(String field) {
        return string(field).orElseThrow(() -> AdminError.missing(name(field)));
    }

    Optional<String> string(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw AdminError.invalid(name(field), "must be a string");
        }
        if (value.asText().isEmpty()) {
            throw AdminError.invalid(name(field), "must not be empty");
        }
        return Optional.of(value.asText());
    }

    Optional<Integer> integer(String field, int min, int max) {
        JsonNode value = get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                || value.intValue() > max) {
            throw AdminError.invalid(name(field), "must be a whole number from " + min + " to " + max);
        }
        return Optional.of(value.intValue());
    }

    int requiredInteger(String field, int min, int max) {
        return integer(field, min, max).orElseThrow(() -> AdminError.missing(name(field)));
    }

    boolean bool(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw AdminError.invalid(name(field), "must be true or false");
        }
        return value.booleanValue();
    }

    Optional<Instant> instant(String field) {
        return string(field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw AdminError.invalid(name(field), "must be an ISO-8601 instant such as 2025-06-02T09:30:00Z");
            }
        });
    }

    /** An array of non-empty strings; a single string counts as a one-element array. */
    List<String> strings(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(string(field).orElseThrow());
        }
        if (!value.isArray()) {
            throw AdminError.invalid(name(field), "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isEmpty()) {
                throw AdminError.invalid(name(field) + "[" + i + "]", "must be a non-empty string");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** An object of string values, in order. */
    Map<String, String> stringMap(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw AdminError.invalid(name(field), "must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw AdminError.invalid(name(field) + "." + entry.getKey(), "must be a string");
            }
            out.put(entry.getKey(), entry.getValue().asText());
        }
        return out;
    }

    /** A nested object, read as strictly. */
    Optional<AdminInput> object(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw AdminError.invalid(name(field), "must be an object");
        }
        AdminInput child = new AdminInput((ObjectNode) value, name(field) + ".");
        children.add(child);
        return Optional.of(child);
    }

    /** The raw value, of any JSON type. */
    Optional<JsonNode> raw(String field) {
        return Optional.ofNullable(get(field));
    }

    /** Refuses fields nobody read, here and in the nested objects read. */
    void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!read.contains(field)) {
                throw new AdminError(400, "unknown_field", name(field), "Unknown field " + name(field));
            }
        }
        children.forEach(AdminInput::done);
    }
}
