package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Map;

/**
 * A file or rich content attached to a message. The {@code type} field decides the record: match on
 * {@link ImageAttachment}, {@link VideoAttachment}, {@link AudioAttachment}, {@link FileAttachment},
 * {@link LinkedInPostAttachment} or {@link VideoMeetingAttachment}; a type this version does not know yields
 * {@link UnknownAttachment}, which keeps it.
 */
@JsonDeserialize(using = MessageAttachmentDeserializer.class)
public sealed interface MessageAttachment permits ImageAttachment, VideoAttachment, AudioAttachment, FileAttachment,
        LinkedInPostAttachment, VideoMeetingAttachment, UnknownAttachment {

    /** The kind of the attachment, the wire's {@code type}. */
    @JsonProperty("type")
    AttachmentType type();

    /** The id of the attachment, to download it through the attachments route. */
    String id();

    /** The size in bytes, or {@code null} when not told. */
    Long fileSize();

    /** Whether the provider no longer serves the content. */
    boolean unavailable();

    /** The media type of the content, or {@code null} when not told. */
    String mimetype();

    /** A URL to the content, or {@code null} when not told. */
    String url();

    /** When {@link #url()} stops working, as an epoch number (the spec does not state the unit), or {@code null}. */
    Long urlExpiresAt();

    /** Fields this version of the library does not know, kept as sent. */
    Map<String, JsonNode> extra();
}
