package io.unipile.transport.resilience;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.unipile.http.TransportResponse;
import io.unipile.internal.Json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * An error response whose first bytes were read to learn Unipile's error {@code type}, which decides whether it
 * counts against the circuit; the caller still gets the whole body. Only 500 and 503 are read this way, never a
 * success.
 */
final class BufferedErrorResponse extends ForwardingResponse {
    /** Unipile's error bodies are a few hundred bytes; a type further in is treated as missing. */
    static final int CAP = 8 * 1024;

    private final InputStream body;
    private final String type;

    private BufferedErrorResponse(TransportResponse response, InputStream body, String type) {
        super(response);
        this.body = body;
        this.type = type;
    }

    /** Reads up to {@link #CAP} bytes of the body; the read is bounded like any body's. */
    static BufferedErrorResponse read(TransportResponse response) throws IOException {
        InputStream in = response.body();
        byte[] head = in.readNBytes(CAP);
        InputStream whole = head.length < CAP ? new ByteArrayInputStream(head)
                : new SequenceInputStream(new ByteArrayInputStream(head), in);
        return new BufferedErrorResponse(response, whole, typeOf(head));
    }

    /** The top-level {@code type} of a JSON object, or null when absent or not JSON. */
    static String typeOf(byte[] json) {
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // an HTML page, or cut before its type: untyped
        }
        return null;
    }

    /** The error's {@code type}, or null. */
    String type() {
        return type;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        response.close();
    }
}
