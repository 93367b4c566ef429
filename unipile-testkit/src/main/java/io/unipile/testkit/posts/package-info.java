/**
 * The posts group: routes of {@code /api/v1/posts} (read a post, publish one, list and add comments and
 * reactions), over the users slice, which keeps posts, comments and reactions: a post published here lists among
 * its author's posts, and its comments and reactions count on it. Registered in {@link io.unipile.testkit.Routes}.
 */
package io.unipile.testkit.posts;
