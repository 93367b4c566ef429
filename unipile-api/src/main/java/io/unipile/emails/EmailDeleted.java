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
 * The reply of {@code DELETE /api/v1/emails/{email_id}}: the e-mail was moved to the trash ({@code "object": "EmailDeleted"}).
 *
 * @param object always {@code EmailDeleted}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record EmailDeleted(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailDeleted {
        extra = Immutables.map(extra);
    }
}
