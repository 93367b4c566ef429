/**
 * The Emails group of the fake: {@code /api/v1/emails}, {@code /api/v1/folders}, {@code /api/v1/drafts}. A mailbox per
 * mail account (MAIL, GOOGLE_OAUTH, OUTLOOK, ICLOUD, EXCHANGE) with its folders; sending files the e-mail in the
 * sender's sent folder and delivers it to every recipient that is another mail account of the fake. Tests seed and
 * read it through {@link io.unipile.testkit.emails.EmailState} ({@code server.state().emails()}).
 */
package io.unipile.testkit.emails;
