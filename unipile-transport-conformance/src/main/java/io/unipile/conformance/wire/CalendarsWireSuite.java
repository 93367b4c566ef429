package io.unipile.conformance.wire;

import io.unipile.UnipileClient;
import io.unipile.calendars.AttendeeResponse;
import io.unipile.calendars.AttendeeType;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.CalendarEventDeleted;
import io.unipile.calendars.CalendarEventUpdated;
import io.unipile.calendars.Conference;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.EventTransparency;
import io.unipile.calendars.EventVisibility;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.ServerException;
import io.unipile.pagination.Page;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport must put on the wire for the 7 operations of the Calendars group, and how it reads back each
 * reply over real loopback HTTP: bodies of create and edit exactly as the spec names their fields, a PATCH with only
 * the fields set, the list filters' query encoding (times as ISO 8601 UTC with milliseconds, lists comma-separated),
 * {@code data}/{@code next_cursor} pages, and bad input refused before anything is sent.
 */
public abstract class CalendarsWireSuite extends WireSuiteBase {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String UNAVAILABLE = "{\"title\":\"Service unavailable\",\"type\":\"errors/service_unavailable\","
            + "\"status\":503}";
    private static final String CALENDAR = "{\"object\":\"Calendar\",\"id\":\"cal_1\",\"name\":\"Work\","
            + "\"is_read_only\":false,\"is_owned_by_user\":true,\"is_default\":true,\"background_color\":\"#039be5\","
            + "\"text_color\":\"#ffffff\",\"timezone\":\"Europe/Paris\"}";
    private static final String EVENT = "{\"object\":\"CalendarEvent\",\"id\":\"ev_1\",\"calendar_id\":\"cal_1\","
            + "\"created_at\":\"2025-06-01T10:00:00.000Z\",\"updated_at\":\"2025-06-01T11:00:00.000Z\","
            + "\"title\":\"Design review\",\"body\":\"Agenda\",\"location\":\"Room Ada\",\"is_cancelled\":false,"
            + "\"is_all_day\":false,\"is_attendees_list_hidden\":false,\"attendees\":[{\"email\":\"bob@example.com\","
            + "\"display_name\":\"Bob\",\"is_organizer\":false,\"is_optional\":false,\"is_resource\":false,"
            + "\"type\":\"required\",\"response_status\":\"yes\"}],"
            + "\"start\":{\"date_time\":\"2025-06-03T12:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
            + "\"end\":{\"date_time\":\"2025-06-03T13:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
            + "\"recurrence\":[\"RRULE:FREQ=WEEKLY\"],\"organizer\":{\"email\":\"alice@example.com\","
            + "\"display_name\":\"Alice\"},\"conference\":{\"provider\":\"google_meet\","
            + "\"url\":\"https://meet.google.com/abc-defg-hij\"},\"visibility\":\"public\",\"transparency\":\"opaque\","
            + "\"event_type\":\"default\"}";
    private static final String ALL_DAY = "{\"object\":\"CalendarEvent\",\"id\":\"ev_2\",\"calendar_id\":\"cal_1\","
            + "\"created_at\":\"2025-06-01T10:00:00.000Z\",\"updated_at\":\"2025-06-01T10:00:00.000Z\","
            + "\"title\":\"Offsite\",\"is_cancelled\":false,\"is_all_day\":true,\"is_attendees_list_hidden\":false,"
            + "\"start\":{\"date\":\"2025-06-12\"},\"end\":{\"date\":\"2025-06-14\"},"
            + "\"organizer\":{\"email\":\"alice@example.com\"},\"visibility\":\"private\","
            + "\"transparency\":\"transparent\",\"event_type\":\"outOfOffice\",\"color_id\":\"4\"}";

    private static EventTime paris(int day, int hour, int minute) {
        return EventTime.at(ZonedDateTime.of(2025, 6, day, hour, minute, 0, 0, PARIS));
    }

    @Test
    void calendarsAreListedPagedByNextCursorAndRead() throws Exception {
        server.enqueue(Reply.json(200, "{\"data\":[" + CALENDAR + "],\"next_cursor\":\"c2\"}"),
                Reply.json(200, "{\"data\":[" + CALENDAR + "]}"),
                Reply.json(200, "{\"data\":[" + CALENDAR + "],\"next_cursor\":\"c2\"}"),
                Reply.json(200, "{\"data\":[]}"),
                Reply.json(200, CALENDAR));

        Page<Calendar> first = client.calendars().list(ListCalendarsRequest.builder("acc 1").limit(10).offset(0)
                .cursor("c/1").build());
        Page<Calendar> last = client.calendars().listAsync(ListCalendarsRequest.of("acc_1")).get();
        List<Calendar> all = client.calendars().listAll(ListCalendarsRequest.of("acc_1")).stream().toList();
        Calendar read = client.calendars().get("cal/1", "acc_1");

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/calendars");
        assertThat(r.rawQuery()).isEqualTo("cursor=c%2F1&offset=0&limit=10&account_id=acc%201");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).as("the next page").isEqualTo("cursor=c2&account_id=acc_1");
        Recorded get = server.takeRequest();
        assertThat(get.rawPath()).isEqualTo("/api/v1/calendars/cal%2F1");
        assertThat(get.rawQuery()).isEqualTo("account_id=acc_1");

