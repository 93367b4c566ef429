package io.unipile.testkit.chats;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeLinkedinOptions;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.attendees.AttendeeJson;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.internal.AccountTypes;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.messages.MessageContent;
import io.unipile.testkit.messages.MessageJson;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.messages.MessageStore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The chats group: {@code /api/v1/chats}, with a chat's messages and attendees. */
public final class ChatRoutes implements ResourceGroup {
    /** {@code GET /api/v1/chats}: latest activity first. */
    public static final Route LIST_CHATS = Route.get("/api/v1/chats", "unread", "cursor", "before", "after", "limit",
            "account_type", "account_id");
    /** {@code POST /api/v1/chats} (multipart). */
    public static final Route START_CHAT = Route.post("/api/v1/chats");
    /** {@code GET /api/v1/chats/{chat_id}}. */
    public static final Route GET_CHAT = Route.get("/api/v1/chats/{chat_id}", "account_id");
    /** {@code GET /api/v1/chats/{chat_id}/messages}: newest first. */
    public static final Route LIST_CHAT_MESSAGES = Route.get("/api/v1/chats/{chat_id}/messages", "cursor", "before",
            "after", "limit", "sender_id");
    /** {@code POST /api/v1/chats/{chat_id}/messages} (multipart). */
    public static final Route SEND_MESSAGE = Route.post("/api/v1/chats/{chat_id}/messages");
    /** {@code GET /api/v1/chats/{chat_id}/attendees}: everyone in the chat, the holder last, in one page. */
    public static final Route LIST_CHAT_ATTENDEES = Route.get("/api/v1/chats/{chat_id}/attendees");
    /** {@code PATCH /api/v1/chats/{chat_id}} (JSON): {@code {"action": "setReadStatus", "value": true|false}}. */
    public static final Route PATCH_CHAT = Route.patch("/api/v1/chats/{chat_id}");
    /** {@code GET /api/v1/chats/{chat_id}/sync}: starts a sync of the chat's history, then reports it done. */
    public static final Route SYNC_CHAT = Route.get("/api/v1/chats/{chat_id}/sync");

    /** The one action the OpenAPI document gives {@code PATCH /chats/{chat_id}}. */
    private static final String SET_READ_STATUS = "setReadStatus";

    private final AccountStore accounts;
    private final AttendeeStore attendees;
    private final ChatStore chats;
    private final MessageStore messages;

