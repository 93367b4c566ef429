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
 * An attachment of a kind this version of the library does not know, so that a new kind never breaks parsing a
 * message: the common fields are read, the rest stays in {@code extra}.
 *
 * @param type         the kind as sent; {@link AttachmentType#isKnown()} is {@code false}
 * @param id           the id of the attachment
 * @param fileSize     the size in bytes, or {@code null} when not told
 * @param unavailable  whether the provider no longer serves the content
 * @param mimetype     the media type of the content, or {@code null} when not told
 * @param url          a URL to the content, or {@code null} when not told
 * @param urlExpiresAt when {@code url} stops working, as an epoch number (the spec does not state the unit), or
 *                     {@code null}
 * @param extra        the fields of the unknown kind, and any other field, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record UnknownAttachment(
        @JsonProperty("type") AttachmentType type,
        @JsonProperty("id") String id,
        @JsonProperty("file_size") Long fileSize,
        @JsonProperty("unavailable") boolean unavailable,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("url") String url,
        @JsonProperty("url_expires_at") Long urlExpiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageAttachment {

    public UnknownAttachment {
        extra = Immutables.map(extra);
    }
}
