package io.unipile.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A first-degree relation of a LinkedIn account, as {@code GET /users/relations} lists it (most recent first).
 *
 * @param accountId the account
 * @param providerId the member's provider id
 * @param connectedAt when they became relations
 */
public record FakeRelation(String accountId, String providerId, Instant connectedAt) {
    /** Requires every field. */
    public FakeRelation {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }
}
