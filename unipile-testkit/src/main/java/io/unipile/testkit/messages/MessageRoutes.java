package io.unipile.testkit.messages;

import io.unipile.testkit.FakeAttachment;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The messages group: {@code /api/v1/messages}. */
public final class MessageRoutes implements ResourceGroup {
    /** {@code GET /api/v1/messages}: every chat's messages, newest first. */
    public static final Route LIST_MESSAGES =
            Route.get("/api/v1/messages", "cursor", "before", "after", "limit", "sender_id", "account_id");
    /** {@code GET /api/v1/messages/{message_id}}. */
    public static final Route GET_MESSAGE = Route.get("/api/v1/messages/{message_id}");
    /** {@code GET /api/v1/messages/{message_id}/attachments/{attachment_id}}: the file's bytes. */
    public static final Route GET_ATTACHMENT =
            Route.get("/api/v1/messages/{message_id}/attachments/{attachment_id}");

    /** {@code POST /api/v1/messages/{message_id}/forward} (JSON {@code {"chat_id": ...}}). */
    public static final Route FORWARD_MESSAGE = Route.post("/api/v1/messages/{message_id}/forward");

    private final AccountStore accounts;
    private final MessageStore messages;

    /** The group over this state. */
    public MessageRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
        this.messages = MessageStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_MESSAGES, this::list),
                Endpoint.of(GET_MESSAGE, this::get),
                Endpoint.of(GET_ATTACHMENT, this::attachment),
                Endpoint.json(FORWARD_MESSAGE, this::forward));
    }

    /**
     * A {@code MessageList} page of the entries within the request's {@code before}/{@code after} window that
     * pass the filter; lists of other groups' routes use it too.
     */
    public static Reply list(IncomingRequest request, String list, List<Paging.Entry<MessageView>> entries,
                             Predicate<FakeMessage> filter) {
        Predicate<Instant> window = request.timeWindow();
        return Reply.page("MessageList", list, entries,
                view -> window.test(view.message().timestamp()) && filter.test(view.message()), request,
                view -> MessageJson.message(view, true));
    }

    /** The {@code sender_id} query filter: the sender's provider id. */
    public static Predicate<FakeMessage> sentBy(IncomingRequest request) {
        String senderId = request.queryParam("sender_id");
        return message -> senderId == null || senderId.equals(message.senderProviderId());
    }

    private Reply list(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            accounts.requireKnown(accountId);
        }
        Predicate<FakeMessage> sender = sentBy(request);
        return list(request, "messages", messages.entries(null),
                m -> sender.test(m) && (accountId == null || accountId.equals(m.accountId())));
    }

    private Reply get(IncomingRequest request) {
        return Reply.json(200, MessageJson.message(messages.view(request.pathParam("message_id")), true));
    }

    /** The forwarded copy reaches messaging webhooks as {@code message_received}, as a sent message does. */
    private Reply forward(IncomingRequest request) {
        String chatId = JsonFields.requiredText(JsonFields.object(request.jsonBody(), Set.of("chat_id")), "chat_id");
        FakeMessage copy = messages.forward(request.pathParam("message_id"), chatId,
                WireJson.now());
        return Reply.write(200, WireJson.object("MessageForwarded").put("message_id", copy.id()),
                messages.sentNotices(copy));
    }

    /** The stored bytes, from the shared copy. */
    private Reply attachment(IncomingRequest request) {
        FakeMessage message = messages.view(request.pathParam("message_id")).message();
        String attachmentId = request.pathParam("attachment_id");
        FakeAttachment file = message.file(attachmentId).orElseThrow(() ->
                ApiException.notFound("Attachment " + attachmentId + " not found in message " + message.id()));
        return Reply.bytes(file.contentType(), file.content());
    }
}
