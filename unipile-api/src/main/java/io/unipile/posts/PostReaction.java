package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.users.ConnectionDegree;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A reaction to a post or a comment ({@code "object": "PostReaction"}), as the items of
 * {@code GET /api/v1/users/{identifier}/reactions} return it.
 *
 * @param object    always {@code PostReaction}
 * @param value     the reaction
 * @param postId    the post reacted to, or the post of the comment reacted to
 * @param commentId the comment reacted to, or {@code null} for a reaction to the post itself
 * @param author    who reacted
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record PostReaction(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "value", required = true) ReactionType value,
        @JsonInclude(ALWAYS) @JsonProperty(value = "post_id", required = true) String postId,
        @JsonProperty("comment_id") String commentId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author", required = true) Author author,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public PostReaction {
        extra = Immutables.map(extra);
    }

    /**
     * Who reacted.
     *
     * @param id              the reactor's LinkedIn id
     * @param type            a person or a company page
     * @param name            the reactor's name, or {@code null}
     * @param headline        the reactor's headline, or {@code null}
     * @param profileUrl      the reactor's profile URL, or {@code null}
     * @param networkDistance how far the reactor is from the account, or {@code null} when not told
     * @param extra           fields this version of the library does not know, kept as sent
     */
    public record Author(
            @JsonProperty("id") String id,
            @JsonProperty("type") AuthorType type,
            @JsonProperty("name") String name,
            @JsonProperty("headline") String headline,
            @JsonProperty("profile_url") String profileUrl,
            @JsonProperty("network_distance") ConnectionDegree networkDistance,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Author {
            extra = Immutables.map(extra);
        }
    }
}
