package io.unipile.calendars;

import io.unipile.internal.Check;

import java.util.List;
import java.util.Objects;

/**
 * Body of {@code PATCH /api/v1/calendars/{calendar_id}/events/{event_id}}, with the account to use
 * ({@code account_id}, sent in the query). Only the fields set are sent: a field left {@code null} keeps its value
 * on the server, and an empty {@code attendees} or {@code recurrence} list is sent as {@code []} (removing every
 * attendee, or making the event single). At least one field must be set. Every check runs in
 * {@link Builder#build()}, naming the field, before anything is sent.
 */
public final class EditCalendarEventRequest {
    private final String accountId;
    private final String title;
    private final String body;
    private final String location;
    private final EventTime start;
    private final EventTime end;
    private final List<String> attendees;
    private final EventTransparency transparency;
    private final EventVisibility visibility;
    private final Conference conference;
    private final Boolean attendeesListHidden;
    private final List<String> recurrence;

    private EditCalendarEventRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.title = Check.nullOrNotBlank("title", b.title);
        this.body = b.body;
        this.location = Check.nullOrNotBlank("location", b.location);
        this.start = CalendarChecks.time("start", b.start);
        this.end = CalendarChecks.time("end", b.end);
        this.attendees = b.attendees == null ? null : CalendarChecks.emails("attendees", b.attendees);
        this.transparency = b.transparency;
        this.visibility = b.visibility;
        this.conference = CalendarChecks.conference(b.conference);
        this.attendeesListHidden = b.attendeesListHidden;
        this.recurrence = b.recurrence == null ? null : CalendarChecks.recurrence(b.recurrence);
        CalendarChecks.order(start, end);
        if (title == null && body == null && location == null && start == null && end == null && attendees == null
                && transparency == null && visibility == null && conference == null && attendeesListHidden == null
                && recurrence == null) {
            throw new IllegalArgumentException("an edit must set at least one field besides accountId");
        }
    }

    /** A builder for this account; set the fields to change. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).title(title).body(body).location(location).start(start).end(end)
                .attendees(attendees).transparency(transparency).visibility(visibility).conference(conference)
                .attendeesListHidden(attendeesListHidden).recurrence(recurrence);
    }

    /** {@code account_id}: the account to use (required; sent in the query). */
    public String accountId() {
        return accountId;
    }

    /** {@code title}; {@code null} to keep it. */
    public String title() {
        return title;
    }

    /** {@code body}; {@code null} to keep it. */
    public String body() {
        return body;
    }

    /** {@code location}; {@code null} to keep it. */
    public String location() {
        return location;
    }

    /** {@code start}; {@code null} to keep it. */
    public EventTime start() {
        return start;
    }

    /** {@code end}; {@code null} to keep it. */
    public EventTime end() {
        return end;
    }

    /** {@code attendees}: the email addresses of the attendees,
            replacing the current ones; {@code null} to keep them. */
    public List<String> attendees() {
        return attendees;
    }

    /** {@code transparency}; {@code null} to keep it. */
    public EventTransparency transparency() {
        return transparency;
    }

    /** {@code visibility}; {@code null} to keep it. */
    public EventVisibility visibility() {
        return visibility;
    }

    /** {@code conference}; {@code null} to keep it. */
    public Conference conference() {
        return conference;
    }

    /** {@code is_attendees_list_hidden}; {@code null} to keep it. */
    public Boolean attendeesListHidden() {
        return attendeesListHidden;
    }

    /** {@code recurrence}: RFC 5545 lines replacing the current ones; {@code null} to keep them. */
    public List<String> recurrence() {
        return recurrence;
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof EditCalendarEventRequest r && Objects.equals(accountId, r.accountId)
                && Objects.equals(title, r.title) && Objects.equals(body, r.body) && Objects.equals(location,
                r.location) && Objects.equals(start, r.start) && Objects.equals(end, r.end)
                && Objects.equals(attendees, r.attendees) && Objects.equals(transparency, r.transparency)
                && Objects.equals(visibility, r.visibility) && Objects.equals(conference, r.conference)
                && Objects.equals(attendeesListHidden, r.attendeesListHidden) && Objects.equals(recurrence,
                r.recurrence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, title, body, location, start, end, attendees, transparency, visibility,
                conference, attendeesListHidden, recurrence);
    }

    @Override
    public String toString() {
        return "EditCalendarEventRequest[accountId=" + accountId + ", title=" + title + ", body=" + body
                + ", location=" + location + ", start=" + start + ", end=" + end + ", attendees=" + attendees
                + ", transparency=" + transparency + ", visibility=" + visibility + ", conference=" + conference
                + ", attendeesListHidden=" + attendeesListHidden + ", recurrence=" + recurrence + "]";
    }

    /** Builds a {@link EditCalendarEventRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String title;
        private String body;
        private String location;
        private EventTime start;
        private EventTime end;
        private List<String> attendees;
        private EventTransparency transparency;
        private EventVisibility visibility;
        private Conference conference;
        private Boolean attendeesListHidden;
        private List<String> recurrence;

        private Builder() {
        }

        /** {@code account_id}: the account to use (required; sent in the query). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code title}; {@code null} to keep it. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** {@code body}; {@code null} to keep it. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** {@code location}; {@code null} to keep it. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code start}; {@code null} to keep it. */
        public Builder start(EventTime start) {
            this.start = start;
            return this;
        }

        /** {@code end}; {@code null} to keep it. */
        public Builder end(EventTime end) {
            this.end = end;
            return this;
        }

        /** {@code attendees}: the email addresses of the attendees,
                replacing the current ones; {@code null} to keep them. Replaces the values set so far; an empty list is sent as such, {@code null} unsets the field. */
        public Builder attendees(List<String> attendees) {
            this.attendees = attendees == null ? null : new java.util.ArrayList<>(attendees);
            return this;
        }

        /** {@code attendees}: the email addresses of the attendees,
                replacing the current ones; {@code null} to keep them. Replaces the values set so far. */
        public Builder attendees(String... attendees) {
            return attendees(attendees == null ? null : java.util.Arrays.asList(attendees));
        }

        /** Adds one value to {@link #attendees(List<String>)}. */
        public Builder addAttendee(String value) {
            if (this.attendees == null) {
                this.attendees = new java.util.ArrayList<>();
            }
            this.attendees.add(value);
            return this;
        }

        /** {@code transparency}; {@code null} to keep it. */
        public Builder transparency(EventTransparency transparency) {
            this.transparency = transparency;
            return this;
        }

        /** {@code visibility}; {@code null} to keep it. */
        public Builder visibility(EventVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** {@code conference}; {@code null} to keep it. */
        public Builder conference(Conference conference) {
            this.conference = conference;
            return this;
        }

        /** {@code is_attendees_list_hidden}; {@code null} to keep it. */
        public Builder attendeesListHidden(Boolean attendeesListHidden) {
            this.attendeesListHidden = attendeesListHidden;
            return this;
        }

        /** {@code recurrence}: RFC 5545 lines replacing the current ones; {@code null} to keep them. Replaces the values set so far; an empty list is sent as such, {@code null} unsets the field. */
        public Builder recurrence(List<String> recurrence) {
            this.recurrence = recurrence == null ? null : new java.util.ArrayList<>(recurrence);
            return this;
        }

        /** {@code recurrence}: RFC 5545 lines replacing the current ones; {@code null} to keep them. Replaces the values set so far. */
        public Builder recurrence(String... recurrence) {
            return recurrence(recurrence == null ? null : java.util.Arrays.asList(recurrence));
        }

        /** Adds one value to {@link #recurrence(List<String>)}. */
        public Builder addRecurrenceRule(String value) {
            if (this.recurrence == null) {
                this.recurrence = new java.util.ArrayList<>();
            }
            this.recurrence.add(value);
            return this;
        }


        /** The request; fails naming the field that is missing or malformed. */
        public EditCalendarEventRequest build() {
            return new EditCalendarEventRequest(this);
        }
    }
}
