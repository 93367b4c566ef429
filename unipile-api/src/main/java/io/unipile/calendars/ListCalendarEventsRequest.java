package io.unipile.calendars;

import io.unipile.internal.Check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Query of {@code GET /api/v1/calendars/{calendar_id}/events}: the account to use, every filter of the spec, and
 * paging. Times are sent as ISO 8601 UTC with milliseconds; the lists of event types and attendee emails are sent
 * comma-separated, as the spec asks. Every check runs in {@link Builder#build()}, naming the field, before anything
 * is sent.
 */
public final class ListCalendarEventsRequest {
    private final String accountId;
    private final Instant start;
    private final Instant end;
    private final Instant updatedAfter;
    private final Instant updatedBefore;
    private final Boolean expandRecurring;
    private final List<String> eventTypes;
    private final List<String> attendees;
    private final Boolean busy;
    private final String location;
    private final String icalUid;
    private final String description;
    private final String title;
    private final Boolean cancelled;
    private final String cursor;
    private final Integer offset;
    private final Integer limit;

    private ListCalendarEventsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.start = b.start;
        this.end = b.end;
        this.updatedAfter = b.updatedAfter;
        this.updatedBefore = b.updatedBefore;
        this.expandRecurring = b.expandRecurring;
        this.eventTypes = CalendarChecks.eventTypes(b.eventTypes);
        this.attendees = CalendarChecks.emails("attendees", b.attendees);
        this.busy = b.busy;
        this.location = Check.nullOrNotBlank("location", b.location);
        this.icalUid = Check.nullOrNotBlank("icalUid", b.icalUid);
        this.description = Check.nullOrNotBlank("description", b.description);
        this.title = Check.nullOrNotBlank("title", b.title);
        this.cancelled = b.cancelled;
        this.cursor = Check.nullOrNotBlank("cursor", b.cursor);
        this.offset = CalendarChecks.offset(b.offset);
        this.limit = CalendarChecks.limit(b.limit);
        CalendarChecks.before("start", start, "end", end);
        CalendarChecks.before("updatedAfter", updatedAfter, "updatedBefore", updatedBefore);
    }

    /** Every event of the calendar, read through this account, one page at a time. */
    public static ListCalendarEventsRequest of(String accountId) {
        return builder(accountId).build();
    }

    /** A builder for this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).start(start).end(end).updatedAfter(updatedAfter)
                .updatedBefore(updatedBefore).expandRecurring(expandRecurring).eventTypes(eventTypes)
                .attendees(attendees).busy(busy).location(location).icalUid(icalUid).description(description)
                .title(title).cancelled(cancelled).cursor(cursor).offset(offset).limit(limit);
    }

    /** {@code account_id}: the account to use (required). */
    public String accountId() {
        return accountId;
    }

    /** {@code start}: only events starting after this moment; {@code null} for no bound. */
    public Instant start() {
        return start;
    }

    /** {@code end}: only events ending before this moment; {@code null} for no bound. */
    public Instant end() {
        return end;
    }

    /** {@code updated_after}: only events updated after this moment. */
    public Instant updatedAfter() {
        return updatedAfter;
    }

    /** {@code updated_before}: only events updated before this moment. */
    public Instant updatedBefore() {
        return updatedBefore;
    }

    /** {@code expand_recurring}: {@code true} to list each occurrence of recurring events rather than the recurring event. */
    public Boolean expandRecurring() {
        return expandRecurring;
    }

    /** {@code event_type}: only events of these types ({@code default}, {@code birthday}, {@code outOfOffice},
            ...); empty for all. */
    public List<String> eventTypes() {
        return eventTypes;
    }

    /** {@code attendees}: only events with an attendee among these email addresses; empty for all. */
    public List<String> attendees() {
        return attendees;
    }

    /** {@code busy}: {@code true} for only the events that block time. */
    public Boolean busy() {
        return busy;
    }

    /** {@code location}: only events at this location. */
    public String location() {
        return location;
    }

    /** {@code ical_uid}: only the event with this iCalendar UID. */
    public String icalUid() {
        return icalUid;
    }

    /** {@code description}: only events with this description. */
    public String description() {
        return description;
    }

    /** {@code title}: only events with this title. */
    public String title() {
        return title;
    }

    /** {@code is_cancelled}: {@code true} to list the cancelled events too. */
    public Boolean cancelled() {
        return cancelled;
    }

    /** {@code cursor}: the previous page's {@code next_cursor}; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    /** {@code offset}: items to skip, for providers that page by offset; 0 or more. */
    public Integer offset() {
        return offset;
    }

    /** {@code limit}: items per page, at least 1; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof ListCalendarEventsRequest r && Objects.equals(accountId, r.accountId)
                && Objects.equals(start, r.start) && Objects.equals(end, r.end) && Objects.equals(updatedAfter,
                r.updatedAfter) && Objects.equals(updatedBefore, r.updatedBefore) && Objects.equals(expandRecurring,
                r.expandRecurring) && Objects.equals(eventTypes, r.eventTypes) && Objects.equals(attendees,
                r.attendees) && Objects.equals(busy, r.busy) && Objects.equals(location, r.location)
                && Objects.equals(icalUid, r.icalUid) && Objects.equals(description, r.description)
                && Objects.equals(title, r.title) && Objects.equals(cancelled, r.cancelled) && Objects.equals(cursor,
                r.cursor) && Objects.equals(offset, r.offset) && Objects.equals(limit, r.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, start, end, updatedAfter, updatedBefore, expandRecurring, eventTypes, attendees,
                busy, location, icalUid, description, title, cancelled, cursor, offset, limit);
    }

    @Override
    public String toString() {
        return "ListCalendarEventsRequest[accountId=" + accountId + ", start=" + start + ", end=" + end
                + ", updatedAfter=" + updatedAfter + ", updatedBefore=" + updatedBefore + ", expandRecurring="
                + expandRecurring + ", eventTypes=" + eventTypes + ", attendees=" + attendees + ", busy=" + busy
                + ", location=" + location + ", icalUid=" + icalUid + ", description=" + description + ", title="
                + title + ", cancelled=" + cancelled + ", cursor=" + cursor + ", offset=" + offset + ", limit="
                + limit + "]";
    }

    /** Builds a {@link ListCalendarEventsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private Instant start;
        private Instant end;
        private Instant updatedAfter;
        private Instant updatedBefore;
        private Boolean expandRecurring;
        private List<String> eventTypes = new java.util.ArrayList<>();
        private List<String> attendees = new java.util.ArrayList<>();
        private Boolean busy;
        private String location;
        private String icalUid;
        private String description;
        private String title;
        private Boolean cancelled;
        private String cursor;
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        /** {@code account_id}: the account to use (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code start}: only events starting after this moment; {@code null} for no bound. */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** {@code end}: only events ending before this moment; {@code null} for no bound. */
        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /** {@code updated_after}: only events updated after this moment. */
        public Builder updatedAfter(Instant updatedAfter) {
            this.updatedAfter = updatedAfter;
            return this;
        }

        /** {@code updated_before}: only events updated before this moment. */
        public Builder updatedBefore(Instant updatedBefore) {
            this.updatedBefore = updatedBefore;
            return this;
        }

        /** {@code expand_recurring}: {@code true} to list each occurrence of recurring events rather than the recurring event. */
        public Builder expandRecurring(Boolean expandRecurring) {
            this.expandRecurring = expandRecurring;
            return this;
        }

        /** {@code event_type}: only events of these types ({@code default}, {@code birthday}, {@code outOfOffice},
                ...); empty for all. Replaces the values set so far; {@code null} clears them. */
        public Builder eventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(eventTypes);
            return this;
        }

        /** {@code event_type}: only events of these types ({@code default}, {@code birthday}, {@code outOfOffice},
                ...); empty for all. Replaces the values set so far. */
        public Builder eventTypes(String... eventTypes) {
            return eventTypes(eventTypes == null ? null : java.util.Arrays.asList(eventTypes));
        }

        /** Adds one value to {@link #eventTypes(List<String>)}. */
        public Builder addEventType(String value) {
            this.eventTypes.add(value);
            return this;
        }

        /** {@code attendees}: only events with an attendee among these email addresses; empty for all. Replaces the values set so far; {@code null} clears them. */
        public Builder attendees(List<String> attendees) {
            this.attendees = attendees == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(attendees);
            return this;
        }

        /** {@code attendees}: only events with an attendee among these email addresses; empty for all. Replaces the values set so far. */
        public Builder attendees(String... attendees) {
            return attendees(attendees == null ? null : java.util.Arrays.asList(attendees));
        }

        /** Adds one value to {@link #attendees(List<String>)}. */
        public Builder addAttendee(String value) {
            this.attendees.add(value);
            return this;
        }

        /** {@code busy}: {@code true} for only the events that block time. */
        public Builder busy(Boolean busy) {
            this.busy = busy;
            return this;
        }

        /** {@code location}: only events at this location. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code ical_uid}: only the event with this iCalendar UID. */
        public Builder icalUid(String icalUid) {
            this.icalUid = icalUid;
            return this;
        }

        /** {@code description}: only events with this description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code title}: only events with this title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** {@code is_cancelled}: {@code true} to list the cancelled events too. */
        public Builder cancelled(Boolean cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        /** {@code cursor}: the previous page's {@code next_cursor}; {@code null} for the first page. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** {@code offset}: items to skip, for providers that page by offset; 0 or more. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** {@code limit}: items per page, at least 1; {@code null} for the server's default. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@link #start(Instant)} and {@link #end(Instant)}: the events between these moments. */
        public Builder between(Instant start, Instant end) {
            return start(start).end(end);
        }


        /** The request; fails naming the field that is missing or malformed. */
        public ListCalendarEventsRequest build() {
            return new ListCalendarEventsRequest(this);
        }
    }
}
