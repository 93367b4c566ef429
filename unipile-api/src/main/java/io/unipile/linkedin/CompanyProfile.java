package io.unipile.linkedin;

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
 * A LinkedIn company page ({@code "object": "CompanyProfile"}), as {@code GET /api/v1/linkedin/company/{identifier}}
 * returns it.
 *
 * @param object               always {@code CompanyProfile}
 * @param id                   the company's LinkedIn id
 * @param name                 the company's name
 * @param description          the company's description
 * @param entityUrn            the company's LinkedIn URN
 * @param publicIdentifier     the company's public name (the end of its page's URL)
 * @param profileUrl           the company page's URL
 * @param tagline              the tagline, or {@code null}
 * @param followersCount       how many members follow the page, or {@code null} when not told
 * @param isFollowing          whether the account's member follows the page, or {@code null} when not told
 * @param isEmployee           whether the account's member works there, or {@code null} when not told
 * @param hashtags             the page's hashtags
 * @param messaging            whether the page takes messages
 * @param claimed              whether the page is claimed by the company
 * @param viewerPermissions    what the account's member may do on the page
 * @param organizationType     the company's legal kind, or {@code null} when LinkedIn does not know it
 * @param locations            the company's offices
 * @param logo                 the logo's URL, or {@code null}
 * @param localizedDescription the description by locale ({@code fr_FR}, {@code en_US}, ...); empty when not told
 * @param localizedName        the name by locale; empty when not told
 * @param localizedTagline     the tagline by locale; empty when not told
 * @param industry             the company's industries; empty when not told
 * @param activities           the company's specialties; empty when not told
 * @param employeeCount        how many members work there, or {@code null} when not told
 * @param employeeCountRange   the company's size bracket, or {@code null} when not told
 * @param website              the company's website, or {@code null}
 * @param foundationDate       when the company was founded, as LinkedIn writes it, or {@code null}
 * @param phone                the company's phone number, or {@code null}
 * @param insights             head count and growth (LinkedIn Premium), or {@code null}
 * @param acquiredBy           the company that acquired this one, or {@code null}
 * @param crunchbaseFunding    funding rounds from Crunchbase, or {@code null}
 * @param extra                fields this version of the library does not know, kept as sent
 */
