package io.unipile.attendees;

import io.unipile.chats.Chat;
import io.unipile.files.FileDownload;
import io.unipile.messages.Message;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** The people chats are with: {@code /api/v1/chat_attendees}. A chat's own attendees are on the chats client. */
public interface AttendeesClient {

    /** One page of attendees ({@code GET /chat_attendees}). */
    Page<ChatAttendee> list(ListAttendeesRequest request);

    /** {@link #list(ListAttendeesRequest)} without blocking. */
    CompletableFuture<Page<ChatAttendee>> listAsync(ListAttendeesRequest request);

    /** The first page of every attendee, of the server's default size. */
    default Page<ChatAttendee> list() {
        return list(ListAttendeesRequest.builder().build());
    }

    /** Every attendee matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<ChatAttendee> listAll(ListAttendeesRequest request);

    /** Every attendee, in pages of the server's default size. */
    default PagedIterable<ChatAttendee> listAll() {
        return listAll(ListAttendeesRequest.builder().build());
    }

    /** One attendee ({@code GET /chat_attendees/{id}}). */
    ChatAttendee get(String attendeeId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<ChatAttendee> getAsync(String attendeeId);

    /**
     * Starts downloading an attendee's profile picture ({@code GET /chat_attendees/{id}/picture}): returns once the
     * headers arrived; the bytes stream from {@link FileDownload#stream()}. Close the download.
     */
    FileDownload downloadPicture(String attendeeId);

    /** {@link #downloadPicture(String)} without blocking. */
    CompletableFuture<FileDownload> downloadPictureAsync(String attendeeId);

    /** One page of the chats an attendee is in ({@code GET /chat_attendees/{attendee_id}/chats}). */
    Page<Chat> listChats(String attendeeId, ListByAttendeeRequest request);

    /** The first page of an attendee's chats, of the server's default size. */
    default Page<Chat> listChats(String attendeeId) {
        return listChats(attendeeId, ListByAttendeeRequest.builder().build());
    }

    /** {@link #listChats(String, ListByAttendeeRequest)} without blocking. */
    CompletableFuture<Page<Chat>> listChatsAsync(String attendeeId, ListByAttendeeRequest request);

    /** Every chat of an attendee matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Chat> listAllChats(String attendeeId, ListByAttendeeRequest request);

    /** Every chat of an attendee, in pages of the server's default size. */
    default PagedIterable<Chat> listAllChats(String attendeeId) {
        return listAllChats(attendeeId, ListByAttendeeRequest.builder().build());
    }

    /** One page of the messages an attendee sent ({@code GET /chat_attendees/{sender_id}/messages}). */
    Page<Message> listMessages(String senderId, ListByAttendeeRequest request);

    /** The first page of an attendee's messages, of the server's default size. */
    default Page<Message> listMessages(String senderId) {
        return listMessages(senderId, ListByAttendeeRequest.builder().build());
    }

    /** {@link #listMessages(String, ListByAttendeeRequest)} without blocking. */
    CompletableFuture<Page<Message>> listMessagesAsync(String senderId, ListByAttendeeRequest request);

    /** Every message an attendee sent matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<Message> listAllMessages(String senderId, ListByAttendeeRequest request);

    /** Every message an attendee sent, in pages of the server's default size. */
    default PagedIterable<Message> listAllMessages(String senderId) {
        return listAllMessages(senderId, ListByAttendeeRequest.builder().build());
    }
}
