package io.unipile.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.unipile.http.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A small JSON request body, serialised once when the request is built. */
public final class JsonBody implements RequestBody {
    private final byte[] bytes;

    private JsonBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Serialises {@code value} with the library's mapper. */
    public static JsonBody of(Object value) {
        try {
            return new JsonBody(Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }
}
