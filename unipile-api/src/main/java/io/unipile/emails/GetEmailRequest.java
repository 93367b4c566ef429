package io.unipile.emails;

import io.unipile.internal.Check;

/**
 * Query of {@code GET /api/v1/emails/{email_id}}: the account, needed when the e-mail is named by its provider id,
 * and whether to return its headers.
 *
 * @param accountId      {@code account_id}: the account whose mailbox holds it; required with a provider id, else
 *                       {@code null}
 * @param includeHeaders {@code include_headers}: return its headers, or {@code null} for the server's default
 */
public record GetEmailRequest(String accountId, Boolean includeHeaders) {

    /** Checks that the account id is not blank. */
    public GetEmailRequest {
        Check.nullOrNotBlank("accountId", accountId);
    }

    /** By provider id, in this account's mailbox. */
    public static GetEmailRequest inAccount(String accountId) {
        return new GetEmailRequest(Check.notBlank("accountId", accountId), null);
    }

    /** A copy that asks for the headers. */
    public GetEmailRequest withHeaders() {
        return new GetEmailRequest(accountId, true);
    }

    /** An empty builder: by Unipile id, without headers. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).includeHeaders(includeHeaders);
    }

    /** Builds a {@link GetEmailRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private Boolean includeHeaders;

        private Builder() {
        }

        /** {@code account_id}: needed with a provider id. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code include_headers}. */
        public Builder includeHeaders(Boolean includeHeaders) {
            this.includeHeaders = includeHeaders;
            return this;
        }

        /** The request; fails naming the field that is malformed. */
        public GetEmailRequest build() {
            return new GetEmailRequest(accountId, includeHeaders);
        }
    }
}
