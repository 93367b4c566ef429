package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply of {@code POST /api/v1/users/invite/received/{invitation_id}}
 * ({@code "object": "UserInvitationHandled"}).
 *
 * @param object always {@code UserInvitationHandled}
 * @param status what became of the invitation
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record UserInvitationHandled(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "status", required = true) Status status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public UserInvitationHandled {
        extra = Immutables.map(extra);
    }

    /** What became of a received invitation. */
    public static final class Status extends StringEnum {
        private static final EnumValues<Status> VALUES = new EnumValues<>(Status::new);

        /** Accepted: the sender is now a relation. */
        public static final Status ACCEPTED = VALUES.known("ACCEPTED");

        /** Declined. */
        public static final Status DECLINED = VALUES.known("DECLINED");

        private Status(String value, boolean known) {
            super(value, known);
        }

        /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Status of(String value) {
            return VALUES.of(value);
        }
    }
}
