package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.util.Objects;

/**
 * A person an account can chat with, known by the provider's id for them.
 *
 * @param id the Unipile attendee id
 * @param accountId the account this attendee belongs to
 * @param providerId the provider's id for the person (what {@code attendees_ids} carries)
 * @param name the display name
 * @param self whether this attendee is the account holder
 */
public record FakeAttendee(String id, String accountId, String providerId, String name, boolean self) {

    /** Requires every field. */
    public FakeAttendee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(name, "name");
    }

    /** An attendee other than the holder, with a fresh id. */
    public static FakeAttendee of(String accountId, String providerId, String name) {
        return new FakeAttendee(Ids.unipileId(), accountId, providerId, name, false);
    }
}
