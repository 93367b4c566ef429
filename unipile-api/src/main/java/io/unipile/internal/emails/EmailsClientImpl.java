package io.unipile.internal.emails;

import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.DraftCreated;
import io.unipile.emails.Email;
import io.unipile.emails.EmailDeleted;
import io.unipile.emails.EmailSent;
import io.unipile.emails.EmailUpdated;
import io.unipile.emails.EmailsClient;
import io.unipile.emails.Folder;
import io.unipile.emails.GetEmailRequest;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.files.FileDownload;
import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link EmailsClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link EmailsEndpoints}. */
public final class EmailsClientImpl implements EmailsClient {
    private final ApiCaller caller;

    public EmailsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Email> list(ListEmailsRequest request) {
        return caller.call(EmailsEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Email>> listAsync(ListEmailsRequest request) {
        return caller.callAsync(EmailsEndpoints.LIST, request);
    }

    @Override
    public EmailSent send(SendEmailRequest request) {
        return caller.call(EmailsEndpoints.SEND, request);
    }

    @Override
    public CompletableFuture<EmailSent> sendAsync(SendEmailRequest request) {
        return caller.callAsync(EmailsEndpoints.SEND, request);
    }

    @Override
    public Email get(String emailId, GetEmailRequest request) {
        return caller.call(EmailsEndpoints.GET, request, emailId);
    }

    @Override
    public CompletableFuture<Email> getAsync(String emailId, GetEmailRequest request) {
        return caller.callAsync(EmailsEndpoints.GET, request, emailId);
    }

    @Override
    public EmailUpdated update(String emailId, UpdateEmailRequest request) {
        return caller.call(EmailsEndpoints.UPDATE, request, emailId);
    }

    @Override
    public CompletableFuture<EmailUpdated> updateAsync(String emailId, UpdateEmailRequest request) {
        return caller.callAsync(EmailsEndpoints.UPDATE, request, emailId);
    }

    @Override
    public EmailDeleted delete(String emailId, String accountId) {
        return caller.call(EmailsEndpoints.DELETE, accountId, emailId);
    }

    @Override
    public CompletableFuture<EmailDeleted> deleteAsync(String emailId, String accountId) {
        return caller.callAsync(EmailsEndpoints.DELETE, accountId, emailId);
    }

    @Override
    public FileDownload downloadAttachment(String emailId, String attachmentId, String accountId) {
        return caller.call(EmailsEndpoints.DOWNLOAD_ATTACHMENT, accountId, emailId, attachmentId);
    }

    @Override
    public CompletableFuture<FileDownload> downloadAttachmentAsync(String emailId, String attachmentId, String accountId) {
        return caller.callAsync(EmailsEndpoints.DOWNLOAD_ATTACHMENT, accountId, emailId, attachmentId);
    }

    @Override
    public Page<Folder> listFolders(String accountId) {
        return caller.call(EmailsEndpoints.LIST_FOLDERS, accountId);
    }

    @Override
    public CompletableFuture<Page<Folder>> listFoldersAsync(String accountId) {
        return caller.callAsync(EmailsEndpoints.LIST_FOLDERS, accountId);
    }

    @Override
    public Folder getFolder(String folderId, String accountId) {
        return caller.call(EmailsEndpoints.GET_FOLDER, accountId, folderId);
    }

    @Override
    public CompletableFuture<Folder> getFolderAsync(String folderId, String accountId) {
        return caller.callAsync(EmailsEndpoints.GET_FOLDER, accountId, folderId);
    }

    @Override
    public DraftCreated createDraft(CreateDraftRequest request) {
        return caller.call(EmailsEndpoints.CREATE_DRAFT, request);
    }

    @Override
    public CompletableFuture<DraftCreated> createDraftAsync(CreateDraftRequest request) {
        return caller.callAsync(EmailsEndpoints.CREATE_DRAFT, request);
    }

    @Override
    public PagedIterable<Email> listAll(ListEmailsRequest request) {
        return caller.pages(EmailsEndpoints.LIST, request);
    }

    @Override
    public Email get(String emailId) {
        return get(emailId, null);
    }

    @Override
    public EmailDeleted delete(String emailId) {
        return delete(emailId, null);
    }

    @Override
    public FileDownload downloadAttachment(String emailId, String attachmentId) {
        return downloadAttachment(emailId, attachmentId, null);
    }
}
