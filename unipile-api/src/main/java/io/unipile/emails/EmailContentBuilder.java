package io.unipile.emails;

import java.util.ArrayList;
import java.util.List;

/**
 * The setters {@link SendEmailRequest.Builder} and {@link CreateDraftRequest.Builder} share; each returns the
 * concrete builder, so that a chain goes on with that builder's own setters.
 */
abstract class EmailContentBuilder<B extends EmailContentBuilder<B>> {
    String accountId;
    EmailAddress from;
    final List<EmailAddress> to = new ArrayList<>();
    final List<EmailAddress> cc = new ArrayList<>();
    final List<EmailAddress> bcc = new ArrayList<>();
    String subject;
    String body;
    String replyTo;
    final List<CustomHeader> customHeaders = new ArrayList<>();
    TrackingOptions trackingOptions;

    abstract B self();

    /** {@code account_id} (required). */
    public B accountId(String accountId) {
        this.accountId = accountId;
        return self();
    }

    /** {@code from}: the sender to show (an alias of the account); {@code null} for the account's own. */
    public B from(EmailAddress from) {
        this.from = from;
        return self();
    }

    /** Adds a {@code to} recipient. */
    public B addTo(EmailAddress address) {
        to.add(address);
        return self();
    }

    /** Adds a {@code to} recipient by address. */
    public B addTo(String identifier) {
        return addTo(EmailAddress.of(identifier));
    }

    /** {@code to}: replaces the recipients; {@code null} clears them. */
    public B to(List<EmailAddress> addresses) {
        return replace(to, addresses);
    }

    /** Adds a {@code cc} recipient. */
    public B addCc(EmailAddress address) {
        cc.add(address);
        return self();
    }

    /** {@code cc}: replaces them; {@code null} clears them. */
    public B cc(List<EmailAddress> addresses) {
        return replace(cc, addresses);
    }

    /** Adds a {@code bcc} recipient. */
    public B addBcc(EmailAddress address) {
        bcc.add(address);
        return self();
    }

    /** {@code bcc}: replaces them; {@code null} clears them. */
    public B bcc(List<EmailAddress> addresses) {
        return replace(bcc, addresses);
    }

    /** {@code subject}. */
    public B subject(String subject) {
        this.subject = subject;
        return self();
    }

    /** {@code body}: the HTML body (required). */
    public B body(String body) {
        this.body = body;
        return self();
    }

    /** {@code reply_to}: the Unipile id or provider id of the e-mail to answer. */
    public B replyTo(String emailId) {
        this.replyTo = emailId;
        return self();
    }

    /** Adds a custom header. */
    public B addCustomHeader(CustomHeader header) {
        customHeaders.add(header);
        return self();
    }

    /** Adds the custom header {@code name: value}. */
    public B addCustomHeader(String name, String value) {
        return addCustomHeader(CustomHeader.of(name, value));
    }

    /** {@code custom_headers}: replaces them; {@code null} clears them. */
    public B customHeaders(List<CustomHeader> headers) {
        return replace(customHeaders, headers);
    }

    /** {@code tracking_options}; {@code null} for none. */
    public B trackingOptions(TrackingOptions trackingOptions) {
        this.trackingOptions = trackingOptions;
        return self();
    }

    private <T> B replace(List<T> list, List<T> values) {
        list.clear();
        if (values != null) {
            list.addAll(values);
        }
        return self();
    }
}
