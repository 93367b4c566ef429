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
 * An image attached to a message ({@code "type": "img"}).
 *
 * @param id           the id of the attachment
 * @param fileSize     the size in bytes, or {@code null} when not told
 * @param unavailable  whether the provider no longer serves the content
 * @param mimetype     the media type of the content, or {@code null} when not told
 * @param url          a URL to the content, or {@code null} when not told
 * @param urlExpiresAt when {@code url} stops working, as an epoch number (the spec does not state the unit), or
 *                     {@code null}
 * @param size         the dimensions of the image, or {@code null} when not told
 * @param sticker      whether the image is a sticker
 * @param extra        fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageAttachment(
        @JsonProperty("id") String id,
        @JsonProperty("file_size") Long fileSize,
        @JsonProperty("unavailable") boolean unavailable,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("url") String url,
        @JsonProperty("url_expires_at") Long urlExpiresAt,
        @JsonProperty("size") MediaSize size,
        @JsonProperty("sticker") boolean sticker,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageAttachment {

    public ImageAttachment {
        extra = Immutables.map(extra);
    }

    /** Always {@link AttachmentType#IMG}. */
    @Override
    public AttachmentType type() {
        return AttachmentType.IMG;
    }
}
