package io.unipile.internal.chats;

import io.unipile.attendees.ChatAttendee;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatHistorySync;
import io.unipile.chats.ChatPatched;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.StartChatRequest;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.internal.ApiCaller;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link ChatsClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link ChatsEndpoints}. */
public final class ChatsClientImpl implements ChatsClient {
    private final ApiCaller caller;

    public ChatsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Chat> list(ListChatsRequest request) {
        return caller.call(ChatsEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Chat>> listAsync(ListChatsRequest request) {
        return caller.callAsync(ChatsEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<Chat> listAll(ListChatsRequest request) {
        return caller.pages(ChatsEndpoints.LIST, request);
    }

    @Override
    public ChatStarted start(StartChatRequest request) {
        return caller.call(ChatsEndpoints.START, request);
    }

    @Override
    public CompletableFuture<ChatStarted> startAsync(StartChatRequest request) {
        return caller.callAsync(ChatsEndpoints.START, request);
    }

    @Override
    public Chat get(String chatId, String accountId) {
        return caller.call(ChatsEndpoints.GET, accountId, chatId);
    }

    @Override
    public CompletableFuture<Chat> getAsync(String chatId, String accountId) {
        return caller.callAsync(ChatsEndpoints.GET, accountId, chatId);
    }

    @Override
    public ChatPatched update(String chatId, UpdateChatRequest request) {
        return caller.call(ChatsEndpoints.UPDATE, request, chatId);
    }

    @Override
    public CompletableFuture<ChatPatched> updateAsync(String chatId, UpdateChatRequest request) {
        return caller.callAsync(ChatsEndpoints.UPDATE, request, chatId);
    }

    @Override
    public Page<Message> listMessages(String chatId, ListMessagesRequest request) {
        return caller.call(ChatsEndpoints.LIST_MESSAGES, noAccount(request), chatId);
    }

    @Override
    public CompletableFuture<Page<Message>> listMessagesAsync(String chatId, ListMessagesRequest request) {
        return caller.callAsync(ChatsEndpoints.LIST_MESSAGES, noAccount(request), chatId);
    }

    @Override
    public PagedIterable<Message> listAllMessages(String chatId, ListMessagesRequest request) {
        return caller.pages(ChatsEndpoints.LIST_MESSAGES, noAccount(request), chatId);
    }

    @Override
    public MessageSent sendMessage(String chatId, SendMessageRequest request) {
        return caller.call(ChatsEndpoints.SEND_MESSAGE, request, chatId);
    }

    @Override
    public CompletableFuture<MessageSent> sendMessageAsync(String chatId, SendMessageRequest request) {
        return caller.callAsync(ChatsEndpoints.SEND_MESSAGE, request, chatId);
    }

    @Override
    public Page<ChatAttendee> listAttendees(String chatId) {
        return caller.call(ChatsEndpoints.LIST_ATTENDEES, null, chatId);
    }

    @Override
    public CompletableFuture<Page<ChatAttendee>> listAttendeesAsync(String chatId) {
        return caller.callAsync(ChatsEndpoints.LIST_ATTENDEES, null, chatId);
    }

    @Override
    public ChatHistorySync syncHistory(String chatId) {
        return caller.call(ChatsEndpoints.SYNC, null, chatId);
    }

    @Override
    public CompletableFuture<ChatHistorySync> syncHistoryAsync(String chatId) {
        return caller.callAsync(ChatsEndpoints.SYNC, null, chatId);
    }

    // The account filter belongs to the global message list; here it would be silently ignored by Unipile.
    private static ListMessagesRequest noAccount(ListMessagesRequest request) {
        if (request != null && request.accountId() != null) {
            throw new IllegalArgumentException("accountId is not a filter of a chat's messages; leave it null");
        }
        return request;
    }
}
