package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin/user/{user_id}}: an action on a LinkedIn member, through the product it
 * belongs to. Use {@link #addCandidateToPipeline(String, String)} (Recruiter) or {@link #saveLead(String)} (Sales
 * Navigator), or {@link #builder()} for an action this library does not name. Checked when built.
 *
 * <pre>{@code
 * unipile.linkedin().performAction(candidateId, MemberActionRequest
 *         .addCandidateToPipeline(accountId, projectId).stage(PipelineStage.CONTACTED).build());
 * }</pre>
 */
public final class MemberActionRequest {
    private final String accountId;
    private final LinkedInApi api;
    private final MemberAction action;
    private final String hiringProjectId;
    private final PipelineStage stage;
    private final String listId;

    private MemberActionRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.api = Check.notNull("api", b.api);
        this.action = Check.notNull("action", b.action);
        this.hiringProjectId = Check.nullOrNotBlank("hiringProjectId", b.hiringProjectId);
        this.stage = b.stage;
        this.listId = Check.nullOrNotBlank("listId", b.listId);
        if (action.equals(MemberAction.ADD_CANDIDATE_TO_PIPELINE)) {
            requireApi(LinkedInApi.RECRUITER);
            Check.notBlank("hiringProjectId", hiringProjectId);
            forbid("listId", listId);
        } else if (action.equals(MemberAction.SAVE_LEAD)) {
            requireApi(LinkedInApi.SALES_NAVIGATOR);
            forbid("hiringProjectId", hiringProjectId);
            forbid("stage", stage);
        }
    }

    private void requireApi(LinkedInApi expected) {
        if (!api.equals(expected)) {
            throw new IllegalArgumentException("api must be " + expected + " for " + action + " but was " + api);
        }
    }

    private void forbid(String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(field + " does not apply to " + action + "; leave it null");
        }
    }

    /**
     * Adds the member (their Recruiter id, {@code AEM...}) to the pipeline of a Recruiter hiring project, at
     * {@link PipelineStage#UNCONTACTED} unless {@link Builder#stage(PipelineStage)} says otherwise.
     */
    public static Builder addCandidateToPipeline(String accountId, String hiringProjectId) {
        return new Builder().accountId(accountId).api(LinkedInApi.RECRUITER)
                .action(MemberAction.ADD_CANDIDATE_TO_PIPELINE).hiringProjectId(hiringProjectId);
    }

    /**
     * Saves the member (their Sales Navigator id, {@code ACw...}) as a lead, in the list of
     * {@link Builder#listId(String)} if given.
     */
    public static Builder saveLead(String accountId) {
        return new Builder().accountId(accountId).api(LinkedInApi.SALES_NAVIGATOR).action(MemberAction.SAVE_LEAD);
    }

    /** An empty builder; {@code accountId}, {@code api} and {@code action} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).api(api).action(action).hiringProjectId(hiringProjectId)
                .stage(stage).listId(listId);
    }

    /** {@code account_id}: the LinkedIn account that acts. */
    public String accountId() {
        return accountId;
    }

    /** {@code api}: the product the action goes through. */
    public LinkedInApi api() {
        return api;
    }

    /** {@code action}: what to do. */
    public MemberAction action() {
        return action;
    }

    /** {@code hiring_project_id}: the Recruiter project, for {@code addCandidateToPipeline}; else {@code null}. */
    public String hiringProjectId() {
        return hiringProjectId;
    }

    /** {@code stage}: the pipeline stage, or {@code null} for Unipile's default, {@code UNCONTACTED}. */
    public PipelineStage stage() {
        return stage;
    }

    /** {@code list_id}: the Sales Navigator lead list, or {@code null}. */
    public String listId() {
        return listId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberActionRequest r && accountId.equals(r.accountId) && api.equals(r.api)
                && action.equals(r.action) && Objects.equals(hiringProjectId, r.hiringProjectId)
                && Objects.equals(stage, r.stage) && Objects.equals(listId, r.listId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, api, action, hiringProjectId, stage, listId);
    }

    @Override
    public String toString() {
        return "MemberActionRequest[accountId=" + accountId + ", api=" + api + ", action=" + action
                + ", hiringProjectId=" + hiringProjectId + ", stage=" + stage + ", listId=" + listId + "]";
    }

    /** Builds a {@link MemberActionRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private LinkedInApi api;
        private MemberAction action;
        private String hiringProjectId;
        private PipelineStage stage;
        private String listId;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that acts. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code api} (required): recruiter for pipeline actions, sales_navigator for leads. */
        public Builder api(LinkedInApi api) {
            this.api = api;
            return this;
        }

        /** {@code action} (required). */
        public Builder action(MemberAction action) {
            this.action = action;
            return this;
        }

        /** {@code hiring_project_id}: the Recruiter project; required by {@code addCandidateToPipeline}. */
        public Builder hiringProjectId(String hiringProjectId) {
            this.hiringProjectId = hiringProjectId;
            return this;
        }

        /** {@code stage}: the pipeline stage to add the candidate at ({@code addCandidateToPipeline} only). */
        public Builder stage(PipelineStage stage) {
            this.stage = stage;
            return this;
        }

        /** {@code list_id}: the lead list to save the lead in ({@code saveLead} only). */
        public Builder listId(String listId) {
            this.listId = listId;
            return this;
        }

        /**
         * The request; fails naming the field that is missing, blank, or does not fit the action (a known action
         * goes through its own api).
         */
        public MemberActionRequest build() {
            return new MemberActionRequest(this);
        }
    }
}
