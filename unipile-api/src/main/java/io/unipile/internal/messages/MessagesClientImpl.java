package io.unipile.internal.messages;

import io.unipile.files.FileDownload;
import io.unipile.internal.ApiCaller;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageForwarded;
import io.unipile.messages.MessagesClient;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link MessagesClient} over an {@link ApiCaller}; the operations are declared in {@link MessagesEndpoints}. */
public final class MessagesClientImpl implements MessagesClient {
    private final ApiCaller caller;

    public MessagesClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Message> list(ListMessagesRequest request) {
        return caller.call(MessagesEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Message>> listAsync(ListMessagesRequest request) {
        return caller.callAsync(MessagesEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<Message> listAll(ListMessagesRequest request) {
        return caller.pages(MessagesEndpoints.LIST, request);
    }

    @Override
    public Message get(String messageId) {
        return caller.call(MessagesEndpoints.GET, null, messageId);
    }

    @Override
    public CompletableFuture<Message> getAsync(String messageId) {
        return caller.callAsync(MessagesEndpoints.GET, null, messageId);
    }

    @Override
    public FileDownload downloadAttachment(String messageId, String attachmentId) {
        return caller.call(MessagesEndpoints.DOWNLOAD_ATTACHMENT, null, messageId, attachmentId);
    }

    @Override
    public CompletableFuture<FileDownload> downloadAttachmentAsync(String messageId, String attachmentId) {
        return caller.callAsync(MessagesEndpoints.DOWNLOAD_ATTACHMENT, null, messageId, attachmentId);
    }

    @Override
    public MessageForwarded forward(String messageId, ForwardMessageRequest request) {
        return caller.call(MessagesEndpoints.FORWARD, request, messageId);
    }

    @Override
    public CompletableFuture<MessageForwarded> forwardAsync(String messageId, ForwardMessageRequest request) {
        return caller.callAsync(MessagesEndpoints.FORWARD, request, messageId);
    }
}
