package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A comment on an Instagram post.
 *
 * @param object            always {@code Comment}
 * @param providerId        Instagram's id of the comment
 * @param author            who wrote it
 * @param text              its text
 * @param createdAt         when it was written, as an epoch number (the spec does not state the unit)
 * @param isCovered         whether Instagram hides it behind a warning
 * @param childCommentCount how many replies it has
 * @param restrictedStatus  why Instagram restricts it, or {@code null}
 * @param hasLikedComment   whether the account liked it
 * @param giphyMediaInfo    the GIF it carries, as sent, or {@code null}
 * @param parentCommentId   the comment it replies to, or {@code null}
 * @param commentLikeCount  how many likes it has
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InstagramComment(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author", required = true) Author author,
        @JsonInclude(ALWAYS) @JsonProperty(value = "text", required = true) String text,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) long createdAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_covered", required = true) boolean isCovered,
        @JsonInclude(ALWAYS) @JsonProperty(value = "child_comment_count", required = true) long childCommentCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "restricted_status", required = true) String restrictedStatus,
        @JsonInclude(ALWAYS) @JsonProperty(value = "has_liked_comment", required = true) boolean hasLikedComment,
        @JsonInclude(ALWAYS) @JsonProperty(value = "giphy_media_info", required = true) String giphyMediaInfo,
        @JsonInclude(ALWAYS) @JsonProperty(value = "parent_comment_id", required = true) String parentCommentId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "comment_like_count", required = true) long commentLikeCount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Comment {

    public InstagramComment {
        extra = Immutables.map(extra);
    }

    /**
     * The author of an Instagram comment.
     *
     * @param providerId       the author's Instagram id
     * @param messagingId      the author's id in Instagram messaging
     * @param publicIdentifier the author's user name
     * @param pk               Instagram's primary key of the author
     * @param profilePicUrl    the author's picture
     * @param isVerified       whether the author is verified
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Author(
            @JsonProperty("provider_id") String providerId,
            @JsonProperty("messaging_id") String messagingId,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("pk") String pk,
            @JsonProperty("profile_pic_url") String profilePicUrl,
            @JsonProperty("is_verified") boolean isVerified,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Author {
            extra = Immutables.map(extra);
        }
    }
}
