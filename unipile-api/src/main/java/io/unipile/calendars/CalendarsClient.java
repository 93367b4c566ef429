package io.unipile.calendars;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/**
 * Calendars: {@code /api/v1/calendars}. List an account's calendars (Google, Outlook), and list, read, create, edit
 * and delete their events. Every call names the account it goes through.
 *
 * <p>Lists answer {@code {"data": [...], "next_cursor": ...}}; a {@link Page} reads them as any other list, and the
 * {@code listAll} methods follow {@code next_cursor} to the end. A provider that pages by {@code offset} instead
 * gives no {@code next_cursor}: page it with the request's {@code offset}.
 *
 * <p>{@link #createEvent} and {@link #deleteEvent} are not retried once they may have reached the server: Unipile
 * has no idempotency keys, a repeated create makes a second event, and a repeated delete answers 404.
 */
public interface CalendarsClient {

    /** One page of the account's calendars ({@code GET /calendars}). */
    Page<Calendar> list(ListCalendarsRequest request);

    /** {@link #list(ListCalendarsRequest)} without blocking. */
    CompletableFuture<Page<Calendar>> listAsync(ListCalendarsRequest request);

    /** Every calendar of the account, fetched page by page as iteration proceeds. */
    PagedIterable<Calendar> listAll(ListCalendarsRequest request);

    /** A calendar ({@code GET /calendars/{calendar_id}}). */
    Calendar get(String calendarId, String accountId);

    /** {@link #get(String, String)} without blocking. */
    CompletableFuture<Calendar> getAsync(String calendarId, String accountId);

    /** One page of a calendar's events matching the request's filters ({@code GET /calendars/{calendar_id}/events}). */
    Page<CalendarEvent> listEvents(String calendarId, ListCalendarEventsRequest request);

    /** {@link #listEvents(String, ListCalendarEventsRequest)} without blocking. */
    CompletableFuture<Page<CalendarEvent>> listEventsAsync(String calendarId, ListCalendarEventsRequest request);

    /** Every event matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<CalendarEvent> listAllEvents(String calendarId, ListCalendarEventsRequest request);

    /**
     * Creates an event ({@code POST /calendars/{calendar_id}/events}) and invites its attendees. Not retried once it
     * may have reached the server.
     */
    CalendarEventCreated createEvent(String calendarId, CreateCalendarEventRequest request);

    /** {@link #createEvent(String, CreateCalendarEventRequest)} without blocking. */
    CompletableFuture<CalendarEventCreated> createEventAsync(String calendarId, CreateCalendarEventRequest request);

    /** An event ({@code GET /calendars/{calendar_id}/events/{event_id}}). */
    CalendarEvent getEvent(String calendarId, String eventId, String accountId);

    /** {@link #getEvent(String, String, String)} without blocking. */
    CompletableFuture<CalendarEvent> getEventAsync(String calendarId, String eventId, String accountId);

    /**
     * Edits an event ({@code PATCH /calendars/{calendar_id}/events/{event_id}}): only the fields the request sets are
     * sent. Not retried once it may have reached the server (a changed attendee list sends invitations).
     */
    CalendarEventUpdated editEvent(String calendarId, String eventId, EditCalendarEventRequest request);

    /** {@link #editEvent(String, String, EditCalendarEventRequest)} without blocking. */
    CompletableFuture<CalendarEventUpdated> editEventAsync(String calendarId, String eventId,
                                                           EditCalendarEventRequest request);

    /**
     * Deletes an event ({@code DELETE /calendars/{calendar_id}/events/{event_id}}). Not retried once it may have
     * reached the server: a repeat after the first went through answers 404.
     */
    CalendarEventDeleted deleteEvent(String calendarId, String eventId, String accountId);

    /** {@link #deleteEvent(String, String, String)} without blocking. */
    CompletableFuture<CalendarEventDeleted> deleteEventAsync(String calendarId, String eventId, String accountId);
}
