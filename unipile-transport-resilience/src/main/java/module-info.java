/**
 * Retries, circuit breaking, deadlines and events on Resilience4j, for every transport. The client picks this layer
 * up as a {@link io.unipile.resilience.ResilienceLayer} service: having the module on the module path is enough.
 *
 * @provides io.unipile.resilience.ResilienceLayer
 */
module io.unipile.transport.resilience {
    requires transitive io.unipile.api;
    requires org.slf4j;
    // Resilience4j ships Automatic-Module-Name entries only, hence these names.
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;

    exports io.unipile.transport.resilience;

    provides io.unipile.resilience.ResilienceLayer with io.unipile.transport.resilience.Resilience4jLayer;
}
