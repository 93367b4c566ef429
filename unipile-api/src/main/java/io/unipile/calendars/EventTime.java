package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;
import io.unipile.internal.Timestamps;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event starts or ends ({@code start}, {@code end}). The spec gives two shapes: a moment,
 * {@code {"date_time": "2025-06-02T07:00:00.000Z", "time_zone": "Europe/Paris"}} (ISO 8601 UTC and the zone the
 * event is set in), or a day, {@code {"date": "2025-06-02"}}, for all-day events. Build one with
 * {@link #at(Instant, ZoneId)}, {@link #at(ZonedDateTime)} or {@link #allDay(LocalDate)}.
 *
 * <p>The texts are kept as sent, so an odd value from a provider never fails a whole list; {@link #instant()},
 * {@link #zone()}, {@link #zonedDateTime()} and {@link #localDate()} read them as {@code java.time}.
 *
 * @param dateTime {@code date_time}: the moment, ISO 8601 UTC with milliseconds; {@code null} for an all-day time
 * @param timeZone {@code time_zone}: the IANA zone of the moment ({@code Europe/Paris}); {@code null} for a day
 * @param date     {@code date}: the day, ISO 8601 ({@code 2025-06-02}); {@code null} for a moment
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record EventTime(
        @JsonProperty("date_time") String dateTime,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("date") String date,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EventTime {
        extra = Immutables.map(extra);
    }

    /** The moment {@code instant}, set in {@code zone} (the zone attendees see it in). */
    public static EventTime at(Instant instant, ZoneId zone) {
        Check.notNull("instant", instant);
        Check.notNull("zone", zone);
        return new EventTime(Timestamps.filter(instant), zone.getId(), null, Map.of());
    }

    /** The moment {@code time}, in its zone. */
    public static EventTime at(ZonedDateTime time) {
        Check.notNull("time", time);
        return at(time.toInstant(), time.getZone());
    }

    /** The whole day {@code day}, for all-day events (an all-day event ends on the day after its last day). */
    public static EventTime allDay(LocalDate day) {
        Check.notNull("day", day);
        return new EventTime(null, null, day.toString(), Map.of());
    }

    /** Whether this is a day ({@code date}) rather than a moment. */
    public boolean isAllDay() {
        return date != null && dateTime == null;
    }

    /**
     * The moment as an {@link Instant}: {@code date_time} read as ISO 8601 with an offset, or, when a provider sends
     * it without one, as a local time in {@code time_zone}. Empty for a day or an unreadable value.
     */
    public Optional<Instant> instant() {
        Optional<Instant> parsed = Json.parseInstant(dateTime);
        if (parsed.isPresent() || dateTime == null) {
            return parsed;
        }
        try {
            return zone().map(z -> LocalDateTime.parse(dateTime.trim()).atZone(z).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code time_zone} as a {@link ZoneId}; empty when absent or not a zone Java knows. */
    public Optional<ZoneId> zone() {
        return zoneOf(timeZone);
    }

    /** The moment in its own zone (UTC when the zone is unknown); empty for a day. */
    public Optional<ZonedDateTime> zonedDateTime() {
        return instant().map(i -> i.atZone(zone().orElse(ZoneId.of("UTC"))));
    }

    /** {@code date} as a {@link LocalDate}; empty for a moment or an unreadable value. */
    public Optional<LocalDate> localDate() {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where this time falls on the time line, for sorting and overlap checks: the moment, or the start of the day
     * in {@code dayZone} for an all-day time. Empty when unreadable.
     */
    public Optional<Instant> toInstant(ZoneId dayZone) {
        Objects.requireNonNull(dayZone, "dayZone");
        return isAllDay() ? localDate().map(d -> d.atStartOfDay(dayZone).toInstant()) : instant();
    }

    static Optional<ZoneId> zoneOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
