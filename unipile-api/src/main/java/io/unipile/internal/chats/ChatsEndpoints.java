package io.unipile.internal.chats;

import io.unipile.attendees.ChatAttendee;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatHistorySync;
import io.unipile.chats.ChatPatched;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.StartChatRequest;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.pagination.Page;

/** The operations of {@code /chats}, each declared once. */
public final class ChatsEndpoints {
    static final Endpoint<ListChatsRequest, Page<Chat>> LIST = Endpoint.<ListChatsRequest, Page<Chat>>get("/chats")
            .query("unread", ListChatsRequest::unread)
            .timeFilters(ListChatsRequest::before, ListChatsRequest::after)
            .query("limit", ListChatsRequest::limit, 1, 250)
            .query("account_type", ListChatsRequest::accountType)
            .query("account_id", ListChatsRequest::accountId)
            .query("cursor", ListChatsRequest::cursor)
            .pageOf(Chat.class).build();

    /** Not retried once it may have reached the server: a repeat would send a second message. */
    static final Endpoint<StartChatRequest, ChatStarted> START = Endpoint.<StartChatRequest, ChatStarted>post("/chats")
            .multipartBody(ChatForms::startChat, ChatForms.START_CHAT_FIELDS)
            .returns(ChatStarted.class).build();

    /** Input: the account id, mandatory when the chat id is a provider id. */
    static final Endpoint<String, Chat> GET = Endpoint.<String, Chat>get("/chats/{chat_id}")
            .query("account_id", accountId -> accountId).optionalInput()
            .returns(Chat.class).build();

    static final Endpoint<UpdateChatRequest, ChatPatched> UPDATE =
            Endpoint.<UpdateChatRequest, ChatPatched>patch("/chats/{chat_id}")
                    .jsonBody(r -> Json.mapper().createObjectNode()
                            .put("action", r.action().value())
                            .put("value", r.value()), "action", "value")
                    .returns(ChatPatched.class).build();

    static final Endpoint<ListMessagesRequest, Page<Message>> LIST_MESSAGES =
            Endpoint.<ListMessagesRequest, Page<Message>>get("/chats/{chat_id}/messages")
                    .timeFilters(ListMessagesRequest::before, ListMessagesRequest::after)
                    .query("limit", ListMessagesRequest::limit, 1, 250)
                    .query("sender_id", ListMessagesRequest::senderId)
                    .query("cursor", ListMessagesRequest::cursor)
                    .pageOf(Message.class).build();

    /** Not retried once it may have reached the server: a repeat would send a second message. */
    static final Endpoint<SendMessageRequest, MessageSent> SEND_MESSAGE =
            Endpoint.<SendMessageRequest, MessageSent>post("/chats/{chat_id}/messages")
                    .multipartBody(ChatForms::sendMessage, ChatForms.SEND_MESSAGE_FIELDS)
                    .returns(MessageSent.class).build();

    /** All in one page: the route takes no cursor. */
    static final Endpoint<Void, Page<ChatAttendee>> LIST_ATTENDEES =
            Endpoint.<Void, Page<ChatAttendee>>get("/chats/{chat_id}/attendees")
                    .pageOf(ChatAttendee.class).build();

    /** Starting a sync that already runs changes nothing, so a retry may repeat it. */
    static final Endpoint<Void, ChatHistorySync> SYNC = Endpoint.<Void, ChatHistorySync>get("/chats/{chat_id}/sync")
            .returns(ChatHistorySync.class).build();

    private ChatsEndpoints() {
    }
}
