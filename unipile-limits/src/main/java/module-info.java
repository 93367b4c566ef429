/**
 * Per-account provider limits for the Unipile client, on Bucket4j: {@link io.unipile.limits.UnipileLimits}.
 *
 * <p>The Redis store ({@code io.unipile.limits.redis}) needs Bucket4j's Lettuce module and Lettuce, which this
 * module requires only at compile time: an application on the module path that uses it requires
 * {@code io.github.bucket4j.lettuce} and {@code lettuce.core} itself.
 */
module io.unipile.limits {
    requires transitive io.unipile.api;
    // LimitStore's methods take and give Bucket4j's configuration and probe.
    requires transitive io.github.bucket4j.core;
    requires static io.github.bucket4j.lettuce;
    requires static lettuce.core;
    requires org.slf4j;

    exports io.unipile.limits;
    exports io.unipile.limits.redis;
}
