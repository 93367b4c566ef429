/**
 * The chats group: routes of {@code /api/v1/chats} (with a chat's messages and attendees), their handlers, JSON and
 * state slice. Registered in {@link io.unipile.testkit.Routes}; the route constants name the operations for faults,
 * stubs and the journal.
 */
package io.unipile.testkit.chats;
