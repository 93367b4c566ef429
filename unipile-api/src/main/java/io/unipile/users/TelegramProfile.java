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
 * A Telegram user's profile ({@code "provider": "TELEGRAM"}): another user's ({@code "object": "UserProfile"}) or
 * the account's own ({@code "object": "AccountOwnerProfile"}), which have the same shape.
 *
 * @param provider          always {@link AccountType#TELEGRAM}
 * @param providerId        the user's Telegram id
 * @param self              whether this is the account's own user, or {@code null} when not told
 * @param contact           whether the user is a contact of the account, or {@code null} when not told
 * @param mutualContact     whether each is a contact of the other, or {@code null} when not told
 * @param deleted           whether the user deleted their account, or {@code null} when not told
 * @param bot               whether the user is a bot, or {@code null} when not told
 * @param verified          whether Telegram verified the user, or {@code null} when not told
 * @param restricted        whether Telegram restricts the user, or {@code null} when not told
 * @param fake              whether Telegram flags the user as fake, or {@code null} when not told
 * @param premium           whether the user has Telegram Premium, or {@code null} when not told
 * @param closeFriend       whether the account counts the user as a close friend, or {@code null} when not told
 * @param firstName         the first name, or {@code null}
 * @param lastName          the last name, or {@code null}
 * @param username          the user name, or {@code null}
 * @param phone             the phone number, or {@code null}
 * @param profilePictureUrl the profile picture
 * @param status            when the user was last seen, or {@code null}
 * @param restrictionReason why Telegram restricts the user; empty when it does not
 * @param langCode          the user's language code, or {@code null}
 * @param object            {@code UserProfile}, or {@code AccountOwnerProfile} for the account's own profile
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record TelegramProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonProperty("self") Boolean self,
        @JsonProperty("contact") Boolean contact,
        @JsonProperty("mutual_contact") Boolean mutualContact,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("bot") Boolean bot,
        @JsonProperty("verified") Boolean verified,
        @JsonProperty("restricted") Boolean restricted,
        @JsonProperty("fake") Boolean fake,
        @JsonProperty("premium") Boolean premium,
        @JsonProperty("close_friend") Boolean closeFriend,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("username") String username,
        @JsonProperty("phone") String phone,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_picture_url", required = true) String profilePictureUrl,
        @JsonProperty("status") Status status,
        @JsonProperty("restriction_reason") List<RestrictionReason> restrictionReason,
        @JsonProperty("lang_code") String langCode,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements UserProfile, AccountOwnerProfile {

    public TelegramProfile {
        restrictionReason = Immutables.list(restrictionReason);
        extra = Immutables.map(extra);
    }

    /**
     * A Telegram user's presence.
     *
     * @param name      the status as Telegram names it (e.g. {@code UserStatusOnline})
     * @param expires   when an online status ends, as an epoch number, or {@code null}
     * @param wasOnline when the user was last online, as an epoch number, or {@code null}
     * @param extra     fields this version of the library does not know, kept as sent
     */
    public record Status(
            @JsonProperty("name") String name,
            @JsonProperty("expires") Long expires,
            @JsonProperty("was_online") Long wasOnline,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Status {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Why Telegram restricts a user on a platform.
     *
     * @param platform the platform, e.g. {@code ios}
     * @param reason   the reason's code
     * @param text     the reason in words
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record RestrictionReason(
            @JsonProperty("platform") String platform,
            @JsonProperty("reason") String reason,
            @JsonProperty("text") String text,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public RestrictionReason {
            extra = Immutables.map(extra);
        }
    }
}
