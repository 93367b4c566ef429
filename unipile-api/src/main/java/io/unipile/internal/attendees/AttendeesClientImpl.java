package io.unipile.internal.attendees;

import io.unipile.attendees.AttendeesClient;
import io.unipile.attendees.ChatAttendee;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.Chat;
import io.unipile.files.FileDownload;
import io.unipile.internal.ApiCaller;
import io.unipile.messages.Message;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link AttendeesClient} over an {@link ApiCaller}; the operations are declared in {@link AttendeesEndpoints}. */
public final class AttendeesClientImpl implements AttendeesClient {
    private final ApiCaller caller;

    public AttendeesClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<ChatAttendee> list(ListAttendeesRequest request) {
        return caller.call(AttendeesEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<ChatAttendee>> listAsync(ListAttendeesRequest request) {
        return caller.callAsync(AttendeesEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<ChatAttendee> listAll(ListAttendeesRequest request) {
        return caller.pages(AttendeesEndpoints.LIST, request);
    }

    @Override
    public ChatAttendee get(String attendeeId) {
        return caller.call(AttendeesEndpoints.GET, null, attendeeId);
    }

    @Override
    public CompletableFuture<ChatAttendee> getAsync(String attendeeId) {
        return caller.callAsync(AttendeesEndpoints.GET, null, attendeeId);
    }

    @Override
    public FileDownload downloadPicture(String attendeeId) {
        return caller.call(AttendeesEndpoints.PICTURE, null, attendeeId);
    }

    @Override
    public CompletableFuture<FileDownload> downloadPictureAsync(String attendeeId) {
        return caller.callAsync(AttendeesEndpoints.PICTURE, null, attendeeId);
    }

    @Override
    public Page<Chat> listChats(String attendeeId, ListByAttendeeRequest request) {
        return caller.call(AttendeesEndpoints.LIST_CHATS, request, attendeeId);
    }

    @Override
    public CompletableFuture<Page<Chat>> listChatsAsync(String attendeeId, ListByAttendeeRequest request) {
        return caller.callAsync(AttendeesEndpoints.LIST_CHATS, request, attendeeId);
    }

    @Override
    public PagedIterable<Chat> listAllChats(String attendeeId, ListByAttendeeRequest request) {
        return caller.pages(AttendeesEndpoints.LIST_CHATS, request, attendeeId);
    }

    @Override
    public Page<Message> listMessages(String senderId, ListByAttendeeRequest request) {
        return caller.call(AttendeesEndpoints.LIST_MESSAGES, request, senderId);
    }

    @Override
    public CompletableFuture<Page<Message>> listMessagesAsync(String senderId, ListByAttendeeRequest request) {
        return caller.callAsync(AttendeesEndpoints.LIST_MESSAGES, request, senderId);
    }

    @Override
    public PagedIterable<Message> listAllMessages(String senderId, ListByAttendeeRequest request) {
        return caller.pages(AttendeesEndpoints.LIST_MESSAGES, request, senderId);
    }
}
