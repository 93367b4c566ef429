package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An event of a calendar ({@code "object": "CalendarEvent"}), as {@code GET /api/v1/calendars/{calendar_id}/events}
 * and {@code GET /api/v1/calendars/{calendar_id}/events/{event_id}} answer it.
 *
 * @param object                always {@code CalendarEvent}
 * @param id                    the event's id
 * @param masterEventId         {@code master_event_id}: for an occurrence of a recurring event, the recurring
 *                              event's id; otherwise {@code null}
 * @param calendarId            {@code calendar_id}: the calendar it belongs to
 * @param createdAt             {@code created_at}
 * @param updatedAt             {@code updated_at}
 * @param title                 its title
 * @param body                  its description, or {@code null}
 * @param location              its location, or {@code null}
 * @param cancelled             {@code is_cancelled}
 * @param allDay                {@code is_all_day}: whether {@link #start()} and {@link #end()} are days
 * @param attendeesListHidden   {@code is_attendees_list_hidden}: whether attendees cannot see each other
 * @param attendees             its attendees, never null (empty when absent)
 * @param start                 when it starts: a moment with its zone, or a day
 * @param end                   when it ends: a moment with its zone, or a day (exclusive for all-day events)
 * @param recurrence            its RFC 5545 {@code RRULE}, {@code EXRULE}, {@code RDATE} and {@code EXDATE} lines,
 *                              never null (empty for a single event)
 * @param organizer             who organises it
 * @param conference            its video conference, or {@code null}
 * @param visibility            public or private
 * @param transparency          opaque (busy) or transparent (available)
 * @param eventType             {@code event_type}: {@code default}, {@code birthday}, {@code fromGmail},
 *                              {@code outOfOffice}, ... as the provider names it
 * @param extra                 fields this version of the library does not know, kept as sent
 */
public record CalendarEvent(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonProperty("master_event_id") String masterEventId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "calendar_id", required = true) String calendarId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) Instant createdAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "updated_at", required = true) Instant updatedAt,
        @JsonInclude(ALWAYS) @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("body") String body,
        @JsonProperty("location") String location,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_cancelled", required = true) Boolean cancelled,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_all_day", required = true) Boolean allDay,
        @JsonInclude(ALWAYS) @JsonProperty(value = "is_attendees_list_hidden", required = true)
        Boolean attendeesListHidden,
        @JsonProperty("attendees") List<EventAttendee> attendees,
        @JsonInclude(ALWAYS) @JsonProperty(value = "start", required = true) EventTime start,
        @JsonInclude(ALWAYS) @JsonProperty(value = "end", required = true) EventTime end,
        @JsonProperty("recurrence") List<String> recurrence,
        @JsonInclude(ALWAYS) @JsonProperty(value = "organizer", required = true) EventOrganizer organizer,
        @JsonProperty("conference") Conference conference,
        @JsonInclude(ALWAYS) @JsonProperty(value = "visibility", required = true) EventVisibility visibility,
        @JsonInclude(ALWAYS) @JsonProperty(value = "transparency", required = true) EventTransparency transparency,
        @JsonInclude(ALWAYS) @JsonProperty(value = "event_type", required = true) String eventType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CalendarEvent {
        attendees = Immutables.list(attendees);
        recurrence = Immutables.list(recurrence);
        extra = Immutables.map(extra);
    }

    /** Whether it is a recurring event ({@link #recurrence()} is not empty) rather than a single one. */
    public boolean isRecurring() {
        return !recurrence.isEmpty();
    }

    /** Whether it blocks time: not cancelled, and {@link EventTransparency#OPAQUE} (a missing value counts so). */
    public boolean isBusy() {
        return !Boolean.TRUE.equals(cancelled) && !EventTransparency.TRANSPARENT.equals(transparency);
    }
}
