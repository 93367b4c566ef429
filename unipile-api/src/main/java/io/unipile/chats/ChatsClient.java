package io.unipile.chats;

import io.unipile.attendees.ChatAttendee;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** Chats: {@code /api/v1/chats}. */
public interface ChatsClient {

    /** One page of chats ({@code GET /chats}), filtered by the request. */
    Page<Chat> list(ListChatsRequest request);

    /** The first page of every chat, of the server's default size. */
    default Page<Chat> list() {
        return list(ListChatsRequest.builder().build());
    }

    /** {@link #list(ListChatsRequest)} without blocking. */
    CompletableFuture<Page<Chat>> listAsync(ListChatsRequest request);

    /** Every chat matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Chat> listAll(ListChatsRequest request);

    /** Every chat, in pages of the server's default size. */
    default PagedIterable<Chat> listAll() {
        return listAll(ListChatsRequest.builder().build());
    }

    /**
     * Starts a chat and sends its first message ({@code POST /chats}). Not retried once it may have reached the
     * server: Unipile has no idempotency keys, so a repeat would send a second message.
     */
    ChatStarted start(StartChatRequest request);

    /** {@link #start(StartChatRequest)} without blocking. */
    CompletableFuture<ChatStarted> startAsync(StartChatRequest request);

    /** One chat by its Unipile id ({@code GET /chats/{chat_id}}). */
    default Chat get(String chatId) {
        return get(chatId, null);
    }

    /**
     * One chat by its Unipile or provider id; {@code accountId} is mandatory when {@code chatId} is a provider id,
     * else may be {@code null}.
     */
    Chat get(String chatId, String accountId);

    /** {@link #get(String)} without blocking. */
    default CompletableFuture<Chat> getAsync(String chatId) {
        return getAsync(chatId, null);
    }

    /** {@link #get(String, String)} without blocking. */
    CompletableFuture<Chat> getAsync(String chatId, String accountId);

    /**
     * Changes a chat ({@code PATCH /chats/{chat_id}}), e.g. {@code update(id, UpdateChatRequest.markRead())}. Not
     * retried once it may have reached the server.
     */
    ChatPatched update(String chatId, UpdateChatRequest request);

    /** {@link #update(String, UpdateChatRequest)} without blocking. */
    CompletableFuture<ChatPatched> updateAsync(String chatId, UpdateChatRequest request);

    /** One page of the messages of a chat ({@code GET /chats/{chat_id}/messages}); no {@code accountId} here. */
    Page<Message> listMessages(String chatId, ListMessagesRequest request);

    /** The first page of a chat's messages, of the server's default size. */
    default Page<Message> listMessages(String chatId) {
        return listMessages(chatId, ListMessagesRequest.builder().build());
    }

    /** {@link #listMessages(String, ListMessagesRequest)} without blocking. */
    CompletableFuture<Page<Message>> listMessagesAsync(String chatId, ListMessagesRequest request);

    /** Every message of a chat matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Message> listAllMessages(String chatId, ListMessagesRequest request);

    /** Every message of a chat, newest first, in pages of the server's default size. */
    default PagedIterable<Message> listAllMessages(String chatId) {
        return listAllMessages(chatId, ListMessagesRequest.builder().build());
    }

    /**
     * Sends a message in a chat ({@code POST /chats/{chat_id}/messages}). Not retried once it may have reached the
     * server.
     */
    MessageSent sendMessage(String chatId, SendMessageRequest request);

    /** {@link #sendMessage(String, SendMessageRequest)} without blocking. */
    CompletableFuture<MessageSent> sendMessageAsync(String chatId, SendMessageRequest request);

    /**
     * The attendees of a chat ({@code GET /chats/{chat_id}/attendees}), all in one page: the route takes no cursor.
     */
    Page<ChatAttendee> listAttendees(String chatId);

    /** {@link #listAttendees(String)} without blocking. */
    CompletableFuture<Page<ChatAttendee>> listAttendeesAsync(String chatId);

    /**
     * Starts syncing a chat's history from the provider ({@code GET /chats/{chat_id}/sync}); the reply says where
     * the sync stands. Repeating it is harmless, so it is retried like a read.
     */
    ChatHistorySync syncHistory(String chatId);

    /** {@link #syncHistory(String)} without blocking. */
    CompletableFuture<ChatHistorySync> syncHistoryAsync(String chatId);
}
