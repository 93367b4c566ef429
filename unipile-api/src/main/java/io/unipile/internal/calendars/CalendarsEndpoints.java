package io.unipile.internal.calendars;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.CalendarEventDeleted;
import io.unipile.calendars.CalendarEventUpdated;
import io.unipile.calendars.Conference;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.internal.Endpoint;
import io.unipile.internal.Json;
import io.unipile.internal.Timestamps;
import io.unipile.pagination.Page;

import java.util.List;

/**
 * The operations of {@code /calendars}, each declared once. The lists answer {@code {"data", "next_cursor"}},
 * which {@link Page} reads as its items and cursor. The spec types {@code limit} and {@code offset} as bare numbers
 * with no range; the requests check them (at least 1, not negative) before anything is sent.
 */
public final class CalendarsEndpoints {
    private static final String[] EVENT_FIELDS = {"title", "body", "location", "transparency", "visibility",
            "conference", "is_attendees_list_hidden", "attendees", "recurrence", "start", "end"};

    static final Endpoint<ListCalendarsRequest, Page<Calendar>> LIST =
            Endpoint.<ListCalendarsRequest, Page<Calendar>>get("/calendars")
                    .query("cursor", ListCalendarsRequest::cursor)
                    .query("offset", ListCalendarsRequest::offset)
                    .query("limit", ListCalendarsRequest::limit)
                    .requiredQuery("account_id", ListCalendarsRequest::accountId)
                    .pageOf(Calendar.class).build();

    /** Input: the account id. */
    static final Endpoint<String, Calendar> GET = Endpoint.<String, Calendar>get("/calendars/{calendar_id}")
            .requiredQuery("account_id", accountId -> accountId).optionalInput()
            .returns(Calendar.class).build();

    static final Endpoint<ListCalendarEventsRequest, Page<CalendarEvent>> LIST_EVENTS =
            Endpoint.<ListCalendarEventsRequest, Page<CalendarEvent>>get("/calendars/{calendar_id}/events")
                    .query("expand_recurring", ListCalendarEventsRequest::expandRecurring)
                    .query("event_type", r -> commaSeparated(r.eventTypes()))
                    .query("attendees", r -> commaSeparated(r.attendees()))
                    .query("updated_after", r -> Timestamps.filter(r.updatedAfter()))
                    .query("updated_before", r -> Timestamps.filter(r.updatedBefore()))
                    .query("busy", ListCalendarEventsRequest::busy)
                    .query("end", r -> Timestamps.filter(r.end()))
                    .query("start", r -> Timestamps.filter(r.start()))
                    .query("location", ListCalendarEventsRequest::location)
                    .query("ical_uid", ListCalendarEventsRequest::icalUid)
                    .query("description", ListCalendarEventsRequest::description)
                    .query("title", ListCalendarEventsRequest::title)
                    .query("is_cancelled", ListCalendarEventsRequest::cancelled)
                    .query("cursor", ListCalendarEventsRequest::cursor)
                    .query("offset", ListCalendarEventsRequest::offset)
                    .query("limit", ListCalendarEventsRequest::limit)
                    .requiredQuery("account_id", ListCalendarEventsRequest::accountId)
                    .pageOf(CalendarEvent.class).build();

    /** A POST: not retried once it may have reached the server, where a repeat would create a second event. */
    static final Endpoint<CreateCalendarEventRequest, CalendarEventCreated> CREATE_EVENT =
            Endpoint.<CreateCalendarEventRequest, CalendarEventCreated>post("/calendars/{calendar_id}/events")
                    .requiredQuery("account_id", CreateCalendarEventRequest::accountId)
                    .jsonBody(CalendarsEndpoints::create, EVENT_FIELDS)
                    .returns(CalendarEventCreated.class).build();

    static final Endpoint<String, CalendarEvent> GET_EVENT =
            Endpoint.<String, CalendarEvent>get("/calendars/{calendar_id}/events/{event_id}")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .returns(CalendarEvent.class).build();

