package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An Instagram user's profile ({@code "provider": "INSTAGRAM"}).
 *
 * @param provider               always {@link AccountType#INSTAGRAM}
 * @param providerId             the user's Instagram id
 * @param providerMessagingId    the user's id in Instagram messaging, or {@code null} when not told
 * @param publicIdentifier       the user name
 * @param fullName               the user's name
 * @param profilePictureUrl      the profile picture, or {@code null}
 * @param profilePictureUrlLarge the profile picture in a larger size, or {@code null}
 * @param biography              the bio, or {@code null}
 * @param category               the business category, or {@code null}
 * @param followersCount         how many follow the user
 * @param mutualFollowersCount   how many of those the account also follows
 * @param followingCount         how many the user follows
 * @param postsCount             how many posts the user has
 * @param profileType            the kind of account
 * @param isVerified             whether the user is verified
 * @param isPrivate              whether the account is private
 * @param externalLinks          the links in the bio; empty when none
 * @param relationshipStatus     how the user and the account are related
 * @param business               a business account's contact details, or {@code null}
 * @param object                 always {@code UserProfile}
 * @param extra                  fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InstagramUserProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonProperty("provider_messaging_id") String providerMessagingId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "full_name", required = true) String fullName,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonProperty("profile_picture_url_large") String profilePictureUrlLarge,
        @JsonProperty("biography") String biography,
        @JsonProperty("category") String category,
        @JsonInclude(ALWAYS) @JsonProperty(value = "followers_count", required = true) long followersCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "mutual_followers_count", required = true)
        long mutualFollowersCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "following_count", required = true) long followingCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "posts_count", required = true) long postsCount,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_type", required = true) ProfileType profileType,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_verified", required = true) boolean isVerified,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_private", required = true) boolean isPrivate,
        @JsonInclude(ALWAYS) @JsonProperty(value = "external_links", required = true) List<String> externalLinks,
        @JsonInclude(ALWAYS) @JsonProperty(value = "relationship_status", required = true)
        RelationshipStatus relationshipStatus,
        @JsonProperty("business") Business business,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements UserProfile {

    public InstagramUserProfile {
        externalLinks = Immutables.list(externalLinks);
        extra = Immutables.map(extra);
    }

    /** The kind of an Instagram account; the wire spells the values as Unipile does. */
    public static final class ProfileType extends StringEnum {
        private static final EnumValues<ProfileType> VALUES = new EnumValues<>(ProfileType::new);

        /** A personal account (the wire's {@code PERSONNAL}). */
        public static final ProfileType PERSONAL = VALUES.known("PERSONNAL");

        /** A business account. */
        public static final ProfileType BUSINESS = VALUES.known("BUSINESS");

        /** A creator account (the wire's {@code PROFESSIONNAL}). */
        public static final ProfileType PROFESSIONAL = VALUES.known("PROFESSIONNAL");

        private ProfileType(String value, boolean known) {
            super(value, known);
        }

        /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ProfileType of(String value) {
            return VALUES.of(value);
        }
    }

    /**
     * How an Instagram user and the account are related.
     *
     * @param following             whether the account follows the user
     * @param followedBy            whether the user follows the account
     * @param hasSentInvitation     whether the account asked to follow the user
     * @param hasReceivedInvitation whether the user asked to follow the account
     * @param extra                 fields this version of the library does not know, kept as sent
     */
    public record RelationshipStatus(
            @JsonProperty("following") boolean following,
            @JsonProperty("followed_by") boolean followedBy,
            @JsonProperty("has_sent_invitation") boolean hasSentInvitation,
            @JsonProperty("has_received_invitation") boolean hasReceivedInvitation,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public RelationshipStatus {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A business account's contact details; each may be {@code null}.
     *
     * @param category       the business category
     * @param addressStreet  the street
     * @param addressCity    the city
     * @param addressZipcode the postal code
     * @param phoneNumber    the phone number
     * @param email          the e-mail address
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record Business(
            @JsonProperty("category") String category,
            @JsonProperty("address_street") String addressStreet,
            @JsonProperty("address_city") String addressCity,
            @JsonProperty("address_zipcode") String addressZipcode,
            @JsonProperty("phone_number") String phoneNumber,
            @JsonProperty("email") String email,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Business {
            extra = Immutables.map(extra);
        }
    }
}
