/**
 * The messages group: routes of {@code /api/v1/messages}, their handlers, JSON and state slice. Registered in
 * {@link io.unipile.testkit.Routes}; the route constants name the operations for faults, stubs and the journal.
 */
package io.unipile.testkit.messages;
