package io.unipile.testkit.attendees;

import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import java.util.List;

/** The chat attendees group: {@code /api/v1/chat_attendees}. */
public final class AttendeeRoutes implements ResourceGroup {
    /** {@code GET /api/v1/chat_attendees}: in the order added, holders included. */
    public static final Route LIST_ATTENDEES = Route.get("/api/v1/chat_attendees", "cursor", "limit", "account_id");
    /** {@code GET /api/v1/chat_attendees/{id}}. */
    public static final Route GET_ATTENDEE = Route.get("/api/v1/chat_attendees/{id}");

    private final AccountStore accounts;
    private final AttendeeStore attendees;

    /** The group over this state. */
    public AttendeeRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
        this.attendees = AttendeeStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_ATTENDEES, this::list),
                Endpoint.of(GET_ATTENDEE, this::get));
    }

    private Reply list(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            accounts.requireKnown(accountId);
        }
        return Reply.json(200, WireJson.list("ChatAttendeeList", Paging.page("attendees", attendees.entries(),
                a -> accountId == null || a.accountId().equals(accountId), request), AttendeeJson::attendee));
    }

    private Reply get(IncomingRequest request) {
        return Reply.json(200, AttendeeJson.attendee(attendees.requireKnown(request.pathParam("id"))));
    }
}
