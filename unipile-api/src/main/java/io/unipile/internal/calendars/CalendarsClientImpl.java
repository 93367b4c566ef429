package io.unipile.internal.calendars;

import io.unipile.calendars.Calendar;
import io.unipile.calendars.CalendarEvent;
import io.unipile.calendars.CalendarEventCreated;
import io.unipile.calendars.CalendarEventDeleted;
import io.unipile.calendars.CalendarEventUpdated;
import io.unipile.calendars.CalendarsClient;
import io.unipile.calendars.CreateCalendarEventRequest;
import io.unipile.calendars.EditCalendarEventRequest;
import io.unipile.calendars.ListCalendarEventsRequest;
import io.unipile.calendars.ListCalendarsRequest;
import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link CalendarsClient} over an {@link ApiCaller}: one line per operation, the rest is in {@link CalendarsEndpoints}. */
public final class CalendarsClientImpl implements CalendarsClient {
    private final ApiCaller caller;

    public CalendarsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Calendar> list(ListCalendarsRequest request) {
        return caller.call(CalendarsEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Calendar>> listAsync(ListCalendarsRequest request) {
        return caller.callAsync(CalendarsEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<Calendar> listAll(ListCalendarsRequest request) {
        return caller.pages(CalendarsEndpoints.LIST, request);
    }

    @Override
    public Calendar get(String calendarId, String accountId) {
        return caller.call(CalendarsEndpoints.GET, accountId, calendarId);
    }

    @Override
    public CompletableFuture<Calendar> getAsync(String calendarId, String accountId) {
        return caller.callAsync(CalendarsEndpoints.GET, accountId, calendarId);
    }

    @Override
    public Page<CalendarEvent> listEvents(String calendarId, ListCalendarEventsRequest request) {
        return caller.call(CalendarsEndpoints.LIST_EVENTS, request, calendarId);
    }

    @Override
    public CompletableFuture<Page<CalendarEvent>> listEventsAsync(String calendarId,
                                                                  ListCalendarEventsRequest request) {
        return caller.callAsync(CalendarsEndpoints.LIST_EVENTS, request, calendarId);
    }

    @Override
    public PagedIterable<CalendarEvent> listAllEvents(String calendarId, ListCalendarEventsRequest request) {
        return caller.pages(CalendarsEndpoints.LIST_EVENTS, request, calendarId);
    }

    @Override
    public CalendarEventCreated createEvent(String calendarId, CreateCalendarEventRequest request) {
        return caller.call(CalendarsEndpoints.CREATE_EVENT, request, calendarId);
    }

    @Override
    public CompletableFuture<CalendarEventCreated> createEventAsync(String calendarId,
                                                                   CreateCalendarEventRequest request) {
        return caller.callAsync(CalendarsEndpoints.CREATE_EVENT, request, calendarId);
    }

    @Override
    public CalendarEvent getEvent(String calendarId, String eventId, String accountId) {
        return caller.call(CalendarsEndpoints.GET_EVENT, accountId, calendarId, eventId);
    }

    @Override
    public CompletableFuture<CalendarEvent> getEventAsync(String calendarId, String eventId, String accountId) {
        return caller.callAsync(CalendarsEndpoints.GET_EVENT, accountId, calendarId, eventId);
    }

    @Override
    public CalendarEventUpdated editEvent(String calendarId, String eventId, EditCalendarEventRequest request) {
        return caller.call(CalendarsEndpoints.EDIT_EVENT, request, calendarId, eventId);
    }

    @Override
    public CompletableFuture<CalendarEventUpdated> editEventAsync(String calendarId, String eventId,
                                                                  EditCalendarEventRequest request) {
        return caller.callAsync(CalendarsEndpoints.EDIT_EVENT, request, calendarId, eventId);
    }

    @Override
    public CalendarEventDeleted deleteEvent(String calendarId, String eventId, String accountId) {
        return caller.call(CalendarsEndpoints.DELETE_EVENT, accountId, calendarId, eventId);
    }

    @Override
    public CompletableFuture<CalendarEventDeleted> deleteEventAsync(String calendarId, String eventId,
                                                                    String accountId) {
        return caller.callAsync(CalendarsEndpoints.DELETE_EVENT, accountId, calendarId, eventId);
    }
}
