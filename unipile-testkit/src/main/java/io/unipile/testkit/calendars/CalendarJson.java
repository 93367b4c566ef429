package io.unipile.testkit.calendars;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.internal.WireJson;

/** How Unipile renders calendars and their events. */
final class CalendarJson {
    private CalendarJson() {
    }

    static ObjectNode calendar(FakeCalendar c) {
        ObjectNode node = WireJson.object("Calendar").put("id", c.id()).put("name", c.name());
        WireJson.putIfPresent(node, "description", c.description());
        node.put("is_read_only", c.readOnly()).put("is_owned_by_user", c.ownedByUser())
                .put("is_default", c.isDefault()).put("background_color", c.backgroundColor());
        WireJson.putIfPresent(node, "text_color", c.textColor());
        WireJson.putIfPresent(node, "timezone", c.timezone());
        return node;
    }

    static ObjectNode event(FakeCalendarEvent e) {
        ObjectNode node = WireJson.object("CalendarEvent").put("id", e.id());
        WireJson.putIfPresent(node, "master_event_id", e.masterEventId());
        node.put("calendar_id", e.calendarId()).put("created_at", WireJson.timestamp(e.createdAt()))
                .put("updated_at", WireJson.timestamp(e.updatedAt())).put("title", e.title());
        WireJson.putIfPresent(node, "body", e.body());
        WireJson.putIfPresent(node, "location", e.location());
        node.put("is_cancelled", e.cancelled()).put("is_all_day", e.allDay())
                .put("is_attendees_list_hidden", e.attendeesListHidden());
        ArrayNode attendees = node.putArray("attendees");
        for (FakeCalendarEvent.Attendee a : e.attendees()) {
            ObjectNode attendee = attendees.addObject().put("email", a.email());
            WireJson.putIfPresent(attendee, "display_name", a.displayName());
            WireJson.putIfPresent(attendee, "comment", a.comment());
            attendee.put("is_organizer", a.organizer()).put("is_optional", a.type().equals("optional"))
                    .put("is_resource", a.type().equals("resource")).put("type", a.type())
                    .put("response_status", a.responseStatus());
        }
        node.set("start", time(e.start()));
        node.set("end", time(e.end()));
        if (!e.recurrence().isEmpty()) {
            ArrayNode recurrence = node.putArray("recurrence");
            e.recurrence().forEach(recurrence::add);
        }
        ObjectNode organizer = node.putObject("organizer").put("email", e.organizer().email());
        WireJson.putIfPresent(organizer, "display_name", e.organizer().displayName());
        if (e.conference() != null) {
            ObjectNode conference = node.putObject("conference").put("provider", e.conference().provider());
            WireJson.putIfPresent(conference, "url", e.conference().url());
        }
        node.put("visibility", e.visibility()).put("transparency", e.transparency())
                .put("event_type", e.eventType());
        return node;
    }

    static ObjectNode time(FakeCalendarEvent.Time t) {
        ObjectNode node = WireJson.NODES.objectNode();
        if (t.isDay()) {
            node.put("date", t.date().toString());
        } else {
            node.put("date_time", WireJson.timestamp(t.dateTime())).put("time_zone", t.timeZone());
        }
        return node;
    }
}
