package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * What LinkedIn answered to a raw request ({@code "object": "LinkedinRawData"}), from
 * {@code POST /api/v1/linkedin}. {@code data} is LinkedIn's own JSON, whose shape only the LinkedIn endpoint called
 * defines: read it as a tree, or with {@link #dataAs(Class)} into a type of your own.
 *
 * @param object always {@code LinkedinRawData}
 * @param data   LinkedIn's answer as a tree; a JSON {@code null} when LinkedIn sent nothing
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record LinkedInRawData(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "data", required = true) JsonNode data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public LinkedInRawData {
        // Jackson hands a JSON null over as Java null; a tree is easier to walk when it is never null.
        data = data == null ? NullNode.getInstance() : data;
        extra = Immutables.map(extra);
    }

    /**
     * {@link #data()} read as {@code type} with the library's mapper (unknown properties ignored).
     *
     * @throws UnipileResponseFormatException when the data does not fit {@code type}
     */
    public <T> T dataAs(Class<T> type) {
        try {
            return Json.mapper().treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnipileResponseFormatException("POST", "/linkedin", 200, "its data does not fit "
                    + type.getSimpleName() + ": " + e.getMessage(), "", e);
        }
    }
}
