package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply of {@code POST /api/v1/users/invite} ({@code "object": "UserInvitationSent"}).
 *
 * @param object       always {@code UserInvitationSent}
 * @param invitationId the id of the invitation, to cancel it
 * @param usage        how much of the provider's invitation quota is used, as Unipile reports it (the spec gives
 *                     no unit), or {@code null} when not told
 * @param extra        fields this version of the library does not know, kept as sent
 */
public record UserInvitationSent(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invitation_id", required = true) String invitationId,
        @JsonProperty("usage") Double usage,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public UserInvitationSent {
        extra = Immutables.map(extra);
    }
}
