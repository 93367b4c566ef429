package io.unipile.spring.boot;

import io.unipile.UnipileClient;

/**
 * Changes the {@link UnipileClient.Builder} the starter configured from {@link UnipileProperties} just before it
 * builds the {@link UnipileClient} bean: declare beans of this type to set what properties cannot (an
 * {@code SSLContext}, a {@code Clock}, a transport provider instance, ...). Customizers run in
 * {@link org.springframework.core.Ordered} / {@link org.springframework.core.annotation.Order} order, after the
 * properties were applied, so they win over them.
 *
 * <p>To hear the client's events (attempts, retries, circuit changes), declare
 * {@link io.unipile.resilience.UnipileEventListener} beans instead of calling {@code eventListener(...)} here: the
 * builder keeps one listener, and the starter sets it to one that calls every listener bean and feeds the health
 * indicator; a customizer setting its own replaces that.
 */
@FunctionalInterface
public interface UnipileClientBuilderCustomizer {

    /** Changes {@code builder} in place. */
    void customize(UnipileClient.Builder builder);
}
