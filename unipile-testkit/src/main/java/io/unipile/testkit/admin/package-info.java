/**
 * The fake's admin HTTP API, for tests written in any language: seed and reset the state, script faults and stubs,
 * simulate provider events, read the journal and the webhook deliveries, all as JSON under {@code /_admin/...}.
 * Off unless enabled with {@link io.unipile.testkit.FakeUnipileServer.Builder#adminKey(String)} or the standalone
 * jar's {@code --admin-key}; opened only by that key in {@code X-Admin-Key}. {@link io.unipile.testkit.admin.AdminApi}
 * lists the operations; it drives the same Java API ({@code server.state()}, {@code faults()}, {@code stubs()},
 * {@code simulate...}) a JUnit test uses.
 */
package io.unipile.testkit.admin;
