package io.unipile.examples.calendar;

import io.unipile.UnipileClient;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.Conference;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An example of scheduling meetings on a Google or Outlook calendar through Unipile: find the primary calendar, find
 * the first free slot of a given length in a window, create a meeting with attendees, its time zone and a video
 * conference that Unipile creates, find the meetings already planned with someone, move a meeting and cancel it.
 *
 * <p>The events list filters by {@code start} ("starting after") and {@code end} ("ending before"), so an event that
 * straddles a bound would be left out; to see every event that overlaps a window, this class asks for a wider one
 * (a day on each side) and keeps the overlapping events itself.
 */
public final class MeetingScheduler {
    /** How far beyond a window to look for events that overlap it. */
    private static final Duration MARGIN = Duration.ofDays(1);

    /** A meeting to create: what, when (in the organiser's zone), for how long, with whom, on which video service. */
    public record Meeting(String title, ZonedDateTime start, Duration length, List<String> attendees,
                          ConferenceProvider conference, String agenda) {
        public Meeting {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(length, "length");
            attendees = List.copyOf(attendees);
        }
    }

    /** A stretch of time, {@code [start, end)}. */
    public record Slot(Instant start, Instant end) {
        /** Whether the two overlap. */
        public boolean overlaps(Slot other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    private final UnipileClient unipile;
    private final String accountId;

    public MeetingScheduler(UnipileClient unipile, String accountId) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    /** The account's primary calendar (the default one), or its first when none says so. */
    public Calendar primaryCalendar() {
        List<Calendar> calendars = unipile.calendars().listAll(ListCalendarsRequest.of(accountId)).stream().toList();
        return calendars.stream().filter(c -> Boolean.TRUE.equals(c.isDefault())).findFirst()
                .or(() -> calendars.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " has no calendar"));
    }

    /**
     * The times the calendar is busy within {@code window}: events that block time (not cancelled, not
     * "show as available"), each occurrence of recurring ones, all-day ones placed in {@code zone}; sorted.
     */
    public List<Slot> busy(String calendarId, Slot window, ZoneId zone) {
        List<Slot> busy = new ArrayList<>();
        ListCalendarEventsRequest request = ListCalendarEventsRequest.builder(accountId)
                .between(window.start().minus(MARGIN), window.end().plus(MARGIN))
                .expandRecurring(true).build();
        for (CalendarEvent event : unipile.calendars().listAllEvents(calendarId, request)) {
            if (!event.isBusy()) {
                continue;
            }
            Optional<Instant> start = event.start().toInstant(zone);
            Optional<Instant> end = event.end().toInstant(zone);
            if (start.isPresent() && end.isPresent()) {
                Slot slot = new Slot(start.get(), end.get());
                if (slot.overlaps(window)) {
                    busy.add(slot);
                }
            }
        }
        busy.sort(Comparator.comparing(Slot::start));
        return busy;
    }

    /** The first free stretch of {@code length} in {@code window}, or empty when the calendar is full. */
    public Optional<Slot> firstFreeSlot(String calendarId, Slot window, Duration length, ZoneId zone) {
        Instant candidate = window.start();
        for (Slot taken : busy(calendarId, window, zone)) {
            if (!candidate.plus(length).isAfter(taken.start())) {
                break;
            }
            if (taken.end().isAfter(candidate)) {
                candidate = taken.end();
            }
        }
        Instant end = candidate.plus(length);
        return end.isAfter(window.end()) ? Optional.empty() : Optional.of(new Slot(candidate, end));
    }

    /**
     * Creates the meeting and invites its attendees; with a conference provider, Unipile creates the link
     * (Google Meet on Google accounts, Teams on Outlook ones).
     */
    public CalendarEventCreated schedule(String calendarId, Meeting meeting) {
        ZonedDateTime start = meeting.start();
        CreateCalendarEventRequest.Builder request = CreateCalendarEventRequest.builder(accountId, meeting.title(),
                        EventTime.at(start), EventTime.at(start.plus(meeting.length())))
                .attendees(meeting.attendees()).body(meeting.agenda());
        if (meeting.conference() != null) {
            request.conference(Conference.create(meeting.conference()));
        }
        return unipile.calendars().createEvent(calendarId, request.build());
    }

    /**
     * Creates the meeting at the first free slot of its length at or after its start and within {@code within};
     * empty when there is none.
     */
    public Optional<CalendarEventCreated> scheduleAtFirstFreeSlot(String calendarId, Meeting meeting,
                                                                   Duration within) {
        ZoneId zone = meeting.start().getZone();
        Instant from = meeting.start().toInstant();
        return firstFreeSlot(calendarId, new Slot(from, from.plus(within)), meeting.length(), zone)
                .map(slot -> schedule(calendarId, new Meeting(meeting.title(), slot.start().atZone(zone),
                        meeting.length(), meeting.attendees(), meeting.conference(), meeting.agenda())));
    }

    /** The meetings planned with {@code email} in the window (the server filters by attendee), sorted by start. */
    public List<CalendarEvent> meetingsWith(String calendarId, String email, Slot window) {
        ListCalendarEventsRequest request = ListCalendarEventsRequest.builder(accountId)
                .between(window.start(), window.end()).attendees(email).build();
        String wanted = email.toLowerCase(Locale.ROOT);
        return unipile.calendars().listAllEvents(calendarId, request).stream()
                .filter(e -> e.attendees().stream().anyMatch(a -> a.email().toLowerCase(Locale.ROOT).equals(wanted)))
                .sorted(Comparator.comparing(e -> e.start().toInstant(ZoneOffset.UTC).orElse(Instant.MAX)))
                .toList();
    }

    /** Moves a meeting, keeping its length unless told; only the times are sent. */
    public void reschedule(String calendarId, String eventId, ZonedDateTime newStart, Duration length) {
        unipile.calendars().editEvent(calendarId, eventId, EditCalendarEventRequest.builder(accountId)
                .start(EventTime.at(newStart)).end(EventTime.at(newStart.plus(length))).build());
    }

    /** Cancels (deletes) a meeting. */
    public void cancel(String calendarId, String eventId) {
        unipile.calendars().deleteEvent(calendarId, eventId, accountId);
    }
}
