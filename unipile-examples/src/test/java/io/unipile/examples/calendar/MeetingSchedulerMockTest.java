package io.unipile.examples.calendar;

import io.unipile.UnipileClient;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.CalendarsClient;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.EventOrganizer;
import io.unipile.calendars.EventTime;
import io.unipile.calendars.EventTransparency;
import io.unipile.calendars.EventVisibility;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.examples.calendar.MeetingScheduler.Meeting;
import io.unipile.examples.calendar.MeetingScheduler.Slot;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@link MeetingScheduler} unit-tested with a Mockito mock of {@link CalendarsClient}: what it asks for, what it
 * sends, and how it reads what comes back.
 */
class MeetingSchedulerMockTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final CalendarsClient calendars = mock(CalendarsClient.class);
    private final MeetingScheduler scheduler = new MeetingScheduler(unipile, "acc_1");

    @BeforeEach
    void wire() {
        when(unipile.calendars()).thenReturn(calendars);
    }

    private static <T> PagedIterable<T> pagesOf(List<T> items) {
        return new PagedIterable<>(null, cursor -> new Page<>(null, items, null, Map.of()));
    }

    private static ZonedDateTime paris(int hour, int minute) {
        return ZonedDateTime.of(2025, 6, 2, hour, minute, 0, 0, PARIS);
    }

    private static CalendarEvent event(String id, ZonedDateTime start, ZonedDateTime end, boolean busy) {
        return new CalendarEvent("CalendarEvent", id, null, "cal_1", Instant.EPOCH, Instant.EPOCH, id, null, null,
                false, false, false, List.of(), EventTime.at(start), EventTime.at(end), List.of(),
                new EventOrganizer("alice@example.com", null, null), null, EventVisibility.PUBLIC,
                busy ? EventTransparency.OPAQUE : EventTransparency.TRANSPARENT, "default", null);
    }

    private static Calendar calendar(String id, boolean isDefault) {
        return new Calendar("Calendar", id, id, null, false, true, isDefault, "#fff", null, null, null);
    }

    @Test
    void thePrimaryCalendarIsTheDefaultOne() {
        when(calendars.listAll(ListCalendarsRequest.of("acc_1")))
                .thenReturn(pagesOf(List.of(calendar("birthdays", false), calendar("work", true))));
        assertThat(scheduler.primaryCalendar().id()).isEqualTo("work");

        when(calendars.listAll(ListCalendarsRequest.of("acc_1"))).thenReturn(pagesOf(List.of()));
        assertThatThrownBy(scheduler::primaryCalendar).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void freeSlotsAskForAWiderWindowAndSkipOnlyBusyOverlaps() {
        ArgumentCaptor<ListCalendarEventsRequest> asked = ArgumentCaptor.forClass(ListCalendarEventsRequest.class);
        when(calendars.listAllEvents(eq("cal_1"), asked.capture())).thenReturn(pagesOf(List.of(
                event("yesterday", paris(8, 0).minusDays(1), paris(9, 0).minusDays(1), true),
                event("straddles", paris(8, 30), paris(9, 30), true),
                event("available", paris(9, 30), paris(10, 30), false),
                event("busy", paris(10, 0), paris(10, 45), true))));

        Slot window = new Slot(paris(9, 0).toInstant(), paris(12, 0).toInstant());
        assertThat(scheduler.firstFreeSlot("cal_1", window, Duration.ofMinutes(30), PARIS))
                .as("between the straddling event and the busy one").hasValue(new Slot(paris(9, 30).toInstant(),
                        paris(10, 0).toInstant()));
        assertThat(scheduler.firstFreeSlot("cal_1", window, Duration.ofMinutes(45), PARIS))
                .as("too short a gap: after the busy one").hasValue(new Slot(paris(10, 45).toInstant(),
                        paris(11, 30).toInstant()));

        ListCalendarEventsRequest request = asked.getValue();
        assertThat(request.accountId()).isEqualTo("acc_1");
        assertThat(request.start()).isEqualTo(paris(9, 0).minusDays(1).toInstant());
        assertThat(request.end()).isEqualTo(paris(12, 0).plusDays(1).toInstant());
        assertThat(request.expandRecurring()).isTrue();
    }

    @Test
    void scheduleSendsTheAttendeesTheZoneAndAskedForConference() {
        when(calendars.createEvent(eq("cal_1"), any())).thenReturn(new CalendarEventCreated("CalendarEventCreated",
                "ev_1", null));

        CalendarEventCreated created = scheduler.schedule("cal_1", new Meeting("Sync", paris(14, 0),
                Duration.ofMinutes(30), List.of("bob@example.com"), ConferenceProvider.TEAMS, null));

        ArgumentCaptor<CreateCalendarEventRequest> sent = ArgumentCaptor.forClass(CreateCalendarEventRequest.class);
        verify(calendars).createEvent(eq("cal_1"), sent.capture());
        CreateCalendarEventRequest request = sent.getValue();
        assertThat(created.eventId()).isEqualTo("ev_1");
        assertThat(request.accountId()).isEqualTo("acc_1");
        assertThat(request.start().zonedDateTime()).hasValue(paris(14, 0));
        assertThat(request.end().zonedDateTime()).hasValue(paris(14, 30));
        assertThat(request.start().timeZone()).isEqualTo("Europe/Paris");
        assertThat(request.attendees()).containsExactly("bob@example.com");
        assertThat(request.conference().provider()).isSameAs(ConferenceProvider.TEAMS);
        assertThat(request.conference().url()).as("Unipile creates the link").isNull();
    }

    @Test
    void aFullWindowSchedulesNothing() {
        when(calendars.listAllEvents(eq("cal_1"), any())).thenReturn(pagesOf(List.of(
                event("all morning", paris(8, 0), paris(13, 0), true))));

        assertThat(scheduler.scheduleAtFirstFreeSlot("cal_1", new Meeting("Sync", paris(9, 0), Duration.ofHours(1),
                List.of(), null, null), Duration.ofHours(3))).isEmpty();
        verify(calendars, never()).createEvent(any(), any());
    }

    @Test
    void rescheduleSendsOnlyTheTimes() {
        scheduler.reschedule("cal_1", "ev_1", paris(16, 0), Duration.ofMinutes(45));

        ArgumentCaptor<EditCalendarEventRequest> sent = ArgumentCaptor.forClass(EditCalendarEventRequest.class);
        verify(calendars).editEvent(eq("cal_1"), eq("ev_1"), sent.capture());
        assertThat(sent.getValue()).isEqualTo(EditCalendarEventRequest.builder("acc_1")
                .start(EventTime.at(paris(16, 0))).end(EventTime.at(paris(16, 45))).build());
        assertThat(sent.getValue().attendees()).isNull();
        assertThat(sent.getValue().title()).isNull();
    }
}