    /** Not retried once it may have reached the server: a changed attendee list sends invitations again. */
    static final Endpoint<EditCalendarEventRequest, CalendarEventUpdated> EDIT_EVENT =
            Endpoint.<EditCalendarEventRequest, CalendarEventUpdated>patch("/calendars/{calendar_id}/events/{event_id}")
                    .requiredQuery("account_id", EditCalendarEventRequest::accountId)
                    .jsonBody(CalendarsEndpoints::edit, EVENT_FIELDS)
                    .idempotent(false)
                    .returns(CalendarEventUpdated.class).build();

    /** A DELETE, yet declared not idempotent: a repeat after the first went through answers 404. */
    static final Endpoint<String, CalendarEventDeleted> DELETE_EVENT =
            Endpoint.<String, CalendarEventDeleted>delete("/calendars/{calendar_id}/events/{event_id}")
                    .requiredQuery("account_id", accountId -> accountId).optionalInput()
                    .idempotent(false)
                    .returns(CalendarEventDeleted.class).build();

    private CalendarsEndpoints() {
    }

    private static String commaSeparated(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static ObjectNode create(CreateCalendarEventRequest r) {
        ObjectNode body = Json.mapper().createObjectNode().put("title", r.title());
        putIfPresent(body, "body", r.body());
        putIfPresent(body, "location", r.location());
        time(body, "start", r.start());
        time(body, "end", r.end());
        attendees(body, r.attendees());
        putIfPresent(body, "transparency", r.transparency() == null ? null : r.transparency().value());
        putIfPresent(body, "visibility", r.visibility() == null ? null : r.visibility().value());
        conference(body, r.conference());
        if (r.attendeesListHidden() != null) {
            body.put("is_attendees_list_hidden", r.attendeesListHidden());
        }
        if (!r.recurrence().isEmpty()) {
            recurrence(body, r.recurrence());
        }
        return body;
    }

    /** Only the fields set: a PATCH leaves the others as they are. */
    private static ObjectNode edit(EditCalendarEventRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        putIfPresent(body, "title", r.title());
        putIfPresent(body, "body", r.body());
        putIfPresent(body, "location", r.location());
        time(body, "start", r.start());
        time(body, "end", r.end());
        if (r.attendees() != null) {
            attendees(body, r.attendees());
        }
        putIfPresent(body, "transparency", r.transparency() == null ? null : r.transparency().value());
        putIfPresent(body, "visibility", r.visibility() == null ? null : r.visibility().value());
        conference(body, r.conference());
        if (r.attendeesListHidden() != null) {
            body.put("is_attendees_list_hidden", r.attendeesListHidden());
        }
        if (r.recurrence() != null) {
            recurrence(body, r.recurrence());
        }
        return body;
    }

    private static void time(ObjectNode body, String name, EventTime time) {
        if (time == null) {
            return;
        }
        ObjectNode node = body.putObject(name);
        if (time.isAllDay()) {
            node.put("date", time.localDate().orElseThrow().toString());
        } else {
            // Normalised to the spec's form, YYYY-MM-DDTHH:MM:SS.sssZ, whatever offset the caller wrote.
            node.put("date_time", Timestamps.filter(Json.parseInstant(time.dateTime()).orElseThrow()));
            node.put("time_zone", time.timeZone());
        }
    }

    private static void attendees(ObjectNode body, List<String> emails) {
        ArrayNode array = body.putArray("attendees");
        emails.forEach(e -> array.addObject().put("email", e));
    }

    private static void recurrence(ObjectNode body, List<String> lines) {
        ArrayNode array = body.putArray("recurrence");
        lines.forEach(array::add);
    }

    private static void conference(ObjectNode body, Conference conference) {
        if (conference != null) {
            ObjectNode node = body.putObject("conference").put("provider", conference.provider().value());
            putIfPresent(node, "url", conference.url());
        }
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
