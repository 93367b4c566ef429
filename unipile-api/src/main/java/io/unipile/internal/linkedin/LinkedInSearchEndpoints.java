package io.unipile.internal.linkedin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Endpoint;
import io.unipile.linkedin.search.LinkedInSearchRequest;
import io.unipile.linkedin.search.SearchParameter;
import io.unipile.linkedin.search.SearchParametersRequest;
import io.unipile.linkedin.search.SearchResult;
import io.unipile.pagination.Page;

/**
 * LinkedIn search ({@code /linkedin/search}), declared once. The search body is one of the spec's nine shapes
 * (seven product/category filter sets, a URL, a cursor), which the request's builders write; its fields are the
 * union of them all, as the spec test reads an anyOf.
 */
public final class LinkedInSearchEndpoints {

    static final Endpoint<SearchParametersRequest, Page<SearchParameter>> PARAMETERS =
            Endpoint.<SearchParametersRequest, Page<SearchParameter>>get("/linkedin/search/parameters")
                    .query("limit", SearchParametersRequest::limit, 1, 100)
                    .query("keywords", SearchParametersRequest::keywords)
                    .requiredQuery("type", r -> r.type().value())
                    .requiredQuery("account_id", SearchParametersRequest::accountId)
                    .pageOf(SearchParameter.class).build();

    /**
     * A search creates nothing on LinkedIn or Unipile, so a retry may repeat it. The next page's cursor goes in the
     * body (the spec's cursor shape, meant for long cursors, and a search's cursor carries the whole search), so
     * the query's {@code cursor} is declared but never sent.
     */
    static final Endpoint<LinkedInSearchRequest, Page<SearchResult>> SEARCH =
            Endpoint.<LinkedInSearchRequest, Page<SearchResult>>post("/linkedin/search")
                    .query("cursor", r -> null)
                    .query("limit", LinkedInSearchRequest::limit, 0, 100)
                    .requiredQuery("account_id", LinkedInSearchRequest::accountId)
                    .jsonBody(r -> (ObjectNode) r.body(), "api", "category", "keywords", "industry", "location",
                            "profile_language", "network_distance", "company", "past_company", "school", "service",
                            "connections_of", "followers_of", "open_to", "advanced_keywords", "has_job_offers",
                            "headcount", "sort_by", "date_posted", "content_type", "posted_by", "mentioning",
                            "author", "region", "location_within_area", "seniority", "function", "role", "job_type",
                            "presence", "easy_apply", "has_verifications", "under_10_applicants", "in_your_network",
                            "fair_chance_employer", "benefits", "commitments", "minimum_salary", "last_viewed_at",
                            "saved_search_id", "recent_search_id", "location_by_postal_code", "first_name",
                            "last_name", "tenure", "groups", "company_headcount", "company_type", "company_location",
                            "tenure_at_company", "tenure_at_role", "past_role", "following_your_company",
                            "viewed_your_profile_recently", "past_colleague", "shared_experiences", "changed_jobs",
                            "posted_on_linkedin", "mentionned_in_news", "persona", "account_lists", "lead_lists",
                            "viewed_profile_recently", "messaged_recently", "include_saved_leads",
                            "include_saved_accounts", "headcount_growth", "department_headcount",
                            "department_headcount_growth", "annual_revenue", "followers_count", "fortune",
                            "technologies", "recent_activities", "saved_accounts", "saved_search", "saved_filter",
                            "skills", "current_company", "graduation_year", "spoken_languages",
                            "hide_previously_viewed", "recently_joined", "spotlights", "has_military_background",
                            "past_applicants", "hiring_projects", "recruiting_activity", "notes", "url", "cursor")
                    .idempotent(true)
                    .pageOf(SearchResult.class).build();

    private LinkedInSearchEndpoints() {
    }
}
