package io.unipile.attendees;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * What Instagram tells about an attendee ({@code "provider": "INSTAGRAM"}).
 *
 * @param publicIdentifier   the attendee's public Instagram handle
 * @param relationshipStatus how the account and the attendee follow each other, or {@code null} when not told
 * @param extra              fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InstagramAttendeeSpecifics(
        @JsonProperty("public_identifier") String publicIdentifier,
        @JsonProperty("relationship_status") RelationshipStatus relationshipStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AttendeeSpecifics {

    public InstagramAttendeeSpecifics {
        extra = Immutables.map(extra);
    }

    /** Always {@link AccountType#INSTAGRAM}. */
    @Override
    public AccountType provider() {
        return AccountType.INSTAGRAM;
    }

    /**
     * How the account and an Instagram attendee are related ({@code relationship_status}), seen from the account.
     * The spec names the flags without describing them; each is {@code null} when not told, which is not the same
     * as {@code false}.
     *
     * @param following             the wire's {@code following}: whether the account follows the attendee
     * @param followedBy            the wire's {@code followed_by}: whether the attendee follows the account
     * @param hasReceivedInvitation the wire's {@code has_received_invitation}
     * @param hasSentInvitation     the wire's {@code has_sent_invitation}
     * @param extra                 fields this version of the library does not know, kept as sent
     */
    public record RelationshipStatus(
            @JsonProperty("following") Boolean following,
            @JsonProperty("followed_by") Boolean followedBy,
            @JsonProperty("has_received_invitation") Boolean hasReceivedInvitation,
            @JsonProperty("has_sent_invitation") Boolean hasSentInvitation,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public RelationshipStatus {
            extra = Immutables.map(extra);
        }
    }
}