public record CompanyProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "description", required = true) String description,
        @JsonInclude(ALWAYS) @JsonProperty(value = "entity_urn", required = true) String entityUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_url", required = true) String profileUrl,
        @JsonProperty("tagline") String tagline,
        @JsonProperty("followers_count") Long followersCount,
        @JsonProperty("is_following") Boolean isFollowing,
        @JsonProperty("is_employee") Boolean isEmployee,
        @JsonInclude(ALWAYS) @JsonProperty(value = "hashtags", required = true) List<Hashtag> hashtags,
        @JsonInclude(ALWAYS) @JsonProperty(value = "messaging", required = true) Messaging messaging,
        @JsonInclude(ALWAYS) @JsonProperty(value = "claimed", required = true) boolean claimed,
        @JsonInclude(ALWAYS) @JsonProperty(value = "viewer_permissions", required = true)
        ViewerPermissions viewerPermissions,
        @JsonInclude(ALWAYS) @JsonProperty(value = "organization_type", required = true)
        OrganizationType organizationType,
        @JsonInclude(ALWAYS) @JsonProperty(value = "locations", required = true) List<Location> locations,
        @JsonProperty("logo") String logo,
        @JsonProperty("localized_description") List<Map<String, String>> localizedDescription,
        @JsonProperty("localized_name") List<Map<String, String>> localizedName,
        @JsonProperty("localized_tagline") List<Map<String, String>> localizedTagline,
        @JsonProperty("industry") List<String> industry,
        @JsonProperty("activities") List<String> activities,
        @JsonProperty("employee_count") Long employeeCount,
        @JsonProperty("employee_count_range") EmployeeCountRange employeeCountRange,
        @JsonProperty("website") String website,
        @JsonProperty("foundation_date") String foundationDate,
        @JsonProperty("phone") String phone,
        @JsonProperty("insights") Insights insights,
        @JsonProperty("acquired_by") AcquiredBy acquiredBy,
        @JsonProperty("crunchbase_funding") CrunchbaseFunding crunchbaseFunding,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CompanyProfile {
        hashtags = Immutables.list(hashtags);
        locations = Immutables.list(locations);
        localizedDescription = localized(localizedDescription);
        localizedName = localized(localizedName);
        localizedTagline = localized(localizedTagline);
        industry = Immutables.list(industry);
        activities = Immutables.list(activities);
        extra = Immutables.map(extra);
    }

    private static List<Map<String, String>> localized(List<Map<String, String>> values) {
        return Immutables.list(values).stream().map(Immutables::map).toList();
    }

    /**
     * A hashtag of the page.
     *
     * @param title the hashtag
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Hashtag(
            @JsonProperty("title") String title,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Hashtag {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Whether the page takes messages, and its mailbox.
     *
     * @param isEnabled whether members can write to the page
     * @param id        the mailbox's id, or {@code null}
     * @param entityUrn the mailbox's URN, or {@code null}
     * @param extra     fields this version of the library does not know, kept as sent
     */
    public record Messaging(
            @JsonProperty("is_enabled") boolean isEnabled,
            @JsonProperty("id") String id,
            @JsonProperty("entity_urn") String entityUrn,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Messaging {
            extra = Immutables.map(extra);
        }
    }

    /**
     * What the member behind the account may do on the company's page, flag by flag as LinkedIn names them
     * ({@code canReadMessages}, {@code canCreateAds}, ...). Flags LinkedIn adds later are in {@code extra}.
     */
    public record ViewerPermissions(
            @JsonProperty("canMembersInviteToFollow") boolean canMembersInviteToFollow,
            @JsonProperty("canReadContentSuggestions") boolean canReadContentSuggestions,
            @JsonProperty("canReadMessages") boolean canReadMessages,
            @JsonProperty("canUpdateOrganizationProfile") boolean canUpdateOrganizationProfile,
            @JsonProperty("canCreateOrganicShare") boolean canCreateOrganicShare,
            @JsonProperty("canReadAdminDashboard") boolean canReadAdminDashboard,
            @JsonProperty("canReadOrganizationActivity") boolean canReadOrganizationActivity,
            @JsonProperty("canEditCurators") boolean canEditCurators,
            @JsonProperty("canManageOrganizationalPageFollow") boolean canManageOrganizationalPageFollow,
            @JsonProperty("canReadOrganizationFollowerAnalytics") boolean canReadOrganizationFollowerAnalytics,
            @JsonProperty("canInviteMemberToFollow") boolean canInviteMemberToFollow,
            @JsonProperty("canReadOrganizationLeadsAnalytics") boolean canReadOrganizationLeadsAnalytics,
            @JsonProperty("canEditPendingAdministrators") boolean canEditPendingAdministrators,
            @JsonProperty("canManageMessagingAccess") boolean canManageMessagingAccess,
            @JsonProperty("canSeeEmployeeExperienceAsMember") boolean canSeeEmployeeExperienceAsMember,
            @JsonProperty("canEmployeesInviteToFollow") boolean canEmployeesInviteToFollow,
            @JsonProperty("canSeeOrganizationAdministrativePage") boolean canSeeOrganizationAdministrativePage,
            @JsonProperty("canManageAdminRoles") boolean canManageAdminRoles,
            @JsonProperty("canEditOrganizationDetails") boolean canEditOrganizationDetails,
            @JsonProperty("canApproveContent") boolean canApproveContent,
            @JsonProperty("canViewTeamPerformance") boolean canViewTeamPerformance,
            @JsonProperty("canManageOrganizationSettings") boolean canManageOrganizationSettings,
            @JsonProperty("canAccessAdvancedAnalytics") boolean canAccessAdvancedAnalytics,
            @JsonProperty("canModerateComments") boolean canModerateComments,
            @JsonProperty("canCreateAds") boolean canCreateAds,
            @JsonProperty("canManageAdBudgets") boolean canManageAdBudgets,
            @JsonProperty("canEditPageTheme") boolean canEditPageTheme,
            @JsonProperty("canPublishNewsletters") boolean canPublishNewsletters,
            @JsonProperty("canEditCustomTabs") boolean canEditCustomTabs,
            @JsonProperty("canManageIntegrations") boolean canManageIntegrations,
            @JsonProperty("canAssignRoles") boolean canAssignRoles,
            @JsonProperty("canApprovePendingMembers") boolean canApprovePendingMembers,
            @JsonProperty("canEditCareerPageSettings") boolean canEditCareerPageSettings,
            @JsonProperty("canViewBillingInformation") boolean canViewBillingInformation,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ViewerPermissions {
            extra = Immutables.map(extra);
        }
    }

    /**
     * An office of the company.
     *
     * @param isHeadquarter whether it is the headquarters
     * @param country       the country
     * @param city          the city
     * @param postalCode    the postal code, or {@code null}
     * @param street        the street lines; empty when not told
     * @param description   LinkedIn's description of the office, or {@code null}
     * @param area          the region, or {@code null}
     * @param extra         fields this version of the library does not know, kept as sent
     */
    public record Location(
            @JsonProperty("is_headquarter") boolean isHeadquarter,
            @JsonProperty("country") String country,
            @JsonProperty("city") String city,
            @JsonProperty("postalCode") String postalCode,
            @JsonProperty("street") List<String> street,
            @JsonProperty("description") String description,
            @JsonProperty("area") String area,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Location {
            street = Immutables.list(street);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A company size bracket, e.g. 51 to 200 employees.
     *
     * @param from  the smallest head count of the bracket
     * @param to    the largest head count of the bracket
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record EmployeeCountRange(
            @JsonProperty("from") long from,
            @JsonProperty("to") long to,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public EmployeeCountRange {
            extra = Immutables.map(extra);
        }
    }

    /**
     * Head count insights.
     *
     * @param employeesCount the head count and its history, or {@code null}
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record Insights(
            @JsonProperty("employeesCount") EmployeesCount employeesCount,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Insights {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The head count, its history and its growth.
     *
     * @param totalCount          the head count
     * @param averageTenure       the average tenure as LinkedIn writes it
     * @param employeesCountGraph the head count over time
     * @param growthGraph         the growth over several periods
     * @param extra               fields this version of the library does not know, kept as sent
     */
    public record EmployeesCount(
            @JsonProperty("totalCount") long totalCount,
            @JsonProperty("averageTenure") String averageTenure,
            @JsonProperty("employeesCountGraph") List<HeadCount> employeesCountGraph,
            @JsonProperty("growthGraph") List<Growth> growthGraph,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public EmployeesCount {
            employeesCountGraph = Immutables.list(employeesCountGraph);
            growthGraph = Immutables.list(growthGraph);
            extra = Immutables.map(extra);
        }
    }

    /**
     * The head count at a date.
     *
     * @param date  the date as LinkedIn writes it
     * @param count the head count
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record HeadCount(
            @JsonProperty("date") String date,
            @JsonProperty("count") long count,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public HeadCount {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The head count's growth over a period.
     *
     * @param monthRange       the period, in months
     * @param growthPercentage the growth, in percent
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Growth(
            @JsonProperty("monthRange") int monthRange,
            @JsonProperty("growthPercentage") double growthPercentage,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Growth {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The company that acquired this one.
     *
     * @param id               its LinkedIn id
     * @param name             its name
     * @param publicIdentifier its public name
     * @param profileUrl       its page's URL
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record AcquiredBy(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("public_identifier") String publicIdentifier,
            @JsonProperty("profile_url") String profileUrl,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public AcquiredBy {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The company's funding as Crunchbase reports it.
     *
     * @param lastUpdatedAt when Crunchbase last updated it, as LinkedIn writes it
     * @param companyUrl    the company's Crunchbase page
     * @param rounds        the funding rounds
     * @param extra         fields this version of the library does not know, kept as sent
     */
    public record CrunchbaseFunding(
            @JsonProperty("last_updated_at") String lastUpdatedAt,
            @JsonProperty("company_url") String companyUrl,
            @JsonProperty("rounds") FundingRounds rounds,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public CrunchbaseFunding {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The funding rounds: how many, and the last one.
     *
     * @param url        the rounds' Crunchbase page
     * @param totalCount how many rounds there were
     * @param lastRound  the last round
     * @param extra      fields this version of the library does not know, kept as sent
     */
    public record FundingRounds(
            @JsonProperty("url") String url,
            @JsonProperty("total_count") int totalCount,
            @JsonProperty("last_round") FundingRound lastRound,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public FundingRounds {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A funding round.
     *
     * @param announcedOn    when it was announced, as LinkedIn writes it
     * @param url            its Crunchbase page
     * @param fundingType    its kind, e.g. {@code series_a}
     * @param investorsCount how many investors took part
     * @param leadInvestors  the lead investors
     * @param moneyRaised    the amount raised, or {@code null} when not told
     * @param extra          fields this version of the library does not know, kept as sent
     */
    public record FundingRound(
            @JsonProperty("announced_on") String announcedOn,
            @JsonProperty("url") String url,
            @JsonProperty("funding_type") String fundingType,
            @JsonProperty("investors_count") int investorsCount,
            @JsonProperty("lead_investors") List<Investor> leadInvestors,
            @JsonProperty("money_raised") Money moneyRaised,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public FundingRound {
            leadInvestors = Immutables.list(leadInvestors);
            extra = Immutables.map(extra);
        }
    }

    /**
     * An investor.
     *
     * @param name  the investor's name
     * @param url   the investor's Crunchbase page
     * @param logo  the investor's logo, or {@code null}
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Investor(
            @JsonProperty("name") String name,
            @JsonProperty("url") String url,
            @JsonProperty("logo") String logo,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Investor {
            extra = Immutables.map(extra);
        }
    }

    /**
     * An amount of money.
     *
     * @param amount   the amount
     * @param currency its currency, e.g. {@code USD}
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record Money(
            @JsonProperty("amount") double amount,
            @JsonProperty("currency") String currency,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Money {
            extra = Immutables.map(extra);
        }
    }
}
