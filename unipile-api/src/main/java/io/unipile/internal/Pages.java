package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.attendees.ChatAttendee;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.pagination.Page;

/** Page types used by several clients, and the message filters shared by the two message lists. */
final class Pages {
    static final JavaType MESSAGE_PAGE = of(Message.class);
    static final JavaType ATTENDEE_PAGE = of(ChatAttendee.class);

    private Pages() {
    }

    /** The Jackson type of {@code Page<item>}, built once per item type. */
    static JavaType of(Class<?> item) {
        return Json.mapper().getTypeFactory().constructParametricType(Page.class, item);
    }

    /** Adds the filters both message lists take. */
    static ApiRequest.Builder messageFilters(ApiRequest.Builder b, ListMessagesRequest r) {
        return b.query("before", Timestamps.filter(r.before()))
                .query("after", Timestamps.filter(r.after()))
                .query("limit", r.limit())
                .query("sender_id", r.senderId())
                .query("cursor", r.cursor());
    }
}
