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
 * A member found by a people search ({@code "type": "PEOPLE"}): classic, Sales Navigator or Recruiter. The fields
 * each product fills differ; the others are null or empty.
 *
 * @param object always {@code SearchResult}
 * @param type always {@code PEOPLE}
 * @param id the member's id (provider id) in the product searched
 * @param publicIdentifier the end of the profile URL, or null
 * @param publicProfileUrl the public profile URL, or null
 * @param profileUrl the profile URL in the product searched, or null
 * @param profilePictureUrl the picture, or null
 * @param profilePictureUrlLarge the large picture, or null
 * @param memberUrn the member URN, or null
 * @param name the full name, or null when hidden
 * @param firstName the first name, or null
 * @param lastName the last name, or null
 * @param networkDistance how far the member is from the account
 * @param location where the member is, or null
 * @param industry the industry, or null
 * @param keywordsMatch what matched the keywords, or null
 * @param headline the headline
 * @param connectionsCount connections, or null
 * @param followersCount followers, or null
 * @param pendingInvitation whether an invitation is pending, or null
 * @param canSendInmail whether an InMail can be sent, or null
 * @param hiddenCandidate Recruiter: whether the candidate is hidden, or null
 * @param interestLikelihood Recruiter: how likely the candidate is interested, or null
 * @param privacySettings Recruiter: privacy settings as sent, or null
 * @param skills Recruiter: skills with endorsement counts, as sent
 * @param recruiterCandidateId Recruiter: the candidate id, or null
 * @param recruiterPipelineCategory Recruiter: the pipeline category, or null
 * @param premium whether the member has Premium, or null
 * @param verified whether the profile is verified, or null
 * @param openProfile whether the profile is open to messages, or null
 * @param sharedConnectionsCount shared connections, or null
 * @param recentPostsCount recent posts, or null
 * @param recentlyHired whether recently hired, or null
 * @param mentionedInTheNews whether mentioned in the news, or null
 * @param lastOutreachActivity Sales Navigator: the last outreach, as sent, or null
 * @param currentPositions current positions
 * @param education education, as sent
 * @param workExperience work experience, as sent
 * @param certifications certifications, as sent
 * @param projects projects, as sent
 * @param interests interests, or null
 * @param extra fields this version of the library does not know, kept as sent
 */
public record PersonResult(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) String type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_identifier", required = true) String publicIdentifier,
        @JsonInclude(ALWAYS) @JsonProperty(value = "public_profile_url", required = true) String publicProfileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_url", required = true) String profileUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_picture_url", required = true) String profilePictureUrl,
        @JsonInclude(ALWAYS) @JsonProperty(value = "profile_picture_url_large", required = true) String profilePictureUrlLarge,
        @JsonInclude(ALWAYS) @JsonProperty(value = "member_urn", required = true) String memberUrn,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "network_distance", required = true) MemberDistance networkDistance,
        @JsonInclude(ALWAYS) @JsonProperty(value = "location", required = true) String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "industry", required = true) String industry,
        @JsonProperty("keywords_match") String keywordsMatch,
        @JsonInclude(ALWAYS) @JsonProperty(value = "headline", required = true) String headline,
        @JsonProperty("connections_count") Long connectionsCount,
        @JsonProperty("followers_count") Long followersCount,
        @JsonProperty("pending_invitation") Boolean pendingInvitation,
        @JsonProperty("can_send_inmail") Boolean canSendInmail,
        @JsonProperty("hiddenCandidate") Boolean hiddenCandidate,
        @JsonProperty("interestLikelihood") String interestLikelihood,
        @JsonProperty("privacySettings") JsonNode privacySettings,
        @JsonProperty("skills") List<JsonNode> skills,
        @JsonProperty("recruiter_candidate_id") String recruiterCandidateId,
        @JsonProperty("recruiter_pipeline_category") String recruiterPipelineCategory,
        @JsonProperty("premium") Boolean premium,
        @JsonProperty("verified") Boolean verified,
        @JsonProperty("open_profile") Boolean openProfile,
        @JsonProperty("shared_connections_count") Long sharedConnectionsCount,
        @JsonProperty("recent_posts_count") Long recentPostsCount,
        @JsonProperty("recently_hired") Boolean recentlyHired,
        @JsonProperty("mentioned_in_the_news") Boolean mentionedInTheNews,
        @JsonProperty("last_outreach_activity") JsonNode lastOutreachActivity,
        @JsonProperty("current_positions") List<Position> currentPositions,
        @JsonProperty("education") List<JsonNode> education,
        @JsonProperty("work_experience") List<JsonNode> workExperience,
        @JsonProperty("certifications") List<JsonNode> certifications,
        @JsonProperty("projects") List<JsonNode> projects,
        @JsonProperty("interests") String interests,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements SearchResult {

    public PersonResult {
        skills = Immutables.list(skills);
        currentPositions = Immutables.list(currentPositions);
        education = Immutables.list(education);
        workExperience = Immutables.list(workExperience);
        certifications = Immutables.list(certifications);
        projects = Immutables.list(projects);
        extra = Immutables.map(extra);
    }

    /**
     * A current position of a found member.
     *
     * @param company     the company's name
     * @param companyId   the company's id, or null
     * @param description the description, or null
     * @param role        the role
     * @param location    where, or null
     * @param industry    the industries
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record Position(
            @JsonProperty("company") String company,
            @JsonProperty("company_id") String companyId,
            @JsonProperty("description") String description,
            @JsonProperty("role") String role,
            @JsonProperty("location") String location,
            @JsonProperty("industry") List<String> industry,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Position {
            industry = Immutables.list(industry);
            extra = Immutables.map(extra);
        }
    }
}
