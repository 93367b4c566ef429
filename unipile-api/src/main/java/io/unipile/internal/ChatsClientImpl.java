package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.attendees.ChatAttendee;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.StartChatRequest;
import io.unipile.http.HttpMethod;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageSent;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import io.unipile.messages.SendMessageRequest;

import java.util.concurrent.CompletableFuture;

/** {@link ChatsClient} over an {@link ApiCaller}. */
final class ChatsClientImpl implements ChatsClient {
    private static final JavaType CHAT = Json.mapper().constructType(Chat.class);
    private static final JavaType CHAT_STARTED = Json.mapper().constructType(ChatStarted.class);
    private static final JavaType MESSAGE_SENT = Json.mapper().constructType(MessageSent.class);
    private static final JavaType CHAT_PAGE = Pages.of(Chat.class);

    private final ApiCaller caller;

    ChatsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public ChatStarted start(StartChatRequest request) {
        return caller.call(startRequest(request), CHAT_STARTED);
    }

    @Override
    public CompletableFuture<ChatStarted> startAsync(StartChatRequest request) {
        return caller.callAsync(startRequest(request), CHAT_STARTED);
    }

    @Override
    public Chat get(String chatId) {
        return get(chatId, null);
    }

    @Override
    public Chat get(String chatId, String accountId) {
        return caller.call(getRequest(chatId, accountId), CHAT);
    }

    @Override
    public CompletableFuture<Chat> getAsync(String chatId) {
        return getAsync(chatId, null);
    }

    @Override
    public CompletableFuture<Chat> getAsync(String chatId, String accountId) {
        return caller.callAsync(getRequest(chatId, accountId), CHAT);
    }

    @Override
    public MessageSent sendMessage(String chatId, SendMessageRequest request) {
        return caller.call(sendRequest(chatId, request), MESSAGE_SENT);
    }

    @Override
    public CompletableFuture<MessageSent> sendMessageAsync(String chatId, SendMessageRequest request) {
        return caller.callAsync(sendRequest(chatId, request), MESSAGE_SENT);
    }

    @Override
    public Page<Chat> list(ListChatsRequest request) {
        return caller.call(listRequest(request), CHAT_PAGE);
    }

    @Override
    public CompletableFuture<Page<Chat>> listAsync(ListChatsRequest request) {
        return caller.callAsync(listRequest(request), CHAT_PAGE);
    }

    @Override
    public PagedIterable<Chat> listAll(ListChatsRequest request) {
        Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> list(request.withCursor(cursor)));
    }

    @Override
    public Page<Message> listMessages(String chatId, ListMessagesRequest request) {
        return caller.call(listMessagesRequest(chatId, request), Pages.MESSAGE_PAGE);
    }

    @Override
    public CompletableFuture<Page<Message>> listMessagesAsync(String chatId, ListMessagesRequest request) {
        return caller.callAsync(listMessagesRequest(chatId, request), Pages.MESSAGE_PAGE);
    }

    @Override
    public PagedIterable<Message> listAllMessages(String chatId, ListMessagesRequest request) {
        listMessagesRequest(chatId, request);
        return new PagedIterable<>(request.cursor(), cursor -> listMessages(chatId, request.withCursor(cursor)));
    }

    @Override
    public Page<ChatAttendee> listAttendees(String chatId) {
        return caller.call(attendeesRequest(chatId), Pages.ATTENDEE_PAGE);
    }

    @Override
    public CompletableFuture<Page<ChatAttendee>> listAttendeesAsync(String chatId) {
        return caller.callAsync(attendeesRequest(chatId), Pages.ATTENDEE_PAGE);
    }

    private static ApiRequest attendeesRequest(String chatId) {
        return ApiRequest.builder(HttpMethod.GET).path("chats").id("chatId", chatId).path("attendees").build();
    }

    private static ApiRequest listRequest(ListChatsRequest r) {
        Check.notNull("request", r);
        return ApiRequest.builder(HttpMethod.GET).path("chats")
                .query("unread", r.unread())
                .query("before", Timestamps.filter(r.before()))
                .query("after", Timestamps.filter(r.after()))
                .query("limit", r.limit())
                .query("account_type", r.accountType() == null ? null : r.accountType().value())
                .query("account_id", r.accountId())
                .query("cursor", r.cursor())
                .build();
    }

    private static ApiRequest listMessagesRequest(String chatId, ListMessagesRequest r) {
        Check.notNull("request", r);
        if (r.accountId() != null) {
            throw new IllegalArgumentException("accountId is not a filter of a chat's messages; leave it null");
        }
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET).path("chats").id("chatId", chatId).path("messages");
        return Pages.messageFilters(b, r).build();
    }

    private static ApiRequest startRequest(StartChatRequest request) {
        Check.notNull("request", request);
        return ApiRequest.builder(HttpMethod.POST).path("chats").body(ChatForms.startChat(request)).build();
    }

    private static ApiRequest getRequest(String chatId, String accountId) {
        return ApiRequest.builder(HttpMethod.GET).path("chats").id("chatId", chatId)
                .query("account_id", Check.nullOrNotBlank("accountId", accountId))
                .build();
    }

    private static ApiRequest sendRequest(String chatId, SendMessageRequest request) {
        Check.notNull("request", request);
        return ApiRequest.builder(HttpMethod.POST).path("chats").id("chatId", chatId).path("messages")
                .body(ChatForms.sendMessage(request)).build();
    }
}
