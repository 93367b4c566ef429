package io.unipile.emails;

import java.util.List;

/**
 * Body of {@code POST /api/v1/drafts} (JSON): a draft saved in the account's drafts folder, with the fields of an
 * e-mail to send, except files: the spec types {@code attachments} as binary inside a JSON body, which has no
 * encoding, so drafts carry none (attach files when sending with {@link SendEmailRequest}). Build with
 * {@link #builder(String)}; {@link Builder#build()} checks every field, naming the one at fault, before anything is
 * sent. {@link #toString()} shows the body's length, not the body, and hides header values.
 */
public final class CreateDraftRequest {
    private final EmailContent content;

    private CreateDraftRequest(Builder b) {
        this.content = new EmailContent(b);
    }

    /** A builder for a draft in this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId}, at least one {@code to} and {@code body} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return content.copyTo(new Builder());
    }

    /** {@code account_id}: the mail account to save the draft in. */
    public String accountId() {
        return content.accountId();
    }

    /** {@code from}: the sender to show (an alias of the account), or {@code null} for the account's own. */
    public EmailAddress from() {
        return content.from();
    }

    /** {@code to}: the recipients; never empty. Immutable. */
    public List<EmailAddress> to() {
        return content.to();
    }

    /** {@code cc}; possibly empty. Immutable. */
    public List<EmailAddress> cc() {
        return content.cc();
    }

    /** {@code bcc}; possibly empty. Immutable. */
    public List<EmailAddress> bcc() {
        return content.bcc();
    }

    /** {@code subject}, or {@code null}. */
    public String subject() {
        return content.subject();
    }

    /** {@code body}: the HTML body. */
    public String body() {
        return content.body();
    }

    /** {@code reply_to}: the Unipile id or provider id of the e-mail this one answers, or {@code null}. */
    public String replyTo() {
        return content.replyTo();
    }

    /** {@code custom_headers}; possibly empty. Immutable. */
    public List<CustomHeader> customHeaders() {
        return content.customHeaders();
    }

    /** {@code tracking_options}, or {@code null} for none. */
    public TrackingOptions trackingOptions() {
        return content.trackingOptions();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateDraftRequest r && content.equals(r.content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    @Override
    public String toString() {
        return "CreateDraftRequest[" + content + "]";
    }

    /** Builds a {@link CreateDraftRequest}; {@link #build()} checks it. */
    public static final class Builder extends EmailContentBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public CreateDraftRequest build() {
            return new CreateDraftRequest(this);
        }
    }
}
