package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An e-mail ({@code "object": "Email"}), as {@code GET /api/v1/emails} and {@code GET /api/v1/emails/{email_id}}
 * answer it. The {@link #kind()} says how much it carries: a {@linkplain EmailKind#REFERENCE reference} (ids, folders,
 * dates), its {@linkplain EmailKind#METADATA metadata} ({@code meta_only}: people, subject, attachments, empty bodies)
 * or {@linkplain EmailKind#FULL all of it} (bodies, and {@link #headers()} when asked). One record stands for the
 * three shapes of the spec; what a shape leaves out is {@code null} or empty.
 *
 * @param object           always {@code Email}
 * @param id               the Unipile id
 * @param deprecatedId     the id older versions of Unipile gave it
 * @param kind             which shape this is
 * @param accountId        the account whose mailbox holds it
 * @param type             the account's provider ({@code GOOGLE}, {@code OUTLOOK}, {@code MAIL}, ...)
 * @param date             when it was sent or received
 * @param role             the role of the folder it is in
 * @param folders          the provider ids of the folders it is in ({@code INBOX}, ...)
 * @param folderIds        the Unipile ids of those folders
 * @param readDate         when it was read, or {@code null} while it is unread
 * @param messageId        its {@code Message-ID} header
 * @param providerId       the provider's id of it
 * @param fromAttendee     the sender, or {@code null} for a reference
 * @param toAttendees      the {@code To} recipients; immutable, possibly empty
 * @param ccAttendees      the {@code Cc} recipients; immutable, possibly empty
 * @param bccAttendees     the {@code Bcc} recipients; immutable, possibly empty
 * @param replyToAttendees the {@code Reply-To} addresses; immutable, possibly empty
 * @param subject          the subject, or {@code null} for a reference
 * @param hasAttachments   whether it has attachments, or {@code null} for a reference
 * @param origin           whether it was sent through Unipile, or {@code null} for a reference
 * @param inReplyTo        the e-mail it answers, or {@code null}
 * @param trackingId       the tracking id of an e-mail sent with tracking, or {@code null}
 * @param threadId         the conversation it belongs to, or {@code null}
 * @param attachments      its attachments' metadata; immutable, possibly empty
 * @param bodyPlain        the plain text body; empty for metadata, {@code null} for a reference
 * @param body             the HTML body; empty for metadata, {@code null} for a reference
 * @param headers          its headers, when asked with {@code include_headers}; immutable, possibly empty
 * @param parentMail       the e-mail this one belongs to, as sent (the spec's metadata shape, without
 *                         {@code object}), or {@code null}
 * @param extra            fields this version of the library does not know, kept as sent
 */
public record Email(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "deprecated_id", required = true) String deprecatedId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "kind", required = true) EmailKind kind,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) AccountType type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "date", required = true) Instant date,
        @JsonInclude(ALWAYS) @JsonProperty(value = "role", required = true) FolderRole role,
        @JsonInclude(ALWAYS) @JsonProperty(value = "folders", required = true) List<String> folders,
        @JsonInclude(ALWAYS) @JsonProperty(value = "folderIds", required = true) List<String> folderIds,
        @JsonProperty("read_date") Instant readDate,
        @JsonInclude(ALWAYS) @JsonProperty(value = "message_id", required = true) String messageId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonProperty("from_attendee") EmailAttendee fromAttendee,
        @JsonProperty("to_attendees") List<EmailAttendee> toAttendees,
        @JsonProperty("cc_attendees") List<EmailAttendee> ccAttendees,
        @JsonProperty("bcc_attendees") List<EmailAttendee> bccAttendees,
        @JsonProperty("reply_to_attendees") List<EmailAttendee> replyToAttendees,
        @JsonProperty("subject") String subject,
        @JsonProperty("has_attachments") Boolean hasAttachments,
        @JsonProperty("origin") EmailOrigin origin,
        @JsonProperty("in_reply_to") InReplyTo inReplyTo,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("attachments") List<EmailAttachment> attachments,
        @JsonProperty("body_plain") String bodyPlain,
        @JsonProperty("body") String body,
        @JsonProperty("headers") List<EmailHeader> headers,
        @JsonProperty("parent_mail") JsonNode parentMail,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Email {
        folders = Immutables.list(folders);
        folderIds = Immutables.list(folderIds);
        toAttendees = Immutables.list(toAttendees);
        ccAttendees = Immutables.list(ccAttendees);
        bccAttendees = Immutables.list(bccAttendees);
        replyToAttendees = Immutables.list(replyToAttendees);
        attachments = Immutables.list(attachments);
        headers = Immutables.list(headers);
        extra = Immutables.map(extra);
    }

    /** Whether it is unread: it has no {@link #readDate()}. */
    public boolean isUnread() {
        return readDate == null;
    }
}
