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
 * @param picture the profile picture {@code GET /chat_attendees/{id}/picture} sends, or null for none
 */
public record FakeAttendee(String id, String accountId, String providerId, String name, boolean self,
                           Picture picture) {

    /** Requires every field but the picture. */
    public FakeAttendee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(name, "name");
    }

    /** An attendee without a picture. */
    public FakeAttendee(String id, String accountId, String providerId, String name, boolean self) {
        this(id, accountId, providerId, name, self, null);
    }

    /** An attendee other than the holder, with a fresh id. */
    public static FakeAttendee of(String accountId, String providerId, String name) {
        return new FakeAttendee(Ids.unipileId(), accountId, providerId, name, false);
    }

    /** This attendee with a profile picture, e.g. {@code withPicture("image/jpeg", FileContent.of(jpeg))}. */
    public FakeAttendee withPicture(String contentType, FileContent content) {
        return new FakeAttendee(id, accountId, providerId, name, self, new Picture(contentType, content));
    }

    /**
     * A profile picture.
     *
     * @param contentType the media type it is sent with, e.g. {@code image/jpeg}
     * @param content the bytes
     */
    public record Picture(String contentType, FileContent content) {
        /** Requires both. */
        public Picture {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
