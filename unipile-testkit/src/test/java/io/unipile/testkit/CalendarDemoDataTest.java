package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.unipile.UnipileClient;
import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.ConferenceProvider;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo seed's Google and Outlook calendars, read through the library's client. */
class CalendarDemoDataTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final UnipileClient client = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
            .build();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void theGoogleAndOutlookAccountsHaveCalendarsWithEvents() {
        DemoData.load(server.state());

        assertThat(client.calendars().list(ListCalendarsRequest.of(DemoData.GOOGLE_ACCOUNT_ID)).items())
                .extracting(Calendar::id).containsExactly(DemoData.GOOGLE_CALENDAR_ID,
                        DemoData.GOOGLE_HOLIDAYS_CALENDAR_ID);
        assertThat(client.calendars().get(DemoData.GOOGLE_HOLIDAYS_CALENDAR_ID, DemoData.GOOGLE_ACCOUNT_ID).readOnly())
                .isTrue();
        List<CalendarEvent> google = client.calendars().listEvents(DemoData.GOOGLE_CALENDAR_ID,
                ListCalendarEventsRequest.of(DemoData.GOOGLE_ACCOUNT_ID)).items();
        assertThat(google).extracting(CalendarEvent::title).containsExactly("Team standup", "Design review",
                "Team offsite");
        CalendarEvent review = client.calendars().getEvent(DemoData.GOOGLE_CALENDAR_ID,
                DemoData.DESIGN_REVIEW_EVENT_ID, DemoData.GOOGLE_ACCOUNT_ID);
        assertThat(review.attendees()).hasSize(3);
        assertThat(review.organizer().email()).isEqualTo(DemoData.GOOGLE_ADDRESS);
        assertThat(client.calendars().listEvents(DemoData.GOOGLE_CALENDAR_ID, ListCalendarEventsRequest
                .builder(DemoData.GOOGLE_ACCOUNT_ID).expandRecurring(true).title("standup").build()).items())
                .hasSize(12);

        List<CalendarEvent> outlook = client.calendars().listEvents(DemoData.OUTLOOK_CALENDAR_ID,
                ListCalendarEventsRequest.of(DemoData.OUTLOOK_ACCOUNT_ID)).items();
        assertThat(outlook).extracting(CalendarEvent::title).containsExactly("Quarterly planning", "Out of office");
        assertThat(outlook.get(0).conference().provider()).isSameAs(ConferenceProvider.TEAMS);
        assertThat(outlook.get(1).isBusy()).isFalse();
    }
}
