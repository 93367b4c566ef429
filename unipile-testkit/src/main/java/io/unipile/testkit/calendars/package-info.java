/**
 * The calendars group: routes of {@code /api/v1/calendars} (list and read calendars; list, read, create, edit and
 * delete their events) for Google and Outlook accounts, the calendars slice that keeps them, and
 * {@link io.unipile.testkit.calendars.CalendarState}, the facade tests seed it with
 * ({@code server.state().calendars()}). Registered in {@link io.unipile.testkit.Routes}.
 */
package io.unipile.testkit.calendars;
