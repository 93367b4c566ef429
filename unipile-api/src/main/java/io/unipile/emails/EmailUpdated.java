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
 * The reply of {@code PUT /api/v1/emails/{email_id}} ({@code "object": "EmailUpdated"}).
 *
 * @param object always {@code EmailUpdated}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record EmailUpdated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailUpdated {
        extra = Immutables.map(extra);
    }
}
