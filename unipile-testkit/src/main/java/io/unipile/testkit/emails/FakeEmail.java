package io.unipile.testkit.emails;

import io.unipile.testkit.FileContent;
import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail in a mailbox of the fake. Immutable; the store replaces it when it is moved or read.
 *
 * @param id          the Unipile id
 * @param accountId   the account whose mailbox holds it
 * @param providerId  the provider's id
 * @param messageId   its {@code Message-ID}
 * @param threadId    its thread
 * @param date        when it was sent or received
 * @param folders     the provider ids of its folders; the first gives its role
 * @param from        the sender
 * @param to          the {@code To} recipients
 * @param cc          the {@code Cc} recipients
 * @param bcc         the {@code Bcc} recipients
 * @param replyTo     the {@code Reply-To} addresses
 * @param subject     the subject
 * @param body        the HTML body
 * @param readDate    when it was read, or null while unread
 * @param attachments its files
 * @param headers     its headers
 * @param origin      {@code unipile} when sent through the API, else {@code external}
 * @param inReplyTo   the e-mail it answers, or null
 * @param tracking    its tracking, for an e-mail sent with tracking options; else null
 */
public record FakeEmail(String id, String accountId, String providerId, String messageId, String threadId,
                        Instant date, List<String> folders, Address from, List<Address> to, List<Address> cc,
                        List<Address> bcc, List<Address> replyTo, String subject, String body, Instant readDate,
                        List<Attachment> attachments, List<Header> headers, String origin, Parent inReplyTo,
                        Tracking tracking) {

    /** Requires the identity, the date, a folder and a sender; copies the lists. */
    public FakeEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
        folders = List.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("an e-mail is in at least one folder");
        }
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
        headers = List.copyOf(headers);
    }

    /** An address and the name shown with it (or null). */
    public record Address(String identifier, String displayName) {
        /** Requires the address. */
        public Address {
            Objects.requireNonNull(identifier, "identifier");
        }

        /** An address without a name. */
        public static Address of(String identifier) {
            return new Address(identifier, null);
        }
    }

    /** A file of an e-mail, downloadable through {@code /emails/{email_id}/attachments/{attachment_id}}. */
    public record Attachment(String id, String name, String contentType, FileContent content) {
        /** Requires every field. */
        public Attachment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        /** A file with a fresh id. */
        public static Attachment of(String name, String contentType, FileContent content) {
            return new Attachment("att_" + Ids.random(16), name, contentType, content);
        }
    }

    /** A header. */
    public record Header(String name, String value) {
    }

    /** The e-mail answered: its Unipile id and {@code Message-ID}. */
    public record Parent(String id, String messageId) {
    }

    /** What is tracked of a sent e-mail. */
    public record Tracking(String trackingId, boolean opens, boolean links, String label, String customDomain) {
    }

    /** Whether it is in this folder (by provider id). */
    public boolean inFolder(String providerId) {
        return folders.contains(providerId);
    }

    /** Every address it names: sender, recipients, reply-to. */
    public List<String> addresses() {
        List<String> all = new ArrayList<>();
        all.add(from.identifier());
        for (List<Address> list : List.of(to, cc, bcc, replyTo)) {
            list.forEach(a -> all.add(a.identifier()));
        }
        return all;
    }

    /** A copy in these folders. */
    public FakeEmail withFolders(List<String> folders) {
        return new FakeEmail(id, accountId, providerId, messageId, threadId, date, folders, from, to, cc, bcc, replyTo,
                subject, body, readDate, attachments, headers, origin, inReplyTo, tracking);
    }

    /** A copy read at this time, or unread for null. */
    public FakeEmail withReadDate(Instant readDate) {
        return new FakeEmail(id, accountId, providerId, messageId, threadId, date, folders, from, to, cc, bcc, replyTo,
                subject, body, readDate, attachments, headers, origin, inReplyTo, tracking);
    }

    /** A builder of an e-mail in this account's mailbox, received now in {@code INBOX}, unread, by default. */
    public static Builder builder(String accountId) {
        return new Builder(accountId);
    }

    /** Builds a {@link FakeEmail}. */
    public static final class Builder {
        private final String accountId;
        private String id = Ids.unipileId();
        private String providerId = Ids.random(16);
        private String messageId;
        private String threadId;
        private Instant date = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        private final List<String> folders = new ArrayList<>();
        private Address from = Address.of("sender@example.com");
        private final List<Address> to = new ArrayList<>();
        private final List<Address> cc = new ArrayList<>();
        private final List<Address> bcc = new ArrayList<>();
        private final List<Address> replyTo = new ArrayList<>();
        private String subject = "";
        private String body = "";
        private Instant readDate;
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<Header> headers = new ArrayList<>();
        private String origin = "external";
        private Parent inReplyTo;
        private Tracking tracking;

        private Builder(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /** The {@code Message-ID}; {@code <providerId@fake.unipile>} by default. */
        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        /** The thread; the e-mail's own by default. */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        public Builder date(Instant date) {
            this.date = date;
            return this;
        }

        /** Adds a folder by provider id; {@code INBOX} when none is given. */
        public Builder folder(String providerId) {
            folders.add(providerId);
            return this;
        }

        public Builder from(String identifier, String displayName) {
            this.from = new Address(identifier, displayName);
            return this;
        }

        public Builder from(Address from) {
            this.from = from;
            return this;
        }

        public Builder to(String... identifiers) {
            for (String i : identifiers) {
                to.add(Address.of(i));
            }
            return this;
        }

        public Builder to(Address address) {
            to.add(address);
            return this;
        }

        public Builder cc(String... identifiers) {
            for (String i : identifiers) {
                cc.add(Address.of(i));
            }
            return this;
        }

        public Builder bcc(String... identifiers) {
            for (String i : identifiers) {
                bcc.add(Address.of(i));
            }
            return this;
        }

        public Builder replyTo(Address address) {
            replyTo.add(address);
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The HTML body. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** Read at this time (unread by default). */
        public Builder read(Instant readDate) {
            this.readDate = readDate;
            return this;
        }

        public Builder attachment(Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder attachment(String name, String contentType, byte[] content) {
            return attachment(Attachment.of(name, contentType, FileContent.of(content)));
        }

        public Builder header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        /** {@code unipile} or {@code external} (the default). */
        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public Builder inReplyTo(Parent parent) {
            this.inReplyTo = parent;
            return this;
        }

        public Builder tracking(Tracking tracking) {
            this.tracking = tracking;
            return this;
        }

        public FakeEmail build() {
            String message = messageId != null ? messageId : "<" + providerId + "@fake.unipile>";
            return new FakeEmail(id, accountId, providerId, message, threadId != null ? threadId : "thr_" + providerId,
                    date, folders.isEmpty() ? List.of("INBOX") : folders, from, to, cc, bcc, replyTo, subject, body,
                    readDate, attachments, headers, origin, inReplyTo, tracking);
        }
    }
}
