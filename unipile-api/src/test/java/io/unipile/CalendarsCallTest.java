package io.unipile;

import io.unipile.calendars.AttendeeResponse;
import io.unipile.calendars.AttendeeType;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.CalendarsClient;
import io.unipile.calendars.Conference;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.EventTransparency;
import io.unipile.calendars.EventVisibility;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.TransportRequest;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Calendars group before the transport: bad input fails naming the field and nothing is sent; the resilience
 * layer is told which writes must not be repeated; replies parse with their typed times, enums and unknown fields.
 * The wire format is proven over real HTTP by the conformance module's {@code CalendarsWireSuite}.
 */
class CalendarsCallTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final EventTime NINE = EventTime.at(ZonedDateTime.of(2025, 6, 2, 9, 0, 0, 0, PARIS));
    private static final EventTime TEN = EventTime.at(ZonedDateTime.of(2025, 6, 2, 10, 0, 0, 0, PARIS));

    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    @Test
    void eventTimesAreMomentsInAZoneOrDays() {
        assertThat(NINE.dateTime()).isEqualTo("2025-06-02T07:00:00.000Z");
        assertThat(NINE.timeZone()).isEqualTo("Europe/Paris");
        assertThat(NINE.isAllDay()).isFalse();
        assertThat(NINE.zonedDateTime()).hasValue(ZonedDateTime.of(2025, 6, 2, 9, 0, 0, 0, PARIS));
        EventTime day = EventTime.allDay(LocalDate.of(2025, 6, 2));
        assertThat(day.isAllDay()).isTrue();
        assertThat(day.date()).isEqualTo("2025-06-02");
        assertThat(day.instant()).isEmpty();
        assertThat(day.toInstant(PARIS)).hasValue(Instant.parse("2025-06-01T22:00:00Z"));
        // A provider that writes a local time without offset is read in the event's zone.
        assertThat(new EventTime("2025-06-02T09:00:00", "Europe/Paris", null, null).instant())
                .hasValue(Instant.parse("2025-06-02T07:00:00Z"));
        assertThat(new EventTime("soon", "Mars/Olympus", null, null).instant()).isEmpty();
        assertThat(new EventTime(null, null, "2 June", null).localDate()).isEmpty();
    }

    @Test
    void requestsNameTheMissingOrMalformedFieldWhenBuilt() {
        assertThatThrownBy(() -> ListCalendarsRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListCalendarsRequest.builder("a").limit(0).build())
                .hasMessage("limit must be at least 1 but was 0");
        assertThatThrownBy(() -> ListCalendarsRequest.builder("a").offset(-1).build())
                .hasMessage("offset must not be negative but was -1");
        assertThatThrownBy(() -> ListCalendarsRequest.builder("a").cursor(" ").build())
                .hasMessage("cursor must not be blank");

        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").attendees("bob@example.com", "bob")
                .build()).hasMessage("attendees[1] must be an email address but was bob");
        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").attendees("a@x.io,b@x.io").build())
                .hasMessage("attendees[0] must be an email address but was a@x.io,b@x.io");
        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").eventTypes("default,birthday").build())
                .hasMessage("eventTypes[0] must not contain a comma but was default,birthday");
        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").between(Instant.parse("2025-06-03T00:00:00Z"),
                Instant.parse("2025-06-02T00:00:00Z")).build())
                .hasMessage("start must be before end but was 2025-06-03T00:00:00Z for end 2025-06-02T00:00:00Z");
        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").updatedAfter(Instant.EPOCH)
                .updatedBefore(Instant.EPOCH).build()).hasMessageStartingWith("updatedAfter must be before");
        assertThatThrownBy(() -> ListCalendarEventsRequest.builder("a").title("").build())
                .hasMessage("title must not be blank");

        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", null, NINE, TEN).build())
                .hasMessage("title is required");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", null, TEN).build())
                .hasMessage("start is required");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", TEN, NINE).build())
                .hasMessage("end must be after start but was 2025-06-02T07:00:00.000Z for a start of "
                        + "2025-06-02T08:00:00.000Z");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", NINE,
                EventTime.allDay(LocalDate.of(2025, 6, 3))).build())
                .hasMessage("end must be a date when start is one, and a date_time when start is one");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t",
                new EventTime("2025-06-02T07:00:00.000Z", null, null, null), TEN).build())
                .hasMessage("start.timeZone is required and must be a time zone id but was null");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t",
                new EventTime("2025-06-02T07:00:00.000Z", "Europe/Paris", "2025-06-02", null), TEN).build())
                .hasMessage("start must be either a date_time with its time_zone or a date");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t",
                new EventTime("tomorrow", "Europe/Paris", null, null), TEN).build())
                .hasMessage("start.dateTime is not an ISO 8601 date-time: tomorrow");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", NINE, TEN)
                .attendees(Arrays.asList("bob@example.com", null)).build()).hasMessage("attendees[1] is required");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", NINE, TEN)
                .recurrence("FREQ=WEEKLY").build())
                .hasMessage("recurrence[0] must be an RRULE, EXRULE, RDATE or EXDATE line (RFC 5545) but was FREQ=WEEKLY");
        assertThatThrownBy(() -> Conference.create(ConferenceProvider.ZOOM))
                .hasMessage("conference.url is required for zoom: Unipile creates conferences only for teams and "
                        + "google_meet");
        assertThatThrownBy(() -> CreateCalendarEventRequest.builder("a", "t", NINE, TEN)
                .conference(new Conference(ConferenceProvider.ZOOM, null, null)).build())
                .hasMessageStartingWith("conference.url is required for zoom");
        assertThatThrownBy(() -> Conference.of(ConferenceProvider.ZOOM, " "))
                .hasMessage("conference.url must not be blank");

        assertThatThrownBy(() -> EditCalendarEventRequest.builder("a").build())
                .hasMessage("an edit must set at least one field besides accountId");
        assertThatThrownBy(() -> EditCalendarEventRequest.builder(null).title("t").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> EditCalendarEventRequest.builder("a").start(TEN).end(NINE).build())
                .hasMessageStartingWith("end must be after start");
        assertThat(EditCalendarEventRequest.builder("a").attendees(List.of()).build().attendees())
                .as("an empty list is a value: remove every attendee").isEmpty();
    }

    @Test
    void requestsRoundTripThroughTheirBuilders() {
        CreateCalendarEventRequest create = CreateCalendarEventRequest.builder("a", "Sync", NINE, TEN)
                .attendees("bob@example.com").addAttendee("carol@example.com").body("b").location("Room 1")
                .transparency(EventTransparency.OPAQUE).visibility(EventVisibility.PRIVATE)
                .conference(Conference.create(ConferenceProvider.GOOGLE_MEET)).attendeesListHidden(true)
                .recurrence("RRULE:FREQ=WEEKLY;BYDAY=MO").build();
        EditCalendarEventRequest edit = EditCalendarEventRequest.builder("a").title("t").recurrence(List.of())
                .build();
        ListCalendarEventsRequest list = ListCalendarEventsRequest.builder("a").between(Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1)).eventTypes("default").attendees("b@x.io").busy(true).cancelled(false)
                .expandRecurring(true).icalUid("u").limit(5).offset(10).cursor("c").build();

        assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);
        assertThat(create.attendees()).containsExactly("bob@example.com", "carol@example.com");
        assertThat(edit.toBuilder().build()).isEqualTo(edit);
        assertThat(edit.toBuilder().build().attendees()).as("unset stays unset").isNull();
        assertThat(list.toBuilder().build()).isEqualTo(list).hasSameHashCodeAs(list);
        assertThat(ConferenceProvider.of("webex").isKnown()).isFalse();
        assertThat(AttendeeResponse.of("noreply")).isSameAs(AttendeeResponse.NO_REPLY);
    }

    @Test
    void callsCheckTheirValuesBeforeAnythingIsSent() {
        CalendarsClient calendars = client.calendars();
        assertThatThrownBy(() -> calendars.get(null, "a")).hasMessage("calendarId is required");
        assertThatThrownBy(() -> calendars.get("c", null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> calendars.list(null)).hasMessage("request is required");
        assertThatThrownBy(() -> calendars.listEvents(" ", ListCalendarEventsRequest.of("a")))
                .hasMessage("calendarId must not be blank");
        assertThatThrownBy(() -> calendars.listAllEvents("c", null)).hasMessage("request is required");
        assertThatThrownBy(() -> calendars.createEvent("c", null)).hasMessage("request is required");
        assertThatThrownBy(() -> calendars.getEvent("c", "", "a")).hasMessage("eventId must not be blank");
        assertThatThrownBy(() -> calendars.editEventAsync("c", null, EditCalendarEventRequest.builder("a")
                .title("t").build())).hasMessage("eventId is required");
        assertThatThrownBy(() -> calendars.deleteEvent("c", "e", " ")).hasMessage("accountId must not be blank");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void theWritesAreNeverRepeatedByARetryAndTheReadsAre() {
        CalendarsClient calendars = client.calendars();
        assertThat(sent(() -> calendars.createEvent("c", CreateCalendarEventRequest.builder("a", "t", NINE, TEN)
                .build())).idempotent()).as("create").isFalse();
        assertThat(sent(() -> calendars.editEvent("c", "e", EditCalendarEventRequest.builder("a").title("t")
                .build())).idempotent()).as("edit").isFalse();
        assertThat(sent(() -> calendars.deleteEvent("c", "e", "a")).idempotent()).as("delete").isFalse();
        assertThat(sent(() -> calendars.get("c", "a")).idempotent()).as("GET calendar").isTrue();
        TransportRequest list = sent(() -> calendars.listEvents("c/1", ListCalendarEventsRequest.builder("a")
                .start(Instant.parse("2025-06-02T00:00:00Z")).attendees("b@x.io", "c+d@x.io").build()));
        assertThat(list.idempotent()).isTrue();
        assertThat(list.uri().getRawPath()).as("the id is one segment").isEqualTo("/api/v1/calendars/c%2F1/events");
        assertThat(list.uri().getRawQuery()).contains("start=2025-06-02T00%3A00%3A00.000Z")
                .contains("attendees=b%40x.io%2Cc%2Bd%40x.io").contains("account_id=a");
    }

    @Test
    void repliesParseWithTypedTimesEnumsAndUnknownFieldsKept() throws Exception {
        Page<?> page = Json.mapper().readValue("{\"data\":[],\"next_cursor\":\"n\",\"later\":1}", Page.class);
        assertThat(page.nextCursor()).hasValue("n");
        assertThat(page.extra()).containsKey("later");
        assertThat(Json.mapper().readValue("{\"data\":[]}", Page.class).hasNextPage()).isFalse();

        Calendar calendar = Json.mapper().readValue("{\"object\":\"Calendar\",\"id\":\"c\",\"name\":\"Work\","
                + "\"is_read_only\":false,\"is_owned_by_user\":true,\"is_default\":true,\"background_color\":\"#fff\","
                + "\"timezone\":\"Europe/Paris\",\"access_role\":\"owner\"}", Calendar.class);
        assertThat(calendar.zone()).hasValue(PARIS);
        assertThat(calendar.extra()).containsKey("access_role");

        CalendarEvent event = Json.mapper().readValue("{\"object\":\"CalendarEvent\",\"id\":\"e\",\"calendar_id\":\"c\","
                + "\"created_at\":\"2025-06-01T10:00:00.000Z\",\"updated_at\":\"2025-06-01T11:00:00.000Z\","
                + "\"title\":\"Sync\",\"is_cancelled\":false,\"is_all_day\":false,\"is_attendees_list_hidden\":false,"
                + "\"attendees\":[{\"email\":\"bob@example.com\",\"is_organizer\":false,\"is_optional\":true,"
                + "\"is_resource\":false,\"type\":\"optional\",\"response_status\":\"tentativelyAccepted\"}],"
                + "\"start\":{\"date_time\":\"2025-06-02T07:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                + "\"end\":{\"date_time\":\"2025-06-02T08:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
                + "\"recurrence\":[\"RRULE:FREQ=WEEKLY\"],\"organizer\":{\"email\":\"alice@example.com\"},"
                + "\"conference\":{\"provider\":\"webex\",\"url\":\"https://webex.example/j/1\"},"
                + "\"visibility\":\"confidential\",\"transparency\":\"opaque\",\"event_type\":\"focusTime\","
                + "\"color\":\"#0f0\"}", CalendarEvent.class);
        assertThat(event.start().zonedDateTime()).hasValue(ZonedDateTime.of(2025, 6, 2, 9, 0, 0, 0, PARIS));
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
        assertThat(event.attendees().get(0).type()).isSameAs(AttendeeType.OPTIONAL);
        assertThat(event.attendees().get(0).responseStatus().isKnown()).as("unknown values are kept").isFalse();
        assertThat(event.conference().provider().value()).isEqualTo("webex");
        assertThat(event.visibility().value()).isEqualTo("confidential");
        assertThat(event.isRecurring()).isTrue();
        assertThat(event.isBusy()).isTrue();
        assertThat(event.extra()).containsKey("color");

        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\":\"CalendarEvent\",\"id\":\"e\"}",
                CalendarEvent.class)).as("a reply missing what the spec requires is malformed")
                .hasMessageContaining("calendar_id");
    }

    @Test
    void theCalendarsClientCanBeMocked() {
        CalendarsClient calendars = mock(CalendarsClient.class);
        UnipileClient unipile = mock(UnipileClient.class);
        when(unipile.calendars()).thenReturn(calendars);
        CalendarEventCreated created = new CalendarEventCreated("CalendarEventCreated", "e1", null);
        CreateCalendarEventRequest request = CreateCalendarEventRequest.builder("a", "t", NINE, TEN).build();
        when(calendars.createEvent("c", request)).thenReturn(created);

        assertThat(unipile.calendars().createEvent("c", request)).isSameAs(created);
    }
}
