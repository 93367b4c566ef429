package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.attendees.AttendeesClient;
import io.unipile.attendees.ChatAttendee;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.http.HttpMethod;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link AttendeesClient} over an {@link ApiCaller}. */
final class AttendeesClientImpl implements AttendeesClient {
    private static final JavaType ATTENDEE = Json.mapper().constructType(ChatAttendee.class);

    private final ApiCaller caller;

    AttendeesClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<ChatAttendee> list(ListAttendeesRequest request) {
        return caller.call(listRequest(request), Pages.ATTENDEE_PAGE);
    }

    @Override
    public CompletableFuture<Page<ChatAttendee>> listAsync(ListAttendeesRequest request) {
        return caller.callAsync(listRequest(request), Pages.ATTENDEE_PAGE);
    }

    @Override
    public PagedIterable<ChatAttendee> listAll(ListAttendeesRequest request) {
        Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> list(request.withCursor(cursor)));
    }

    @Override
    public ChatAttendee get(String attendeeId) {
        return caller.call(getRequest(attendeeId), ATTENDEE);
    }

    @Override
    public CompletableFuture<ChatAttendee> getAsync(String attendeeId) {
        return caller.callAsync(getRequest(attendeeId), ATTENDEE);
    }

    private static ApiRequest listRequest(ListAttendeesRequest r) {
        Check.notNull("request", r);
        return ApiRequest.builder(HttpMethod.GET).path("chat_attendees")
                .query("account_id", r.accountId())
                .query("limit", r.limit())
                .query("cursor", r.cursor())
                .build();
    }

    private static ApiRequest getRequest(String attendeeId) {
        return ApiRequest.builder(HttpMethod.GET).path("chat_attendees").id("attendeeId", attendeeId).build();
    }
}
