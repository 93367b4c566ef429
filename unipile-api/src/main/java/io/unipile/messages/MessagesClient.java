package io.unipile.messages;

import io.unipile.files.FileDownload;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** Messages across chats: {@code /api/v1/messages}. The messages of one chat are on {@link io.unipile.chats.ChatsClient}. */
public interface MessagesClient {

    /** One page of messages of every chat ({@code GET /messages}), filtered by the request. */
    Page<Message> list(ListMessagesRequest request);

    /** {@link #list(ListMessagesRequest)} without blocking. */
    CompletableFuture<Page<Message>> listAsync(ListMessagesRequest request);

    /** The first page of every message, of the server's default size. */
    default Page<Message> list() {
        return list(ListMessagesRequest.builder().build());
    }

    /** Every message matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Message> listAll(ListMessagesRequest request);

    /** Every message, in pages of the server's default size. */
    default PagedIterable<Message> listAll() {
        return listAll(ListMessagesRequest.builder().build());
    }

    /** One message ({@code GET /messages/{message_id}}). */
    Message get(String messageId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<Message> getAsync(String messageId);

    /**
     * Starts downloading an attachment ({@code GET /messages/{message_id}/attachments/{attachment_id}}): returns
     * once the headers arrived; the bytes stream from {@link FileDownload#stream()}. Close the download.
     */
    FileDownload downloadAttachment(String messageId, String attachmentId);

    /** {@link #downloadAttachment(String, String)} without blocking. */
    CompletableFuture<FileDownload> downloadAttachmentAsync(String messageId, String attachmentId);

    /**
     * Forwards a message to another chat ({@code POST /messages/{message_id}/forward}). Not retried once it may have
     * reached the server: a repeat would forward it twice.
     */
    MessageForwarded forward(String messageId, ForwardMessageRequest request);

    /** {@link #forward(String, ForwardMessageRequest)} without blocking. */
    CompletableFuture<MessageForwarded> forwardAsync(String messageId, ForwardMessageRequest request);
}
