package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply of {@code POST /api/v1/drafts} ({@code "object": "DraftCreated"}).
 *
 * @param object always {@code DraftCreated}
 * @param draftId the new draft's id
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record DraftCreated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "draft_id", required = true) String draftId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public DraftCreated {
        extra = Immutables.map(extra);
    }
}
