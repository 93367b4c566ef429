package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.StartChatRequest;
import io.unipile.http.HttpMethod;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;

import java.util.concurrent.CompletableFuture;

/** {@link ChatsClient} over an {@link ApiCaller}. */
final class ChatsClientImpl implements ChatsClient {
    private static final JavaType CHAT = Json.mapper().constructType(Chat.class);
    private static final JavaType CHAT_STARTED = Json.mapper().constructType(ChatStarted.class);
    private static final JavaType MESSAGE_SENT = Json.mapper().constructType(MessageSent.class);

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
