/**
 * The users group: routes of {@code /api/v1/users} (profiles, the own profile and its edit, relations, followers,
 * following, invitations both ways, a user's posts, comments and reactions), their handlers, JSON and state slice.
 * Registered in {@link io.unipile.testkit.Routes}; the route constants name the operations for faults, stubs and
 * the journal.
 */
package io.unipile.testkit.users;
