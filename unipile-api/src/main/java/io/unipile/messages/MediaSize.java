package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The dimensions of an image or a video.
 *
 * @param width  the width in pixels
 * @param height the height in pixels
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record MediaSize(
        @JsonProperty("width") int width,
        @JsonProperty("height") int height,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public MediaSize {
        extra = Immutables.map(extra);
    }
}
