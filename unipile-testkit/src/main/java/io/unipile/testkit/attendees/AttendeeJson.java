package io.unipile.testkit.attendees;

import static io.unipile.testkit.internal.WireJson.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAttendee;

/** Unipile's JSON for chat attendees ({@code ChatAttendee}). */
public final class AttendeeJson {
    private AttendeeJson() {
    }

    /** A chat attendee, as lists and {@code GET /chat_attendees/{id}} send it. */
    public static ObjectNode attendee(FakeAttendee attendee) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "ChatAttendee");
        node.put("id", attendee.id());
        node.put("account_id", attendee.accountId());
        node.put("provider_id", attendee.providerId());
        node.put("name", attendee.name());
        node.put("is_self", attendee.self() ? 1 : 0);
        node.put("hidden", 0);
        return node;
    }
}
