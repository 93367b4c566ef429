/**
 * Budgets shared by every instance through Redis, on Bucket4j's Lettuce backend: needs
 * {@code com.bucket4j:bucket4j_jdk17-lettuce} and {@code io.lettuce:lettuce-core} on the class path (optional
 * dependencies of this module).
 */
package io.unipile.limits.redis;
