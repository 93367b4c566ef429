package io.unipile.testkit.calendars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The calendars group: {@code /api/v1/calendars}, for Google ({@code GOOGLE_OAUTH}, {@code GOOGLE_CALENDAR}) and
 * Outlook accounts. Calendars belong to an account, and another account's calendar is not found; events are
 * created, edited (only the fields sent change) and deleted (then 404), and lists filter and page as the spec
 * describes:
 *
 * <ul>
 *   <li>{@code start}: events starting at or after it; {@code end}: events ending at or before it (all-day events
 *       are placed in the calendar's time zone, UTC without one);</li>
 *   <li>{@code updated_after} / {@code updated_before}: exclusive; {@code title}, {@code description},
 *       {@code location}: case-insensitive substring; {@code ical_uid}: exact; {@code event_type}, {@code attendees}:
 *       comma-separated, any of them;</li>
 *   <li>{@code busy=true}: opaque and not cancelled, {@code false}: the others; cancelled events are left out unless
 *       {@code is_cancelled=true};</li>
 *   <li>{@code expand_recurring=true}: occurrences of recurring events instead of the recurring events;</li>
 *   <li>ordered by start; paged by {@code cursor} ({@code next_cursor}, absent on the last page) or by
 *       {@code offset}, not both; {@code limit} 1 to 250, 100 by default.</li>
 * </ul>
 *
 * <p>A conference sent without URL is created for {@code google_meet} on Google accounts and {@code teams} on
 * Outlook ones; other providers need a URL (400). Writes to a read-only calendar answer 403.
 */
public final class CalendarRoutes implements ResourceGroup {
    /** {@code GET /api/v1/calendars}. */
    public static final Route LIST_CALENDARS = Route.get("/api/v1/calendars", "cursor", "offset", "limit",
            "account_id");
    /** {@code GET /api/v1/calendars/{calendar_id}}. */
    public static final Route GET_CALENDAR = Route.get("/api/v1/calendars/{calendar_id}", "account_id");
    /** {@code GET /api/v1/calendars/{calendar_id}/events}. */
    public static final Route LIST_EVENTS = Route.get("/api/v1/calendars/{calendar_id}/events", "expand_recurring",
            "event_type", "attendees", "updated_after", "updated_before", "busy", "end", "start", "location",
            "ical_uid", "description", "title", "is_cancelled", "cursor", "offset", "limit", "account_id");
    /** {@code POST /api/v1/calendars/{calendar_id}/events} (JSON). */
    public static final Route CREATE_EVENT = Route.post("/api/v1/calendars/{calendar_id}/events", "account_id");
    /** {@code GET /api/v1/calendars/{calendar_id}/events/{event_id}}. */
    public static final Route GET_EVENT = Route.get("/api/v1/calendars/{calendar_id}/events/{event_id}",
            "account_id");
    /** {@code PATCH /api/v1/calendars/{calendar_id}/events/{event_id}} (JSON). */
    public static final Route EDIT_EVENT = Route.patch("/api/v1/calendars/{calendar_id}/events/{event_id}",
            "account_id");
    /** {@code DELETE /api/v1/calendars/{calendar_id}/events/{event_id}}. */
    public static final Route DELETE_EVENT = Route.delete("/api/v1/calendars/{calendar_id}/events/{event_id}",
            "account_id");

    /** The account types that have calendars. */
    static final Set<AccountType> CALENDAR_ACCOUNTS = Set.of(AccountType.GOOGLE_OAUTH, AccountType.GOOGLE_CALENDAR,
            AccountType.OUTLOOK);
    private static final Set<String> EVENT_FIELDS = Set.of("title", "body", "location", "transparency",
            "visibility", "conference", "is_attendees_list_hidden", "attendees", "recurrence", "start", "end");
    private static final Set<String> TRANSPARENCIES = Set.of("opaque", "transparent");
    private static final Set<String> VISIBILITIES = Set.of("public", "private");
    private static final Set<String> PROVIDERS = Set.of("google_meet", "zoom", "teams", "unknown");
    private static final String UTC_MILLIS = "[1-2]\\d{3}-[0-1]\\d-[0-3]\\dT\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private final SharedState shared;
    private final AccountStore accounts;
    private final CalendarStore store;

    /** The group over this state. */
    public CalendarRoutes(SharedState state) {
        this.shared = state;
        this.accounts = AccountStore.of(state);
        this.store = CalendarStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_CALENDARS, this::listCalendars),
                Endpoint.of(GET_CALENDAR, this::getCalendar),
                Endpoint.of(LIST_EVENTS, this::listEvents),
                Endpoint.json(CREATE_EVENT, this::createEvent),
                Endpoint.of(GET_EVENT, this::getEvent),
                Endpoint.json(EDIT_EVENT, this::editEvent),
                Endpoint.of(DELETE_EVENT, this::deleteEvent));
    }

    private Reply listCalendars(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            List<FakeCalendar> calendars = store.calendars(account.id());
            List<Paging.Entry<FakeCalendar>> entries = new ArrayList<>();
            for (int i = 0; i < calendars.size(); i++) {
                entries.add(new Paging.Entry<>(calendars.get(i), Paging.inserted(i)));
            }
            return page("calendars", entries, request, CalendarJson::calendar);
        }
    }

    private Reply getCalendar(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            return Reply.json(200, CalendarJson.calendar(store.requireCalendar(account.id(),
                    request.pathParam("calendar_id"))));
        }
    }

    private Reply listEvents(IncomingRequest request) {
        Instant start = request.instantParam("start");
        Instant end = request.instantParam("end");
        Instant updatedAfter = request.instantParam("updated_after");
        Instant updatedBefore = request.instantParam("updated_before");
        Boolean expand = request.booleanParam("expand_recurring");
        Boolean busy = request.booleanParam("busy");
        Boolean cancelled = request.booleanParam("is_cancelled");
        Set<String> types = commaList(request, "event_type");
        Set<String> attendees = commaList(request, "attendees").stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String title = request.queryParam("title");
        String description = request.queryParam("description");
        String location = request.queryParam("location");
        String icalUid = request.queryParam("ical_uid");
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            FakeCalendar calendar = store.requireCalendar(account.id(), request.pathParam("calendar_id"));
            ZoneId dayZone = dayZone(calendar);
            Predicate<FakeCalendarEvent> filter = e -> (start == null || !e.start().instant(dayZone).isBefore(start))
                    && (end == null || !e.end().instant(dayZone).isAfter(end))
                    && (updatedAfter == null || e.updatedAt().isAfter(updatedAfter))
                    && (updatedBefore == null || e.updatedAt().isBefore(updatedBefore))
                    && (busy == null || e.busy() == busy)
                    && (Boolean.TRUE.equals(cancelled) || !e.cancelled())
                    && (types.isEmpty() || types.contains(e.eventType()))
                    && (attendees.isEmpty() || e.attendees().stream()
                            .anyMatch(a -> attendees.contains(a.email().toLowerCase(Locale.ROOT))))
                    && contains(e.title(), title) && contains(e.body(), description)
                    && contains(e.location(), location)
                    && (icalUid == null || icalUid.equals(e.icalUid()));
            List<Paging.Entry<FakeCalendarEvent>> entries = new ArrayList<>();
            for (FakeCalendarEvent event : store.events(calendar.id())) {
                List<FakeCalendarEvent> shown = Boolean.TRUE.equals(expand) && !event.recurrence().isEmpty()
                        ? Recurrence.expand(event, dayZone) : List.of(event);
                for (FakeCalendarEvent e : shown) {
                    if (filter.test(e)) {
                        entries.add(new Paging.Entry<>(e, new Paging.Position(
                                e.start().instant(dayZone).toEpochMilli(), store.sequenceOf(e))));
                    }
                }
            }
            return page("calendar-events-" + Integer.toHexString(calendar.id().hashCode()), Paging.sorted(entries),
                    request, CalendarJson::event);
        }
    }

    private Reply createEvent(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), EVENT_FIELDS);
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            FakeCalendar calendar = writable(account, request.pathParam("calendar_id"));
            String title = JsonFields.requiredText(body, "title");
            if (!body.has("attendees")) {
                throw ApiException.missingParameters("attendees is required");
            }
            FakeCalendarEvent.Time start = time(body, "start", true);
            FakeCalendarEvent.Time end = time(body, "end", true);
            checkOrder(start, end, dayZone(calendar));
            Instant now = WireJson.now();
            FakeCalendarEvent.Builder event = FakeCalendarEvent.builder(calendar.id(), title, start, end)
                    .id(Ids.unipileId()).createdAt(now).updatedAt(now)
                    .organizer(ownerEmail(account), account.name())
                    .attendees(attendees(body.get("attendees"), List.of()));
            applyOptional(event, body, account);
            FakeCalendarEvent created = store.put(event.build());
            return Reply.write(201, WireJson.object("CalendarEventCreated").put("event_id", created.id()),
                    List.of());
        }
    }

    private Reply getEvent(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            FakeCalendar calendar = store.requireCalendar(account.id(), request.pathParam("calendar_id"));
            String eventId = request.pathParam("event_id");
            FakeCalendarEvent event = store.event(eventId).filter(e -> e.calendarId().equals(calendar.id()))
                    .orElseGet(() -> occurrence(calendar, eventId));
            return Reply.json(200, CalendarJson.event(event));
        }
    }

    private Reply editEvent(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), EVENT_FIELDS);
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            FakeCalendar calendar = writable(account, request.pathParam("calendar_id"));
            FakeCalendarEvent current = event(calendar, request.pathParam("event_id"));
            if (body.isEmpty()) {
                throw ApiException.invalidParameters("The body sets no field to edit");
            }
            FakeCalendarEvent.Builder event = current.toBuilder();
            if (body.has("title")) {
                event.title(JsonFields.text(body.get("title"), "title"));
            }
            FakeCalendarEvent.Time start = body.has("start") ? time(body, "start", true) : current.start();
            FakeCalendarEvent.Time end = body.has("end") ? time(body, "end", true) : current.end();
            checkOrder(start, end, dayZone(calendar));
            event.start(start).end(end);
            if (body.has("attendees")) {
                event.attendees(attendees(body.get("attendees"), current.attendees()));
            }
            applyOptional(event, body, account);
            // Strictly later than the last change, so that updated_after sees every edit.
            Instant now = WireJson.now();
            event.updatedAt(now.isAfter(current.updatedAt()) ? now : current.updatedAt().plusMillis(1));
            store.put(event.build());
            return Reply.json(200, WireJson.object("CalendarEventUpdated"));
        }
    }

    private Reply deleteEvent(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeAccount account = account(request);
            FakeCalendar calendar = writable(account, request.pathParam("calendar_id"));
            store.remove(event(calendar, request.pathParam("event_id")).id());
            return Reply.json(200, WireJson.object("CalendarEventDeleted"));
        }
    }

    // ---- plumbing ----

    /** The fields create and edit share, each applied when sent. */
    private static void applyOptional(FakeCalendarEvent.Builder event, JsonNode body, FakeAccount account) {
        if (body.has("body")) {
            event.body(text(body.get("body"), "body"));
        }
        if (body.has("location")) {
            event.location(JsonFields.text(body.get("location"), "location"));
        }
        if (body.has("transparency")) {
            event.transparency(oneOf(body.get("transparency"), "transparency", TRANSPARENCIES));
        }
        if (body.has("visibility")) {
            event.visibility(oneOf(body.get("visibility"), "visibility", VISIBILITIES));
        }
        Boolean hidden = JsonFields.optionalBoolean(body, "is_attendees_list_hidden");
        if (hidden != null) {
            event.attendeesListHidden(hidden);
        }
        if (body.has("conference")) {
            JsonNode conference = JsonFields.object(body.get("conference").toString(), Set.of("provider", "url"));
            String provider = oneOf(conference.get("provider"), "conference.provider", PROVIDERS);
            String url = JsonFields.optionalText(conference, "url");
            if (url == null) {
                url = newConference(provider, account);
            } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw ApiException.invalidParameters("conference.url must be an http(s) URL, not " + url);
            }
            event.conference(provider, url);
        }
        if (body.has("recurrence")) {
            JsonNode lines = body.get("recurrence");
            if (!lines.isArray()) {
                throw ApiException.invalidParameters("recurrence must be an array of strings");
            }
            List<String> recurrence = new ArrayList<>();
            lines.forEach(l -> recurrence.add(JsonFields.text(l, "recurrence[]")));
            Recurrence.check(recurrence);
            event.recurrence(recurrence);
        }
    }

    /** The link of a conference Unipile creates: Meet on Google accounts, Teams on Outlook ones. */
    private static String newConference(String provider, FakeAccount account) {
        boolean google = account.type().equals(AccountType.GOOGLE_OAUTH)
                || account.type().equals(AccountType.GOOGLE_CALENDAR);
        if (provider.equals("google_meet") && google) {
            String code = Ids.random(10).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "x");
            return "https://meet.google.com/" + code.substring(0, 3) + "-" + code.substring(3, 7) + "-"
                    + code.substring(7, 10);
        }
        if (provider.equals("teams") && account.type().equals(AccountType.OUTLOOK)) {
            return "https://teams.microsoft.com/l/meetup-join/" + Ids.random(24);
        }
        throw ApiException.invalidParameters("conference.url is required: a " + account.type().value()
                + " account cannot create a " + provider + " conference");
    }

    private static String text(JsonNode value, String field) {
        if (value == null || !value.isTextual()) {
            throw ApiException.invalidParameters(field + " must be a string");
        }
        return value.textValue();
    }

    private static String oneOf(JsonNode value, String field, Set<String> allowed) {
        if (value == null) {
            throw ApiException.missingParameters(field + " is required");
        }
        String text = JsonFields.text(value, field);
        if (!allowed.contains(text)) {
            throw ApiException.invalidParameters(field + " must be one of " + allowed + ", not " + text);
        }
        return text;
    }

    /** Attendees as sent ({@code [{email}]}); those already invited keep their answer. */
    private static List<FakeCalendarEvent.Attendee> attendees(JsonNode value, List<FakeCalendarEvent.Attendee> before) {
        if (value == null || !value.isArray()) {
            throw ApiException.invalidParameters("attendees must be an array of {email}");
        }
        Map<String, FakeCalendarEvent.Attendee> known = new HashMap<>();
        before.forEach(a -> known.put(a.email().toLowerCase(Locale.ROOT), a));
        List<FakeCalendarEvent.Attendee> attendees = new ArrayList<>();
        for (JsonNode a : value) {
            if (!a.isObject()) {
                throw ApiException.invalidParameters("attendees must be an array of {email}");
            }
            JsonNode attendee = JsonFields.object(a.toString(), Set.of("email"));
            String email = JsonFields.requiredText(attendee, "email");
            if (!email.matches("[^@\\s,]+@[^@\\s,]+")) {
                throw ApiException.invalidParameters("attendees: " + email + " is not an email address");
            }
            attendees.add(known.getOrDefault(email.toLowerCase(Locale.ROOT), FakeCalendarEvent.Attendee.invited(email)));
        }
        return attendees;
    }

    /** A start or end as the spec types it: {@code {date_time, time_zone}} or {@code {date}}. */
    private static FakeCalendarEvent.Time time(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null) {
            if (required) {
                throw ApiException.missingParameters(field + " is required");
            }
            return null;
        }
        if (!value.isObject()) {
            throw ApiException.invalidParameters(field + " must be {date_time, time_zone} or {date}");
        }
        if (value.has("date")) {
            JsonNode day = JsonFields.object(value.toString(), Set.of("date"));
            String date = JsonFields.text(day.get("date"), field + ".date");
            try {
                if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return FakeCalendarEvent.Time.day(LocalDate.parse(date));
                }
            } catch (DateTimeException e) {
                // reported below
            }
            throw ApiException.invalidParameters(field + ".date must be YYYY-MM-DD, not " + date);
        }
        JsonNode moment = JsonFields.object(value.toString(), Set.of("date_time", "time_zone"));
        String dateTime = JsonFields.requiredText(moment, "date_time");
        String zone = JsonFields.requiredText(moment, "time_zone");
        Instant instant = null;
        try {
            instant = dateTime.matches(UTC_MILLIS) ? Instant.parse(dateTime) : null;
        } catch (DateTimeException e) {
            // reported below
        }
        if (instant == null) {
            throw ApiException.invalidParameters(field + ".date_time must be an ISO 8601 UTC datetime "
                    + "(YYYY-MM-DDTHH:MM:SS.sssZ), not " + dateTime);
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiException.invalidParameters(field + ".time_zone is not a time zone: " + zone);
        }
        return FakeCalendarEvent.Time.at(instant, zone);
    }

    private static void checkOrder(FakeCalendarEvent.Time start, FakeCalendarEvent.Time end, ZoneId dayZone) {
        if (start.isDay() != end.isDay()) {
            throw ApiException.invalidParameters("start and end must both be dates or both be date_times");
        }
        if (!end.instant(dayZone).isAfter(start.instant(dayZone))) {
            throw ApiException.invalidParameters("end must be after start");
        }
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || (value != null && value.toLowerCase(Locale.ROOT)
                .contains(wanted.toLowerCase(Locale.ROOT)));
    }

    private static Set<String> commaList(IncomingRequest request, String name) {
        String value = request.queryParam(name);
        if (value == null) {
            return Set.of();
        }
        List<String> items = Arrays.asList(value.split(",", -1));
        if (items.stream().anyMatch(String::isBlank)) {
            throw ApiException.invalidParameters(name + " must be values separated by commas, not " + value);
        }
        return Set.copyOf(items.stream().map(String::trim).toList());
    }

    private static ZoneId dayZone(FakeCalendar calendar) {
        try {
            return calendar.timezone() == null ? ZoneOffset.UTC : ZoneId.of(calendar.timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** A page as the calendar lists answer it: {@code {data, next_cursor}}, the cursor absent on the last page. */
    private static <T> Reply page(String list, List<Paging.Entry<T>> entries, IncomingRequest request,
                                  java.util.function.Function<T, ObjectNode> render) {
        String offsetParam = request.queryParam("offset");
        if (offsetParam != null) {
            if (request.queryParam("cursor") != null) {
                throw ApiException.invalidParameters("Use cursor or offset, not both");
            }
            int offset;
            try {
                offset = Integer.parseInt(offsetParam);
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0) {
                throw ApiException.invalidParameters("offset must be an integer of 0 or more, not " + offsetParam);
            }
            entries = entries.subList(Math.min(offset, entries.size()), entries.size());
        }
        Paging.Slice<T> page = Paging.page(list, entries, x -> true, request);
        ObjectNode json = WireJson.NODES.objectNode();
        ArrayNode data = json.putArray("data");
        page.items().forEach(i -> data.add(render.apply(i)));
        WireJson.putIfPresent(json, "next_cursor", page.cursor());
        return Reply.json(200, json);
    }

    /** The request's account: required, known, and one with calendars (422 otherwise). */
    private FakeAccount account(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        FakeAccount account = accounts.requireKnown(accountId);
        if (!CALENDAR_ACCOUNTS.contains(account.type())) {
            throw new ApiException(422, "invalid_account", "Calendars take a GOOGLE_OAUTH, GOOGLE_CALENDAR or "
                    + "OUTLOOK account, not " + account.type().value());
        }
        return account;
    }

    private FakeCalendar writable(FakeAccount account, String calendarId) {
        FakeCalendar calendar = store.requireCalendar(account.id(), calendarId);
        if (calendar.readOnly()) {
            throw new ApiException(403, "insufficient_permissions", "Calendar " + calendarId + " is read-only");
        }
        return calendar;
    }

    /** An event of the calendar (not an occurrence: those are read only); 404 otherwise. */
    private FakeCalendarEvent event(FakeCalendar calendar, String eventId) {
        return store.event(eventId).filter(e -> e.calendarId().equals(calendar.id()))
                .orElseThrow(() -> ApiException.notFound("Event " + eventId + " not found"));
    }

    /** An occurrence of a recurring event of the calendar, by its id; 404 otherwise. */
    private FakeCalendarEvent occurrence(FakeCalendar calendar, String eventId) {
        int cut = eventId.lastIndexOf('_');
        if (cut > 0) {
            FakeCalendarEvent master = store.event(eventId.substring(0, cut))
                    .filter(e -> e.calendarId().equals(calendar.id())).orElse(null);
            if (master != null) {
                for (FakeCalendarEvent o : Recurrence.expand(master, dayZone(calendar))) {
                    if (o.id().equals(eventId)) {
                        return o;
                    }
                }
            }
        }
        throw ApiException.notFound("Event " + eventId + " not found");
    }

    /** The address the account's calendar is known by. */
    static String ownerEmail(FakeAccount account) {
        if (account.connectionParams() instanceof FakeConnectionParams.OAuth oauth) {
            return oauth.calendarUsername();
        }
        if (account.connectionParams() instanceof FakeConnectionParams.Calendar calendar) {
            return calendar.calendar();
        }
        return account.name().contains("@") ? account.name() : account.id() + "@example.com";
    }
}
