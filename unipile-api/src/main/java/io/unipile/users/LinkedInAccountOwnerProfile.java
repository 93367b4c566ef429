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
 * A LinkedIn account's own profile ({@code "provider": "LINKEDIN"}), with the paid products it may use.
 *
 * @param provider          always {@link AccountType#LINKEDIN}
 * @param providerId        the member's LinkedIn id
 * @param entityUrn         the member's entity URN
 * @param objectUrn         the member's object URN
 * @param firstName         the first name
 * @param lastName          the last name
 * @param profilePictureUrl the profile picture, or {@code null}
 * @param publicProfileUrl  the public profile URL, or {@code null} when not told
 * @param publicIdentifier  the public profile name, or {@code null} when not told
 * @param headline          the line under the name, or {@code null} when not told
 * @param location          where the member lives, or {@code null} when not told
 * @param email             the member's e-mail address
 * @param premium           whether the member has a premium subscription
 * @param openProfile       whether anyone may message the member
 * @param occupation        the member's occupation, or {@code null} when not told
 * @param organizations     the company pages the member manages; empty when none
 * @param recruiter         the member's Recruiter seat, or why it cannot be used; {@code null} without Recruiter
 * @param salesNavigator    the member's Sales Navigator seat, or why it cannot be used; {@code null} without it
 * @param object            always {@code AccountOwnerProfile}
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LinkedInAccountOwnerProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "entity_urn", required = true) String entityUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object_urn", required = true) String objectUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "first_name", required = true) String firstName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "last_name", required = true) String lastName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_picture_url", required = true) String profilePictureUrl,
        @JsonProperty("public_profile_url") String publicProfileUrl,
        @JsonProperty("public_identifier") String publicIdentifier,
        @JsonProperty("headline") String headline,
        @JsonProperty("location") String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "email", required = true) String email,
        @JsonInclude(ALWAYS) @JsonProperty(value = "premium", required = true) boolean premium,
        @JsonInclude(ALWAYS) @JsonProperty(value = "open_profile", required = true) boolean openProfile,
        @JsonProperty("occupation") String occupation,
        @JsonInclude(ALWAYS) @JsonProperty(value = "organizations", required = true)
        List<Organization> organizations,
        @JsonInclude(ALWAYS) @JsonProperty(value = "recruiter", required = true) Seat recruiter,
        @JsonInclude(ALWAYS) @JsonProperty(value = "sales_navigator", required = true) Seat salesNavigator,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AccountOwnerProfile {

    public LinkedInAccountOwnerProfile {
        organizations = Immutables.list(organizations);
        extra = Immutables.map(extra);
    }

    /**
     * A company page the member manages.
     *
     * @param id        the company's LinkedIn id
     * @param mailboxId the id of the company's mailbox
     * @param name      the company's name
     * @param extra     fields this version of the library does not know, kept as sent
     */
    public record Organization(
            @JsonProperty("id") String id,
            @JsonProperty("mailbox_id") String mailboxId,
            @JsonProperty("name") String name,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Organization {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A seat of a paid LinkedIn product: its ids when usable, else the {@code error} that keeps it from use.
     *
     * @param ownerSeatId the seat's id, or {@code null} with an error
     * @param contractId  the contract's id, or {@code null} with an error
     * @param error       why the seat cannot be used, or {@code null} when it can
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Seat(
            @JsonProperty("owner_seat_id") String ownerSeatId,
            @JsonProperty("contract_id") String contractId,
            @JsonProperty("error") SeatError error,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Seat {
            extra = Immutables.map(extra);
        }
    }

    /** Why a {@link Seat} cannot be used. */
    public static final class SeatError extends StringEnum {
        private static final EnumValues<SeatError> VALUES = new EnumValues<>(SeatError::new);

        /** The product is open in another session. */
        public static final SeatError MULTIPLE_SESSIONS = VALUES.known("MULTIPLE_SESSIONS");

        /** The product is disconnected from the account. */
        public static final SeatError DISCONNECTED = VALUES.known("DISCONNECTED");

        private SeatError(String value, boolean known) {
            super(value, known);
        }

        /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static SeatError of(String value) {
            return VALUES.of(value);
        }
    }
}
