package io.unipile.attendees;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

/**
 * What LinkedIn tells about an attendee ({@code "provider": "LINKEDIN"}).
 *
 * @param memberUrn         the LinkedIn member URN of the attendee
 * @param occupation        the attendee's occupation, or {@code null} when not told
 * @param networkDistance   how far the attendee is in the account's network, or {@code null} when not told
 * @param pendingInvitation whether an invitation between the account and the attendee is pending, or {@code null}
 *                          when not told
 * @param location          the attendee's location, or {@code null} when not told
 * @param headline          the attendee's headline, or {@code null} when not told
 * @param contactInfo       the attendee's contact details, or {@code null} when not told
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LinkedInAttendeeSpecifics(
        @JsonProperty("member_urn") String memberUrn,
        @JsonProperty("occupation") String occupation,
        @JsonProperty("network_distance") NetworkDistance networkDistance,
        @JsonProperty("pending_invitation") Boolean pendingInvitation,
        @JsonProperty("location") String location,
        @JsonProperty("headline") String headline,
        @JsonProperty("contact_info") ContactInfo contactInfo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AttendeeSpecifics {

    public LinkedInAttendeeSpecifics {
        extra = Immutables.map(extra);
    }

    /** Always {@link AccountType#LINKEDIN}. */
    @Override
    public AccountType provider() {
        return AccountType.LINKEDIN;
    }

    /**
     * The contact details a LinkedIn attendee shares ({@code contact_info}).
     *
     * @param emails        e-mail addresses; empty when none
     * @param phoneNumbers  phone numbers; empty when none
     * @param websites      websites; empty when none
     * @param socialHandles handles on other networks; empty when none
     * @param extra         fields this version of the library does not know, kept as sent
     */
    public record ContactInfo(
            @JsonProperty("emails") List<String> emails,
            @JsonProperty("phone_numbers") List<String> phoneNumbers,
            @JsonProperty("websites") List<String> websites,
            @JsonProperty("social_handles") List<SocialHandle> socialHandles,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ContactInfo {
            emails = Immutables.list(emails);
            phoneNumbers = Immutables.list(phoneNumbers);
            websites = Immutables.list(websites);
            socialHandles = Immutables.list(socialHandles);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A handle on another network ({@code social_handles} item).
     *
     * @param type  the network, as LinkedIn names it (the spec lists no values)
     * @param name  the handle
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record SocialHandle(
            @JsonProperty("type") String type,
            @JsonProperty("name") String name,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public SocialHandle {
            extra = Immutables.map(extra);
        }
    }
}
