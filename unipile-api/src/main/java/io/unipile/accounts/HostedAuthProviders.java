package io.unipile.accounts;

import io.unipile.internal.Check;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which providers a hosted auth link offers ({@code providers}): every provider, every provider of a kind, or a list.
 * <pre>{@code
 * HostedAuthProviders.ALL
 * HostedAuthProviders.of(HostedAuthProvider.LINKEDIN, HostedAuthProvider.WHATSAPP)
 * }</pre>
 */
public final class HostedAuthProviders {
    /** Every provider ({@code "*"}). */
    public static final HostedAuthProviders ALL = new HostedAuthProviders("*", List.of());
    /** Every mail provider ({@code "*:MAILING"}). */
    public static final HostedAuthProviders ALL_MAILING = new HostedAuthProviders("*:MAILING", List.of());
    /** Every messaging provider ({@code "*:MESSAGING"}). */
    public static final HostedAuthProviders ALL_MESSAGING = new HostedAuthProviders("*:MESSAGING", List.of());
    /** Every calendar provider ({@code "*:CALENDAR"}). */
    public static final HostedAuthProviders ALL_CALENDAR = new HostedAuthProviders("*:CALENDAR", List.of());

    private final String wildcard;
    private final List<HostedAuthProvider> providers;

    private HostedAuthProviders(String wildcard, List<HostedAuthProvider> providers) {
        this.wildcard = wildcard;
        this.providers = providers;
    }

    /** These providers, at least one, each once. */
    public static HostedAuthProviders of(HostedAuthProvider... providers) {
        return of(providers == null ? null : Arrays.asList(providers));
    }

    /** These providers, at least one, each once. */
    public static HostedAuthProviders of(List<HostedAuthProvider> providers) {
        List<HostedAuthProvider> list = Check.noNullElements("providers", providers);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("providers needs at least one provider");
        }
        if (new LinkedHashSet<>(list).size() != list.size()) {
            throw new IllegalArgumentException("providers must not repeat a provider: " + list);
        }
        return new HostedAuthProviders(null, list);
    }

    /** The wildcard ({@code *}, {@code *:MAILING}, ...), or {@code null} for a list. */
    public String wildcard() {
        return wildcard;
    }

    /** The providers listed; empty for a wildcard. Immutable. */
    public List<HostedAuthProvider> providers() {
        return providers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostedAuthProviders p && Objects.equals(wildcard, p.wildcard)
                && providers.equals(p.providers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wildcard, providers);
    }

    @Override
    public String toString() {
        return wildcard != null ? wildcard : providers.toString();
    }
}
