package io.unipile.internal.linkedin;

import io.unipile.internal.ApiCaller;
import io.unipile.linkedin.CompanyProfile;
import io.unipile.linkedin.EndorseSkillRequest;
import io.unipile.linkedin.HiringProjectsClient;
import io.unipile.linkedin.InMailBalance;
import io.unipile.linkedin.JobPostingsClient;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.linkedin.LinkedInRawData;
import io.unipile.linkedin.LinkedInRawRequest;
import io.unipile.linkedin.MemberActionRequest;
import io.unipile.linkedin.MemberActionResult;
import io.unipile.linkedin.ProfileEndorsement;
import io.unipile.linkedin.search.LinkedInSearchClient;

import java.util.concurrent.CompletableFuture;

/**
 * {@link LinkedInClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link LinkedInEndpoints};
 * projects and jobs are sub-clients over the same caller.
 */
public final class LinkedInClientImpl implements LinkedInClient {
    private final ApiCaller caller;
    private final HiringProjectsClient projects;
    private final JobPostingsClient jobs;
    private final LinkedInSearchClient search;

    public LinkedInClientImpl(ApiCaller caller) {
        this.caller = caller;
        this.projects = new HiringProjectsClientImpl(caller);
        this.jobs = new JobPostingsClientImpl(caller);
        this.search = new LinkedInSearchClientImpl(caller);
    }

    @Override
    public HiringProjectsClient projects() {
        return projects;
    }

    @Override
    public JobPostingsClient jobs() {
        return jobs;
    }

    @Override
    public LinkedInSearchClient search() {
        return search;
    }

    @Override
    public CompanyProfile getCompanyProfile(String identifier, String accountId) {
        return caller.call(LinkedInEndpoints.COMPANY, accountId, identifier);
    }

    @Override
    public CompletableFuture<CompanyProfile> getCompanyProfileAsync(String identifier, String accountId) {
        return caller.callAsync(LinkedInEndpoints.COMPANY, accountId, identifier);
    }

    @Override
    public InMailBalance getInMailBalance(String accountId) {
        return caller.call(LinkedInEndpoints.INMAIL_BALANCE, accountId);
    }

    @Override
    public CompletableFuture<InMailBalance> getInMailBalanceAsync(String accountId) {
        return caller.callAsync(LinkedInEndpoints.INMAIL_BALANCE, accountId);
    }

    @Override
    public LinkedInRawData rawData(LinkedInRawRequest request) {
        return caller.call(LinkedInEndpoints.RAW_DATA, request);
    }

    @Override
    public CompletableFuture<LinkedInRawData> rawDataAsync(LinkedInRawRequest request) {
        return caller.callAsync(LinkedInEndpoints.RAW_DATA, request);
    }

    @Override
    public MemberActionResult performAction(String userId, MemberActionRequest request) {
        return caller.call(LinkedInEndpoints.MEMBER_ACTION, request, userId);
    }

    @Override
    public CompletableFuture<MemberActionResult> performActionAsync(String userId, MemberActionRequest request) {
        return caller.callAsync(LinkedInEndpoints.MEMBER_ACTION, request, userId);
    }

    @Override
    public ProfileEndorsement endorseSkill(EndorseSkillRequest request) {
        return caller.call(LinkedInEndpoints.ENDORSE, request);
    }

    @Override
    public CompletableFuture<ProfileEndorsement> endorseSkillAsync(EndorseSkillRequest request) {
        return caller.callAsync(LinkedInEndpoints.ENDORSE, request);
    }
}
