package io.unipile.linkedin.search;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/linkedin/search/parameters}: the ids of one {@link SearchParameterType} matching
 * keywords ("Paris" for locations). The account and the type are required; {@code limit} is 1 to 100 (10 by
 * default); checked when built.
 */
public final class SearchParametersRequest {
    private final String accountId;
    private final SearchParameterType type;
    private final String keywords;
    private final Integer limit;

    private SearchParametersRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.type = Check.notNull("type", b.type);
        this.keywords = Check.nullOrNotBlank("keywords", b.keywords);
        this.limit = Check.range("limit", b.limit, 1, 100);
    }

    /** A builder for ids of this type, looked up from this account. */
    public static Builder builder(String accountId, SearchParameterType type) {
        return new Builder().accountId(accountId).type(type);
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).type(type).keywords(keywords).limit(limit);
    }

    /** {@code account_id}: the LinkedIn account that looks up. */
    public String accountId() {
        return accountId;
    }

    /** {@code type}: the kind of ids. */
    public SearchParameterType type() {
        return type;
    }

    /** {@code keywords}: what the ids' titles match, or {@code null}. */
    public String keywords() {
        return keywords;
    }

    /** {@code limit}: 1 to 100, or {@code null} for Unipile's default of 10. */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchParametersRequest r && accountId.equals(r.accountId) && type.equals(r.type)
                && Objects.equals(keywords, r.keywords) && Objects.equals(limit, r.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, type, keywords, limit);
    }

    @Override
    public String toString() {
        return "SearchParametersRequest[accountId=" + accountId + ", type=" + type + ", keywords=" + keywords
                + ", limit=" + limit + "]";
    }

    /** Builds a {@link SearchParametersRequest}. */
    public static final class Builder {
        private String accountId;
        private SearchParameterType type;
        private String keywords;
        private Integer limit;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code type} (required). */
        public Builder type(SearchParameterType type) {
            this.type = type;
            return this;
        }

        /** {@code keywords}: text the ids' titles match; not applicable to {@code EMPLOYMENT_TYPE}. */
        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /** {@code limit}: 1 to 100. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The request; fails naming the field that is missing or out of range. */
        public SearchParametersRequest build() {
            return new SearchParametersRequest(this);
        }
    }
}
