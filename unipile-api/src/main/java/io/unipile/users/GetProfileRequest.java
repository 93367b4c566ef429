package io.unipile.users;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/users/{identifier}}: the account to read through and, for LinkedIn, the product and
 * sections to use. Build with {@link #builder(String)}; {@link #of(String)} for a plain read.
 */
public final class GetProfileRequest {
    private final String accountId;
    private final LinkedInApi linkedinApi;
    private final List<LinkedInSection> linkedinSections;
    private final Boolean notify;

    private GetProfileRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        List<LinkedInSection> sections = Check.noNullElements("linkedinSections", b.linkedinSections);
        if (sections.contains(LinkedInSection.ALL) && sections.size() > 1) {
            throw new IllegalArgumentException("linkedinSections: ALL (*) stands for every section; "
                    + "do not combine it with others");
        }
        this.linkedinSections = List.copyOf(new LinkedHashSet<>(sections));
        this.linkedinApi = b.linkedinApi;
        this.notify = b.notify;
    }

    /** The profile through this account, classic LinkedIn, no extra sections, the visit not notified. */
    public static GetProfileRequest of(String accountId) {
        return builder(accountId).build();
    }

    /** A builder for reading through this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).linkedinApi(linkedinApi).linkedinSections(linkedinSections)
                .notifyVisit(notify);
    }

    /** {@code account_id}: the account that reads the profile. */
    public String accountId() {
        return accountId;
    }

    /** {@code linkedin_api}: the LinkedIn product to read through, or {@code null} for classic LinkedIn. */
    public LinkedInApi linkedinApi() {
        return linkedinApi;
    }

    /** {@code linkedin_sections}: the sections to fetch, each once, in order; empty for none. */
    public List<LinkedInSection> linkedinSections() {
        return linkedinSections;
    }

    /** {@code notify}: whether the member is told of the visit; {@code null} for Unipile's default (no). */
    public Boolean notifyVisit() {
        return notify;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GetProfileRequest r && accountId.equals(r.accountId)
                && Objects.equals(linkedinApi, r.linkedinApi) && linkedinSections.equals(r.linkedinSections)
                && Objects.equals(notify, r.notify);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, linkedinApi, linkedinSections, notify);
    }

    @Override
    public String toString() {
        return "GetProfileRequest[accountId=" + accountId + ", linkedinApi=" + linkedinApi + ", linkedinSections="
                + linkedinSections + ", notifyVisit=" + notify + "]";
    }

    /** Builds a {@link GetProfileRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private LinkedInApi linkedinApi;
        private List<LinkedInSection> linkedinSections = new ArrayList<>();
        private Boolean notify;

        private Builder() {
        }

        /** {@code account_id} (required): the account that reads the profile. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code linkedin_api}: read through Recruiter or Sales Navigator (the account must subscribe). */
        public Builder linkedinApi(LinkedInApi linkedinApi) {
            this.linkedinApi = linkedinApi;
            return this;
        }

        /**
         * {@code linkedin_sections}: the sections to fetch (each costs LinkedIn calls), replacing those set before;
         * {@link LinkedInSection#ALL} alone for every one. Sent as one {@code linkedin_sections} parameter per
         * section.
         */
        public Builder linkedinSections(LinkedInSection... sections) {
            return linkedinSections(sections == null ? null : java.util.Arrays.asList(sections));
        }

        /** {@code linkedin_sections}: as {@link #linkedinSections(LinkedInSection...)}; {@code null} for none. */
        public Builder linkedinSections(List<LinkedInSection> sections) {
            this.linkedinSections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
            return this;
        }

        /** {@code notify}: {@code true} to tell the member of the visit (not by default). */
        public Builder notifyVisit(Boolean notify) {
            this.notify = notify;
            return this;
        }

        /** The request; fails naming {@code accountId} when missing, or on {@code ALL} combined with others. */
        public GetProfileRequest build() {
            return new GetProfileRequest(this);
        }
    }
}
