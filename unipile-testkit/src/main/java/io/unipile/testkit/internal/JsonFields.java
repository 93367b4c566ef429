package io.unipile.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;

/**
 * Strict reading of JSON request bodies, with Unipile's 400s: a body that is not a JSON object is
 * {@code errors/malformed_request}, a missing field {@code errors/missing_parameters}, an unknown field, a wrong
 * type, a null or an empty string {@code errors/invalid_parameters}.
 */
public final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** The body as a JSON object that has only the given fields. */
    public static JsonNode object(String body, Set<String> fields) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed_request", "The body is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new ApiException(400, "malformed_request", "The body must be a JSON object");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiException.invalidParameters("Unknown field " + name);
            }
        }
        return json;
    }

    /** A field that must be there, as a non-empty string. */
    public static String requiredText(JsonNode json, String field) {
        if (!json.has(field)) {
            throw ApiException.missingParameters(field + " is required");
        }
        return text(json.get(field), field);
    }

    /** A field that may be absent, as a non-empty string, or null. */
    public static String optionalText(JsonNode json, String field) {
        return json.has(field) ? text(json.get(field), field) : null;
    }

    /** A value that must be a non-empty string. */
    public static String text(JsonNode value, String field) {
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw ApiException.invalidParameters(field + " must be a non-empty string");
        }
        return value.textValue();
    }

    /** A field that may be absent, as a boolean, or null. */
    public static Boolean optionalBoolean(JsonNode json, String field) {
        if (!json.has(field)) {
            return null;
        }
        if (!json.get(field).isBoolean()) {
            throw ApiException.invalidParameters(field + " must be true or false");
        }
        return json.get(field).booleanValue();
    }

    /** A field that must be there, as a boolean. */
    public static boolean requiredBoolean(JsonNode json, String field) {
        if (!json.has(field)) {
            throw ApiException.missingParameters(field + " is required");
        }
        return optionalBoolean(json, field);
    }
}
