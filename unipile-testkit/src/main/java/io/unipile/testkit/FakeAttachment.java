package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.util.Locale;
import java.util.Objects;

/**
 * A file attached to a message: uploaded by a client or seeded by a test.
 *
 * @param id the attachment id
 * @param type how Unipile classifies it on the wire
 * @param fileName the part's file name (for uploads, as the client sent it)
 * @param contentType the part's content type, or null when the client sent none
 * @param content the bytes
 * @param width for IMG and VIDEO: the pixel width reported (the fake does not decode images)
 * @param height for IMG and VIDEO: the pixel height reported
 * @param voiceNote for AUDIO: whether it is a voice note (true for a {@code voice_message})
 */
public record FakeAttachment(String id, Type type, String fileName, String contentType, FileContent content,
                             int width, int height, boolean voiceNote) {

    /** Requires the id, type, file name and content. */
    public FakeAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /**
     * An attachment typed from its content type the way a messaging provider would: images,
     * videos and audio by their media type, anything else as a plain file.
     */
    public static FakeAttachment of(String fileName, String contentType, FileContent content) {
        return new FakeAttachment(Ids.unipileId(), Type.fromContentType(contentType), fileName, contentType,
                content, 0, 0, false);
    }

    /** The same file under a new attachment id, as a forwarded message carries it. */
    public FakeAttachment copy() {
        return new FakeAttachment(Ids.unipileId(), type, fileName, contentType, content, width, height, voiceNote);
    }

    /** The size in bytes. */
    public int size() {
        return content.size();
    }

    /** The six attachment kinds of Unipile's message schema. */
    public enum Type {
        /** An image. */
        IMG("img"),
        /** A video. */
        VIDEO("video"),
        /** An audio file or voice note. */
        AUDIO("audio"),
        /** Any other file. */
        FILE("file"),
        /** A shared LinkedIn post. */
        LINKEDIN_POST("linkedin_post"),
        /** A video meeting invitation. */
        VIDEO_MEETING("video_meeting");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** The value of the attachment's {@code type} field. */
        public String wireName() {
            return wireName;
        }

        static Type fromContentType(String contentType) {
            String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (media.startsWith("image/")) {
                return IMG;
            }
            if (media.startsWith("video/")) {
                return VIDEO;
            }
            if (media.startsWith("audio/")) {
                return AUDIO;
            }
            return FILE;
        }
    }
}
