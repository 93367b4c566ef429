package io.unipile.messages;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** Messages across chats: {@code /api/v1/messages}. The messages of one chat are on {@link io.unipile.chats.ChatsClient}. */
public interface MessagesClient {

    /** One page of messages of every chat ({@code GET /messages}), filtered by the request. */
    Page<Message> list(ListMessagesRequest request);

    /** {@link #list(ListMessagesRequest)} without blocking. */
    CompletableFuture<Page<Message>> listAsync(ListMessagesRequest request);

    /** Every message matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Message> listAll(ListMessagesRequest request);

    /** One message ({@code GET /messages/{message_id}}). */
    Message get(String messageId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<Message> getAsync(String messageId);

    /**
     * Starts downloading an attachment ({@code GET /messages/{message_id}/attachments/{attachment_id}}): returns
     * once the headers arrived; the bytes stream from {@link AttachmentDownload#stream()}. Close the download.
     */
    AttachmentDownload downloadAttachment(String messageId, String attachmentId);

    /** {@link #downloadAttachment(String, String)} without blocking. */
    CompletableFuture<AttachmentDownload> downloadAttachmentAsync(String messageId, String attachmentId);
}
