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
 * A video attached to a message ({@code "type": "video"}).
 *
 * @param id           the id of the attachment
 * @param fileSize     the size in bytes, or {@code null} when not told
 * @param unavailable  whether the provider no longer serves the content
 * @param mimetype     the media type of the content, or {@code null} when not told
 * @param url          a URL to the content, or {@code null} when not told
 * @param urlExpiresAt when {@code url} stops working, as an epoch number (the spec does not state the unit), or
 *                     {@code null}
 * @param size         the dimensions of the video, or {@code null} when not told
 * @param gif          whether the video is an animated GIF
 * @param extra        fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record VideoAttachment(
        @JsonProperty("id") String id,
        @JsonProperty("file_size") Long fileSize,
        @JsonProperty("unavailable") boolean unavailable,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("url") String url,
        @JsonProperty("url_expires_at") Long urlExpiresAt,
        @JsonProperty("size") MediaSize size,
        @JsonProperty("gif") boolean gif,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageAttachment {

    public VideoAttachment {
        extra = Immutables.map(extra);
    }

    /** Always {@link AttachmentType#VIDEO}. */
    @Override
    public AttachmentType type() {
        return AttachmentType.VIDEO;
    }
}