        assertThat(first.nextCursor()).hasValue("c2");
        assertThat(first.items()).singleElement().satisfies(c -> assertThat(c.zone()).hasValue(PARIS));
        assertThat(last.hasNextPage()).isFalse();
        assertThat(all).hasSize(1);
        assertThat(read.backgroundColor()).isEqualTo("#039be5");
    }

    @Test
    void everyEventFilterIsEncodedInTheQuery() throws Exception {
        server.enqueue(Reply.json(200, "{\"data\":[" + EVENT + "," + ALL_DAY + "],\"next_cursor\":\"n 2\"}"),
                Reply.json(200, "{\"data\":[]}"));

        Page<CalendarEvent> page = client.calendars().listEvents("cal_1", ListCalendarEventsRequest.builder("acc_1")
                .expandRecurring(true).eventTypes("default", "outOfOffice").attendees("bob@example.com", "c+d@x.io")
                .updatedAfter(Instant.parse("2025-06-01T00:00:00Z")).updatedBefore(Instant.parse("2025-06-30T23:59:59.5Z"))
                .busy(true).between(Instant.parse("2025-06-02T00:00:00Z"), Instant.parse("2025-06-09T00:00:00Z"))
                .location("Room Ada").icalUid("uid@google.com").description("a & b").title("Design review")
                .cancelled(false).cursor("k").offset(3).limit(50).build());
        client.calendars().listEventsAsync("cal_1", ListCalendarEventsRequest.of("acc_1")).get();

        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/calendars/cal_1/events");
        assertThat(r.rawQuery()).isEqualTo("expand_recurring=true&event_type=default%2CoutOfOffice"
                + "&attendees=bob%40example.com%2Cc%2Bd%40x.io&updated_after=2025-06-01T00%3A00%3A00.000Z"
                + "&updated_before=2025-06-30T23%3A59%3A59.500Z&busy=true&end=2025-06-09T00%3A00%3A00.000Z"
                + "&start=2025-06-02T00%3A00%3A00.000Z&location=Room%20Ada&ical_uid=uid%40google.com"
                + "&description=a%20%26%20b&title=Design%20review&is_cancelled=false&cursor=k&offset=3&limit=50"
                + "&account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");

        assertThat(page.nextCursor()).hasValue("n 2");
        CalendarEvent timed = page.items().get(0);
        assertThat(timed.start().zonedDateTime()).hasValue(ZonedDateTime.of(2025, 6, 3, 14, 0, 0, 0, PARIS));
        assertThat(timed.attendees().get(0).type()).isSameAs(AttendeeType.REQUIRED);
        assertThat(timed.attendees().get(0).responseStatus()).isSameAs(AttendeeResponse.YES);
        assertThat(timed.conference().provider()).isSameAs(ConferenceProvider.GOOGLE_MEET);
        assertThat(timed.recurrence()).containsExactly("RRULE:FREQ=WEEKLY");
        CalendarEvent allDay = page.items().get(1);
        assertThat(allDay.start().isAllDay()).isTrue();
        assertThat(allDay.end().localDate()).hasValue(LocalDate.of(2025, 6, 14));
        assertThat(allDay.transparency()).isSameAs(EventTransparency.TRANSPARENT);
        assertThat(allDay.attendees()).isEmpty();
        assertThat(allDay.extra()).containsKey("color_id");
    }

    @Test
    void listAllEventsFollowsNextCursorUntilItIsAbsent() throws Exception {
        server.enqueue(Reply.json(200, "{\"data\":[" + EVENT + "],\"next_cursor\":\"p2\"}"),
                Reply.json(200, "{\"data\":[" + ALL_DAY + "],\"next_cursor\":\"p3\"}"),
                Reply.json(200, "{\"data\":[]}"));

        List<String> ids = client.calendars().listAllEvents("cal_1", ListCalendarEventsRequest.builder("acc_1")
                .start(Instant.parse("2025-06-01T00:00:00Z")).limit(1).build()).stream().map(CalendarEvent::id)
                .toList();

        assertThat(ids).containsExactly("ev_1", "ev_2");
        assertThat(server.drain()).extracting(Recorded::rawQuery).containsExactly(
                "start=2025-06-01T00%3A00%3A00.000Z&limit=1&account_id=acc_1",
                "start=2025-06-01T00%3A00%3A00.000Z&cursor=p2&limit=1&account_id=acc_1",
                "start=2025-06-01T00%3A00%3A00.000Z&cursor=p3&limit=1&account_id=acc_1");
    }

    @Test
    void createSendsTheSpecsFieldsAsJsonAndTheAccountInTheQuery() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"CalendarEventCreated\",\"event_id\":\"ev_9\",\"later\":1}"),
                Reply.json(201, "{\"object\":\"CalendarEventCreated\",\"event_id\":\"ev_10\"}"));

        CalendarEventCreated created = client.calendars().createEvent("cal 1", CreateCalendarEventRequest
                .builder("acc_1", "Kick-off", paris(2, 9, 0), paris(2, 10, 30))
                .attendees("bob@example.com", "carol@example.com").body("Agenda").location("Room 1")
                .transparency(EventTransparency.OPAQUE).visibility(EventVisibility.PRIVATE)
                .conference(Conference.create(ConferenceProvider.TEAMS)).attendeesListHidden(true)
                .recurrence("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4", "EXDATE;TZID=Europe/Paris:20250609T090000").build());
        CalendarEventCreated allDay = client.calendars().createEventAsync("cal_1", CreateCalendarEventRequest
                .builder("acc_1", "Offsite", EventTime.allDay(LocalDate.of(2025, 6, 12)),
                        EventTime.allDay(LocalDate.of(2025, 6, 14))).build()).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/calendars/cal%201/events");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertCommonHeaders(r);
        assertThat(r.bodyText()).isEqualTo("{\"title\":\"Kick-off\",\"body\":\"Agenda\",\"location\":\"Room 1\","
                + "\"start\":{\"date_time\":\"2025-06-02T07:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                + "\"end\":{\"date_time\":\"2025-06-02T08:30:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                + "\"attendees\":[{\"email\":\"bob@example.com\"},{\"email\":\"carol@example.com\"}],"
                + "\"transparency\":\"opaque\",\"visibility\":\"private\",\"conference\":{\"provider\":\"teams\"},"
                + "\"is_attendees_list_hidden\":true,\"recurrence\":[\"RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4\","
                + "\"EXDATE;TZID=Europe/Paris:20250609T090000\"]}");
        assertThat(server.takeRequest().bodyText()).as("required attendees are sent even when empty")
                .isEqualTo("{\"title\":\"Offsite\",\"start\":{\"date\":\"2025-06-12\"},\"end\":{\"date\":\"2025-06-14\"},"
                        + "\"attendees\":[]}");
        assertThat(created.eventId()).isEqualTo("ev_9");
        assertThat(created.extra()).containsKey("later");
        assertThat(allDay.eventId()).isEqualTo("ev_10");
    }

    @Test
    void anEditSendsOnlyTheFieldsItSets() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"CalendarEventUpdated\"}"),
                Reply.json(200, "{\"object\":\"CalendarEventUpdated\"}"),
                Reply.json(200, "{\"object\":\"CalendarEventUpdated\"}"));

        CalendarEventUpdated updated = client.calendars().editEvent("cal_1", "ev/1", EditCalendarEventRequest
                .builder("acc_1").title("Moved").build());
        client.calendars().editEventAsync("cal_1", "ev_1", EditCalendarEventRequest.builder("acc_1")
                .start(paris(3, 14, 0)).end(paris(3, 15, 0)).attendees(List.of()).recurrence(List.of())
                .conference(Conference.of(ConferenceProvider.ZOOM, "https://zoom.example/j/1"))
                .visibility(EventVisibility.PUBLIC).attendeesListHidden(false).build()).get();
        client.calendars().editEvent("cal_1", "ev_1", EditCalendarEventRequest.builder("acc_1").body("")
                .location("Room 2").transparency(EventTransparency.TRANSPARENT).addAttendee("dan@example.com").build());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("PATCH");
        assertThat(r.rawPath()).isEqualTo("/api/v1/calendars/cal_1/events/ev%2F1");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.bodyText()).isEqualTo("{\"title\":\"Moved\"}");
        assertThat(server.takeRequest().bodyText()).isEqualTo(
                "{\"start\":{\"date_time\":\"2025-06-03T12:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                        + "\"end\":{\"date_time\":\"2025-06-03T13:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                        + "\"attendees\":[],\"visibility\":\"public\",\"conference\":{\"provider\":\"zoom\","
                        + "\"url\":\"https://zoom.example/j/1\"},\"is_attendees_list_hidden\":false,\"recurrence\":[]}");
        assertThat(server.takeRequest().bodyText()).as("an empty body text is a value, sent")
                .isEqualTo("{\"body\":\"\",\"location\":\"Room 2\",\"attendees\":[{\"email\":\"dan@example.com\"}],"
                        + "\"transparency\":\"transparent\"}");
        assertThat(updated.object()).isEqualTo("CalendarEventUpdated");
    }

    @Test
    void getAndDeleteNameTheEventAndAccountAndA404IsTyped() throws Exception {
        server.enqueue(Reply.json(200, EVENT), Reply.json(200, "{\"object\":\"CalendarEventDeleted\"}"),
                Reply.json(404, "{\"title\":\"Not found\",\"detail\":\"Event ev_1 not found\","
                        + "\"type\":\"errors/resource_not_found\",\"status\":404}"));

        CalendarEvent event = client.calendars().getEventAsync("cal_1", "ev 1", "acc_1").get();
        CalendarEventDeleted deleted = client.calendars().deleteEvent("cal_1", "ev_1", "acc_1");
        NotFoundException gone = catchThrowableOfType(NotFoundException.class,
                () -> client.calendars().getEvent("cal_1", "ev_1", "acc_1"));

        Recorded get = server.takeRequest();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.rawPath()).isEqualTo("/api/v1/calendars/cal_1/events/ev%201");
        Recorded delete = server.takeRequest();
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.rawPath()).isEqualTo("/api/v1/calendars/cal_1/events/ev_1");
        assertThat(delete.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(delete.bodyLength()).isZero();
        assertThat(event.organizer().displayName()).isEqualTo("Alice");
        assertThat(deleted.object()).isEqualTo("CalendarEventDeleted");
        assertThat(gone.type()).hasValue("errors/resource_not_found");
    }

    @Test
    void invalidInputFailsBeforeTheNetworkNamingTheField() throws Exception {
        assertThatThrownBy(() -> client.calendars().createEvent("cal_1", CreateCalendarEventRequest.builder("acc_1",
                "x", paris(2, 10, 0), paris(2, 9, 0)).build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("end must be after start");
        assertThatThrownBy(() -> client.calendars().listEvents("cal_1", ListCalendarEventsRequest.builder("acc_1")
                .attendees("not-an-email").build())).hasMessageStartingWith("attendees[0]");
        assertThatThrownBy(() -> client.calendars().editEvent("cal_1", " ", EditCalendarEventRequest.builder("acc_1")
                .title("t").build())).hasMessage("eventId must not be blank");
        assertThatThrownBy(() -> client.calendars().getEvent("cal_1", "ev_1", null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> client.calendars().list(ListCalendarsRequest.builder("acc_1").limit(0).build()))
                .hasMessage("limit must be at least 1 but was 0");
        assertThat(server.pendingRequests()).isZero();
        assertThat(server.drain()).isEmpty();
    }

    @Test
    void theWritesAreNotRepeatedAfterAServerErrorButTheReadsAre() throws Exception {
        try (UnipileClient retrying = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .transport(transportProvider()).disableCircuitBreaker().sleeper(Sleeper.NONE)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3)).requestTimeout(Duration.ofSeconds(10)).build()) {
            server.enqueue(Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE), Reply.json(503, UNAVAILABLE),
                    Reply.json(503, UNAVAILABLE), Reply.json(200, EVENT));

            ServerException create = catchThrowableOfType(ServerException.class, () -> retrying.calendars()
                    .createEvent("cal_1", CreateCalendarEventRequest.builder("acc_1", "x", paris(2, 9, 0),
                            paris(2, 10, 0)).build()));
            catchThrowableOfType(ServerException.class, () -> retrying.calendars().editEvent("cal_1", "ev_1",
                    EditCalendarEventRequest.builder("acc_1").title("t").build()));
            catchThrowableOfType(ServerException.class, () -> retrying.calendars().deleteEvent("cal_1", "ev_1",
                    "acc_1"));
            CalendarEvent event = retrying.calendars().getEvent("cal_1", "ev_1", "acc_1");

            assertThat(create.statusCode()).isEqualTo(503);
            assertThat(create.getMessage()).doesNotContain(API_KEY);
            assertThat(server.drain()).extracting(Recorded::method, Recorded::rawPath).containsExactly(
                    Tuple.tuple("POST", "/api/v1/calendars/cal_1/events"),
                    Tuple.tuple("PATCH", "/api/v1/calendars/cal_1/events/ev_1"),
                    Tuple.tuple("DELETE", "/api/v1/calendars/cal_1/events/ev_1"),
                    Tuple.tuple("GET", "/api/v1/calendars/cal_1/events/ev_1"),
                    Tuple.tuple("GET", "/api/v1/calendars/cal_1/events/ev_1"));
            assertThat(event.id()).isEqualTo("ev_1");
        }
    }
}
