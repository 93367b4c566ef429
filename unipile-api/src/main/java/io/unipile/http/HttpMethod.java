package io.unipile.http;

/** The HTTP methods the Unipile API uses. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    /**
     * Whether repeating the request cannot change server state beyond the first attempt.
     * Resilience rules differ for writes: Unipile has no idempotency keys, so a repeated POST sends a second message.
     */
    public boolean isIdempotent() {
        return this == GET || this == PUT || this == DELETE;
    }
}
