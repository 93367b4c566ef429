package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;
import io.unipile.messages.MessageAttachment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A LinkedIn post ({@code "provider": "LINKEDIN"}).
 *
 * @param provider           always {@link AccountType#LINKEDIN}
 * @param id                 the post's id, to use with the post routes
 * @param socialId           the post's social id (its URN), which LinkedIn's reactions and comments refer to
 * @param shareUrl           the post's public URL
 * @param title              the post's title (articles), or {@code null} when it has none
 * @param text               the post's text
 * @param date               when it was posted, as LinkedIn shows it (e.g. {@code 2d}), see {@link #parsedDatetime}
 * @param parsedDatetime     when it was posted, as the server wrote it; see {@link #parsedInstant()}
 * @param reactionCounter    how many reactions it has
 * @param commentCounter     how many comments it has
 * @param repostCounter      how many times it was reposted
 * @param impressionsCounter how many times it was seen
 * @param userReacted        the account's own reaction, or {@code null} when it has not reacted
 * @param author             who the post is from (for a repost: who reposted it)
 * @param writtenBy          the person who wrote a company's post, or {@code null} when not told
 * @param permissions        what the account may do with the post
 * @param isRepost           whether the post reposts another
 * @param repostId           the id of the repost, or {@code null}
 * @param repostedBy         who reposted it, or {@code null}
 * @param repostContent      the original post of a repost, or {@code null}
 * @param attachments        images, videos, documents and links of the post; empty when none
 * @param poll               the post's poll, or {@code null} when it has none
 * @param group              the group the post was shared in, or {@code null}
 * @param analytics          the post's statistics (own posts only), or {@code null}
 * @param object             always {@code Post}
 * @param extra              fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LinkedInPost(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "social_id", required = true) String socialId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "share_url", required = true) String shareUrl,
        @JsonProperty("title") String title,
        @JsonInclude(ALWAYS) @JsonProperty(value = "text", required = true) String text,
        @JsonInclude(ALWAYS) @JsonProperty(value = "date", required = true) String date,
        @JsonInclude(ALWAYS) @JsonProperty(value = "parsed_datetime", required = true) String parsedDatetime,
        @JsonInclude(ALWAYS) @JsonProperty(value = "reaction_counter", required = true) long reactionCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "comment_counter", required = true) long commentCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "repost_counter", required = true) long repostCounter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "impressions_counter", required = true) long impressionsCounter,
        @JsonProperty("user_reacted") ReactionType userReacted,
        @JsonInclude(ALWAYS) @JsonProperty(value = "author", required = true) Author author,
        @JsonProperty("written_by") Writer writtenBy,
        @JsonInclude(ALWAYS) @JsonProperty(value = "permissions", required = true) Permissions permissions,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_repost", required = true) boolean isRepost,
        @JsonProperty("repost_id") String repostId,
        @JsonProperty("reposted_by") Author repostedBy,
        @JsonProperty("repost_content") RepostContent repostContent,
        @JsonInclude(ALWAYS) @JsonProperty(value = "attachments", required = true)
        List<MessageAttachment> attachments,
        @JsonProperty("poll") Poll poll,
        @JsonProperty("group") Group group,
        @JsonProperty("analytics") Analytics analytics,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Post {

    public LinkedInPost {
        attachments = Immutables.list(attachments);
        extra = Immutables.map(extra);
    }

    /** {@code parsed_datetime} as an {@link Instant}; empty when it is {@code null} or not ISO 8601. */
    public Optional<Instant> parsedInstant() {
        return Json.parseInstant(parsedDatetime);
    }

    /**
     * Who a post is from, or who reposted it.
     *
     * @param publicIdentifier the author's public profile name, or {@code null}
     * @param id               the author's LinkedIn id, or {@code null}
     * @param name             the author's name, or {@code null}
     * @param isCompany        whether the author is a company page
     * @param headline         the author's headline, or {@code null} when not told
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Author(
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("is_company") boolean isCompany,
            @JsonProperty("headline") String headline,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Author {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The person who wrote a company's post.
     *
     * @param id               the writer's LinkedIn id
     * @param publicIdentifier the writer's public profile name
     * @param name             the writer's name
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Writer(
            @JsonProperty("id") String id,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("name") String name,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Writer {
            extra = Immutables.map(extra);
        }
    }

    /**
     * What the account may do with a post.
     *
     * @param canReact        whether it may react
     * @param canShare        whether it may share
     * @param canPostComments whether it may comment
     * @param extra           fields this version of the library does not know, kept as sent
     */
    public record Permissions(
            @JsonProperty("can_react") boolean canReact,
            @JsonProperty("can_share") boolean canShare,
            @JsonProperty("can_post_comments") boolean canPostComments,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Permissions {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The original post of a repost.
     *
     * @param id             the original post's id
     * @param date           when it was posted, as LinkedIn shows it
     * @param parsedDatetime when it was posted, as the server wrote it
     * @param author         who wrote it
     * @param text           its text
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record RepostContent(
            @JsonProperty("id") String id,
            @JsonProperty("date") String date,
            @JsonProperty("parsed_datetime") String parsedDatetime,
            @JsonProperty("author") Author author,
            @JsonProperty("text") String text,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public RepostContent {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A poll.
     *
     * @param id              the poll's id
     * @param totalVotesCount how many votes it has
     * @param question        its question
     * @param isOpen          whether it still takes votes
     * @param options         its options
     * @param extra           fields this version of the library does not know, kept as sent
     */
    public record Poll(
            @JsonProperty("id") String id,
            @JsonProperty("total_votes_count") long totalVotesCount,
            @JsonProperty("question") String question,
            @JsonProperty("is_open") boolean isOpen,
            @JsonProperty("options") List<PollOption> options,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Poll {
            options = Immutables.list(options);
            extra = Immutables.map(extra);
        }
    }

    /**
     * An option of a poll.
     *
     * @param id         the option's id
     * @param text       its text
     * @param win        whether it leads
     * @param votesCount how many votes it has
     * @param extra      fields this version of the library does not know, kept as sent
     */
    public record PollOption(
            @JsonProperty("id") String id,
            @JsonProperty("text") String text,
            @JsonProperty("win") boolean win,
            @JsonProperty("votes_count") long votesCount,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public PollOption {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The LinkedIn group a post was shared in.
     *
     * @param id        the group's id
     * @param name      its name
     * @param isPrivate whether it is private
     * @param extra     fields this version of the library does not know, kept as sent
     */
    public record Group(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("private") boolean isPrivate,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Group {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A post's statistics, which LinkedIn gives its author.
     *
     * @param impressions                 how many times it was seen
     * @param engagements                 how many interactions it had
     * @param engagementRate              engagements per impression
     * @param clicks                      how many clicks it had
     * @param clickthroughRate            clicks per impression
     * @param pageViewersFromThisPost     profile views it brought, or {@code null} when not told
     * @param followersGainedFromThisPost followers it brought, or {@code null} when not told
     * @param membersReached              distinct members who saw it, or {@code null} when not told
     * @param extra                       fields this version of the library does not know, kept as sent
     */
    public record Analytics(
            @JsonProperty("impressions") long impressions,
            @JsonProperty("engagements") long engagements,
            @JsonProperty("engagement_rate") double engagementRate,
            @JsonProperty("clicks") long clicks,
            @JsonProperty("clickthrough_rate") double clickthroughRate,
            @JsonProperty("page_viewers_from_this_post") Long pageViewersFromThisPost,
            @JsonProperty("followers_gained_from_this_post") Long followersGainedFromThisPost,
            @JsonProperty("members_reached") Long membersReached,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Analytics {
            extra = Immutables.map(extra);
        }
    }
}
