package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.StringEnum;
import io.unipile.accounts.AccountType;
import io.unipile.internal.EnumValues;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A LinkedIn member's profile ({@code "provider": "LINKEDIN"}). The sections (experience, education, skills, ...)
 * come only when asked for with {@link GetProfileRequest.Builder#linkedinSections}; absent ones are empty lists.
 *
 * @param provider               always {@link AccountType#LINKEDIN}
 * @param providerId             the member's LinkedIn id (starts with {@code ACo}), what invitations and chats take
 * @param publicIdentifier       the member's public profile name (the end of the profile URL), or {@code null}
 * @param firstName              the first name, or {@code null}
 * @param lastName               the last name, or {@code null}
 * @param headline               the line under the name
 * @param summary                the About section, or {@code null} when not told
 * @param contactInfo            the contact details the member shares, or {@code null} when not told
 * @param birthdate              the member's birthday, or {@code null} when not told
 * @param primaryLocale          the member's language and country, or {@code null} when not told
 * @param location               where the member lives, or {@code null} when not told
 * @param websites               the member's websites; empty when none
 * @param profilePictureUrl      the profile picture, or {@code null}
 * @param profilePictureUrlLarge the profile picture in a larger size, or {@code null}
 * @param backgroundPictureUrl   the banner picture, or {@code null}
 * @param hashtags               the hashtags the member talks about; empty when none
 * @param canSendInmail          whether the account may send the member an InMail, or {@code null} when not told
 * @param isOpenProfile          whether anyone may message the member, or {@code null} when not told
 * @param isPremium              whether the member has a premium subscription, or {@code null} when not told
 * @param isInfluencer           whether the member is a LinkedIn influencer, or {@code null} when not told
 * @param isCreator              whether the member is in creator mode, or {@code null} when not told
 * @param isHiring               whether the member is hiring, or {@code null} when not told
 * @param isOpenToWork           whether the member is open to work, or {@code null} when not told
 * @param isSavedLead            whether the account saved the member as a lead, or {@code null} when not told
 * @param isCrmImported          whether the member was imported from a CRM, or {@code null} when not told
 * @param isRelationship         whether the member is a relation of the account, or {@code null} when not told
 * @param isSelf                 whether the profile is the account's own, or {@code null} when not told
 * @param invitation             a pending invitation between the account and the member, or {@code null} when none
 * @param workExperience         the positions; empty when none or not asked for
 * @param volunteeringExperience the volunteer work; empty when none or not asked for
 * @param education              the schools; empty when none or not asked for
 * @param skills                 the skills; empty when none or not asked for
 * @param languages              the languages; empty when none or not asked for
 * @param certifications         the certifications; empty when none or not asked for
 * @param projects               the projects; empty when none or not asked for
 * @param recommendations        the recommendations received and given, or {@code null} when not asked for
 * @param followerCount          how many members follow this one, or {@code null} when not told
 * @param connectionsCount       how many relations the member has, or {@code null} when not told
 * @param sharedConnectionsCount how many relations the member shares with the account, or {@code null}
 * @param networkDistance        how far the member is from the account, or {@code null} when not told
 * @param publicProfileUrl       the member's public profile URL, or {@code null} when not told
 * @param object                 always {@code UserProfile}
 * @param extra                  fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LinkedInUserProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "first_name", required = true) String firstName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "last_name", required = true) String lastName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "headline", required = true) String headline,
        @JsonProperty("summary") String summary,
        @JsonProperty("contact_info") ContactInfo contactInfo,
        @JsonProperty("birthdate") Birthdate birthdate,
        @JsonProperty("primary_locale") PrimaryLocale primaryLocale,
        @JsonProperty("location") String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "websites", required = true) List<String> websites,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonProperty("profile_picture_url_large") String profilePictureUrlLarge,
        @JsonProperty("background_picture_url") String backgroundPictureUrl,
        @JsonProperty("hashtags") List<String> hashtags,
        @JsonProperty("can_send_inmail") Boolean canSendInmail,
        @JsonProperty("is_open_profile") Boolean isOpenProfile,
        @JsonProperty("is_premium") Boolean isPremium,
        @JsonProperty("is_influencer") Boolean isInfluencer,
        @JsonProperty("is_creator") Boolean isCreator,
        @JsonProperty("is_hiring") Boolean isHiring,
        @JsonProperty("is_open_to_work") Boolean isOpenToWork,
        @JsonProperty("is_saved_lead") Boolean isSavedLead,
        @JsonProperty("is_crm_imported") Boolean isCrmImported,
        @JsonProperty("is_relationship") Boolean isRelationship,
        @JsonProperty("is_self") Boolean isSelf,
        @JsonProperty("invitation") Invitation invitation,
        @JsonProperty("work_experience") List<WorkExperience> workExperience,
        @JsonProperty("volunteering_experience") List<VolunteeringExperience> volunteeringExperience,
        @JsonProperty("education") List<Education> education,
        @JsonProperty("skills") List<Skill> skills,
        @JsonProperty("languages") List<Language> languages,
        @JsonProperty("certifications") List<Certification> certifications,
        @JsonProperty("projects") List<Project> projects,
        @JsonProperty("recommendations") Recommendations recommendations,
        @JsonProperty("follower_count") Long followerCount,
        @JsonProperty("connections_count") Long connectionsCount,
        @JsonProperty("shared_connections_count") Long sharedConnectionsCount,
        @JsonProperty("network_distance") ConnectionDegree networkDistance,
        @JsonProperty("public_profile_url") String publicProfileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements UserProfile {

    public LinkedInUserProfile {
        websites = Immutables.list(websites);
        hashtags = Immutables.list(hashtags);
        workExperience = Immutables.list(workExperience);
        volunteeringExperience = Immutables.list(volunteeringExperience);
        education = Immutables.list(education);
        skills = Immutables.list(skills);
        languages = Immutables.list(languages);
        certifications = Immutables.list(certifications);
        projects = Immutables.list(projects);
        extra = Immutables.map(extra);
    }

    /**
     * The contact details a member shares.
     *
     * @param emails    e-mail addresses; empty when none
     * @param phones    phone numbers; empty when none
     * @param addresses postal addresses (the wire's {@code adresses}, spelt so); empty when none
     * @param socials   handles on other networks; empty when none
     * @param extra     fields this version of the library does not know, kept as sent
     */
    public record ContactInfo(
            @JsonProperty("emails") List<String> emails,
            @JsonProperty("phones") List<String> phones,
            @JsonProperty("adresses") List<String> addresses,
            @JsonProperty("socials") List<Social> socials,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ContactInfo {
            emails = Immutables.list(emails);
            phones = Immutables.list(phones);
            addresses = Immutables.list(addresses);
            socials = Immutables.list(socials);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A handle on another network.
     *
     * @param type  the network, as LinkedIn names it (the spec lists no values)
     * @param name  the handle
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Social(
            @JsonProperty("type") String type,
            @JsonProperty("name") String name,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Social {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A birthday, without the year.
     *
     * @param month 1 to 12
     * @param day   1 to 31
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Birthdate(
            @JsonProperty("month") int month,
            @JsonProperty("day") int day,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Birthdate {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The language and country a member uses LinkedIn in.
     *
     * @param country  the country code, e.g. {@code FR}
     * @param language the language code, e.g. {@code fr}
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record PrimaryLocale(
            @JsonProperty("country") String country,
            @JsonProperty("language") String language,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public PrimaryLocale {
            extra = Immutables.map(extra);
        }
    }

    /**
     * An invitation between the account and the member that has not been accepted.
     *
     * @param type   who sent it
     * @param status where it stands
     * @param extra  fields this version of the library does not know, kept as sent
     */
    public record Invitation(
            @JsonProperty("type") InvitationType type,
            @JsonProperty("status") InvitationStatus status,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Invitation {
            extra = Immutables.map(extra);
        }
    }

    /** Who sent an {@link Invitation}. */
    public static final class InvitationType extends StringEnum {
        private static final EnumValues<InvitationType> VALUES = new EnumValues<>(InvitationType::new);

        /** The account invited the member. */
        public static final InvitationType SENT = VALUES.known("SENT");

        /** The member invited the account. */
        public static final InvitationType RECEIVED = VALUES.known("RECEIVED");

        private InvitationType(String value, boolean known) {
            super(value, known);
        }

        /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static InvitationType of(String value) {
            return VALUES.of(value);
        }
    }

    /** Where an {@link Invitation} stands. */
    public static final class InvitationStatus extends StringEnum {
        private static final EnumValues<InvitationStatus> VALUES = new EnumValues<>(InvitationStatus::new);

        /** Waiting for an answer. */
        public static final InvitationStatus PENDING = VALUES.known("PENDING");

        /** Ignored by the invitee. */
        public static final InvitationStatus IGNORED = VALUES.known("IGNORED");

        /** Withdrawn by its sender. */
        public static final InvitationStatus WITHDRAWN = VALUES.known("WITHDRAWN");

        private InvitationStatus(String value, boolean known) {
            super(value, known);
        }

        /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static InvitationStatus of(String value) {
            return VALUES.of(value);
        }
    }

    /**
     * A position.
     *
     * @param position    the job title
     * @param companyId   the company's LinkedIn id, or {@code null}
     * @param company     the company's name
     * @param location    where, or {@code null}
     * @param description what the job was, or {@code null}
     * @param skills      the skills it used; empty when none
     * @param current     whether the member still holds it, or {@code null} when not told
     * @param status      the position's status as LinkedIn gives it, or {@code null}
     * @param start       when it started, as LinkedIn writes it (e.g. {@code 3/2021}), or {@code null}
     * @param end         when it ended, or {@code null} while it lasts
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record WorkExperience(
            @JsonProperty("position") String position,
            @JsonProperty("company_id") String companyId,
            @JsonProperty("company") String company,
            @JsonProperty("location") String location,
            @JsonProperty("description") String description,
            @JsonProperty("skills") List<String> skills,
            @JsonProperty("current") Boolean current,
            @JsonProperty("status") String status,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public WorkExperience {
            skills = Immutables.list(skills);
            extra = Immutables.map(extra);
        }
    }

    /**
     * Volunteer work.
     *
     * @param company     the organization
     * @param description what it was
     * @param role        the member's role
     * @param cause       the cause it served
     * @param start       when it started, or {@code null}
     * @param end         when it ended, or {@code null}
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record VolunteeringExperience(
            @JsonProperty("company") String company,
            @JsonProperty("description") String description,
            @JsonProperty("role") String role,
            @JsonProperty("cause") String cause,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public VolunteeringExperience {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A school.
     *
     * @param degree       the degree, or {@code null}
     * @param school       the school's name
     * @param schoolId     the school's LinkedIn id, or {@code null}
     * @param fieldOfStudy the field of study, or {@code null}
     * @param start        when it started, or {@code null}
     * @param end          when it ended, or {@code null}
     * @param extra        fields this version of the library does not know, kept as sent
     */
    public record Education(
            @JsonProperty("degree") String degree,
            @JsonProperty("school") String school,
            @JsonProperty("school_id") String schoolId,
            @JsonProperty("field_of_study") String fieldOfStudy,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Education {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A skill and its endorsements.
     *
     * @param name             the skill
     * @param endorsementCount how many members endorsed it
     * @param endorsementId    the id to endorse it with, or {@code null}
     * @param insights         what LinkedIn says about it; empty when nothing
     * @param endorsed         whether the account endorsed it
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Skill(
            @JsonProperty("name") String name,
            @JsonProperty("endorsement_count") long endorsementCount,
            @JsonProperty("endorsement_id") Long endorsementId,
            @JsonProperty("insights") List<String> insights,
            @JsonProperty("endorsed") boolean endorsed,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Skill {
            insights = Immutables.list(insights);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A language.
     *
     * @param name        the language
     * @param proficiency how well, as LinkedIn words it, or {@code null}
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Language(
            @JsonProperty("name") String name,
            @JsonProperty("proficiency") String proficiency,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Language {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A certification.
     *
     * @param name         the certification
     * @param organization who issued it
     * @param url          where to check it, or {@code null}
     * @param extra        fields this version of the library does not know, kept as sent
     */
    public record Certification(
            @JsonProperty("name") String name,
            @JsonProperty("organization") String organization,
            @JsonProperty("url") String url,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Certification {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A project.
     *
     * @param name        the project
     * @param description what it was
     * @param skills      the skills it used; empty when none
     * @param start       when it started, or {@code null}
     * @param end         when it ended, or {@code null}
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Project(
            @JsonProperty("name") String name,
            @JsonProperty("description") String description,
            @JsonProperty("skills") List<String> skills,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Project {
            skills = Immutables.list(skills);
            extra = Immutables.map(extra);
        }
    }

    /**
     * The recommendations of a member.
     *
     * @param received those others wrote about the member; empty when none
     * @param given    those the member wrote; empty when none
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record Recommendations(
            @JsonProperty("received") List<Recommendation> received,
            @JsonProperty("given") List<Recommendation> given,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Recommendations {
            received = Immutables.list(received);
            given = Immutables.list(given);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A recommendation.
     *
     * @param text    what it says
     * @param caption how the two know each other, as LinkedIn words it
     * @param actor   the other member: the writer of a received one, the subject of a given one
     * @param extra   fields this version of the library does not know, kept as sent
     */
    public record Recommendation(
            @JsonProperty("text") String text,
            @JsonProperty("caption") String caption,
            @JsonProperty("actor") Actor actor,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Recommendation {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The other member of a recommendation.
     *
     * @param firstName         the first name
     * @param lastName          the last name
     * @param providerId        the LinkedIn id
     * @param headline          the headline
     * @param publicIdentifier  the public profile name
     * @param publicProfileUrl  the public profile URL
     * @param profilePictureUrl the profile picture, or {@code null}
     * @param extra             fields this version of the library does not know, kept as sent
     */
    public record Actor(
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("provider_id") String providerId,
            @JsonProperty("headline") String headline,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("public_profile_url") String publicProfileUrl,
            @JsonProperty("profile_picture_url") String profilePictureUrl,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Actor {
            extra = Immutables.map(extra);
        }
    }
}
