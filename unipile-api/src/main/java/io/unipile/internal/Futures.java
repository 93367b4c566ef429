package io.unipile.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What a failed future really failed with, for the client and every transport. */
public final class Futures {
    private Futures() {
    }

    /** Strips the {@link CompletionException} and {@link ExecutionException} wrappers futures add. */
    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
