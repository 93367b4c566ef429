/**
 * The webhooks group: routes of {@code /api/v1/webhooks}, their handlers, JSON, state slice and delivery payloads.
 * Registered in {@link io.unipile.testkit.Routes}; the route constants name the operations for faults, stubs and
 * the journal.
 */
package io.unipile.testkit.webhooks;
