package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * An attachment's metadata; download its bytes with {@link EmailsClient#downloadAttachment(String, String)}.
 *
 * @param id        the attachment's id, unique within its e-mail
 * @param name      the file name
 * @param size      the size in bytes
 * @param extension the file name's extension
 * @param mime      the content type
 * @param cid       the content id an HTML body refers to an inline attachment by, or {@code null}
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record EmailAttachment(
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "size", required = true) Long size,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "extension", required = true) String extension,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "mime", required = true) String mime,
        @JsonProperty("cid") String cid,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailAttachment {
        extra = Immutables.map(extra);
    }
}
