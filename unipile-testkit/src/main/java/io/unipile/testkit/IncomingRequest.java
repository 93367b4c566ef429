package io.unipile.testkit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A request as read off the wire, body included, before the fake decides anything.
 *
 * @param formFields multipart text fields, repeated names kept in order
 * @param jsonBody the body of a route that takes JSON, as text; else null
 * @param bodyError why the body could not be read as the route needs, or null
 */
record IncomingRequest(String method, String rawPath, Map<String, List<String>> query,
                       Map<String, List<String>> headers, Route route, Map<String, String> pathParams,
                       Map<String, List<String>> formFields, List<FormFile> files, String jsonBody, long bodySize,
                       ApiException bodyError) {

    /** The single value of a query parameter; 400 when repeated or empty. */
    String queryParam(String name) {
        return single(query, name, "query parameter");
    }

    /**
     * A query parameter holding an ISO 8601 UTC time with milliseconds ({@code YYYY-MM-DDTHH:MM:SS.sssZ}), or
     * null; 400 for any other form.
     */
    Instant instantParam(String name) {
        String value = queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.matches("[1-2]\\d{3}-[0-1]\\d-[0-3]\\dT\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z")) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw ApiException.invalidParameters(name + " must be an ISO 8601 UTC datetime with milliseconds "
                + "(YYYY-MM-DDTHH:MM:SS.sssZ), not " + value);
    }

    /** A query parameter holding {@code true} or {@code false}, or null; 400 for any other value. */
    Boolean booleanParam(String name) {
        String value = queryParam(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidParameters(name + " must be true or false, not " + value);
        }
        return Boolean.valueOf(value);
    }

    /** The single value of a text field; 400 when repeated or empty. */
    String formField(String name) {
        return single(formFields, name, "field");
    }

    List<FormFile> files(String fieldName) {
        return files.stream().filter(f -> f.fieldName().equals(fieldName)).toList();
    }

    /** The single file of a field, or null; 400 when repeated. */
    FormFile singleFile(String fieldName) {
        List<FormFile> found = files(fieldName);
        if (found.size() > 1) {
            throw ApiException.invalidParameters("Only one file may be sent as " + fieldName);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String single(Map<String, List<String>> values, String name, String what) {
        List<String> found = values.get(name);
        if (found == null) {
            return null;
        }
        if (found.size() > 1) {
            throw ApiException.invalidParameters("The " + what + " " + name + " must be given once");
        }
        if (found.get(0).isEmpty()) {
            throw ApiException.invalidParameters("The " + what + " " + name + " must not be empty");
        }
        return found.get(0);
    }
}
