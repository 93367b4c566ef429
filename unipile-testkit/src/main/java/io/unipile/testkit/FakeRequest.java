package io.unipile.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the fake read it, before answering: what {@link Stubs} and {@link FaultInjector} predicates see.
 *
 * @param method the HTTP method
 * @param path the raw path, still percent-encoded
 * @param query the decoded query parameters, in order
 * @param headers the headers, names in lower case; the {@code x-api-key} value is masked
 * @param route the modelled or stubbed route the request matched, if any
 * @param pathParams the route's decoded path parameters
 * @param formFields the multipart text fields, in order, repeated names kept
 * @param files the multipart file parts, in order
 * @param jsonBody the JSON body as received, for routes that take one
 * @param bodySize the request body's size in bytes
 */
public record FakeRequest(String method, String path, Map<String, List<String>> query,
                          Map<String, List<String>> headers, Optional<Route> route, Map<String, String> pathParams,
                          Map<String, List<String>> formFields, List<FormFile> files, Optional<String> jsonBody,
                          long bodySize) {

    /** Makes every collection immutable. */
    public FakeRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(jsonBody, "jsonBody");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        pathParams = Map.copyOf(pathParams);
        formFields = Map.copyOf(formFields);
        files = List.copyOf(files);
    }

    /** The decoded value of a path parameter, e.g. {@code pathParam("chat_id")}. */
    public Optional<String> pathParam(String name) {
        return Optional.ofNullable(pathParams.get(name));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        return first(query.get(name));
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return first(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The first value of a multipart text field. */
    public Optional<String> formField(String name) {
        return first(formFields.get(name));
    }

    /** Whether the request matched this route. */
    public boolean is(Route other) {
        return route.isPresent() && route.get().equals(other);
    }

    static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
