package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An X (Twitter) user's profile ({@code "provider": "TWITTER"}): another user's ({@code "object": "UserProfile"})
 * or the account's own ({@code "object": "AccountOwnerProfile"}), which have the same shape.
 *
 * @param provider              always {@link AccountType#TWITTER}
 * @param id                    the user's X id
 * @param name                  the display name
 * @param screenName            the handle, without {@code @}
 * @param location              the location the user gives
 * @param description           the bio, or {@code null}
 * @param url                   the user's link, or {@code null}
 * @param entities              the links found in the bio
 * @param isProtected           whether the user's posts are protected (the wire's {@code protected})
 * @param verified              whether the user is verified
 * @param followersCount        how many follow the user
 * @param friendsCount          how many the user follows
 * @param listedCount           how many lists include the user
 * @param favouritesCount       how many posts the user liked
 * @param statusesCount         how many posts the user wrote
 * @param createdAt             when the account was made, as X writes it
 * @param profileBannerUrl      the banner picture, or {@code null}
 * @param profileImageUrlHttps  the profile picture
 * @param defaultProfile        whether the user kept the default theme
 * @param defaultProfileImage   whether the user kept the default picture
 * @param withheldInCountries   the countries the account is withheld in; empty when none
 * @param followedBy            whether the user follows the account, or {@code null} when not told
 * @param following             whether the account follows the user, or {@code null} when not told
 * @param followRequestSent     whether the account asked to follow the user, or {@code null} when not told
 * @param hasExtendedProfile    whether the user has an extended profile, or {@code null} when not told
 * @param notifications         whether the account gets the user's notifications, or {@code null} when not told
 * @param advertiserAccountType the user's advertiser account type, or {@code null}
 * @param businessProfileState  the user's business profile state, or {@code null}
 * @param requireSomeConsent    whether X requires consent for the user, or {@code null} when not told
 * @param object                {@code UserProfile}, or {@code AccountOwnerProfile} for the account's own profile
 * @param extra                 fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record TwitterProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "screen_name", required = true) String screenName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "description", required = true) String description,
        @JsonInclude(ALWAYS) @JsonProperty(value = "url", required = true) String url,
        @JsonInclude(ALWAYS) @JsonProperty(value = "entities", required = true) Entities entities,
        @JsonInclude(ALWAYS) @JsonProperty(value = "protected", required = true) boolean isProtected,
        @JsonInclude(ALWAYS) @JsonProperty(value = "verified", required = true) boolean verified,
        @JsonInclude(ALWAYS) @JsonProperty(value = "followers_count", required = true) long followersCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "friends_count", required = true) long friendsCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "listed_count", required = true) long listedCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "favourites_count", required = true) long favouritesCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "statuses_count", required = true) long statusesCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) String createdAt,
        @JsonProperty("profile_banner_url") String profileBannerUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_image_url_https", required = true)
        String profileImageUrlHttps,
        @JsonInclude(ALWAYS) @JsonProperty(value = "default_profile", required = true) boolean defaultProfile,
        @JsonInclude(ALWAYS) @JsonProperty(value = "default_profile_image", required = true)
        boolean defaultProfileImage,
        @JsonInclude(ALWAYS) @JsonProperty(value = "withheld_in_countries", required = true)
        List<String> withheldInCountries,
        @JsonProperty("followed_by") Boolean followedBy,
        @JsonProperty("following") Boolean following,
        @JsonProperty("follow_request_sent") Boolean followRequestSent,
        @JsonProperty("has_extended_profile") Boolean hasExtendedProfile,
        @JsonProperty("notifications") Boolean notifications,
        @JsonProperty("advertiser_account_type") String advertiserAccountType,
        @JsonProperty("business_profile_state") String businessProfileState,
        @JsonProperty("require_some_consent") Boolean requireSomeConsent,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements UserProfile, AccountOwnerProfile {

    public TwitterProfile {
        withheldInCountries = Immutables.list(withheldInCountries);
        extra = Immutables.map(extra);
    }

    /**
     * What X found in a profile.
     *
     * @param description the links of the bio
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Entities(
            @JsonProperty("description") Description description,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Entities {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The links of a bio.
     *
     * @param urls the links, as sent (the spec does not type them); empty when none
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Description(
            @JsonProperty("urls") List<JsonNode> urls,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Description {
            urls = Immutables.list(urls);
            extra = Immutables.map(extra);
        }
    }
}
