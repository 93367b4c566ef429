package io.unipile.testkit.internal;

import io.unipile.testkit.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Authentication: the {@code X-API-KEY} header against the server's key, and Unipile's 401s. */
public final class ApiKeys {
    /** The header, in lower case as the journal keeps names. */
    public static final String HEADER = "x-api-key";

    private final byte[] key;

    /** Accepts this key. */
    public ApiKeys(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** How the given header value compares with the key. */
    public RecordedRequest.ApiKeyCheck check(String given) {
        if (given == null) {
            return RecordedRequest.ApiKeyCheck.MISSING;
        }
        // Constant-time: a fake should not teach clients timing-sensitive habits, but it costs nothing.
        return MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))
                ? RecordedRequest.ApiKeyCheck.VALID : RecordedRequest.ApiKeyCheck.INVALID;
    }

    /** Unipile's 401 for a key that is missing or wrong; empty for the right one. */
    public static Optional<ApiException> refusal(RecordedRequest.ApiKeyCheck check) {
        switch (check) {
            case MISSING:
                return Optional.of(new ApiException(401, "missing_credentials", "The X-API-KEY header is missing"));
            case INVALID:
                return Optional.of(new ApiException(401, "invalid_credentials", "The API key is not valid"));
            default:
                return Optional.empty();
        }
    }
}
