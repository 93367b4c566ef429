package io.unipile.internal.messages;

import io.unipile.files.FileDownload;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageForwarded;
import io.unipile.pagination.Page;

/** The operations of {@code /messages}, each declared once. */
public final class MessagesEndpoints {
    static final Endpoint<ListMessagesRequest, Page<Message>> LIST =
            Endpoint.<ListMessagesRequest, Page<Message>>get("/messages")
                    .timeFilters(ListMessagesRequest::before, ListMessagesRequest::after)
                    .query("limit", ListMessagesRequest::limit, 1, 250)
                    .query("sender_id", ListMessagesRequest::senderId)
                    .query("cursor", ListMessagesRequest::cursor)
                    .query("account_id", ListMessagesRequest::accountId)
                    .pageOf(Message.class).build();

    static final Endpoint<Void, Message> GET = Endpoint.<Void, Message>get("/messages/{message_id}")
            .returns(Message.class).build();

    /** The bytes are streamed to the caller, never held whole. */
    static final Endpoint<Void, FileDownload> DOWNLOAD_ATTACHMENT =
            Endpoint.<Void, FileDownload>get("/messages/{message_id}/attachments/{attachment_id}")
                    .streams(FileDownload::new).build();

    /** Not retried once it may have reached the server: a repeat would forward it twice. */
    static final Endpoint<ForwardMessageRequest, MessageForwarded> FORWARD =
            Endpoint.<ForwardMessageRequest, MessageForwarded>post("/messages/{message_id}/forward")
                    .jsonBody(r -> Json.mapper().createObjectNode().put("chat_id", r.chatId()), "chat_id")
                    .returns(MessageForwarded.class).build();

    private MessagesEndpoints() {
    }
}
