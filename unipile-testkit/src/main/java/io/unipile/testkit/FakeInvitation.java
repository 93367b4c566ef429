package io.unipile.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending LinkedIn invitation of an account: one it sent (listed by {@code GET /users/invite/sent} until
 * cancelled or accepted) or one it received (listed by {@code GET /users/invite/received} until accepted,
 * declined or withdrawn).
 *
 * @param id the invitation id
 * @param accountId the account that sent or received it
 * @param direction whether the account sent or received it
 * @param providerId the other person's provider id: the invitee of a sent one, the sender of a received one
 * @param message the note sent with it, or null
 * @param sentAt when it was sent
 * @param sharedSecret the token accepting or declining a received invitation takes; null for a sent one
 * @param origin who made it
 */
public record FakeInvitation(String id, String accountId, Direction direction, String providerId, String message,
                             Instant sentAt, String sharedSecret, Origin origin) {

    /** Whether the account sent or received an invitation. */
    public enum Direction {
        /** The account invited someone. */
        SENT,
        /** Someone invited the account. */
        RECEIVED
    }

    /** Requires every field but the message; a received invitation needs its shared secret. */
    public FakeInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(origin, "origin");
        if ((direction == Direction.RECEIVED) != (sharedSecret != null)) {
            throw new IllegalArgumentException("a received invitation has a shared secret, a sent one none");
        }
    }
}
