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

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An Instagram post ({@code "provider": "INSTAGRAM"}).
 *
 * @param provider                  always {@link AccountType#INSTAGRAM}
 * @param providerId                Instagram's id of the post
 * @param hasAudio                  whether its media has sound
 * @param hasLiked                  whether the account liked it
 * @param likeCount                 how many likes it has
 * @param commentCount              how many comments it has
 * @param likeAndViewCountsDisabled whether its author hides the counts
 * @param commentsDisabled          whether comments are off, or {@code null} when not told
 * @param accessibilityCaption      the generated description of its media, or {@code null}
 * @param caption                   its caption, or {@code null} when it has none
 * @param video                     its video, or {@code null} for a picture
 * @param previewImage              its preview image
 * @param owner                     who posted it
 * @param location                  where it was posted, or {@code null}
 * @param object                    always {@code Post}
 * @param extra                     fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InstagramPost(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "has_audio", required = true) boolean hasAudio,
        @JsonInclude(ALWAYS) @JsonProperty(value = "has_liked", required = true) boolean hasLiked,
        @JsonInclude(ALWAYS) @JsonProperty(value = "like_count", required = true) long likeCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "comment_count", required = true) long commentCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "like_and_view_counts_disabled", required = true)
        boolean likeAndViewCountsDisabled,
        @JsonInclude(ALWAYS) @JsonProperty(value = "comments_disabled", required = true) Boolean commentsDisabled,
        @JsonInclude(ALWAYS) @JsonProperty(value = "accessibility_caption", required = true)
        String accessibilityCaption,
        @JsonProperty("caption") Caption caption,
        @JsonProperty("video") Media video,
        @JsonInclude(ALWAYS) @JsonProperty(value = "preview_image", required = true) Media previewImage,
        @JsonInclude(ALWAYS) @JsonProperty(value = "owner", required = true) Owner owner,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) Location location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Post {

    public InstagramPost {
        extra = Immutables.map(extra);
    }

    /**
     * A post's caption.
     *
     * @param edited         whether it was edited
     * @param hasTranslation whether Instagram offers a translation
     * @param createdAt      when it was written, as an epoch number (the spec does not state the unit)
     * @param text           its text
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record Caption(
            @JsonProperty("edited") boolean edited,
            @JsonProperty("has_translation") boolean hasTranslation,
            @JsonProperty("created_at") long createdAt,
            @JsonProperty("text") String text,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Caption {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A picture or a video and its size.
     *
     * @param url    where to fetch it
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param extra  fields this version of the library does not know, kept as sent
     */
    public record Media(
            @JsonProperty("url") String url,
            @JsonProperty("width") int width,
            @JsonProperty("height") int height,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Media {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Who posted.
     *
     * @param id            the owner's Instagram id
     * @param username      the owner's user name
     * @param profilePicUrl the owner's picture
     * @param isVerified    whether the owner is verified
     * @param isPrivate     whether the owner's account is private
     * @param extra         fields this version of the library does not know, kept as sent
     */
    public record Owner(
            @JsonProperty("id") String id,
            @JsonProperty("username") String username,
            @JsonProperty("profile_pic_url") String profilePicUrl,
            @JsonProperty("is_verified") boolean isVerified,
            @JsonProperty("is_private") boolean isPrivate,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Owner {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Where a post was made.
     *
     * @param name  the place's name
     * @param lat   its latitude
     * @param lng   its longitude
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Location(
            @JsonProperty("name") String name,
            @JsonProperty("lat") double lat,
            @JsonProperty("lng") double lng,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Location {
            extra = Immutables.map(extra);
        }
    }
}
