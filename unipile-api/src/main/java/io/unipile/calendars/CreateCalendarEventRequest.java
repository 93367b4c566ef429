package io.unipile.calendars;

import io.unipile.internal.Check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /api/v1/calendars/{calendar_id}/events}, with the account to use ({@code account_id}, sent in
 * the query). Required: {@code title}, {@code start}, {@code end} and {@code attendees} (which may be empty: the
 * spec requires the field, so an empty list is sent as {@code []}). {@code start} and {@code end} are both moments
 * ({@link EventTime#at(Instant, java.time.ZoneId)}) or both days ({@link EventTime#allDay(java.time.LocalDate)}, an
 * all-day event), and the end comes after the start. Every check runs in {@link Builder#build()}, naming the field,
 * before anything is sent.
 */
public final class CreateCalendarEventRequest {
    private final String accountId;
    private final String title;
    private final EventTime start;
    private final EventTime end;
    private final List<String> attendees;
    private final String body;
    private final String location;
    private final EventTransparency transparency;
    private final EventVisibility visibility;
    private final Conference conference;
    private final Boolean attendeesListHidden;
    private final List<String> recurrence;

    private CreateCalendarEventRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.title = Check.notBlank("title", b.title);
        this.start = Check.notNull("start", CalendarChecks.time("start", b.start));
        this.end = Check.notNull("end", CalendarChecks.time("end", b.end));
        this.attendees = CalendarChecks.emails("attendees", b.attendees);
        this.body = b.body;
        this.location = Check.nullOrNotBlank("location", b.location);
        this.transparency = b.transparency;
        this.visibility = b.visibility;
        this.conference = CalendarChecks.conference(b.conference);
        this.attendeesListHidden = b.attendeesListHidden;
        this.recurrence = CalendarChecks.recurrence(b.recurrence);
        CalendarChecks.order(start, end);
    }

    /** A builder for this account, title, start and end, inviting nobody until attendees are added. */
    public static Builder builder(String accountId, String title, EventTime start, EventTime end) {
        return new Builder().accountId(accountId).title(title).start(start).end(end);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).title(title).start(start).end(end).attendees(attendees).body(body)
                .location(location).transparency(transparency).visibility(visibility).conference(conference)
                .attendeesListHidden(attendeesListHidden).recurrence(recurrence);
    }

    /** {@code account_id}: the account to use (required; sent in the query). */
    public String accountId() {
        return accountId;
    }

    /** {@code title} (required). */
    public String title() {
        return title;
    }

    /** {@code start} (required): a moment with its time zone, or a day for an all-day event. */
    public EventTime start() {
        return start;
    }

    /** {@code end} (required): a moment with its time zone, or a day (the day after the last one,
            for an all-day event). */
    public EventTime end() {
        return end;
    }

    /** {@code attendees}: the email addresses of the people to invite. */
    public List<String> attendees() {
        return attendees;
    }

    /** {@code body}: the description; {@code null} for none. */
    public String body() {
        return body;
    }

    /** {@code location}; {@code null} for none. */
    public String location() {
        return location;
    }

    /** {@code transparency}: opaque (busy) or transparent (available); {@code null} for the provider's default. */
    public EventTransparency transparency() {
        return transparency;
    }

    /** {@code visibility}: public or private; {@code null} for the provider's default. */
    public EventVisibility visibility() {
        return visibility;
    }

    /** {@code conference}: a video conference,
            created by Unipile without a URL ({@link Conference#create(ConferenceProvider)}); {@code null} for none. */
    public Conference conference() {
        return conference;
    }

    /** {@code is_attendees_list_hidden}: whether attendees cannot see each other. */
    public Boolean attendeesListHidden() {
        return attendeesListHidden;
    }

    /** {@code recurrence}: RFC 5545 lines ({@code RRULE:FREQ=WEEKLY;BYDAY=MO}); empty for a single event. */
    public List<String> recurrence() {
        return recurrence;
    }

    /** Whether it is an all-day event: {@link #start()} is a day. */
    public boolean isAllDay() {
        return start.isAllDay();
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof CreateCalendarEventRequest r && Objects.equals(accountId, r.accountId)
                && Objects.equals(title, r.title) && Objects.equals(start, r.start) && Objects.equals(end, r.end)
                && Objects.equals(attendees, r.attendees) && Objects.equals(body, r.body) && Objects.equals(location,
                r.location) && Objects.equals(transparency, r.transparency) && Objects.equals(visibility,
                r.visibility) && Objects.equals(conference, r.conference) && Objects.equals(attendeesListHidden,
                r.attendeesListHidden) && Objects.equals(recurrence, r.recurrence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, title, start, end, attendees, body, location, transparency, visibility,
                conference, attendeesListHidden, recurrence);
    }

    @Override
    public String toString() {
        return "CreateCalendarEventRequest[accountId=" + accountId + ", title=" + title + ", start=" + start
                + ", end=" + end + ", attendees=" + attendees + ", body=" + body + ", location=" + location
                + ", transparency=" + transparency + ", visibility=" + visibility + ", conference=" + conference
                + ", attendeesListHidden=" + attendeesListHidden + ", recurrence=" + recurrence + "]";
    }

    /** Builds a {@link CreateCalendarEventRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String title;
        private EventTime start;
        private EventTime end;
        private List<String> attendees = new java.util.ArrayList<>();
        private String body;
        private String location;
        private EventTransparency transparency;
        private EventVisibility visibility;
        private Conference conference;
        private Boolean attendeesListHidden;
        private List<String> recurrence = new java.util.ArrayList<>();

        private Builder() {
        }

        /** {@code account_id}: the account to use (required; sent in the query). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code title} (required). */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** {@code start} (required): a moment with its time zone, or a day for an all-day event. */
        public Builder start(EventTime start) {
            this.start = start;
            return this;
        }

        /** {@code end} (required): a moment with its time zone, or a day (the day after the last one,
                for an all-day event). */
        public Builder end(EventTime end) {
            this.end = end;
            return this;
        }

        /** {@code attendees}: the email addresses of the people to invite. Replaces the values set so far; {@code null} clears them. */
        public Builder attendees(List<String> attendees) {
            this.attendees = attendees == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(attendees);
            return this;
        }

        /** {@code attendees}: the email addresses of the people to invite. Replaces the values set so far. */
        public Builder attendees(String... attendees) {
            return attendees(attendees == null ? null : java.util.Arrays.asList(attendees));
        }

        /** Adds one value to {@link #attendees(List<String>)}. */
        public Builder addAttendee(String value) {
            this.attendees.add(value);
            return this;
        }

        /** {@code body}: the description; {@code null} for none. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** {@code location}; {@code null} for none. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code transparency}: opaque (busy) or transparent (available); {@code null} for the provider's default. */
        public Builder transparency(EventTransparency transparency) {
            this.transparency = transparency;
            return this;
        }

        /** {@code visibility}: public or private; {@code null} for the provider's default. */
        public Builder visibility(EventVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** {@code conference}: a video conference,
                created by Unipile without a URL ({@link Conference#create(ConferenceProvider)}); {@code null} for none. */
        public Builder conference(Conference conference) {
            this.conference = conference;
            return this;
        }

        /** {@code is_attendees_list_hidden}: whether attendees cannot see each other. */
        public Builder attendeesListHidden(Boolean attendeesListHidden) {
            this.attendeesListHidden = attendeesListHidden;
            return this;
        }

        /** {@code recurrence}: RFC 5545 lines ({@code RRULE:FREQ=WEEKLY;BYDAY=MO}); empty for a single event. Replaces the values set so far; {@code null} clears them. */
        public Builder recurrence(List<String> recurrence) {
            this.recurrence = recurrence == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(recurrence);
            return this;
        }

        /** {@code recurrence}: RFC 5545 lines ({@code RRULE:FREQ=WEEKLY;BYDAY=MO}); empty for a single event. Replaces the values set so far. */
        public Builder recurrence(String... recurrence) {
            return recurrence(recurrence == null ? null : java.util.Arrays.asList(recurrence));
        }

        /** Adds one value to {@link #recurrence(List<String>)}. */
        public Builder addRecurrenceRule(String value) {
            this.recurrence.add(value);
            return this;
        }


        /** The request; fails naming the field that is missing or malformed. */
        public CreateCalendarEventRequest build() {
            return new CreateCalendarEventRequest(this);
        }
    }
}
