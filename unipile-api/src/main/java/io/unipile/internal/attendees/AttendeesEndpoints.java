package io.unipile.internal.attendees;

import io.unipile.attendees.ChatAttendee;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.Chat;
import io.unipile.files.FileDownload;
import io.unipile.internal.Endpoint;
import io.unipile.messages.Message;
import io.unipile.pagination.Page;

/** The operations of {@code /chat_attendees}, each declared once. */
public final class AttendeesEndpoints {
    static final Endpoint<ListAttendeesRequest, Page<ChatAttendee>> LIST =
            Endpoint.<ListAttendeesRequest, Page<ChatAttendee>>get("/chat_attendees")
                    .query("account_id", ListAttendeesRequest::accountId)
                    .query("limit", ListAttendeesRequest::limit, 1, 250)
                    .query("cursor", ListAttendeesRequest::cursor)
                    .pageOf(ChatAttendee.class).build();

    static final Endpoint<Void, ChatAttendee> GET =
            Endpoint.<Void, ChatAttendee>get("/chat_attendees/{id}").pathNames("attendeeId")
                    .returns(ChatAttendee.class).build();

    /** The bytes are streamed to the caller, never held whole. */
    static final Endpoint<Void, FileDownload> PICTURE =
            Endpoint.<Void, FileDownload>get("/chat_attendees/{id}/picture").pathNames("attendeeId")
                    .streams(FileDownload::new).build();

    static final Endpoint<ListByAttendeeRequest, Page<Chat>> LIST_CHATS =
            byAttendee("/chat_attendees/{attendee_id}/chats", Chat.class);

    static final Endpoint<ListByAttendeeRequest, Page<Message>> LIST_MESSAGES =
            byAttendee("/chat_attendees/{sender_id}/messages", Message.class);

    private AttendeesEndpoints() {
    }

    // The two lists of one attendee's chats and messages take the same parameters.
    private static <T> Endpoint<ListByAttendeeRequest, Page<T>> byAttendee(String template, Class<T> item) {
        return Endpoint.<ListByAttendeeRequest, Page<T>>get(template)
                .query("cursor", ListByAttendeeRequest::cursor)
                .timeFilters(ListByAttendeeRequest::before, ListByAttendeeRequest::after)
                .query("limit", ListByAttendeeRequest::limit, 1, 250)
                .query("account_id", ListByAttendeeRequest::accountId)
                .pageOf(item).build();
    }
}
