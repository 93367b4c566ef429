package io.unipile.testkit.attendees;

import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.chats.ChatStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.messages.MessageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The chat attendees group: {@code /api/v1/chat_attendees}, with an attendee's chats, messages and picture. Where
 * a path names an attendee it takes its Unipile id or its provider id (then every account's attendee with it).
 */
public final class AttendeeRoutes implements ResourceGroup {
    /** {@code GET /api/v1/chat_attendees}: in the order added, holders included. */
    public static final Route LIST_ATTENDEES = Route.get("/api/v1/chat_attendees", "cursor", "limit", "account_id");
    /** {@code GET /api/v1/chat_attendees/{id}}. */
    public static final Route GET_ATTENDEE = Route.get("/api/v1/chat_attendees/{id}");
    /** {@code GET /api/v1/chat_attendees/{id}/picture}: the picture's bytes; 404 when the attendee has none. */
    public static final Route GET_ATTENDEE_PICTURE = Route.get("/api/v1/chat_attendees/{id}/picture");
    /**
     * {@code GET /api/v1/chat_attendees/{attendee_id}/chats}: the chats the attendees take part in (ids separated
     * by commas), latest activity first.
     */
    public static final Route LIST_ATTENDEE_CHATS = Route.get("/api/v1/chat_attendees/{attendee_id}/chats",
            "cursor", "before", "after", "limit", "account_id");
    /** {@code GET /api/v1/chat_attendees/{sender_id}/messages}: the messages the attendee sent, newest first. */
    public static final Route LIST_ATTENDEE_MESSAGES = Route.get("/api/v1/chat_attendees/{sender_id}/messages",
            "cursor", "before", "after", "limit", "account_id");

    private final AccountStore accounts;
    private final AttendeeStore attendees;
    private final ChatStore chats;
    private final MessageStore messages;

    /** The group over this state. */
    public AttendeeRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
        this.attendees = AttendeeStore.of(state);
        this.chats = ChatStore.of(state);
        this.messages = MessageStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_ATTENDEES, this::list),
                Endpoint.of(GET_ATTENDEE, this::get),
                Endpoint.of(GET_ATTENDEE_PICTURE, this::picture),
                Endpoint.of(LIST_ATTENDEE_CHATS, this::chats),
                Endpoint.of(LIST_ATTENDEE_MESSAGES, this::messages));
    }

    private Reply list(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            accounts.requireKnown(accountId);
        }
        return Reply.page("ChatAttendeeList", "attendees", attendees.entries(),
                a -> accountId == null || a.accountId().equals(accountId), request, AttendeeJson::attendee);
    }

    private Reply get(IncomingRequest request) {
        return Reply.json(200, AttendeeJson.attendee(attendees.requireKnown(request.pathParam("id"))));
    }

    private Reply picture(IncomingRequest request) {
        FakeAttendee attendee = attendees.requireKnown(request.pathParam("id"));
        if (attendee.picture() == null) {
            throw ApiException.notFound("Attendee " + attendee.id() + " has no picture");
        }
        return Reply.bytes(attendee.picture().contentType(), attendee.picture().content());
    }

    private Reply chats(IncomingRequest request) {
        List<FakeAttendee> named = new ArrayList<>();
        request.idsPathParam("attendee_id").forEach(id -> named.addAll(attendees.resolve(id)));
        Set<String> accountIds = accounts.requireKnown(request.idsParam("account_id"));
        return ChatRoutes.list(request, "attendee-chats", chats.entries(), view ->
                named.stream().anyMatch(a -> AttendeeStore.takesPart(a, view.chat()))
                && (accountIds.isEmpty() || accountIds.contains(view.chat().accountId())));
    }

    private Reply messages(IncomingRequest request) {
        List<FakeAttendee> senders = attendees.resolve(request.pathParam("sender_id"));
        Set<String> accountIds = accounts.requireKnown(request.idsParam("account_id"));
        return MessageRoutes.list(request, "attendee-messages", messages.entries(null), message ->
                senders.stream().anyMatch(a -> sentBy(message, a))
                && (accountIds.isEmpty() || accountIds.contains(message.accountId())));
    }

    private static boolean sentBy(FakeMessage message, FakeAttendee attendee) {
        return attendee.id().equals(message.senderAttendeeId())
                || (attendee.accountId().equals(message.accountId())
                        && attendee.providerId().equals(message.senderProviderId()));
    }
}
