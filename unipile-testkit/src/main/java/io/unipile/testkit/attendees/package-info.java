/**
 * The chat attendees group: routes of {@code /api/v1/chat_attendees}, their handlers, JSON and state slice.
 * Registered in {@link io.unipile.testkit.Routes}; the route constants name the operations for faults, stubs and
 * the journal.
 */
package io.unipile.testkit.attendees;
