package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;
import io.unipile.users.ConnectionDegree;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A comment on a LinkedIn post.
 *
 * @param object             always {@code Comment}
 * @param id                 the comment's id
 * @param postId             the id of the post it comments
 * @param postUrn            the URN of that post
 * @param author             the author's name, or {@code null}
 * @param authorDetails      more about the author
 * @param date               when it was written, as the server wrote it (the spec gives no format)
 * @param text               its text
 * @param reactionCounter    how many reactions it has
 * @param replyCounter       how many replies it has
 * @param impressionsCounter how many times it was seen, or {@code null} when not told
 * @param userReacted        the account's own reaction to it, or {@code null} when none
 * @param extra              fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LinkedInComment(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "post_id", required = true) String postId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "post_urn", required = true) String postUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author", required = true) String author,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author_details", required = true) AuthorDetails authorDetails,
        @JsonInclude(ALWAYS) @JsonProperty(value = "date", required = true) String date,
        @JsonInclude(ALWAYS) @JsonProperty(value = "text", required = true) String text,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reaction_counter", required = true) long reactionCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reply_counter", required = true) long replyCounter,
        @JsonProperty("impressions_counter") Long impressionsCounter,
        @JsonProperty("user_reacted") ReactionType userReacted,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Comment {

    public LinkedInComment {
        extra = Immutables.map(extra);
    }

    /**
     * The author of a LinkedIn comment.
     *
     * @param id              the author's LinkedIn id, or {@code null}
     * @param headline        the author's headline, or {@code null}
     * @param profileUrl      the author's profile URL, or {@code null}
     * @param networkDistance how far the author is from the account, or {@code null}
     * @param extra           fields this version of the library does not know, kept as sent
     */
    public record AuthorDetails(
            @JsonProperty("id") String id,
            @JsonProperty("headline") String headline,
            @JsonProperty("profile_url") String profileUrl,
            @JsonProperty("network_distance") ConnectionDegree networkDistance,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public AuthorDetails {
            extra = Immutables.map(extra);
        }
    }
}
