package io.unipile.examples.calendar;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.errors.NotFoundException;
import io.unipile.examples.calendar.MeetingScheduler.Meeting;
import io.unipile.examples.calendar.MeetingScheduler.Slot;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.calendars.FakeCalendar;
import io.unipile.testkit.calendars.FakeCalendarEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduler end to end against the fake: the primary calendar, free slots around busy, available, cancelled,
 * recurring and all-day events, a meeting with attendees, its time zone and a Meet link, moved and cancelled.
 */
@FakeUnipile
class MeetingSchedulerTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    FakeUnipileServer server;
    UnipileClient client;

    private FakeCalendar work;
    private MeetingScheduler scheduler;

    private static ZonedDateTime paris(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 6, day, hour, minute, 0, 0, PARIS);
    }

    private static Slot window(ZonedDateTime from, ZonedDateTime to) {
        return new Slot(from.toInstant(), to.toInstant());
    }

    @BeforeEach
    void seed() {
        FakeAccount google = server.state().addAccount(AccountType.GOOGLE_OAUTH);
        server.state().calendars().addCalendar(google.id(), "Birthdays");
        work = server.state().calendars().addCalendar(FakeCalendar.builder(google.id(), "Work").isDefault(true)
                .timezone("Europe/Paris").build());
        // Monday 2 June: a daily standup 9:30-9:45 (recurring), a review 10:00-11:00 that began on Sunday's margin,
        // a cancelled 11:00-12:00, an "available" 11:00-12:00; Tuesday 3 June is an all-day offsite.
        server.state().calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Standup",
                        FakeCalendarEvent.Time.at(paris(1, 9, 30).toInstant(), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(paris(1, 9, 45).toInstant(), "Europe/Paris"))
                .recurrence("RRULE:FREQ=DAILY;COUNT=10").build());
        server.state().calendars().addEvent(work.id(), "Review", paris(2, 10, 0), Duration.ofHours(1));
        server.state().calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Cancelled",
                        FakeCalendarEvent.Time.at(paris(2, 11, 0).toInstant(), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(paris(2, 12, 0).toInstant(), "Europe/Paris"))
                .cancelled(true).build());
        server.state().calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Focus (available)",
                        FakeCalendarEvent.Time.at(paris(2, 11, 0).toInstant(), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(paris(2, 12, 0).toInstant(), "Europe/Paris"))
                .transparency("transparent").build());
        server.state().calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Offsite",
                FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 3)),
                FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 4))).build());
        scheduler = new MeetingScheduler(client, google.id());
    }

    @Test
    void theFirstFreeSlotSkipsWhatIsBusyAndNothingElse() {
        assertThat(scheduler.primaryCalendar().id()).isEqualTo(work.id());

        assertThat(scheduler.busy(work.id(), window(paris(2, 9, 0), paris(2, 18, 0)), PARIS))
                .containsExactly(window(paris(2, 9, 30), paris(2, 9, 45)), window(paris(2, 10, 0), paris(2, 11, 0)));
        assertThat(scheduler.firstFreeSlot(work.id(), window(paris(2, 9, 15), paris(2, 18, 0)), Duration.ofMinutes(30),
                PARIS)).as("9:15 + 30 min runs into the standup; 9:45 + 30 into the review")
                .hasValue(window(paris(2, 11, 0), paris(2, 11, 30)));
        assertThat(scheduler.firstFreeSlot(work.id(), window(paris(3, 9, 0), paris(3, 18, 0)), Duration.ofMinutes(30),
                PARIS)).as("the offsite takes the whole day").isEmpty();
    }

    @Test
    void aMeetingIsCreatedWithAttendeesItsZoneAndAMeetLinkThenMovedAndCancelled() {
        Meeting meeting = new Meeting("Interview: Bob", paris(2, 9, 30), Duration.ofMinutes(45),
                List.of("bob@example.com", "carol@example.com"), ConferenceProvider.GOOGLE_MEET, "Backend role");

        CalendarEventCreated created = scheduler.scheduleAtFirstFreeSlot(work.id(), meeting, Duration.ofHours(8))
                .orElseThrow();

        CalendarEvent event = client.calendars().getEvent(work.id(), created.eventId(), accountId());
        assertThat(event.start().zonedDateTime()).hasValue(paris(2, 11, 0));
        assertThat(event.end().zonedDateTime()).hasValue(paris(2, 11, 45));
        assertThat(event.start().timeZone()).isEqualTo("Europe/Paris");
        assertThat(event.attendees()).extracting(a -> a.email()).containsExactly("bob@example.com",
                "carol@example.com");
        assertThat(event.conference().url()).startsWith("https://meet.google.com/");
        assertThat(event.body()).isEqualTo("Backend role");

        assertThat(scheduler.meetingsWith(work.id(), "Bob@Example.com", window(paris(2, 0, 0), paris(9, 0, 0))))
                .extracting(CalendarEvent::id).containsExactly(created.eventId());

        scheduler.reschedule(work.id(), created.eventId(), paris(4, 14, 0), Duration.ofMinutes(45));
        assertThat(server.state().calendars().event(created.eventId())).hasValueSatisfying(e -> {
            assertThat(e.start().dateTime()).isEqualTo(paris(4, 14, 0).toInstant());
            assertThat(e.attendees()).hasSize(2);
        });

        scheduler.cancel(work.id(), created.eventId());
        assertThatThrownBy(() -> client.calendars().getEvent(work.id(), created.eventId(), accountId()))
                .isInstanceOf(NotFoundException.class);
    }

    private String accountId() {
        return work.accountId();
    }
}
