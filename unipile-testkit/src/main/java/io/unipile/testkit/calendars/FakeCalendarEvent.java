package io.unipile.testkit.calendars;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An event of a calendar, as the fake holds it. Build with {@link #builder(String, String, Time, Time)}; seed with
 * {@code server.state().calendars().addEvent(...)}. A recurring event holds its RFC 5545 lines; the fake lists its
 * occurrences when asked to {@code expand_recurring} (daily, weekly, monthly and yearly rules with
 * {@code INTERVAL}, {@code COUNT}, {@code UNTIL} and, weekly, {@code BYDAY}).
 *
 * @param id the event's id
 * @param calendarId its calendar
 * @param masterEventId for an occurrence, the recurring event's id; otherwise null
 * @param icalUid its iCalendar UID
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param title its title
 * @param body its description, or null
 * @param location its location, or null
 * @param cancelled whether it is cancelled
 * @param attendeesListHidden whether attendees cannot see each other
 * @param attendees its attendees
 * @param start when it starts
 * @param end when it ends (for an all-day event, the day after its last)
 * @param recurrence its RFC 5545 lines, empty for a single event
 * @param organizer who organises it
 * @param conference its video conference, or null
 * @param visibility {@code public} or {@code private}
 * @param transparency {@code opaque} or {@code transparent}
 * @param eventType {@code default}, {@code birthday}, {@code outOfOffice}, ...
 */
public record FakeCalendarEvent(String id, String calendarId, String masterEventId, String icalUid,
                                Instant createdAt, Instant updatedAt, String title, String body, String location,
                                boolean cancelled, boolean attendeesListHidden, List<Attendee> attendees, Time start,
                                Time end, List<String> recurrence, Person organizer, Conference conference,
                                String visibility, String transparency, String eventType) {
    public FakeCalendarEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
        recurrence = List.copyOf(recurrence);
    }

    /** Whether it lasts whole days. */
    public boolean allDay() {
        return start.isDay();
    }

    /** Whether it blocks time: opaque and not cancelled. */
    public boolean busy() {
        return !cancelled && transparency.equals("opaque");
    }

    /**
     * A start or an end: a moment in a zone, or a day.
     *
     * @param dateTime the moment, or null for a day
     * @param timeZone the IANA zone of the moment, or null for a day
     * @param date the day, or null for a moment
     */
    public record Time(Instant dateTime, String timeZone, LocalDate date) {
        public Time {
            if ((dateTime == null) == (date == null) || (dateTime != null && timeZone == null)) {
                throw new IllegalArgumentException("a time is a date_time with its time_zone, or a date");
            }
        }

        /** The moment {@code instant} in {@code zone}. */
        public static Time at(Instant instant, String zone) {
            return new Time(instant.truncatedTo(ChronoUnit.MILLIS), zone, null);
        }

        /** The whole day. */
        public static Time day(LocalDate date) {
            return new Time(null, null, date);
        }

        /** Whether it is a day. */
        public boolean isDay() {
            return date != null;
        }

        /** Where it falls on the time line: the moment, or the start of the day in {@code dayZone}. */
        public Instant instant(ZoneId dayZone) {
            return date != null ? date.atStartOfDay(dayZone).toInstant() : dateTime;
        }
    }

    /**
     * An attendee.
     *
     * @param email their email
     * @param displayName their name, or null
     * @param comment their answer's comment, or null
     * @param organizer whether they organise it
     * @param type {@code required}, {@code optional} or {@code resource}
     * @param responseStatus {@code yes}, {@code no}, {@code maybe} or {@code noreply}
     */
    public record Attendee(String email, String displayName, String comment, boolean organizer, String type,
                           String responseStatus) {
        public Attendee {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(responseStatus, "responseStatus");
        }

        /** A required attendee who has not answered. */
        public static Attendee invited(String email) {
            return new Attendee(email, null, null, false, "required", "noreply");
        }
    }

    /** The organizer: an email and a name, or null. */
    public record Person(String email, String displayName) {
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /** A video conference: its provider ({@code google_meet}, {@code zoom}, {@code teams}, ...) and link. */
    public record Conference(String provider, String url) {
        public Conference {
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** An event of this calendar with a fresh id, created and updated now, public, opaque, by {@code organizer}. */
    public static Builder builder(String calendarId, String title, Time start, Time end) {
        return new Builder(calendarId, title, start, end);
    }

    /** A builder holding every field. */
    public Builder toBuilder() {
        Builder b = new Builder(calendarId, title, start, end);
        b.id = id;
        b.masterEventId = masterEventId;
        b.icalUid = icalUid;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.body = body;
        b.location = location;
        b.cancelled = cancelled;
        b.attendeesListHidden = attendeesListHidden;
        b.attendees = new ArrayList<>(attendees);
        b.recurrence = new ArrayList<>(recurrence);
        b.organizer = organizer;
        b.conference = conference;
        b.visibility = visibility;
        b.transparency = transparency;
        b.eventType = eventType;
        return b;
    }

    /** Builds a {@link FakeCalendarEvent}. */
    public static final class Builder {
        private String id = Ids.unipileId();
        private final String calendarId;
        private String masterEventId;
        private String icalUid;
        private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        private Instant updatedAt;
        private String title;
        private String body;
        private String location;
        private boolean cancelled;
        private boolean attendeesListHidden;
        private List<Attendee> attendees = new ArrayList<>();
        private Time start;
        private Time end;
        private List<String> recurrence = new ArrayList<>();
        private Person organizer;
        private Conference conference;
        private String visibility = "public";
        private String transparency = "opaque";
        private String eventType = "default";

        private Builder(String calendarId, String title, Time start, Time end) {
            this.calendarId = calendarId;
            this.title = title;
            this.start = start;
            this.end = end;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder masterEventId(String masterEventId) {
            this.masterEventId = masterEventId;
            return this;
        }

        public Builder icalUid(String icalUid) {
            this.icalUid = icalUid;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder cancelled(boolean cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        public Builder attendeesListHidden(boolean attendeesListHidden) {
            this.attendeesListHidden = attendeesListHidden;
            return this;
        }

        public Builder attendees(List<Attendee> attendees) {
            this.attendees = new ArrayList<>(attendees);
            return this;
        }

        /** Adds required attendees who have not answered. */
        public Builder invite(String... emails) {
            for (String email : emails) {
                attendees.add(Attendee.invited(email));
            }
            return this;
        }

        public Builder start(Time start) {
            this.start = start;
            return this;
        }

        public Builder end(Time end) {
            this.end = end;
            return this;
        }

        public Builder recurrence(String... lines) {
            this.recurrence = new ArrayList<>(List.of(lines));
            return this;
        }

        public Builder recurrence(List<String> lines) {
            this.recurrence = new ArrayList<>(lines);
            return this;
        }

        public Builder organizer(String email, String displayName) {
            this.organizer = new Person(email, displayName);
            return this;
        }

        public Builder conference(String provider, String url) {
            this.conference = provider == null ? null : new Conference(provider, url);
            return this;
        }

        public Builder visibility(String visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder transparency(String transparency) {
            this.transparency = transparency;
            return this;
        }

        public Builder eventType(String eventType) {
            this.eventType = eventType;
            return this;
        }

        /** The event; without an organizer, {@code organizer@example.com}; without a UID, one from the id. */
        public FakeCalendarEvent build() {
            return new FakeCalendarEvent(id, calendarId, masterEventId, icalUid != null ? icalUid : id + "@unipile.fake",
                    createdAt, updatedAt != null ? updatedAt : createdAt, title, body, location, cancelled,
                    attendeesListHidden, attendees, start, end, recurrence,
                    organizer != null ? organizer : new Person("organizer@example.com", null), conference,
                    visibility, transparency, eventType);
        }
    }
}
