package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.emails.EmailAttachment;
import io.unipile.emails.EmailAttendee;
import io.unipile.emails.EmailOrigin;
import io.unipile.emails.FolderRole;
import io.unipile.emails.InReplyTo;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payload of an {@code email} webhook: an e-mail was received ({@link WebhookEventType#MAIL_RECEIVED}), sent
 * ({@link WebhookEventType#MAIL_SENT}, from Unipile or elsewhere) or moved to another folder
 * ({@link WebhookEventType#MAIL_MOVED}). The fields are the {@code data} keys the v1 document lists for
 * {@code source: email}, typed as its {@code Email} schema types them; a field renamed through the webhook's
 * {@code data} lands in {@code extra} under its new name.
 *
 * @param event            what happened
 * @param emailId          the e-mail's Unipile id: what {@code emails().get} takes
 * @param accountId        the account whose mailbox holds it
 * @param webhookName      the name of the webhook that delivers this payload, or {@code null}
 * @param date             when it was sent or received, as the server wrote it; see {@link #dateInstant()}
 * @param fromAttendee     the sender
 * @param toAttendees      the {@code To} recipients; immutable
 * @param ccAttendees      the {@code Cc} recipients; immutable
 * @param bccAttendees     the {@code Bcc} recipients; immutable
 * @param replyToAttendees the {@code Reply-To} addresses; immutable
 * @param subject          the subject
 * @param body             the HTML body
 * @param bodyPlain        the plain text body
 * @param messageId        its {@code Message-ID} header
 * @param providerId       the provider's id of it
 * @param trackingId       its tracking id, when it was sent with tracking
 * @param readDate         when it was read, or {@code null}
 * @param isComplete       whether the payload carries the whole e-mail, or {@code null}
 * @param inReplyTo        the e-mail it answers, or {@code null}
 * @param hasAttachments   whether it has attachments
 * @param attachments      its attachments' metadata; immutable
 * @param folders          the provider ids of the folders it is in; immutable
 * @param role             the role of its folder
 * @param origin           whether it was sent through Unipile
 * @param threadId         its thread
 * @param deprecatedId     the id older versions of Unipile gave it
 * @param extra            fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record EmailEvent(
        @JsonProperty("event") WebhookEventType event,
        @JsonProperty("email_id") String emailId,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("webhook_name") String webhookName,
        @JsonProperty("date") String date,
        @JsonProperty("from_attendee") EmailAttendee fromAttendee,
        @JsonProperty("to_attendees") List<EmailAttendee> toAttendees,
        @JsonProperty("cc_attendees") List<EmailAttendee> ccAttendees,
        @JsonProperty("bcc_attendees") List<EmailAttendee> bccAttendees,
        @JsonProperty("reply_to_attendees") List<EmailAttendee> replyToAttendees,
        @JsonProperty("subject") String subject,
        @JsonProperty("body") String body,
        @JsonProperty("body_plain") String bodyPlain,
        @JsonProperty("message_id") String messageId,
        @JsonProperty("provider_id") String providerId,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("read_date") String readDate,
        @JsonProperty("is_complete") Boolean isComplete,
        @JsonProperty("in_reply_to") InReplyTo inReplyTo,
        @JsonProperty("has_attachments") Boolean hasAttachments,
        @JsonProperty("attachments") List<EmailAttachment> attachments,
        @JsonProperty("folders") List<String> folders,
        @JsonProperty("role") FolderRole role,
        @JsonProperty("origin") EmailOrigin origin,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("deprecated_id") String deprecatedId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookEvent {

    public EmailEvent {
        toAttendees = Immutables.list(toAttendees);
        ccAttendees = Immutables.list(ccAttendees);
        bccAttendees = Immutables.list(bccAttendees);
        replyToAttendees = Immutables.list(replyToAttendees);
        attachments = Immutables.list(attachments);
        folders = Immutables.list(folders);
        extra = Immutables.map(extra);
    }

    /** {@code date} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> dateInstant() {
        return Json.parseInstant(date);
    }
}
