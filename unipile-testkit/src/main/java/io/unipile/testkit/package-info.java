/**
 * An in-memory, stateful fake of Unipile's HTTP API for tests.
 *
 * <ul>
 *   <li>{@link io.unipile.testkit.FakeUnipileServer}: the server, on the JDK's built-in HTTP server,
 *       loopback only unless told otherwise, HTTP or HTTPS with a self-signed certificate.</li>
 *   <li>{@link io.unipile.testkit.FakeUnipileState}: seed accounts, attendees, chats, messages and
 *       webhooks; read back what clients created ({@link io.unipile.testkit.FakeChat},
 *       {@link io.unipile.testkit.FakeMessage}, {@link io.unipile.testkit.FakeAttachment},
 *       {@link io.unipile.testkit.FakeWebhook}); people, networks, invitations and posts
 *       ({@link io.unipile.testkit.FakeUserProfile}, {@link io.unipile.testkit.FakeRelation},
 *       {@link io.unipile.testkit.FakeInvitation}, {@link io.unipile.testkit.FakePost}).</li>
 *   <li>{@code FakeUnipileServer.simulate...}: messages arriving, reactions, reads, edits, deletions,
 *       deliveries, account statuses and invitations received, withdrawn or accepted, stored and POSTed to
 *       matching webhooks with retries;
 *       {@link io.unipile.testkit.WebhookDeliveries} records every delivery and its attempts.</li>
 *   <li>{@link io.unipile.testkit.RequestJournal}: every request, with its form fields and files, the
 *       answer's status, the fault applied and whether the state changed.</li>
 *   <li>{@link io.unipile.testkit.FaultInjector} and {@link io.unipile.testkit.Fault}: scripted errors,
 *       delays, dropped connections, spoiled bodies and stalls, per route and count.</li>
 *   <li>{@link io.unipile.testkit.FakeUnipile}: a JUnit Jupiter extension giving each test class a server
 *       and a client.</li>
 *   <li>{@link io.unipile.testkit.FakeUnipileMain}: the same server as a standalone program.</li>
 * </ul>
 *
 * <p>Served routes ({@link io.unipile.testkit.Routes#all()}), each declared with its handler by its resource
 * group: {@link io.unipile.testkit.accounts.AccountRoutes accounts} (list, get, delete),
 * {@link io.unipile.testkit.chats.ChatRoutes chats} (list, start, get, their messages and attendees, send),
 * {@link io.unipile.testkit.messages.MessageRoutes messages} (list, get, attachment download),
 * {@link io.unipile.testkit.attendees.AttendeeRoutes chat attendees} (list, get),
 * {@link io.unipile.testkit.webhooks.WebhookRoutes webhooks} (list, create, delete),
 * {@link io.unipile.testkit.users.UserRoutes users} (the 14 operations) and
 * {@link io.unipile.testkit.linkedin.LinkedInRoutes LinkedIn} (companies, InMail balance, raw data, member actions,
 * endorsements, hiring projects, job postings, applicants and resumes; seeded through
 * {@link io.unipile.testkit.FakeUnipileState#linkedin()}). Every answer validates against
 * Unipile's OpenAPI
 * document (or, for statuses a route does not document, the common error shape). Where Unipile's behaviour is not
 * documented the fake is strict, so that client mistakes fail loudly: unknown form fields, repeated
 * single-valued fields, query parameters a route does not take and LinkedIn options that do not fit the
 * chosen API are 400 {@code errors/invalid_parameters}; a wrong method is 405 {@code errors/method_not_allowed}.
 */
package io.unipile.testkit;
