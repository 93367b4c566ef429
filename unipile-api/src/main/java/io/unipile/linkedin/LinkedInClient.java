package io.unipile.linkedin;

import io.unipile.linkedin.search.LinkedInSearchClient;

import java.util.concurrent.CompletableFuture;

/**
 * What LinkedIn offers beyond messaging: {@code /api/v1/linkedin}. Company profiles, InMail credits, actions on
 * members and skill endorsements here; Recruiter hiring projects under {@link #projects()}; job postings and their
 * applicants under {@link #jobs()}; and {@link #rawData} for any LinkedIn endpoint nothing else models.
 *
 * <p>Every operation acts from a connected LinkedIn account, whose Unipile id each takes. Writes are never re-sent
 * once they may have reached the server: their exception then says the outcome is unknown.
 */
public interface LinkedInClient {

    /** Recruiter hiring projects: list, retrieve. */
    HiringProjectsClient projects();

    /** Job postings, from draft to closed, and their applicants. */
    JobPostingsClient jobs();

    /** Search: people, companies, posts and jobs, with classic, Sales Navigator or Recruiter. */
    LinkedInSearchClient search();

    /**
     * A company's page ({@code GET /linkedin/company/{identifier}}), by its public name (the end of its page's
     * URL), its LinkedIn id or its URN.
     */
    CompanyProfile getCompanyProfile(String identifier, String accountId);

    /** {@link #getCompanyProfile(String, String)} without blocking. */
    CompletableFuture<CompanyProfile> getCompanyProfileAsync(String identifier, String accountId);

    /** The InMail credits left on the account, per product ({@code GET /linkedin/inmail_balance}). */
    InMailBalance getInMailBalance(String accountId);

    /** {@link #getInMailBalance(String)} without blocking. */
    CompletableFuture<InMailBalance> getInMailBalanceAsync(String accountId);

    /**
     * Calls a LinkedIn endpoint from the account ({@code POST /linkedin}) and returns LinkedIn's answer as JSON: the
     * escape hatch for what nothing else models. Never re-sent once it may have reached the server, whatever its
     * {@link LinkedInRawRequest#method() method}: a LinkedIn write could happen twice.
     */
    LinkedInRawData rawData(LinkedInRawRequest request);

    /** {@link #rawData(LinkedInRawRequest)} without blocking. */
    CompletableFuture<LinkedInRawData> rawDataAsync(LinkedInRawRequest request);

    /**
     * Acts on a member ({@code POST /linkedin/user/{user_id}}): adds a candidate to a Recruiter pipeline, saves a
     * Sales Navigator lead. {@code userId} is the member's id in that product ({@code AEM...} for Recruiter,
     * {@code ACw...} for Sales Navigator). Not retried once it may have reached the server.
     */
    MemberActionResult performAction(String userId, MemberActionRequest request);

    /** {@link #performAction(String, MemberActionRequest)} without blocking. */
    CompletableFuture<MemberActionResult> performActionAsync(String userId, MemberActionRequest request);

    /**
     * Endorses a skill of a member's profile ({@code POST /linkedin/profile/endorse}). Not retried once it may have
     * reached the server.
     */
    ProfileEndorsement endorseSkill(EndorseSkillRequest request);

    /** {@link #endorseSkill(EndorseSkillRequest)} without blocking. */
    CompletableFuture<ProfileEndorsement> endorseSkillAsync(EndorseSkillRequest request);
}
