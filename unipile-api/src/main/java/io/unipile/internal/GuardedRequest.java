package io.unipile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.guard.GuardedCall;
import io.unipile.http.HttpMethod;

import java.util.Optional;

/** An {@link ApiRequest} as a {@link io.unipile.guard.CallGuard} sees it; every value is read only when asked. */
final class GuardedRequest implements GuardedCall {
    private final ApiRequest request;
    private final UnipileClient client;

    GuardedRequest(ApiRequest request, UnipileClient client) {
        this.request = request;
        this.client = client;
    }

    @Override
    public HttpMethod method() {
        return request.method();
    }

    @Override
    public String uri() {
        return EndpointCatalog.observedUri(request.method(), request.route());
    }

    @Override
    public Optional<String> pathValue(String name) {
        String[] template = request.route().split("/");
        String[] path = request.encodedPath().split("/");
        if (template.length != path.length) {
            return Optional.empty();
        }
        String wanted = "{" + name + "}";
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals(wanted)) {
                return Optional.of(UrlEncoding.decode(path[i]));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> field(String name) {
        Check.notBlank("name", name);
        String q = queryValue(name);
        if (q != null) {
            return Optional.of(q);
        }
        if (request.json() != null) {
            JsonNode node = request.json();
            for (String key : name.replace("]", "").split("\\[")) {
                node = node.get(key);
                if (node == null) {
                    return Optional.empty();
                }
            }
            return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
        }
        if (request.body() instanceof MultipartBody form) {
            return Optional.ofNullable(form.textField(name));
        }
        return Optional.empty();
    }

    private String queryValue(String name) {
        String query = request.encodedQuery();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = UrlEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : UrlEncoding.decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    @Override
    public RequestOptions options() {
        return request.options();
    }

    @Override
    public UnipileClient client() {
        return client;
    }

    @Override
    public String toString() {
        return "GuardedCall[" + request.method() + " " + request.route() + "]";
    }
}
