package io.unipile.examples.mail;

import io.unipile.UnipileClient;
import io.unipile.emails.Email;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.EmailAttachment;
import io.unipile.emails.EmailSent;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.TrackingOptions;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.webhooks.EmailEvent;
import io.unipile.webhooks.EmailTrackingEvent;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEventType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An example of an e-mail round trip: send an e-mail with an attachment (streamed) and open tracking, then react when
 * the answer arrives through an {@code email} webhook ({@link EmailEvent} {@code mail_received} whose
 * {@code in_reply_to} is the sent e-mail): read the whole answer, mark it read, and hand it to the application. Opens
 * arrive through an {@code email_tracking} webhook ({@link EmailTrackingEvent}). What is awaited is kept in memory
 * here; a real application keeps it in its database.
 */
public final class EmailReplyFlow {

    /** An e-mail sent and not yet answered. */
    public record Outgoing(String emailId, String trackingId, String to, String subject) {
    }

    /** An answer: to which e-mail, from whom, its text and the names of its attachments. */
    public record Answer(Outgoing original, String emailId, String from, String text, List<String> attachments) {
    }

    private final UnipileClient unipile;
    private final String accountId;
    private final Map<String, Outgoing> awaiting = new ConcurrentHashMap<>();
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    public EmailReplyFlow(UnipileClient unipile, String accountId) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    /**
     * Sends {@code html} to {@code to} with the file attached and opens tracked. Not retried by the client once it may
     * have reached Unipile: a failure then means "maybe sent", to check in the sent folder rather than resend.
     */
    public Outgoing send(String to, String subject, String html, FileInput attachment) {
        EmailSent sent = unipile.emails().send(SendEmailRequest.builder(accountId).addTo(EmailAddress.of(to))
                .subject(subject).body(html).addAttachment(attachment)
                .trackingOptions(TrackingOptions.opensOnly().withLabel("reply-flow")).build());
        Outgoing outgoing = new Outgoing(sent.id(), sent.trackingId(), to, subject);
        awaiting.put(sent.id(), outgoing);
        return outgoing;
    }

    /**
     * The webhook handler. An answer to an awaited e-mail is read in full (a webhook's body may be cut, and its
     * fields renamed), marked read, and returned, once: Unipile may deliver a webhook more than once. A failure that
     * surely did not reach Unipile puts the e-mail back among the awaited and rethrows, so that the receiver answers
     * an error and the delivery is retried.
     *
     * @return the answer, or empty when the event is not an answer to an awaited e-mail
     */
    public Optional<Answer> onWebhook(WebhookEvent event) {
        if (event instanceof EmailTrackingEvent tracking && WebhookEventType.MAIL_OPENED.equals(tracking.event())) {
            opened.add(tracking.trackingId());
            return Optional.empty();
        }
        if (!(event instanceof EmailEvent mail) || !WebhookEventType.MAIL_RECEIVED.equals(mail.event())
                || !accountId.equals(mail.accountId()) || mail.inReplyTo() == null) {
            return Optional.empty();
        }
        Outgoing original = awaiting.remove(mail.inReplyTo().id());
        if (original == null) {
            return Optional.empty(); // an answer to something else, or already handled
        }
        try {
            Email answer = unipile.emails().get(mail.emailId());
            unipile.emails().update(answer.id(), UpdateEmailRequest.markRead());
            return Optional.of(new Answer(original, answer.id(), answer.fromAttendee().identifier(),
                    answer.bodyPlain(), answer.attachments().stream().map(EmailAttachment::name).toList()));
        } catch (UnipileTransportException e) {
            if (!e.mayHaveReachedServer()) {
                awaiting.put(original.emailId(), original);
            }
            throw e;
        }
    }

    /** Whether the recipient opened the e-mail, as far as the tracking webhooks told. */
    public boolean wasOpened(Outgoing outgoing) {
        return opened.contains(outgoing.trackingId());
    }

    /** The e-mails still awaiting an answer, by id. */
    public Map<String, Outgoing> awaiting() {
        return Map.copyOf(awaiting);
    }
}
