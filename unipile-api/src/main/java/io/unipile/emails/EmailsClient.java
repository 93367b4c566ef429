package io.unipile.emails;

import io.unipile.files.FileDownload;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/**
 * E-mails of mail accounts (Google, Outlook, IMAP): {@code /api/v1/emails}, {@code /api/v1/folders} and
 * {@code /api/v1/drafts}. List and read a mailbox, send (multipart, attachments streamed), move, mark read or unread,
 * delete (to the trash), download attachments, list folders and save drafts.
 *
 * <p>An e-mail is named by its Unipile id, or by its provider id together with the account
 * ({@link GetEmailRequest#inAccount}, {@link UpdateEmailRequest#inAccount}, the {@code accountId} arguments). The
 * writes that create something ({@link #send}, {@link #createDraft}) are not retried once they may have reached the
 * server: Unipile has no idempotency keys, and a repeat would send twice. New e-mails and tracking events arrive on
 * {@code email} and {@code email_tracking} webhooks ({@link io.unipile.webhooks.EmailEvent},
 * {@link io.unipile.webhooks.EmailTrackingEvent}).
 */
public interface EmailsClient {

    /** One page of an account's e-mails, newest first ({@code GET /emails}). */
    Page<Email> list(ListEmailsRequest request);

    /** {@link #list(ListEmailsRequest)} without blocking. */
    CompletableFuture<Page<Email>> listAsync(ListEmailsRequest request);

    /** Every e-mail the request matches, page after page, fetched as iterated. */
    PagedIterable<Email> listAll(ListEmailsRequest request);

    /**
     * Sends an e-mail ({@code POST /emails}, multipart; the attachments are streamed). Not retried once it may have
     * reached the server.
     */
    EmailSent send(SendEmailRequest request);

    /** {@link #send(SendEmailRequest)} without blocking. */
    CompletableFuture<EmailSent> sendAsync(SendEmailRequest request);

    /** An e-mail by its Unipile id ({@code GET /emails/{email_id}}). */
    Email get(String emailId);

    /** An e-mail by its Unipile id, or by its provider id with {@link GetEmailRequest#inAccount}. */
    Email get(String emailId, GetEmailRequest request);

    /** {@link #get(String, GetEmailRequest)} without blocking; the request may be {@code null}. */
    CompletableFuture<Email> getAsync(String emailId, GetEmailRequest request);

    /** Marks an e-mail read or unread, or moves it ({@code PUT /emails/{email_id}}, JSON). */
    EmailUpdated update(String emailId, UpdateEmailRequest request);

    /** {@link #update(String, UpdateEmailRequest)} without blocking. */
    CompletableFuture<EmailUpdated> updateAsync(String emailId, UpdateEmailRequest request);

    /** Moves an e-mail to the trash ({@code DELETE /emails/{email_id}}), by its Unipile id. */
    EmailDeleted delete(String emailId);

    /** {@link #delete(String)}; with a provider id, name the account ({@code null} otherwise). */
    EmailDeleted delete(String emailId, String accountId);

    /** {@link #delete(String, String)} without blocking. */
    CompletableFuture<EmailDeleted> deleteAsync(String emailId, String accountId);

    /**
     * An attachment's bytes ({@code GET /emails/{email_id}/attachments/{attachment_id}}), streamed, never held whole:
     * close the download.
     */
    FileDownload downloadAttachment(String emailId, String attachmentId);

    /** {@link #downloadAttachment(String, String)}; with a provider id, name the account ({@code null} otherwise). */
    FileDownload downloadAttachment(String emailId, String attachmentId, String accountId);

    /** {@link #downloadAttachment(String, String, String)} without blocking. */
    CompletableFuture<FileDownload> downloadAttachmentAsync(String emailId, String attachmentId, String accountId);

    /** The folders of an account, or of every mail account for {@code null} ({@code GET /folders}). */
    Page<Folder> listFolders(String accountId);

    /** {@link #listFolders(String)} without blocking. */
    CompletableFuture<Page<Folder>> listFoldersAsync(String accountId);

    /**
     * A folder ({@code GET /folders/{folder_id}}) by its Unipile id ({@code accountId} may be {@code null}), or by its
     * provider id in this account.
     */
    Folder getFolder(String folderId, String accountId);

    /** {@link #getFolder(String, String)} without blocking. */
    CompletableFuture<Folder> getFolderAsync(String folderId, String accountId);

    /** Saves a draft in the account's drafts folder ({@code POST /drafts}, JSON). Not retried once sent. */
    DraftCreated createDraft(CreateDraftRequest request);

    /** {@link #createDraft(CreateDraftRequest)} without blocking. */
    CompletableFuture<DraftCreated> createDraftAsync(CreateDraftRequest request);
}
