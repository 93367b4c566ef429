package io.unipile.testkit.internal;

import io.unipile.testkit.FakeRequest;
import io.unipile.testkit.FormFile;
import io.unipile.testkit.Route;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A routed request as handlers read it: the {@link FakeRequest} with strict accessors that answer 400 for
 * what Unipile would refuse.
 *
 * @param wire the request as read off the wire
 * @param bodyError why the body could not be read as the route needs, or null
 */
public record IncomingRequest(FakeRequest wire, ApiException bodyError) {

    /** Requires the request. */
    public IncomingRequest {
        Objects.requireNonNull(wire, "wire");
    }

    /** The route the request matched. */
    public Route route() {
        return wire.route().orElseThrow();
    }

    /** The decoded value of a path parameter of the route. */
    public String pathParam(String name) {
        String value = wire.pathParams().get(name);
        if (value == null) {
            throw new IllegalStateException(route() + " has no path parameter " + name);
        }
        return value;
    }

    /** Every query parameter. */
    public Map<String, List<String>> query() {
        return wire.query();
    }

    /** The single value of a query parameter; 400 when repeated or empty. */
    public String queryParam(String name) {
        return single(wire.query(), name, "query parameter");
    }

    /**
     * A query parameter holding an ISO 8601 UTC time with milliseconds ({@code YYYY-MM-DDTHH:MM:SS.sssZ}), or
     * null; 400 for any other form.
     */
    public Instant instantParam(String name) {
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

    /** The exclusive {@code after} and {@code before} query parameters as a test on a time. */
    public Predicate<Instant> timeWindow() {
        Instant before = instantParam("before");
        Instant after = instantParam("after");
        return time -> (before == null || time.isBefore(before)) && (after == null || time.isAfter(after));
    }

    /** A query parameter holding ids separated by commas, in order, or empty; 400 for an empty id. */
    public Set<String> idsParam(String name) {
        String value = queryParam(name);
        return value == null ? new LinkedHashSet<>() : ids(name, value);
    }

    /** A path parameter holding ids separated by commas, in order; 400 for an empty id. */
    public Set<String> idsPathParam(String name) {
        return ids(name, pathParam(name));
    }

    private static Set<String> ids(String name, String value) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : value.split(",", -1)) {
            if (id.isEmpty()) {
                throw ApiException.invalidParameters(name + " must be ids separated by commas, not " + value);
            }
            ids.add(id);
        }
        return ids;
    }

    /** A query parameter holding {@code true} or {@code false}, or null; 400 for any other value. */
    public Boolean booleanParam(String name) {
        String value = queryParam(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidParameters(name + " must be true or false, not " + value);
        }
        return Boolean.valueOf(value);
    }

    /** The multipart text fields, repeated names kept in order. */
    public Map<String, List<String>> formFields() {
        return wire.formFields();
    }

    /** The single value of a text field; 400 when repeated or empty. */
    public String formField(String name) {
        return single(wire.formFields(), name, "field");
    }

    /** Every file part. */
    public List<FormFile> files() {
        return wire.files();
    }

    /** The file parts of a field. */
    public List<FormFile> files(String fieldName) {
        return wire.files().stream().filter(f -> f.fieldName().equals(fieldName)).toList();
    }

    /** The single file of a field, or null; 400 when repeated. */
    public FormFile singleFile(String fieldName) {
        List<FormFile> found = files(fieldName);
        if (found.size() > 1) {
            throw ApiException.invalidParameters("Only one file may be sent as " + fieldName);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The JSON body as text, for routes that take one. */
    public String jsonBody() {
        return wire.jsonBody().orElseThrow(() -> new IllegalStateException(route() + " takes no JSON body"));
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
