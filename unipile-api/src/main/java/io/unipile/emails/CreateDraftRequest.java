package io.unipile.emails;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /api/v1/drafts} (JSON): a draft saved in the account's drafts folder, with the fields of an
 * e-mail to send, except files: the spec types {@code attachments} as binary inside a JSON body, which has no
 * encoding, so drafts carry none (attach files when sending with {@link SendEmailRequest}). Build with
 * {@link #builder(String)}; {@link Builder#build()} checks every field, naming the one at fault, before anything is
 * sent. {@link #toString()} shows the body's length, not the body, and hides header values.
 */
public final class CreateDraftRequest {
    private final String accountId;
    private final EmailAddress from;
    private final List<EmailAddress> to;
    private final List<EmailAddress> cc;
    private final List<EmailAddress> bcc;
    private final String subject;
    private final String body;
    private final String replyTo;
    private final List<CustomHeader> customHeaders;
    private final TrackingOptions trackingOptions;

    private CreateDraftRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.from = b.from;
        this.to = EmailChecks.addresses("to", b.to, true);
        this.cc = EmailChecks.addresses("cc", b.cc, false);
        this.bcc = EmailChecks.addresses("bcc", b.bcc, false);
        this.subject = EmailChecks.oneLine("subject", b.subject);
        this.body = Check.notNull("body", b.body);
        this.replyTo = Check.nullOrNotBlank("replyTo", b.replyTo);
        this.customHeaders = Check.noNullElements("customHeaders", b.customHeaders);
        this.trackingOptions = b.trackingOptions;
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
        return new Builder().accountId(accountId).from(from).to(to).cc(cc).bcc(bcc).subject(subject).body(body)
                .replyTo(replyTo).customHeaders(customHeaders).trackingOptions(trackingOptions);
    }

    /** {@code account_id}: the mail account to save the draft in. */
    public String accountId() {
        return accountId;
    }

    /** {@code from}: the sender to show (an alias of the account), or {@code null} for the account's own. */
    public EmailAddress from() {
        return from;
    }

    /** {@code to}: the recipients; never empty. Immutable. */
    public List<EmailAddress> to() {
        return to;
    }

    /** {@code cc}; possibly empty. Immutable. */
    public List<EmailAddress> cc() {
        return cc;
    }

    /** {@code bcc}; possibly empty. Immutable. */
    public List<EmailAddress> bcc() {
        return bcc;
    }

    /** {@code subject}, or {@code null}. */
    public String subject() {
        return subject;
    }

    /** {@code body}: the HTML body. */
    public String body() {
        return body;
    }

    /** {@code reply_to}: the Unipile id or provider id of the e-mail this one answers, or {@code null}. */
    public String replyTo() {
        return replyTo;
    }

    /** {@code custom_headers}; possibly empty. Immutable. */
    public List<CustomHeader> customHeaders() {
        return customHeaders;
    }

    /** {@code tracking_options}, or {@code null} for none. */
    public TrackingOptions trackingOptions() {
        return trackingOptions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateDraftRequest r && accountId.equals(r.accountId) && Objects.equals(from, r.from)
                && to.equals(r.to) && cc.equals(r.cc) && bcc.equals(r.bcc) && Objects.equals(subject, r.subject)
                && body.equals(r.body) && Objects.equals(replyTo, r.replyTo) && customHeaders.equals(r.customHeaders)
                && Objects.equals(trackingOptions, r.trackingOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, from, to, cc, bcc, subject, body, replyTo, customHeaders, trackingOptions);
    }

    @Override
    public String toString() {
        return "CreateDraftRequest[accountId=" + accountId + ", from=" + from + ", to=" + to + ", cc=" + cc + ", bcc="
                + bcc + ", subject=" + subject + ", body=<" + body.length() + " chars>, replyTo=" + replyTo
                + ", customHeaders=" + customHeaders + ", trackingOptions=" + trackingOptions + "]";
    }

    /** Builds a {@link CreateDraftRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private EmailAddress from;
        private final List<EmailAddress> to = new ArrayList<>();
        private final List<EmailAddress> cc = new ArrayList<>();
        private final List<EmailAddress> bcc = new ArrayList<>();
        private String subject;
        private String body;
        private String replyTo;
        private final List<CustomHeader> customHeaders = new ArrayList<>();
        private TrackingOptions trackingOptions;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code from}: the sender to show. */
        public Builder from(EmailAddress from) {
            this.from = from;
            return this;
        }

        /** Adds a {@code to} recipient. */
        public Builder addTo(EmailAddress address) {
            to.add(address);
            return this;
        }

        /** Adds a {@code to} recipient by address. */
        public Builder addTo(String identifier) {
            return addTo(EmailAddress.of(identifier));
        }

        /** {@code to}: replaces the recipients; {@code null} clears them. */
        public Builder to(List<EmailAddress> addresses) {
            return replace(to, addresses);
        }

        /** Adds a {@code cc} recipient. */
        public Builder addCc(EmailAddress address) {
            cc.add(address);
            return this;
        }

        /** {@code cc}: replaces them; {@code null} clears them. */
        public Builder cc(List<EmailAddress> addresses) {
            return replace(cc, addresses);
        }

        /** Adds a {@code bcc} recipient. */
        public Builder addBcc(EmailAddress address) {
            bcc.add(address);
            return this;
        }

        /** {@code bcc}: replaces them; {@code null} clears them. */
        public Builder bcc(List<EmailAddress> addresses) {
            return replace(bcc, addresses);
        }

        /** {@code subject}. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** {@code body}: the HTML body (required). */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** {@code reply_to}: the Unipile id or provider id of the e-mail to answer. */
        public Builder replyTo(String emailId) {
            this.replyTo = emailId;
            return this;
        }

        /** Adds a custom header. */
        public Builder addCustomHeader(CustomHeader header) {
            customHeaders.add(header);
            return this;
        }

        /** Adds the custom header {@code name: value}. */
        public Builder addCustomHeader(String name, String value) {
            return addCustomHeader(CustomHeader.of(name, value));
        }

        /** {@code custom_headers}: replaces them; {@code null} clears them. */
        public Builder customHeaders(List<CustomHeader> headers) {
            customHeaders.clear();
            if (headers != null) {
                customHeaders.addAll(headers);
            }
            return this;
        }

        /** {@code tracking_options}; {@code null} for none. */
        public Builder trackingOptions(TrackingOptions trackingOptions) {
            this.trackingOptions = trackingOptions;
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public CreateDraftRequest build() {
            return new CreateDraftRequest(this);
        }

        private Builder replace(List<EmailAddress> list, List<EmailAddress> addresses) {
            list.clear();
            if (addresses != null) {
                list.addAll(addresses);
            }
            return this;
        }
    }
}
