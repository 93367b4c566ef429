package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A pending invitation ({@code "object": "InvitationSent"} or {@code "InvitationReceived"}), as the items of
 * {@code GET /api/v1/users/invite/sent} and {@code /received} return it. For a sent one the {@code invited_user}
 * fields describe the invitee; for a received one {@link #inviter()} describes the sender (the spec does not say
 * whom its {@code invited_user} fields describe then). A received invitation carries the
 * {@link Specifics#sharedSecret() shared secret} that accepting or declining it requires.
 *
 * @param object                 {@code InvitationSent} or {@code InvitationReceived}
 * @param id                     the invitation's id
 * @param invitedUser            the invitee's name, or {@code null}
 * @param invitedUserId          the invitee's provider id, or {@code null}
 * @param invitedUserPublicId    the invitee's public profile name, or {@code null}
 * @param invitedUserDescription the invitee's headline, or {@code null}
 * @param date                   when it was sent, as the provider shows it (e.g. {@code Sent today})
 * @param parsedDatetime         when it was sent, as the server wrote it, or {@code null}; see
 *                               {@link #parsedInstant()}
 * @param invitationText         the message sent with it, or {@code null}
 * @param inviter                who sent it, or {@code null} when not told
 * @param specifics              the provider's data, or {@code null} when not told
 * @param extra                  fields this version of the library does not know, kept as sent
 */
public record Invitation(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invited_user", required = true) String invitedUser,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invited_user_id", required = true) String invitedUserId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invited_user_public_id", required = true)
        String invitedUserPublicId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invited_user_description", required = true)
        String invitedUserDescription,
        @JsonInclude(ALWAYS) @JsonProperty(value = "date", required = true) String date,
        @JsonInclude(ALWAYS) @JsonProperty(value = "parsed_datetime", required = true) String parsedDatetime,
        @JsonInclude(ALWAYS) @JsonProperty(value = "invitation_text", required = true) String invitationText,
        @JsonProperty("inviter") Inviter inviter,
        @JsonProperty("specifics") Specifics specifics,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Invitation {
        extra = Immutables.map(extra);
    }

    /** {@code parsed_datetime} as an {@link Instant}; empty when it is {@code null} or not ISO 8601. */
    public Optional<Instant> parsedInstant() {
        return Json.parseInstant(parsedDatetime);
    }

    /** The shared secret that handling a received invitation takes, or {@code null} when not sent. */
    public String sharedSecret() {
        return specifics == null ? null : specifics.sharedSecret();
    }

    /**
     * Who sent an invitation.
     *
     * @param inviterName             the sender's name
     * @param inviterId               the sender's provider id
     * @param inviterPublicIdentifier the sender's public profile name
     * @param inviterDescription      the sender's headline, or {@code null}
     * @param extra                   fields this version of the library does not know, kept as sent
     */
    public record Inviter(
            @JsonProperty("inviter_name") String inviterName,
            @JsonProperty("inviter_id") String inviterId,
            @JsonProperty("inviter_public_identifier") String inviterPublicIdentifier,
            @JsonProperty("inviter_description") String inviterDescription,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Inviter {
            extra = Immutables.map(extra);
        }
    }

    /**
     * What the provider adds to an invitation.
     *
     * @param provider     the provider; the spec knows only {@link AccountType#LINKEDIN}
     * @param sharedSecret the token accepting or declining the invitation takes; left out of {@link #toString()}
     * @param extra        fields this version of the library does not know, kept as sent
     */
    public record Specifics(
            @JsonProperty("provider") AccountType provider,
            @JsonProperty("shared_secret") String sharedSecret,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Specifics {
            extra = Immutables.map(extra);
        }

        /** Like the generated one, but without the shared secret, which must not reach logs. */
        @Override
        public String toString() {
            return "Specifics[provider=" + provider + ", sharedSecret=" + (sharedSecret == null ? null : "***")
                    + ", extra=" + extra + "]";
        }
    }
}
