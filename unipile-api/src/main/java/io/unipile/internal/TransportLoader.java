package io.unipile.internal;

import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.resilience.ResilienceLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Chooses the transport provider: the one named on the builder, else the one named by the system property
 * {@value #PROPERTY}, else the highest {@link UnipileTransportProvider#priority()} found by {@link ServiceLoader},
 * ties broken by name so the choice never depends on class-path order.
 */
public final class TransportLoader {
    /** The system property that names a transport. */
    public static final String PROPERTY = "unipile.transport";

    private static final Logger LOG = LoggerFactory.getLogger(TransportLoader.class);
    private static final String ARTIFACTS = "add one of io.unipile:unipile-transport-jdk or "
            + "io.unipile:unipile-transport-httpclient to the class path";

    private TransportLoader() {
    }

    /**
     * @param requestedName the name from the builder, or null
     * @param classLoader   where to look
     */
    public static UnipileTransportProvider choose(String requestedName, ClassLoader classLoader) {
        List<UnipileTransportProvider> found = new ArrayList<>();
        ServiceLoader.load(UnipileTransportProvider.class, classLoader).forEach(found::add);
        found.sort(Comparator.comparingInt(UnipileTransportProvider::priority).reversed()
                .thenComparing(UnipileTransportProvider::name));
        String name = requestedName;
        String origin = "the builder";
        if (name == null) {
            String property = System.getProperty(PROPERTY);
            if (property != null && !property.isBlank()) {
                name = property.trim();
                origin = "the system property " + PROPERTY;
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No Unipile transport found: " + ARTIFACTS + ".");
        }
        if (name != null) {
            String wanted = name.toLowerCase(Locale.ROOT);
            for (UnipileTransportProvider p : found) {
                if (p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    LOG.debug("Using Unipile transport '{}' as named by {}", p.name(), origin);
                    return p;
                }
            }
            throw new IllegalStateException("transport '" + name + "' named by " + origin + " is not on the class "
                    + "path; found: " + names(found) + ". To use another, " + ARTIFACTS + ".");
        }
        UnipileTransportProvider chosen = found.get(0);
        LOG.debug("Using Unipile transport '{}' (found: {})", chosen.name(), names(found));
        return chosen;
    }

    /**
     * Wraps a plain transport in the {@link ResilienceLayer} found on the class path. Without one, a client whose
     * settings ask for retries, a circuit breaker or an overall deadline is refused rather than built without them.
     */
    public static UnipileTransport withResilience(UnipileTransport plain, TransportConfig config,
                                                  ClassLoader classLoader) {
        Optional<ResilienceLayer> layer = ServiceLoader.load(ResilienceLayer.class, classLoader).findFirst();
        if (layer.isPresent()) {
            return layer.get().wrap(plain, config);
        }
        if (config.retryPolicy().isEnabled() || config.circuitBreakerPolicy().enabled()
                || config.overallTimeout() != null) {
            plain.close();
            throw new IllegalStateException("retries, the circuit breaker and the overall timeout need "
                    + "io.unipile:unipile-transport-resilience on the class path (the bundled transports bring it); "
                    + "add it, or disable retries and the circuit breaker and set no overall timeout");
        }
        LOG.debug("No Unipile resilience layer on the class path; retries and the circuit breaker are off");
        return plain;
    }

    private static String names(List<UnipileTransportProvider> providers) {
        return providers.stream().map(UnipileTransportProvider::name).collect(Collectors.joining(", "));
    }
}
