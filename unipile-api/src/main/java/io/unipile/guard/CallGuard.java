package io.unipile.guard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Admits each call before it is sent: once per request (each page of a paged listing is one), before the first
 * attempt, so that retries are not admitted again. Set it with
 * {@link io.unipile.UnipileClient.Builder#callGuard(CallGuard)}; {@code unipile-limits} provides one.
 *
 * <p>The returned stage completing normally lets the call go; completing exceptionally refuses it, and nothing is
 * sent: a blocking call throws that exception (a checked one wrapped in
 * {@link java.util.concurrent.CompletionException}), an asynchronous call's future fails with it. A guard may delay
 * the call by completing later: an asynchronous call waits without holding a thread, a blocking call waits on the
 * caller's thread (and gives up, interrupted flag set, when that thread is interrupted).
 *
 * <p>A guard must be thread-safe and should not block in {@link #admit}; it is called on the caller's thread.
 */
@FunctionalInterface
public interface CallGuard {

    /** Admits every call at once; the default. The client recognizes it and skips the hook. */
    CallGuard NONE = call -> CompletableFuture.completedFuture(null);

    /**
     * Decides whether {@code call} may be sent.
     *
     * @param call what is about to be sent
     * @return completes when the call may go; completes exceptionally to refuse it
     */
    CompletionStage<Void> admit(GuardedCall call);
}
