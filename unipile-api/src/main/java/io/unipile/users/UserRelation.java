package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A LinkedIn member related to the account ({@code "object": "UserRelation"}), as the items of
 * {@code GET /api/v1/users/relations} (a relation) and {@code GET /api/v1/users/following} (a followed member)
 * return it.
 *
 * @param object            always {@code UserRelation}
 * @param firstName         the first name
 * @param lastName          the last name
 * @param headline          the line under the name
 * @param publicIdentifier  the public profile name
 * @param publicProfileUrl  the public profile URL
 * @param createdAt         when the relation began, in epoch milliseconds (the spec says only "number"); see
 *                          {@link #createdInstant()}
 * @param memberId          the member's LinkedIn id, what invitations and chats take
 * @param memberUrn         the member's URN
 * @param connectionUrn     the URN of the relation
 * @param profilePictureUrl the profile picture, or {@code null}
 * @param extra             fields this version of the library does not know, kept as sent
 */
public record UserRelation(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "first_name", required = true) String firstName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "last_name", required = true) String lastName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "headline", required = true) String headline,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_profile_url", required = true) String publicProfileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) long createdAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "member_id", required = true) String memberId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "member_urn", required = true) String memberUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "connection_urn", required = true) String connectionUrn,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public UserRelation {
        extra = Immutables.map(extra);
    }

    /** {@code created_at} read as epoch milliseconds. */
    public Instant createdInstant() {
        return Instant.ofEpochMilli(createdAt);
    }
}
