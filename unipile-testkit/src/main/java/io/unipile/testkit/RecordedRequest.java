package io.unipile.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the fake received, with what it did about it.
 *
 * @param sequence 1 for the first request since start or the last journal clear, then 2, 3, ...
 * @param receivedAt when the request line arrived
 * @param method the HTTP method
 * @param path the raw path, still percent-encoded
 * @param query the decoded query parameters, in order
 * @param headers the headers, names in lower case; the {@code x-api-key} value is masked
 * @param apiKey how the {@code X-API-KEY} header compared with the server's key
 * @param route the route the request matched, if any
 * @param pathParams the route's decoded path parameters
 * @param formFields the multipart text fields, in order, repeated names kept
 * @param files the multipart file parts, in order
 * @param jsonBody the JSON body as received, for routes that take one ({@code POST /webhooks})
 * @param bodySize the request body's size in bytes
 * @param responseStatus the status the fake answered, or 0 when it sent none (dropped connection)
 * @param fault the fault that shaped the answer, if one was scripted
 * @param applied whether the request changed the fake's state (stored or removed something)
 * @param stubbed whether a {@link Stubs stub} answered it instead of the fake's own handling
 */
public record RecordedRequest(long sequence, Instant receivedAt, String method, String path,
                              Map<String, List<String>> query, Map<String, List<String>> headers, ApiKeyCheck apiKey,
                              Optional<Route> route, Map<String, String> pathParams,
                              Map<String, List<String>> formFields, List<FormFile> files,
                              Optional<String> jsonBody, long bodySize,
                              int responseStatus, Optional<Fault> fault, boolean applied,
                              boolean stubbed) {

    /** The mask that stands for the API key's value in {@link #headers()}. */
    public static final String MASK = "***";

    /** Makes every collection immutable. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        pathParams = Map.copyOf(pathParams);
        formFields = Map.copyOf(formFields);
        files = List.copyOf(files);
    }

    /** How the request's API key compared with the server's. */
    public enum ApiKeyCheck {
        /** No {@code X-API-KEY} header. */
        MISSING,
        /** The server's key. */
        VALID,
        /** Another key. */
        INVALID
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return FakeRequest.first(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        return FakeRequest.first(query.get(name));
    }

    /** The first value of a multipart text field. */
    public Optional<String> formField(String name) {
        return FakeRequest.first(formFields.get(name));
    }

    /** Every value of a repeated multipart text field, in order. */
    public List<String> formFieldValues(String name) {
        return formFields.getOrDefault(name, List.of());
    }

    /** The file parts with this field name, in order. */
    public List<FormFile> files(String fieldName) {
        return files.stream().filter(f -> f.fieldName().equals(fieldName)).toList();
    }
}
