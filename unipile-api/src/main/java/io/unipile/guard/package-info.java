/**
 * The hook that decides, before anything is sent, whether a call may go now, later or not at all: a
 * {@link io.unipile.guard.CallGuard} set with {@link io.unipile.UnipileClient.Builder#callGuard}. The library ships
 * none in this module; {@code io.unipile:unipile-limits} implements one that keeps each account within its
 * provider's limits.
 */
package io.unipile.guard;
