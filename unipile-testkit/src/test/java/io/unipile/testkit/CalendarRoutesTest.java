package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.calendars.AttendeeResponse;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.Conference;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.EventTransparency;
import io.unipile.calendars.EventVisibility;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.pagination.Page;
import io.unipile.testkit.calendars.CalendarRoutes;
import io.unipile.testkit.calendars.FakeCalendar;
import io.unipile.testkit.calendars.FakeCalendarEvent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendars routes through the library's own client, over real HTTP: calendars per account, events created,
 * edited (only what is sent changes) and deleted (then 404), the list's filters and paging, recurring events
 * expanded, and the errors in Unipile's shape.
 */
@FakeUnipile
class CalendarRoutesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private FakeUnipileServer server;
    private FakeUnipileState state;
    private UnipileClient client;
    private String google;
    private FakeCalendar work;

    @BeforeEach
    void seed(FakeUnipileServer server, UnipileClient client) {
        this.server = server;
        this.state = server.state();
        this.client = client;
        google = state.addAccount(FakeAccount.builder(AccountType.GOOGLE_OAUTH).name("Alice Martin").build()).id();
        work = state.calendars().addCalendar(FakeCalendar.builder(google, "Work").isDefault(true).timezone("Europe/Paris")
                .build());
    }

    private static ZonedDateTime paris(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 6, day, hour, minute, 0, 0, PARIS);
    }

    private CreateCalendarEventRequest.Builder meeting(String title, int day, int hour) {
        return CreateCalendarEventRequest.builder(google, title, EventTime.at(paris(day, hour, 0)),
                EventTime.at(paris(day, hour + 1, 0)));
    }

    @Test
    void calendarsBelongToTheirAccountAndPage() {
        state.calendars().addCalendar(google, "Birthdays");
        FakeAccount outlook = state.addAccount(AccountType.OUTLOOK);
        FakeCalendar theirs = state.calendars().addCalendar(outlook.id(), "Theirs");

        Page<Calendar> first = client.calendars().list(ListCalendarsRequest.builder(google).limit(1).build());
        assertThat(first.items()).extracting(Calendar::name).containsExactly("Work");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(client.calendars().listAll(ListCalendarsRequest.of(google)).stream().map(Calendar::name))
                .containsExactly("Work", "Birthdays");
        assertThat(client.calendars().list(ListCalendarsRequest.builder(google).offset(1).build()).items())
                .extracting(Calendar::name).containsExactly("Birthdays");

        Calendar read = client.calendars().get(work.id(), google);
        assertThat(read.isDefault()).isTrue();
        assertThat(read.zone()).hasValue(PARIS);
        assertThat(catchThrowableOfType(() -> client.calendars().get(theirs.id(), google), NotFoundException.class)
                .type()).as("another account's calendar is not found").hasValue("errors/resource_not_found");

        FakeAccount linkedin = state.addAccount(AccountType.LINKEDIN);
        assertThatThrownBy(() -> client.calendars().list(ListCalendarsRequest.of(linkedin.id())))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> state.calendars().addCalendar(linkedin.id(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreatedEventReadsBackWithItsTimesAttendeesRecurrenceAndConference() {
        CalendarEventCreated created = client.calendars().createEvent(work.id(), meeting("Kick-off", 2, 9)
                .attendees("bob@example.com", "carol@example.com").body("Agenda").location("Room 1")
                .visibility(EventVisibility.PRIVATE).transparency(EventTransparency.OPAQUE)
                .conference(Conference.create(ConferenceProvider.GOOGLE_MEET)).attendeesListHidden(true)
                .recurrence("RRULE:FREQ=WEEKLY;COUNT=3").build());

        CalendarEvent event = client.calendars().getEvent(work.id(), created.eventId(), google);
        assertThat(event.title()).isEqualTo("Kick-off");
        assertThat(event.start().zonedDateTime()).hasValue(paris(2, 9, 0));
        assertThat(event.end().timeZone()).isEqualTo("Europe/Paris");
        assertThat(event.allDay()).isFalse();
        assertThat(event.attendees()).extracting(a -> a.email()).containsExactly("bob@example.com",
                "carol@example.com");
        assertThat(event.attendees()).allSatisfy(a -> assertThat(a.responseStatus()).isSameAs(AttendeeResponse.NO_REPLY));
        assertThat(event.organizer().displayName()).isEqualTo("Alice Martin");
        assertThat(event.conference().provider()).isSameAs(ConferenceProvider.GOOGLE_MEET);
        assertThat(event.conference().url()).as("created by the fake").startsWith("https://meet.google.com/");
        assertThat(event.recurrence()).containsExactly("RRULE:FREQ=WEEKLY;COUNT=3");
        assertThat(event.visibility()).isSameAs(EventVisibility.PRIVATE);
        assertThat(event.attendeesListHidden()).isTrue();
        assertThat(state.calendars().event(created.eventId())).hasValueSatisfying(e ->
                assertThat(e.body()).isEqualTo("Agenda"));

        List<CalendarEvent> occurrences = client.calendars().listEvents(work.id(), ListCalendarEventsRequest
                .builder(google).expandRecurring(true).build()).items();
        assertThat(occurrences).extracting(e -> e.start().zonedDateTime().orElseThrow())
                .containsExactly(paris(2, 9, 0), paris(9, 9, 0), paris(16, 9, 0));
        assertThat(occurrences).allSatisfy(o -> assertThat(o.masterEventId()).isEqualTo(created.eventId()));
        assertThat(client.calendars().getEvent(work.id(), occurrences.get(1).id(), google).start())
                .isEqualTo(occurrences.get(1).start());
    }

    @Test
    void allDayEventsAreDays() {
        String id = client.calendars().createEvent(work.id(), CreateCalendarEventRequest.builder(google, "Offsite",
                EventTime.allDay(LocalDate.of(2025, 6, 12)), EventTime.allDay(LocalDate.of(2025, 6, 14))).build())
                .eventId();
        CalendarEvent event = client.calendars().getEvent(work.id(), id, google);
        assertThat(event.allDay()).isTrue();
        assertThat(event.start().localDate()).hasValue(LocalDate.of(2025, 6, 12));
        assertThat(event.start().dateTime()).isNull();
        // Placed in the calendar's zone: midnight in Paris is 22:00 UTC the day before.
        assertThat(client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .start(Instant.parse("2025-06-11T22:00:00Z")).build()).items()).extracting(CalendarEvent::id)
                .containsExactly(id);
        assertThat(client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .start(Instant.parse("2025-06-11T22:00:01Z")).build()).items()).isEmpty();
    }

    @Test
    void anEditChangesOnlyWhatItSendsAndShowsOnTheNextRead() {
        String id = client.calendars().createEvent(work.id(), meeting("Sync", 2, 9).attendees("bob@example.com")
                .location("Room 1").build()).eventId();
        state.calendars().addEvent(state.calendars().event(id).orElseThrow().toBuilder()
                .attendees(List.of(new FakeCalendarEvent.Attendee("bob@example.com", "Bob", null, false, "required",
                        "yes"))).build());
        Instant before = client.calendars().getEvent(work.id(), id, google).updatedAt();

        client.calendars().editEvent(work.id(), id, EditCalendarEventRequest.builder(google).title("Sync (moved)")
                .start(EventTime.at(paris(3, 14, 0))).end(EventTime.at(paris(3, 15, 0)))
                .attendees("bob@example.com", "dan@example.com").build());

        CalendarEvent edited = client.calendars().getEvent(work.id(), id, google);
        assertThat(edited.title()).isEqualTo("Sync (moved)");
        assertThat(edited.location()).as("not sent, kept").isEqualTo("Room 1");
        assertThat(edited.start().zonedDateTime()).hasValue(paris(3, 14, 0));
        assertThat(edited.attendees()).extracting(a -> a.email() + ":" + a.responseStatus().value())
                .as("those still invited keep their answer").containsExactly("bob@example.com:yes",
                        "dan@example.com:noreply");
        assertThat(edited.updatedAt()).isAfter(before);
        assertThat(client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .updatedAfter(before).build()).items()).extracting(CalendarEvent::id).containsExactly(id);
        assertThat(server.journal().requests(CalendarRoutes.EDIT_EVENT).get(0).jsonBody().orElseThrow())
                .as("a PATCH sends only what is set").doesNotContain("location", "body", "recurrence");

        assertThatThrownBy(() -> client.calendars().editEvent(work.id(), id, EditCalendarEventRequest
                .builder(google).end(EventTime.at(paris(3, 13, 0))).build()))
                .as("the merged times must still be in order").isInstanceOf(BadRequestException.class);
    }

    @Test
    void aDeletedEventIsGoneAndADeletedOneIsNotFound() {
        String id = client.calendars().createEvent(work.id(), meeting("Doomed", 2, 9).build()).eventId();
        assertThat(client.calendars().deleteEvent(work.id(), id, google).object()).isEqualTo("CalendarEventDeleted");

        NotFoundException gone = catchThrowableOfType(() -> client.calendars().getEvent(work.id(), id, google),
                NotFoundException.class);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.type()).hasValue("errors/resource_not_found");
        assertThatThrownBy(() -> client.calendars().deleteEvent(work.id(), id, google))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.calendars().editEvent(work.id(), id, EditCalendarEventRequest.builder(google)
                .title("x").build())).isInstanceOf(NotFoundException.class);
        assertThat(state.calendars().events(work.id())).isEmpty();
    }

    @Test
    void theListFiltersAsTheSpecSays() {
        FakeCalendarEvent standup = state.calendars().addEvent(work.id(), "Standup", paris(2, 9, 30),
                Duration.ofMinutes(15));
        FakeCalendarEvent review = state.calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Design review",
                        FakeCalendarEvent.Time.at(paris(3, 14, 0).toInstant(), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(paris(3, 15, 0).toInstant(), "Europe/Paris"))
                .invite("Bob@Example.com").location("Room Ada").body("Onboarding flow").icalUid("uid-1").build());
        FakeCalendarEvent ooo = state.calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Out of office",
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 4)),
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 5)))
                .transparency("transparent").eventType("outOfOffice").build());
        FakeCalendarEvent cancelled = state.calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Lunch",
                        FakeCalendarEvent.Time.at(paris(2, 12, 0).toInstant(), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(paris(2, 13, 0).toInstant(), "Europe/Paris"))
                .cancelled(true).build());

        assertThat(ids(ListCalendarEventsRequest.builder(google))).as("by start; cancelled left out")
                .containsExactly(standup.id(), review.id(), ooo.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).cancelled(true)))
                .containsExactly(standup.id(), cancelled.id(), review.id(), ooo.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).between(paris(2, 0, 0).toInstant(),
                paris(3, 0, 0).toInstant()))).containsExactly(standup.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).attendees("bob@example.com")))
                .containsExactly(review.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).eventTypes("outOfOffice", "birthday")))
                .containsExactly(ooo.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).busy(true))).containsExactly(standup.id(),
                review.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).busy(false))).containsExactly(ooo.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).title("REVIEW"))).containsExactly(review.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).location("ada").description("onboarding")
                .icalUid("uid-1"))).containsExactly(review.id());
        assertThat(ids(ListCalendarEventsRequest.builder(google).updatedBefore(Instant.EPOCH.plusSeconds(1))))
                .isEmpty();

        RecordedRequest sent = server.journal().requests(CalendarRoutes.LIST_EVENTS).get(2);
        assertThat(sent.queryParam("start")).hasValue("2025-06-01T22:00:00.000Z");
        assertThat(sent.queryParam("end")).hasValue("2025-06-02T22:00:00.000Z");
    }

    @Test
    void cursorsPageThroughEveryEventAndOffsetsSkip() {
        for (int day = 1; day <= 7; day++) {
            state.calendars().addEvent(work.id(), "Day " + day, paris(day, 9, 0), Duration.ofHours(1));
        }
        Page<CalendarEvent> first = client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .limit(3).build());
        assertThat(first.items()).extracting(CalendarEvent::title).containsExactly("Day 1", "Day 2", "Day 3");
        assertThat(first.nextCursor()).isPresent();
        assertThat(client.calendars().listAllEvents(work.id(), ListCalendarEventsRequest.builder(google).limit(3)
                .build()).stream().map(CalendarEvent::title)).containsExactly("Day 1", "Day 2", "Day 3", "Day 4",
                "Day 5", "Day 6", "Day 7");
        assertThat(client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google).offset(5)
                .build()).items()).extracting(CalendarEvent::title).containsExactly("Day 6", "Day 7");
        assertThatThrownBy(() -> client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .offset(1).cursor(first.cursor()).build())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> client.calendars().listEvents(work.id(), ListCalendarEventsRequest.builder(google)
                .cursor("bm90IG91cnM=").build())).isInstanceOf(BadRequestException.class);

        HttpResponse<String> last = new Http(server).get("/api/v1/calendars/" + work.id() + "/events?account_id="
                + google);
        JsonNode body = Http.json(last);
        assertThat(body.has("next_cursor")).as("absent on the last page").isFalse();
        assertThat(StreamSupport.stream(body.get("data").spliterator(), false)).hasSize(7);
    }

    @Test
    void writesAreCheckedAsTheSpecTypesThem() {
        Http http = new Http(server);
        String events = "/api/v1/calendars/" + work.id() + "/events?account_id=" + google;
        String start = "\"start\":{\"date_time\":\"2025-06-02T07:00:00.000Z\",\"time_zone\":\"Europe/Paris\"}";
        String end = "\"end\":{\"date_time\":\"2025-06-02T08:00:00.000Z\",\"time_zone\":\"Europe/Paris\"}";
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[]," + start + "," + end + "}")
                .statusCode()).isEqualTo(201);
        assertThat(http.postJson(events, "{\"title\":\"t\"," + start + "," + end + "}").statusCode())
                .as("attendees is required").isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[],\"color\":1," + start + "," + end + "}")
                .statusCode()).as("no other field").isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[],\"start\":{\"date_time\":"
                + "\"2025-06-02T09:00:00+02:00\",\"time_zone\":\"Europe/Paris\"}," + end + "}").statusCode())
                .as("UTC with milliseconds").isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[],\"start\":{\"date\":\"2025-06-02\"},"
                + end + "}").statusCode()).as("a day and a moment").isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[{\"email\":\"bob\"}]," + start + ","
                + end + "}").statusCode()).isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[],\"conference\":{\"provider\":\"zoom\"},"
                + start + "," + end + "}").statusCode()).as("Unipile creates only Meet and Teams").isEqualTo(400);
        assertThat(http.postJson(events, "{\"title\":\"t\",\"attendees\":[],\"recurrence\":[\"FREQ=DAILY\"],"
                + start + "," + end + "}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = http.get("/api/v1/calendars/" + work.id() + "/events/nope?account_id="
                + google);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).get("type").asText()).isEqualTo("errors/resource_not_found");
        assertThat(http.get("/api/v1/calendars?account_id=" + google + "&limit=0").statusCode()).isEqualTo(400);
        assertThat(http.get(events + "&start=2025-06-02").statusCode()).isEqualTo(400);

        FakeCalendar holidays = state.calendars().addCalendar(FakeCalendar.builder(google, "Holidays").readOnly(true)
                .build());
        assertThatThrownBy(() -> client.calendars().createEvent(holidays.id(), meeting("x", 2, 9).build()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private List<String> ids(ListCalendarEventsRequest.Builder request) {
        return client.calendars().listEvents(work.id(), request.build()).items().stream().map(CalendarEvent::id)
                .toList();
    }
}
