package io.unipile.resilience;

/**
 * Receives {@link UnipileEvent}s synchronously on the thread where they happen; keep it fast and never throw (what
 * it throws is logged and ignored).
 */
@FunctionalInterface
public interface UnipileEventListener {

    /** Ignores everything. */
    UnipileEventListener NONE = event -> { };

    /** Called for each event. */
    void onEvent(UnipileEvent event);
}
