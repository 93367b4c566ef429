package io.unipile.emails;

import io.unipile.internal.Check;

import java.util.List;

/**
 * What an e-mail to send and a draft have in common, checked once: {@link SendEmailRequest} and
 * {@link CreateDraftRequest} each hold one and add their own fields.
 */
record EmailContent(String accountId, EmailAddress from, List<EmailAddress> to, List<EmailAddress> cc,
                    List<EmailAddress> bcc, String subject, String body, String replyTo,
                    List<CustomHeader> customHeaders, TrackingOptions trackingOptions) {

    EmailContent(EmailContentBuilder<?> b) {
        this(Check.notBlank("accountId", b.accountId), b.from, EmailChecks.addresses("to", b.to, true),
                EmailChecks.addresses("cc", b.cc, false), EmailChecks.addresses("bcc", b.bcc, false),
                EmailChecks.oneLine("subject", b.subject), Check.notNull("body", b.body),
                Check.nullOrNotBlank("replyTo", b.replyTo), Check.noNullElements("customHeaders", b.customHeaders),
                b.trackingOptions);
    }

    /** Fills {@code b} with these fields, for {@code toBuilder()}. */
    <B extends EmailContentBuilder<B>> B copyTo(B b) {
        return b.accountId(accountId).from(from).to(to).cc(cc).bcc(bcc).subject(subject).body(body).replyTo(replyTo)
                .customHeaders(customHeaders).trackingOptions(trackingOptions);
    }

    /** The fields for a {@code toString()}: the body's length, not the body; header values hidden by theirs. */
    @Override
    public String toString() {
        return "accountId=" + accountId + ", from=" + from + ", to=" + to + ", cc=" + cc + ", bcc=" + bcc
                + ", subject=" + subject + ", body=<" + body.length() + " chars>, replyTo=" + replyTo
                + ", customHeaders=" + customHeaders + ", trackingOptions=" + trackingOptions;
    }
}
