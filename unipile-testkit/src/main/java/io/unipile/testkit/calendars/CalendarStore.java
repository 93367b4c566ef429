package io.unipile.testkit.calendars;

import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.SharedState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calendars slice of the fake's state: calendars by account, and their events. Runs under the shared lock;
 * its handler-facing methods answer Unipile's errors as {@link ApiException}s.
 */
public final class CalendarStore implements SharedState.Slice {
    private final SharedState shared;
    private final Map<String, FakeCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, FakeCalendarEvent> events = new LinkedHashMap<>();
    /** Insertion numbers, which order events that start at the same moment. */
    private final Map<String, Long> sequence = new HashMap<>();
    private long next;

    private CalendarStore(SharedState shared) {
        this.shared = shared;
    }

    /** The slice of this state. */
    public static CalendarStore of(SharedState shared) {
        return shared.slice(CalendarStore.class, CalendarStore::new);
    }

    /** Adds or replaces a calendar. */
    public FakeCalendar add(FakeCalendar calendar) {
        synchronized (shared.lock()) {
            calendars.put(calendar.id(), calendar);
            return calendar;
        }
    }

    /** The calendar with this id. */
    public Optional<FakeCalendar> calendar(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(calendars.get(id));
        }
    }

    /** The account's calendars, in the order added. */
    public List<FakeCalendar> calendars(String accountId) {
        synchronized (shared.lock()) {
            return calendars.values().stream().filter(c -> c.accountId().equals(accountId)).toList();
        }
    }

    /** Every calendar, in the order added. */
    public List<FakeCalendar> calendars() {
        synchronized (shared.lock()) {
            return List.copyOf(calendars.values());
        }
    }

    /** The account's calendar with this id; 404 otherwise (another account's calendar is not found either). */
    FakeCalendar requireCalendar(String accountId, String calendarId) {
        FakeCalendar calendar = calendars.get(calendarId);
        if (calendar == null || !calendar.accountId().equals(accountId)) {
            throw ApiException.notFound("Calendar " + calendarId + " not found");
        }
        return calendar;
    }

    /** Adds an event, or replaces one keeping its place among equal starts. */
    public FakeCalendarEvent put(FakeCalendarEvent event) {
        synchronized (shared.lock()) {
            if (!calendars.containsKey(event.calendarId())) {
                throw new IllegalArgumentException("No calendar " + event.calendarId());
            }
            events.put(event.id(), event);
            sequence.putIfAbsent(event.id(), next++);
            return event;
        }
    }

    /** The event with this id. */
    public Optional<FakeCalendarEvent> event(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(events.get(id));
        }
    }

    /** The calendar's events, in the order added. */
    public List<FakeCalendarEvent> events(String calendarId) {
        synchronized (shared.lock()) {
            return events.values().stream().filter(e -> e.calendarId().equals(calendarId)).toList();
        }
    }

    /** Every event, in the order added. */
    public List<FakeCalendarEvent> events() {
        synchronized (shared.lock()) {
            return new ArrayList<>(events.values());
        }
    }

    /** Removes an event; whether it was there. */
    public boolean remove(String eventId) {
        synchronized (shared.lock()) {
            sequence.remove(eventId);
            return events.remove(eventId) != null;
        }
    }

    /** The insertion number of an event, or of its master for an occurrence. */
    long sequenceOf(FakeCalendarEvent event) {
        Long s = sequence.get(event.masterEventId() != null ? event.masterEventId() : event.id());
        return s == null ? Long.MAX_VALUE : s;
    }

    @Override
    public void clear() {
        calendars.clear();
        events.clear();
        sequence.clear();
        next = 0;
    }
}
