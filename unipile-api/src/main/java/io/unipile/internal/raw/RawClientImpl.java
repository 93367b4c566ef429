package io.unipile.internal.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.files.FileDownload;
import io.unipile.internal.ApiCaller;
import io.unipile.internal.ApiRequest;
import io.unipile.internal.Check;
import io.unipile.internal.Json;
import io.unipile.internal.JsonBody;
import io.unipile.internal.MultipartBody;
import io.unipile.internal.Pages;
import io.unipile.pagination.PagedIterable;
import io.unipile.raw.RawClient;
import io.unipile.raw.RawRequest;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link RawClient} over an {@link ApiCaller}: a {@link RawRequest} becomes the same {@link ApiRequest} as any call. */
public final class RawClientImpl implements RawClient {
    private static final JavaType JSON = Json.mapper().constructType(JsonNode.class);
    private static final JavaType JSON_PAGE = Pages.of(JsonNode.class);
    private static final String CURSOR = "cursor";

    private final ApiCaller caller;

    public RawClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public JsonNode call(RawRequest request) {
        return caller.call(toApi(request, false, null), JSON);
    }

    @Override
    public <T> T call(RawRequest request, Class<T> type) {
        Check.notNull("type", type);
        return caller.call(toApi(request, false, null), Json.mapper().constructType(type));
    }

    @Override
    public CompletableFuture<JsonNode> callAsync(RawRequest request) {
        return caller.callAsync(toApi(request, false, null), JSON);
    }

    @Override
    public PagedIterable<JsonNode> listAll(RawRequest request) {
        toApi(request, false, null);
        List<String> first = request.query().get(CURSOR);
        return new PagedIterable<>(first == null ? null : first.get(0),
                cursor -> caller.call(toApi(request, true, cursor), JSON_PAGE));
    }

    @Override
    public FileDownload download(RawRequest request) {
        return new FileDownload(caller.callRaw(toApi(request, false, null)));
    }

    @Override
    public CompletableFuture<FileDownload> downloadAsync(RawRequest request) {
        return caller.callRawAsync(toApi(request, false, null)).thenApply(FileDownload::new);
    }

    private ApiRequest toApi(RawRequest r, boolean overrideCursor, String cursor) {
        Check.notNull("request", r);
        ApiRequest.Builder b = ApiRequest.builder(r.method()).route(r.template()).idempotent(r.idempotent());
        for (String segment : r.template().substring(1).split("/")) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                b.id(name, r.pathParams().get(name));
            } else {
                b.path(segment);
            }
        }
        r.query().forEach((name, values) -> {
            if (!(overrideCursor && name.equals(CURSOR))) {
                values.forEach(v -> b.query(name, v));
            }
        });
        if (overrideCursor) {
            b.query(CURSOR, cursor);
        }
        if (r.jsonBody() != null) {
            if (r.jsonBody() instanceof ObjectNode object) {
                b.jsonBody(object.deepCopy());
            } else {
                b.body(JsonBody.of(r.jsonBody()));
            }
        } else if (!r.formParts().isEmpty()) {
            MultipartBody.Builder form = MultipartBody.builder();
            for (RawRequest.FormPart p : r.formParts()) {
                if (p.file() != null) {
                    form.file(p.name(), p.file());
                } else {
                    form.field(p.name(), p.value());
                }
            }
            b.formBody(form);
        }
        return b.options(caller.options().merge(r.options())).build();
    }
}
