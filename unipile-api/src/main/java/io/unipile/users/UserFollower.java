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
 * A follower ({@code "object": "UserFollower"}), as the items of {@code GET /api/v1/users/followers} return it.
 * LinkedIn and Instagram send different fields; those of the other provider are {@code null}.
 *
 * @param object                 always {@code UserFollower}
 * @param id                     the follower's provider id
 * @param name                   the follower's name
 * @param profilePictureUrl      the profile picture, or {@code null}
 * @param urn                    LinkedIn: the member's URN
 * @param headline               LinkedIn: the line under the name
 * @param profileUrl             LinkedIn: the profile URL
 * @param profilePictureUrlLarge LinkedIn: the profile picture in a larger size, or {@code null}
 * @param messagingId            Instagram: the follower's id in Instagram messaging
 * @param username               Instagram: the user name
 * @param isPrivate              Instagram: whether the follower's account is private
 * @param isVerified             Instagram: whether the follower is verified
 * @param extra                  fields this version of the library does not know, kept as sent
 */
public record UserFollower(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonProperty("urn") String urn,
        @JsonProperty("headline") String headline,
        @JsonProperty("profile_url") String profileUrl,
        @JsonProperty("profile_picture_url_large") String profilePictureUrlLarge,
        @JsonProperty("messaging_id") String messagingId,
        @JsonProperty("username") String username,
        @JsonProperty("is_private") Boolean isPrivate,
        @JsonProperty("is_verified") Boolean isVerified,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public UserFollower {
        extra = Immutables.map(extra);
    }
}
