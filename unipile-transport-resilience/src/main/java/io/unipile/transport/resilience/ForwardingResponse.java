package io.unipile.transport.resilience;

import io.unipile.http.TransportResponse;

import java.util.List;

/** A response whose head is another's and whose body and closing the subclass decides. */
abstract class ForwardingResponse implements TransportResponse {
    protected final TransportResponse response;

    ForwardingResponse(TransportResponse response) {
        this.response = response;
    }

    @Override
    public final int statusCode() {
        return response.statusCode();
    }

    @Override
    public final List<String> headers(String name) {
        return response.headers(name);
    }
}
