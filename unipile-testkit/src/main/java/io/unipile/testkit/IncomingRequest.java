package io.unipile.testkit;

import java.util.List;
import java.util.Map;

/**
 * A request as read off the wire, body included, before the fake decides anything.
 *
 * @param formFields multipart text fields, repeated names kept in order
 * @param bodyError why the body could not be read as the route needs, or null
 */
record IncomingRequest(String method, String rawPath, Map<String, List<String>> query,
                       Map<String, List<String>> headers, Route route, Map<String, String> pathParams,
                       Map<String, List<String>> formFields, List<FormFile> files, long bodySize,
                       ApiException bodyError) {

    /** The single value of a query parameter; 400 when repeated or empty. */
    String queryParam(String name) {
        return single(query, name, "query parameter");
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
