package io.unipile.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Unipile's behaviour for the read routes of chats, messages, attachments and attendees: parameter
 * checks, filters and pagination. Unknown ids in paths and in {@code account_id} filters are 404
 * {@code errors/resource_not_found}; malformed parameters are 400 {@code errors/invalid_parameters}.
 */
final class MessagingReads {
    private final FakeUnipileState state;
    private final WireFormat wire;

    MessagingReads(FakeUnipileState state, WireFormat wire) {
        this.state = state;
        this.wire = wire;
    }

    /** {@code GET /chats}: newest activity first; {@code before}/{@code after} apply to the chat's timestamp. */
    Operations.Reply listChats(IncomingRequest request) {
        Boolean unread = request.booleanParam("unread");
        Predicate<Instant> window = window(request);
        String accountType = request.queryParam("account_type");
        if (accountType != null && !AccountTypes.MESSAGING.contains(AccountType.of(accountType))) {
            throw ApiException.invalidParameters("account_type must be one of WHATSAPP, LINKEDIN, SLACK, TWITTER, "
                    + "MESSENGER, INSTAGRAM, TELEGRAM, not " + accountType);
        }
        Set<String> accountIds = accountIds(request.queryParam("account_id"));
        Predicate<FakeUnipileState.ChatView> filter = view ->
                (unread == null || unread == (view.chat().unreadCount() > 0))
                && window.test(view.timestamp())
                && (accountType == null || view.accountType().value().equals(accountType))
                && (accountIds.isEmpty() || accountIds.contains(view.chat().accountId()));
        return list("ChatList", "chats", state.chatEntries(), filter, request, view -> wire.chat(view, false));
    }

    /** {@code GET /chats/{chat_id}/messages}: newest first. */
    Operations.Reply listChatMessages(IncomingRequest request) {
        return listMessages(request, request.pathParams().get("chat_id"), "chat-messages", null);
    }

    /** {@code GET /messages}: every chat's messages, newest first. */
    Operations.Reply listMessages(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            requireAccount(accountId);
        }
        return listMessages(request, null, "messages", accountId);
    }

    private Operations.Reply listMessages(IncomingRequest request, String chatId, String list, String accountId) {
        Predicate<Instant> window = window(request);
        String senderId = request.queryParam("sender_id");
        Predicate<FakeUnipileState.MessageView> filter = view -> window.test(view.message().timestamp())
                && (senderId == null || senderId.equals(view.message().senderProviderId()))
                && (accountId == null || accountId.equals(view.message().accountId()));
        return list("MessageList", list, state.messageEntries(chatId), filter, request,
                view -> wire.message(view, true));
    }

    /** {@code GET /messages/{message_id}}. */
    Operations.Reply getMessage(IncomingRequest request) {
        return Operations.Reply.json(200,
                wire.message(state.messageView(request.pathParams().get("message_id")), true));
    }

    /** {@code GET /messages/{message_id}/attachments/{attachment_id}}: the stored bytes. */
    Operations.Reply getAttachment(IncomingRequest request) {
        FakeMessage message = state.messageView(request.pathParams().get("message_id")).message();
        String attachmentId = request.pathParams().get("attachment_id");
        FakeAttachment file = message.file(attachmentId).orElseThrow(() ->
                ApiException.notFound("Attachment " + attachmentId + " not found in message " + message.id()));
        return Operations.Reply.file(file);
    }

    /** {@code GET /chats/{chat_id}/attendees}: everyone in the chat, the holder last, in one page. */
    Operations.Reply listChatAttendees(IncomingRequest request) {
        List<FakeAttendee> attendees = state.chatAttendees(request.pathParams().get("chat_id"));
        return Operations.Reply.json(200,
                wire.list("ChatAttendeeList", new Paging.Page<>(attendees, null), wire::attendee));
    }

    /** {@code GET /chat_attendees}: in the order added, holders included. */
    Operations.Reply listAttendees(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            requireAccount(accountId);
        }
        return list("ChatAttendeeList", "attendees", state.attendeeEntries(),
                a -> accountId == null || a.accountId().equals(accountId), request, wire::attendee);
    }

    /** {@code GET /chat_attendees/{id}}. */
    Operations.Reply getAttendee(IncomingRequest request) {
        String id = request.pathParams().get("id");
        FakeAttendee attendee = state.attendee(id)
                .orElseThrow(() -> ApiException.notFound("Attendee " + id + " not found"));
        return Operations.Reply.json(200, wire.attendee(attendee));
    }

    private <T> Operations.Reply list(String object, String list, List<Paging.Entry<T>> entries, Predicate<T> filter,
                                      IncomingRequest request, Function<T, ObjectNode> item) {
        return Operations.Reply.json(200, wire.list(object, Paging.page(list, entries, filter, request), item));
    }

    /** The exclusive {@code after} and {@code before} bounds as a test on a time. */
    private static Predicate<Instant> window(IncomingRequest request) {
        Instant before = request.instantParam("before");
        Instant after = request.instantParam("after");
        return time -> (before == null || time.isBefore(before)) && (after == null || time.isAfter(after));
    }

    /** A comma-separated {@code account_id} filter; 400 for an empty id, 404 for an unknown one. */
    private Set<String> accountIds(String value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null) {
            return ids;
        }
        for (String id : value.split(",", -1)) {
            if (id.isEmpty()) {
                throw ApiException.invalidParameters("account_id must be ids separated by commas, not " + value);
            }
            ids.add(id);
        }
        ids.forEach(this::requireAccount);
        return ids;
    }

    private void requireAccount(String accountId) {
        if (state.account(accountId).isEmpty()) {
            throw ApiException.notFound("Account " + accountId + " not found");
        }
    }
}