    /** The group over this state. */
    public ChatRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
        this.attendees = AttendeeStore.of(state);
        this.chats = ChatStore.of(state);
        this.messages = MessageStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_CHATS, this::list),
                Endpoint.multipart(START_CHAT, this::start),
                Endpoint.of(GET_CHAT, this::get),
                Endpoint.of(LIST_CHAT_MESSAGES, this::listMessages),
                Endpoint.multipart(SEND_MESSAGE, this::send),
                Endpoint.of(LIST_CHAT_ATTENDEES, this::listAttendees),
                Endpoint.json(PATCH_CHAT, this::patch),
                Endpoint.of(SYNC_CHAT, this::sync));
    }

    /**
     * A {@code ChatList} page of the entries whose timestamp is within the request's {@code before}/{@code after}
     * window and that pass the filter; lists of other groups' routes use it too.
     */
    public static Reply list(IncomingRequest request, String list, List<Paging.Entry<ChatView>> entries,
                             Predicate<ChatView> filter) {
        Predicate<Instant> window = request.timeWindow();
        // Items have no lastMessage: the list schema has none.
        return Reply.page("ChatList", list, entries, view -> window.test(view.timestamp()) && filter.test(view),
                request, view -> ChatJson.chat(view, false));
    }

    /** {@code before}/{@code after} apply to the chat's timestamp; {@code account_id} may list ids. */
    private Reply list(IncomingRequest request) {
        Boolean unread = request.booleanParam("unread");
        String accountType = request.queryParam("account_type");
        if (accountType != null && !AccountTypes.MESSAGING.contains(AccountType.of(accountType))) {
            throw ApiException.invalidParameters("account_type must be one of WHATSAPP, LINKEDIN, SLACK, TWITTER, "
                    + "MESSENGER, INSTAGRAM, TELEGRAM, not " + accountType);
        }
        Set<String> accountIds = accounts.requireKnown(request.idsParam("account_id"));
        return list(request, "chats", chats.entries(), view ->
                (unread == null || unread == (view.chat().unreadCount() > 0))
                && (accountType == null || view.accountType().value().equals(accountType))
                && (accountIds.isEmpty() || accountIds.contains(view.chat().accountId())));
    }

    private Reply get(IncomingRequest request) {
        return Reply.json(200, ChatJson.chat(
                chats.view(chats.find(request.pathParam("chat_id"), request.queryParam("account_id"))), true));
    }

    private Reply listMessages(IncomingRequest request) {
        return MessageRoutes.list(request, "chat-messages", messages.entries(request.pathParam("chat_id")),
                MessageRoutes.sentBy(request));
    }

    private Reply listAttendees(IncomingRequest request) {
        List<FakeAttendee> all = attendees.participants(chats.requireKnown(request.pathParam("chat_id")));
        return Reply.json(200, WireJson.list("ChatAttendeeList", new Paging.Slice<>(all, null),
                AttendeeJson::attendee));
    }

    /**
     * Only {@code setReadStatus}: the document lists no other action, so others (mute, archive) are 400 rather
     * than guessed.
     */
    private Reply patch(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("action", "value"));
        String action = JsonFields.requiredText(body, "action");
        if (!action.equals(SET_READ_STATUS)) {
            throw ApiException.invalidParameters("action must be " + SET_READ_STATUS + ", not " + action);
        }
        chats.setRead(request.pathParam("chat_id"), JsonFields.requiredBoolean(body, "value"), WireJson.now());
        return Reply.write(200, WireJson.object("ChatPatched"), List.of());
    }

    private Reply sync(IncomingRequest request) {
        String chatId = request.pathParam("chat_id");
        ChatStore.SyncStatus status = chats.sync(chatId);
        return Reply.write(200, WireJson.object("ChatHistorySync").put("chat_id", chatId).put("status", status.name()),
                List.of());
    }

    private Reply start(IncomingRequest request) {
        ChatFormReader.requireKnownFields(request, ChatFormReader.START_CHAT_FIELDS, ChatFormReader.START_CHAT_FILES,
                true);
        String accountId = request.formField("account_id");
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        List<String> attendeeIds = request.formFields().getOrDefault("attendees_ids", List.of());
        if (attendeeIds.isEmpty()) {
            throw ApiException.missingParameters("attendees_ids is required: one field per attendee provider id");
        }
        if (attendeeIds.stream().anyMatch(String::isEmpty)) {
            throw ApiException.invalidParameters("attendees_ids must not hold empty values");
        }
        if (attendeeIds.stream().map(String::strip).anyMatch(id -> id.startsWith("[") && id.endsWith("]"))) {
            // Unipile reads arrays as a repeated field; a JSON array in one field is one odd id to it.
            throw ApiException.invalidParameters("attendees_ids is an array: repeat the field once per attendee"
                    + " (attendees_ids=A, attendees_ids=B), not one JSON array");
        }
        String subject = request.formField("subject");
        FakeLinkedinOptions linkedin = ChatFormReader.linkedinOptions(request);
        MessageContent content = ChatFormReader.messageContent(request, null, null);
        ChatStore.StartedChat started = chats.start(accountId, List.copyOf(attendeeIds), subject, linkedin, content,
                WireJson.now());
        String messageId = started.message() == null ? null : started.message().id();
        return Reply.write(201, ChatJson.chatStarted(started.chat().id(), messageId),
                messages.sentNotices(started.message()));
    }

    private Reply send(IncomingRequest request) {
        ChatFormReader.requireKnownFields(request, ChatFormReader.SEND_MESSAGE_FIELDS,
                ChatFormReader.SEND_MESSAGE_FILES, false);
        MessageContent content = ChatFormReader.messageContent(request, request.formField("quote_id"),
                request.formField("thread_id"));
        if (content.isEmpty()) {
            throw ApiException.missingParameters("A message needs text or a file");
        }
        FakeMessage message = messages.send(request.pathParam("chat_id"), request.formField("account_id"), content,
                WireJson.now());
        return Reply.write(201, MessageJson.messageSent(message.id()), messages.sentNotices(message));
    }

}
