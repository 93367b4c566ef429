package io.unipile.examples.linkedin;

import io.unipile.UnipileClient;
import io.unipile.linkedin.search.CompanyResult;
import io.unipile.linkedin.search.IncludeExclude;
import io.unipile.linkedin.search.JobPresence;
import io.unipile.linkedin.search.JobResult;
import io.unipile.linkedin.search.LinkedInSearch;
import io.unipile.linkedin.search.LinkedInSearchClient;
import io.unipile.linkedin.search.NetworkDistance;
import io.unipile.linkedin.search.PersonResult;
import io.unipile.linkedin.search.PostResult;
import io.unipile.linkedin.search.RecruiterCriterion;
import io.unipile.linkedin.search.RecruiterPriority;
import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.linkedin.search.SearchRange;
import io.unipile.linkedin.search.SearchSortOrder;

import java.util.List;

/**
 * One LinkedIn search per category, as a user writes them: look the ids up with {@code parameters}, build the search
 * with its category's builder, iterate every result with {@code searchAll} (bounded with {@code limit} on the
 * stream: each page is a request to LinkedIn).
 */
public final class LinkedInSearchExamples {
    private final LinkedInSearchClient search;
    private final String accountId;

    public LinkedInSearchExamples(UnipileClient unipile, String accountId) {
        this.search = unipile.linkedin().search();
        this.accountId = accountId;
    }

    /** The id of the first location matching {@code name}. */
    public String locationId(String name) {
        return search.parameters(accountId, SearchParameterType.LOCATION, name).get(0).id();
    }

    /** Classic people: Java engineers in a city, first and second degree. */
    public List<String> javaEngineersIn(String city) {
        return search.searchAll(LinkedInSearch.classicPeople().accountId(accountId).keywords("java")
                        .location(locationId(city)).networkDistance(NetworkDistance.FIRST, NetworkDistance.SECOND)
                        .limit(50).build())
                .stream().limit(200).map(r -> ((PersonResult) r).name()).toList();
    }

    /** Classic companies: companies of 51 to 1000 people matching keywords. */
    public List<String> midSizeCompanies(String keywords) {
        return search.searchAll(LinkedInSearch.classicCompanies().accountId(accountId).keywords(keywords)
                        .headcount(SearchRange.of(51, 200), SearchRange.of(201, 500), SearchRange.of(501, 1000))
                        .build())
                .stream().map(r -> ((CompanyResult) r).name()).toList();
    }

    /** Classic posts: the latest posts about a topic. */
    public List<String> latestPostsAbout(String topic) {
        return search.search(LinkedInSearch.classicPosts().accountId(accountId).keywords(topic)
                        .sortBy(SearchSortOrder.DATE).limit(10).build())
                .items().stream().map(r -> ((PostResult) r).shareUrl()).toList();
    }

    /** Classic jobs: remote or hybrid jobs. */
    public List<String> remoteJobs(String keywords) {
        return search.searchAll(LinkedInSearch.classicJobs().accountId(accountId).keywords(keywords)
                        .presence(JobPresence.REMOTE, JobPresence.HYBRID).build())
                .stream().map(r -> ((JobResult) r).title()).toList();
    }

    /** Sales Navigator people: leads at a company, outside a location (the account needs Sales Navigator). */
    public List<String> leadsAt(String companyName, String excludedLocationId) {
        return search.searchAll(LinkedInSearch.salesNavigatorPeople().accountId(accountId)
                        .company(IncludeExclude.include(companyName))
                        .location(IncludeExclude.exclude(excludedLocationId)).limit(100).build())
                .stream().map(r -> ((PersonResult) r).name()).toList();
    }

    /** Sales Navigator companies: accounts in an industry (a {@code SALES_INDUSTRY} id). */
    public List<String> accountsIn(String salesIndustryId) {
        return search.searchAll(LinkedInSearch.salesNavigatorCompanies().accountId(accountId)
                        .industry(IncludeExclude.include(salesIndustryId)).build())
                .stream().map(r -> ((CompanyResult) r).name()).toList();
    }

    /** Recruiter people: candidates with a skill who do not work at a company yet. */
    public List<String> candidates(String skill, String companyId) {
        return search.searchAll(LinkedInSearch.recruiterPeople().accountId(accountId)
                        .skills(RecruiterCriterion.keywords(skill).priority(RecruiterPriority.MUST_HAVE))
                        .currentCompany(RecruiterCriterion.id(companyId).priority(RecruiterPriority.DOESNT_HAVE))
                        .build())
                .stream().map(r -> ((PersonResult) r).name()).toList();
    }

    /** A search copied from the browser. */
    public List<String> fromBrowser(String url) {
        return search.searchAll(LinkedInSearch.fromUrl(url).accountId(accountId).build())
                .stream().map(r -> r.id()).toList();
    }
}
