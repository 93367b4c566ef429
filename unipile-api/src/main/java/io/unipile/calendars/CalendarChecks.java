package io.unipile.calendars;

import io.unipile.internal.Check;
import io.unipile.internal.Json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the calendar requests; each names the field it fails on. */
final class CalendarChecks {
    /** Loose on purpose: one {@code @} with text on both sides, no spaces or commas (the list filter's separator). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+");

    private CalendarChecks() {
    }

    static List<String> emails(String field, List<String> emails) {
        List<String> checked = Check.noBlankElements(field, emails);
        for (int i = 0; i < checked.size(); i++) {
            if (!EMAIL.matcher(checked.get(i)).matches()) {
                throw new IllegalArgumentException(field + "[" + i + "] must be an email address but was "
                        + checked.get(i));
            }
        }
        return checked;
    }

    /** Event types for the comma-separated filter: not blank, no comma. */
    static List<String> eventTypes(List<String> types) {
        List<String> checked = Check.noBlankElements("eventTypes", types);
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).contains(",")) {
                throw new IllegalArgumentException("eventTypes[" + i + "] must not contain a comma but was "
                        + checked.get(i));
            }
        }
        return checked;
    }

    /** A range's bounds in order when both are set. */
    static void before(String fromField, Instant from, String toField, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException(fromField + " must be before " + toField + " but was " + from
                    + " for " + toField + " " + to);
        }
    }

    static Integer limit(Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return limit;
    }

    static Integer offset(Integer offset) {
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException("offset must not be negative but was " + offset);
        }
        return offset;
    }

    /** A time to send: a moment with a zone, or a day, not both nor neither, and readable. */
    static EventTime time(String field, EventTime time) {
        if (time == null) {
            return null;
        }
        boolean moment = time.dateTime() != null;
        boolean day = time.date() != null;
        if (moment == day) {
            throw new IllegalArgumentException(field + " must be either a date_time with its time_zone or a date");
        }
        if (moment) {
            Check.notBlank(field + ".dateTime", time.dateTime());
            if (Json.parseInstant(time.dateTime()).isEmpty()) {
                throw new IllegalArgumentException(field + ".dateTime is not an ISO 8601 date-time: "
                        + time.dateTime());
            }
            if (time.zone().isEmpty()) {
                throw new IllegalArgumentException(field + ".timeZone is required and must be a time zone id but was "
                        + time.timeZone());
            }
        } else {
            if (time.timeZone() != null) {
                throw new IllegalArgumentException(field + ".timeZone must not be set for a date");
            }
            if (time.localDate().isEmpty()) {
                throw new IllegalArgumentException(field + ".date is not an ISO 8601 date: " + time.date());
            }
        }
        if (!time.extra().isEmpty()) {
            throw new IllegalArgumentException(field + " has fields the API does not take: " + time.extra().keySet());
        }
        return time;
    }

    /** Both days or both moments, and the end after the start. */
    static void order(EventTime start, EventTime end) {
        if (start == null || end == null) {
            return;
        }
        if (start.isAllDay() != end.isAllDay()) {
            throw new IllegalArgumentException("end must be a date when start is one, and a date_time when start is one");
        }
        Instant s = start.toInstant(ZoneOffset.UTC).orElseThrow();
        Instant e = end.toInstant(ZoneOffset.UTC).orElseThrow();
        if (!e.isAfter(s)) {
            throw new IllegalArgumentException("end must be after start but was " + (end.isAllDay() ? end.date()
                    : end.dateTime()) + " for a start of " + (start.isAllDay() ? start.date() : start.dateTime()));
        }
    }

    static Conference conference(Conference conference) {
        if (conference == null) {
            return null;
        }
        Check.notNull("conference.provider", conference.provider());
        Check.nullOrNotBlank("conference.url", conference.url());
        if (conference.url() == null && !conference.provider().equals(ConferenceProvider.TEAMS)
                && !conference.provider().equals(ConferenceProvider.GOOGLE_MEET)) {
            throw new IllegalArgumentException("conference.url is required for " + conference.provider().value()
                    + ": Unipile creates conferences only for teams and google_meet");
        }
        return conference;
    }

    static List<String> recurrence(List<String> lines) {
        List<String> checked = Check.noBlankElements("recurrence", lines);
        for (int i = 0; i < checked.size(); i++) {
            String line = checked.get(i);
            if (!(line.startsWith("RRULE:") || line.startsWith("EXRULE:") || line.startsWith("RDATE")
                    || line.startsWith("EXDATE"))) {
                throw new IllegalArgumentException("recurrence[" + i
                        + "] must be an RRULE, EXRULE, RDATE or EXDATE line (RFC 5545) but was " + line);
            }
        }
        return checked;
    }
}
