package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The kind of a message attachment ({@code type}); decides which {@link MessageAttachment} record carries it. */
public final class AttachmentType extends StringEnum {
    private static final EnumValues<AttachmentType> VALUES = new EnumValues<>(AttachmentType::new);

    /** An image, see {@link ImageAttachment}. */
    public static final AttachmentType IMG = VALUES.known("img");

    /** A video, see {@link VideoAttachment}. */
    public static final AttachmentType VIDEO = VALUES.known("video");

    /** A sound, see {@link AudioAttachment}. */
    public static final AttachmentType AUDIO = VALUES.known("audio");

    /** Any other file, see {@link FileAttachment}. */
    public static final AttachmentType FILE = VALUES.known("file");

    /** A shared LinkedIn post, see {@link LinkedInPostAttachment}. */
    public static final AttachmentType LINKEDIN_POST = VALUES.known("linkedin_post");

    /** An invitation to a video meeting, see {@link VideoMeetingAttachment}. */
    public static final AttachmentType VIDEO_MEETING = VALUES.known("video_meeting");

    private AttachmentType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttachmentType of(String value) {
        return VALUES.of(value);
    }
}
