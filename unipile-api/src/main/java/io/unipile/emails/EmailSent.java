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
 * The reply of {@code POST /api/v1/emails} ({@code "object": "EmailSent"}).
 *
 * @param object always {@code EmailSent}
 * @param trackingId the id the tracking events of this e-mail carry
 * @param id the e-mail's Unipile id, or {@code null} when the provider did not tell it yet
 * @param providerId the provider's id of the e-mail, or {@code null}
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record EmailSent(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "tracking_id", required = true) String trackingId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailSent {
        extra = Immutables.map(extra);
    }
}
