package io.unipile.testkit.calendars;

import io.unipile.testkit.internal.ApiException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The occurrences of a recurring event, for {@code expand_recurring=true}: the first {@code RRULE} line with
 * {@code FREQ} daily, weekly, monthly or yearly, {@code INTERVAL}, {@code COUNT}, {@code UNTIL} and, for weekly
 * rules, {@code BYDAY}; {@code EXDATE} lines remove occurrences. At most {@link #MAX} occurrences. An occurrence's
 * id is {@code <master id>_<its start, yyyyMMdd'T'HHmmss'Z' or yyyyMMdd>}.
 */
final class Recurrence {
    static final int MAX = 250;
    private static final DateTimeFormatter UTC_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter BASIC_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private Recurrence() {
    }

    /** Checks RFC 5545 lines as the create and edit routes receive them; 400 for a malformed one. */
    static void check(List<String> lines) {
        for (String line : lines) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("RRULE:") || upper.startsWith("EXRULE:")) {
                Map<String, String> parts = parts(line);
                String freq = parts.get("FREQ");
                if (freq == null) {
                    throw ApiException.invalidParameters("recurrence: " + line + " has no FREQ");
                }
                number(parts, "INTERVAL", line);
                number(parts, "COUNT", line);
            } else if (!upper.startsWith("RDATE") && !upper.startsWith("EXDATE")) {
                throw ApiException.invalidParameters("recurrence: " + line
                        + " is not an RRULE, EXRULE, RDATE or EXDATE line");
            }
        }
    }

    /** The occurrences of a recurring event, or the event alone when its rule is not one the fake expands. */
    static List<FakeCalendarEvent> expand(FakeCalendarEvent master, ZoneId dayZone) {
        String rule = master.recurrence().stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith("RRULE:"))
                .findFirst().orElse(null);
        if (rule == null) {
            return List.of(master);
        }
        Map<String, String> parts = parts(rule);
        ChronoUnit unit = switch (parts.getOrDefault("FREQ", "").toUpperCase(Locale.ROOT)) {
            case "DAILY" -> ChronoUnit.DAYS;
            case "WEEKLY" -> ChronoUnit.WEEKS;
            case "MONTHLY" -> ChronoUnit.MONTHS;
            case "YEARLY" -> ChronoUnit.YEARS;
            default -> null;
        };
        if (unit == null) {
            return List.of(master);
        }
        int interval = Math.max(1, number(parts, "INTERVAL", rule, 1));
        int count = number(parts, "COUNT", rule, MAX);
        Instant until = until(parts.get("UNTIL"), dayZone);
        Set<DayOfWeek> byDay = EnumSet.noneOf(DayOfWeek.class);
        if (unit == ChronoUnit.WEEKS && parts.containsKey("BYDAY")) {
            for (String d : parts.get("BYDAY").split(",")) {
                DayOfWeek day = DAYS.get(d.trim().toUpperCase(Locale.ROOT));
                if (day != null) {
                    byDay.add(day);
                }
            }
        }
        Set<String> excluded = excluded(master.recurrence());
        ZoneId zone = master.start().isDay() ? dayZone : ZoneId.of(master.start().timeZone());
        ZonedDateTime first = master.start().isDay() ? master.start().date().atStartOfDay(zone)
                : master.start().dateTime().atZone(zone);
        long length = master.end().instant(dayZone).toEpochMilli() - master.start().instant(dayZone).toEpochMilli();
        List<FakeCalendarEvent> occurrences = new ArrayList<>();
        int made = 0;
        for (int period = 0; period < MAX * 10 && made < count && occurrences.size() < MAX; period++) {
            ZonedDateTime base = first.plus((long) period * interval, unit);
            List<ZonedDateTime> starts = new ArrayList<>();
            if (byDay.isEmpty()) {
                starts.add(base);
            } else {
                ZonedDateTime monday = base.minusDays(base.getDayOfWeek().getValue() - 1L);
                for (DayOfWeek day : byDay) {
                    ZonedDateTime s = monday.plusDays(day.getValue() - 1L);
                    if (!s.isBefore(first)) {
                        starts.add(s);
                    }
                }
            }
            for (ZonedDateTime s : starts) {
                if (made >= count || (until != null && s.toInstant().isAfter(until))) {
                    return occurrences;
                }
                made++;
                String key = master.start().isDay() ? s.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                        : UTC_ID.format(s.toInstant());
                if (excluded.contains(key)) {
                    continue;
                }
                FakeCalendarEvent.Time start = master.start().isDay() ? FakeCalendarEvent.Time.day(s.toLocalDate())
                        : FakeCalendarEvent.Time.at(s.toInstant(), master.start().timeZone());
                Instant endAt = s.toInstant().plusMillis(length);
                FakeCalendarEvent.Time end = master.end().isDay()
                        ? FakeCalendarEvent.Time.day(endAt.atZone(zone).toLocalDate())
                        : FakeCalendarEvent.Time.at(endAt, master.end().timeZone());
                occurrences.add(master.toBuilder().id(master.id() + "_" + key).masterEventId(master.id())
                        .start(start).end(end).recurrence(List.of()).build());
            }
        }
        return occurrences;
    }

    private static Set<String> excluded(List<String> lines) {
        Set<String> keys = new java.util.HashSet<>();
        for (String line : lines) {
            if (!line.toUpperCase(Locale.ROOT).startsWith("EXDATE")) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            String params = line.substring(0, Math.max(colon, 0)).toUpperCase(Locale.ROOT);
            String tzid = null;
            for (String p : params.split(";")) {
                if (p.startsWith("TZID=")) {
                    tzid = line.substring(line.toUpperCase(Locale.ROOT).indexOf("TZID=") + 5).split("[;:]")[0];
                }
            }
            for (String value : line.substring(colon + 1).split(",")) {
                String v = value.trim();
                try {
                    if (v.length() == 8) {
                        keys.add(v);
                    } else if (v.endsWith("Z")) {
                        keys.add(v);
                    } else if (tzid != null) {
                        keys.add(UTC_ID.format(LocalDateTime.parse(v, BASIC_LOCAL).atZone(ZoneId.of(tzid))
                                .toInstant()));
                    }
                } catch (RuntimeException e) {
                    // an EXDATE the fake cannot read removes nothing
                }
            }
        }
        return keys;
    }

    private static Instant until(String value, ZoneId dayZone) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).plusDays(1).atStartOfDay(dayZone)
                        .toInstant().minusMillis(1);
            }
            return LocalDateTime.parse(value.replace("Z", ""), BASIC_LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> parts(String line) {
        Map<String, String> parts = new HashMap<>();
        for (String part : line.substring(line.indexOf(':') + 1).split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return parts;
    }

    private static void number(Map<String, String> parts, String name, String line) {
        number(parts, name, line, 0);
    }

    private static int number(Map<String, String> parts, String name, String line, int absent) {
        String value = parts.get(name);
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters("recurrence: " + name + " of " + line + " must be a positive integer");
    }
}
