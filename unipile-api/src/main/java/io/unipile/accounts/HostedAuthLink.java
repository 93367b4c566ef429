package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to creating a hosted auth link ({@code "object": "HostedAuthUrl"}): send the user to {@link #url()}.
 *
 * @param object always {@code HostedAuthUrl}
 * @param url    the link to Unipile's hosted auth wizard
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record HostedAuthLink(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "url", required = true) String url,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public HostedAuthLink {
        extra = Immutables.map(extra);
    }
}
