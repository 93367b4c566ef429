/**
 * Keeps every account within its provider's limits, on one instance or across a fleet: {@link
 * io.unipile.limits.UnipileLimits} is a {@link io.unipile.guard.CallGuard} that charges each limited action
 * (invitation, profile view, message, InMail, search results, post, comment, reaction) to a per-account budget of
 * daily and weekly quotas and a randomised minimum spacing, and lets the call go, makes it wait, or refuses it with
 * {@link io.unipile.limits.LimitExceededException} before anything is sent. Budgets live in a {@link
 * io.unipile.limits.LimitStore}: in memory by default, in Redis ({@link io.unipile.limits.redis.RedisLimitStore}) or
 * any Bucket4j backend to share them between instances.
 */
package io.unipile.limits;
