package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A post found by a posts search ({@code "type": "POST"}).
 *
 * @param object always {@code SearchResult}
 * @param type always {@code POST}
 * @param provider always {@code LINKEDIN}
 * @param id the post's id
 * @param socialId the id to comment or react with
 * @param shareUrl its URL
 * @param title its title, or null
 * @param text its text
 * @param date when, as LinkedIn words it ({@code 2d})
 * @param parsedDatetime when, as an ISO 8601 datetime
 * @param reactionCounter reactions
 * @param commentCounter comments
 * @param repostCounter reposts
 * @param impressionsCounter impressions
 * @param userReacted the account's own reaction, or null
 * @param author who posted it
 * @param writtenBy who wrote it for the author, as sent, or null
 * @param permissions what the account may do with it, as sent
 * @param isRepost whether it is a repost
 * @param repostId the republication id, or null
 * @param repostedBy who reposted it, or null
 * @param repostContent the post shared, as sent, or null
 * @param attachments attachments, as sent
 * @param poll its poll, as sent, or null
 * @param group its group, as sent, or null
 * @param analytics its analytics, as sent, or null
 * @param extra fields this version of the library does not know, kept as sent
 */
public record PostResult(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) String type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) String provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "social_id", required = true) String socialId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "share_url", required = true) String shareUrl,
        @JsonProperty("title") String title,
        @JsonInclude(ALWAYS) @JsonProperty(value = "text", required = true) String text,
        @JsonInclude(ALWAYS) @JsonProperty(value = "date", required = true) String date,
        @JsonInclude(ALWAYS) @JsonProperty(value = "parsed_datetime", required = true) String parsedDatetime,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reaction_counter", required = true) Long reactionCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "comment_counter", required = true) Long commentCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "repost_counter", required = true) Long repostCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "impressions_counter", required = true) Long impressionsCounter,
        @JsonProperty("user_reacted") String userReacted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author", required = true) PostAuthor author,
        @JsonProperty("written_by") JsonNode writtenBy,
        @JsonInclude(ALWAYS) @JsonProperty(value = "permissions", required = true) JsonNode permissions,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_repost", required = true) Boolean isRepost,
        @JsonProperty("repost_id") String repostId,
        @JsonProperty("reposted_by") PostAuthor repostedBy,
        @JsonProperty("repost_content") JsonNode repostContent,
        @JsonInclude(ALWAYS) @JsonProperty(value = "attachments", required = true) List<JsonNode> attachments,
        @JsonProperty("poll") JsonNode poll,
        @JsonProperty("group") JsonNode group,
        @JsonProperty("analytics") JsonNode analytics,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements SearchResult {

    public PostResult {
        attachments = Immutables.list(attachments);
        extra = Immutables.map(extra);
    }

    /**
     * Who posted or reposted a post.
     *
     * @param publicIdentifier the end of their profile URL, or null
     * @param id               their id, or null
     * @param name             their name, or null
     * @param isCompany        whether a company page posted it
     * @param headline         their headline, or null
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record PostAuthor(
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("is_company") Boolean isCompany,
            @JsonProperty("headline") String headline,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public PostAuthor {
            extra = Immutables.map(extra);
        }
    }
}
