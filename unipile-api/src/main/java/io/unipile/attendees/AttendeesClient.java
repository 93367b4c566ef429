package io.unipile.attendees;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** The people chats are with: {@code /api/v1/chat_attendees}. A chat's own attendees are on the chats client. */
public interface AttendeesClient {

    /** One page of attendees ({@code GET /chat_attendees}). */
    Page<ChatAttendee> list(ListAttendeesRequest request);

    /** {@link #list(ListAttendeesRequest)} without blocking. */
    CompletableFuture<Page<ChatAttendee>> listAsync(ListAttendeesRequest request);

    /** Every attendee matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<ChatAttendee> listAll(ListAttendeesRequest request);

    /** One attendee ({@code GET /chat_attendees/{id}}). */
    ChatAttendee get(String attendeeId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<ChatAttendee> getAsync(String attendeeId);
}
