package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Recruiter saved search ({@code saved_search}), which overrides every other filter. Both ids are digits, from
 * {@link SearchParameterType#SAVED_SEARCHES}.
 *
 * @param id        the saved search
 * @param projectId the hiring project it belongs to
 */
public record SavedSearch(String id, String projectId) {

    /** Checks both ids. */
    public SavedSearch {
        SearchBuilder.checkId("savedSearch.id", id, SearchBuilder.DIGITS);
        SearchBuilder.checkId("savedSearch.projectId", projectId, SearchBuilder.DIGITS);
    }

    JsonNode toJson(String field) {
        return SearchBuilder.NODES.objectNode().put("id", id).put("project_id", projectId);
    }
}
