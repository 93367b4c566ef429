package io.unipile.emails;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /api/v1/emails} (multipart): the account that sends, the recipients, the subject, the HTML body,
 * files streamed as {@code attachments}, custom headers, tracking, and the e-mail it answers. Build with
 * {@link #builder(String)}; {@link Builder#build()} checks every field, naming the one at fault, before anything is
 * sent. {@link #toString()} shows the body's length, not the body, and hides header values.
 */
public final class SendEmailRequest {
    private final EmailContent content;
    private final List<FileInput> attachments;

    private SendEmailRequest(Builder b) {
        this.content = new EmailContent(b);
        this.attachments = Check.noNullElements("attachments", b.attachments);
    }

    /** A builder for an e-mail sent from this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId}, at least one {@code to} and {@code body} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return content.copyTo(new Builder()).attachments(attachments);
    }

    /** {@code account_id}: the mail account that sends. */
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

    /** {@code attachments}: files streamed with the e-mail; possibly empty. Immutable. */
    public List<FileInput> attachments() {
        return attachments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendEmailRequest r && content.equals(r.content) && attachments.equals(r.attachments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, attachments);
    }

    @Override
    public String toString() {
        return "SendEmailRequest[" + content + ", attachments=" + attachments + "]";
    }

    /** Builds a {@link SendEmailRequest}; {@link #build()} checks it. */
    public static final class Builder extends EmailContentBuilder<Builder> {
        private final List<FileInput> attachments = new ArrayList<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Adds a file to {@code attachments}. */
        public Builder addAttachment(FileInput file) {
            attachments.add(file);
            return this;
        }

        /** {@code attachments}: replaces the files; {@code null} clears them. */
        public Builder attachments(List<FileInput> files) {
            attachments.clear();
            if (files != null) {
                attachments.addAll(files);
            }
            return this;
        }

        /** The request; fails naming the field that is missing or malformed. */
        public SendEmailRequest build() {
            return new SendEmailRequest(this);
        }
    }
}
