package io.unipile.testkit.calendars;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.SharedState;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the fake knows of calendars, as tests seed and read it: an account's calendars and their events. Reached with
 * {@code server.state().calendars()}.
 *
 * <pre>{@code
 * FakeAccount google = server.state().addAccount(AccountType.GOOGLE_OAUTH);
 * FakeCalendar work = server.state().calendars().addCalendar(FakeCalendar.builder(google.id(), "Work")
 *         .isDefault(true).timezone("Europe/Paris").build());
 * server.state().calendars().addEvent(work.id(), "Standup",
 *         ZonedDateTime.of(2025, 6, 2, 9, 30, 0, 0, ZoneId.of("Europe/Paris")), Duration.ofMinutes(15));
 * // ... the client creates, edits and deletes events ...
 * assertThat(server.state().calendars().events(work.id())).extracting(FakeCalendarEvent::title)
 *         .containsExactly("Standup", "Design review");
 * }</pre>
 *
 * <p>Thread-safe, under the state's one lock. Seeding fails with {@link IllegalArgumentException} when it names an
 * account or calendar the fake does not hold, or an account without calendars; reads return immutable snapshots.
 */
public final class CalendarState {
    private final SharedState shared;
    private final AccountStore accounts;
    private final CalendarStore store;

    /** The calendars part of this state. */
    public CalendarState(SharedState shared) {
        this.shared = shared;
        this.accounts = AccountStore.of(shared);
        this.store = CalendarStore.of(shared);
    }

    /** Adds (or replaces) a calendar of a Google or Outlook account the fake holds. */
    public FakeCalendar addCalendar(FakeCalendar calendar) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts.get(calendar.accountId()).orElseThrow(() ->
                    new IllegalArgumentException("No account " + calendar.accountId()));
            if (!CalendarRoutes.CALENDAR_ACCOUNTS.contains(account.type())) {
                throw new IllegalArgumentException("A " + account.type().value() + " account has no calendars");
            }
            return store.add(calendar);
        }
    }

    /** Adds a writable calendar of the account with this name. */
    public FakeCalendar addCalendar(String accountId, String name) {
        return addCalendar(FakeCalendar.builder(accountId, name).build());
    }

    /** Adds (or replaces) an event of a calendar the fake holds; its organizer defaults to the account's address. */
    public FakeCalendarEvent addEvent(FakeCalendarEvent event) {
        synchronized (shared.lock()) {
            FakeCalendar calendar = store.calendar(event.calendarId()).orElseThrow(() ->
                    new IllegalArgumentException("No calendar " + event.calendarId()));
            FakeCalendarEvent seeded = event;
            if (event.organizer().email().equals("organizer@example.com")) {
                FakeAccount account = accounts.get(calendar.accountId()).orElseThrow();
                seeded = event.toBuilder().organizer(CalendarRoutes.ownerEmail(account), account.name()).build();
            }
            return store.put(seeded);
        }
    }

    /** Adds an event at {@code start}, lasting {@code duration}, in the zone of {@code start}. */
    public FakeCalendarEvent addEvent(String calendarId, String title, ZonedDateTime start, Duration duration) {
        String zone = start.getZone().getId();
        return addEvent(FakeCalendarEvent.builder(calendarId, title,
                FakeCalendarEvent.Time.at(start.toInstant(), zone),
                FakeCalendarEvent.Time.at(start.toInstant().plus(duration), zone)).build());
    }

    /** The calendar with this id. */
    public Optional<FakeCalendar> calendar(String id) {
        return store.calendar(id);
    }

    /** The account's calendars, in the order added. */
    public List<FakeCalendar> calendars(String accountId) {
        return store.calendars(accountId);
    }

    /** Every calendar, in the order added. */
    public List<FakeCalendar> calendars() {
        return store.calendars();
    }

    /** The event with this id (created by the client or seeded); empty once deleted. */
    public Optional<FakeCalendarEvent> event(String id) {
        return store.event(id);
    }

    /** The calendar's events, in the order added (a recurring event once, not its occurrences). */
    public List<FakeCalendarEvent> events(String calendarId) {
        return store.events(calendarId);
    }

    /** Every event, in the order added. */
    public List<FakeCalendarEvent> events() {
        return List.copyOf(store.events());
    }
}
