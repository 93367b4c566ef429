package io.unipile.internal.emails;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.DraftCreated;
import io.unipile.emails.Email;
import io.unipile.emails.EmailDeleted;
import io.unipile.emails.EmailSent;
import io.unipile.emails.EmailUpdated;
import io.unipile.emails.Folder;
import io.unipile.emails.GetEmailRequest;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.files.FileDownload;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;

/** The operations of {@code /emails}, {@code /folders} and {@code /drafts}, each declared once. */
public final class EmailsEndpoints {
    static final Endpoint<ListEmailsRequest, Page<Email>> LIST =
            Endpoint.<ListEmailsRequest, Page<Email>>get("/emails")
                    .requiredQuery("account_id", ListEmailsRequest::accountId)
                    .query("folder", ListEmailsRequest::folder)
                    .query("from", ListEmailsRequest::from)
                    .query("to", ListEmailsRequest::to)
                    .query("any_email", ListEmailsRequest::anyEmailParameter)
                    .query("message_id", ListEmailsRequest::messageId)
                    .query("thread_id", ListEmailsRequest::threadId)
                    .timeFilters(ListEmailsRequest::before, ListEmailsRequest::after)
                    .query("meta_only", ListEmailsRequest::metaOnly)
                    .query("include_headers", ListEmailsRequest::includeHeaders)
                    .query("limit", ListEmailsRequest::limit, 1, 250)
                    .query("cursor", ListEmailsRequest::cursor)
                    .pageOf(Email.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would send the e-mail twice. */
    static final Endpoint<SendEmailRequest, EmailSent> SEND = Endpoint.<SendEmailRequest, EmailSent>post("/emails")
            .multipartBody(EmailForms::send, EmailForms.SEND_FIELDS)
            .returns(EmailSent.class).build();

    /** Input: {@code account_id} (with a provider id) and {@code include_headers}; may be null. */
    static final Endpoint<GetEmailRequest, Email> GET = Endpoint.<GetEmailRequest, Email>get("/emails/{email_id}")
            .query("account_id", GetEmailRequest::accountId)
            .query("include_headers", GetEmailRequest::includeHeaders)
            .optionalInput()
            .returns(Email.class).build();

    /** A PUT of the wanted state: repeating it changes nothing more, so it may be retried. */
    static final Endpoint<UpdateEmailRequest, EmailUpdated> UPDATE =
            Endpoint.<UpdateEmailRequest, EmailUpdated>put("/emails/{email_id}")
                    .query("account_id", UpdateEmailRequest::accountId)
                    .jsonBody(EmailsEndpoints::update, "unread", "folders")
                    .returns(EmailUpdated.class).build();

    /** Input: the account id, with a provider id; may be null. */
    static final Endpoint<String, EmailDeleted> DELETE = Endpoint.<String, EmailDeleted>delete("/emails/{email_id}")
            .query("account_id", accountId -> accountId).optionalInput()
            .returns(EmailDeleted.class).build();

    /** The bytes are streamed to the caller, never held whole. Input: the account id, with a provider id. */
    static final Endpoint<String, FileDownload> DOWNLOAD_ATTACHMENT =
            Endpoint.<String, FileDownload>get("/emails/{email_id}/attachments/{attachment_id}")
                    .query("account_id", accountId -> accountId).optionalInput()
                    .streams(FileDownload::new).build();

    /** Input: the account id, or null for every account's folders. */
    static final Endpoint<String, Page<Folder>> LIST_FOLDERS = Endpoint.<String, Page<Folder>>get("/folders")
            .query("account_id", accountId -> accountId).optionalInput()
            .pageOf(Folder.class).build();

    /** Input: the account id, with a provider id; may be null. */
    static final Endpoint<String, Folder> GET_FOLDER = Endpoint.<String, Folder>get("/folders/{folder_id}")
            .query("account_id", accountId -> accountId).optionalInput()
            .returns(Folder.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would save a second draft. */
    static final Endpoint<CreateDraftRequest, DraftCreated> CREATE_DRAFT =
            Endpoint.<CreateDraftRequest, DraftCreated>post("/drafts")
                    .jsonBody(EmailForms::draft, EmailForms.DRAFT_FIELDS)
                    .returns(DraftCreated.class).build();

    private EmailsEndpoints() {
    }

    private static ObjectNode update(UpdateEmailRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (r.unread() != null) {
            body.put("unread", r.unread());
        }
        if (r.folders() != null) {
            r.folders().forEach(body.putArray("folders")::add);
        }
        return body;
    }
}
