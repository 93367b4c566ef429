package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.http.HttpMethod;
import io.unipile.messages.AttachmentDownload;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessagesClient;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link MessagesClient} over an {@link ApiCaller}. */
final class MessagesClientImpl implements MessagesClient {
    private static final JavaType MESSAGE = Json.mapper().constructType(Message.class);

    private final ApiCaller caller;

    MessagesClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Message> list(ListMessagesRequest request) {
        return caller.call(listRequest(request), Pages.MESSAGE_PAGE);
    }

    @Override
    public CompletableFuture<Page<Message>> listAsync(ListMessagesRequest request) {
        return caller.callAsync(listRequest(request), Pages.MESSAGE_PAGE);
    }

    @Override
    public PagedIterable<Message> listAll(ListMessagesRequest request) {
        Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> list(request.withCursor(cursor)));
    }

    @Override
    public Message get(String messageId) {
        return caller.call(getRequest(messageId), MESSAGE);
    }

    @Override
    public CompletableFuture<Message> getAsync(String messageId) {
        return caller.callAsync(getRequest(messageId), MESSAGE);
    }

    @Override
    public AttachmentDownload downloadAttachment(String messageId, String attachmentId) {
        return new AttachmentDownload(caller.callRaw(downloadRequest(messageId, attachmentId)));
    }

    @Override
    public CompletableFuture<AttachmentDownload> downloadAttachmentAsync(String messageId, String attachmentId) {
        return caller.callRawAsync(downloadRequest(messageId, attachmentId)).thenApply(AttachmentDownload::new);
    }

    private static ApiRequest listRequest(ListMessagesRequest r) {
        Check.notNull("request", r);
        return Pages.messageFilters(ApiRequest.builder(HttpMethod.GET).path("messages"), r)
                .query("account_id", r.accountId())
                .build();
    }

    private static ApiRequest getRequest(String messageId) {
        return ApiRequest.builder(HttpMethod.GET).path("messages").id("messageId", messageId).build();
    }

    private static ApiRequest downloadRequest(String messageId, String attachmentId) {
        return ApiRequest.builder(HttpMethod.GET).path("messages").id("messageId", messageId)
                .path("attachments").id("attachmentId", attachmentId).build();
    }
}
