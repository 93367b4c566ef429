package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * An invitation to a video meeting attached to a message ({@code "type": "video_meeting"}).
 *
 * @param id           the id of the attachment
 * @param fileSize     the size in bytes, or {@code null} when not told
 * @param unavailable  whether the provider no longer serves the content
 * @param mimetype     the media type of the content, or {@code null} when not told
 * @param url          a URL to the content, or {@code null} when not told
 * @param urlExpiresAt when {@code url} stops working, as an epoch number (the spec does not state the unit), or
 *                     {@code null}
 * @param startsAt     when the meeting starts, as an epoch number (the spec does not state the unit), or {@code null}
 * @param expiresAt    when the invitation expires, as an epoch number (the spec does not state the unit), or
 *                     {@code null}
 * @param timeRange    the {@code time_range} number (the spec does not say what it measures), or {@code null}
 * @param extra        fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record VideoMeetingAttachment(
        @JsonProperty("id") String id,
        @JsonProperty("file_size") Long fileSize,
        @JsonProperty("unavailable") boolean unavailable,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("url") String url,
        @JsonProperty("url_expires_at") Long urlExpiresAt,
        @JsonProperty("starts_at") Long startsAt,
        @JsonProperty("expires_at") Long expiresAt,
        @JsonProperty("time_range") Long timeRange,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageAttachment {

    public VideoMeetingAttachment {
        extra = Immutables.map(extra);
    }

    /** Always {@link AttachmentType#VIDEO_MEETING}. */
    @Override
    public AttachmentType type() {
        return AttachmentType.VIDEO_MEETING;
    }
}
