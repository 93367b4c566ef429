package io.unipile.transport.httpclient;

import io.unipile.http.TransportIOException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The life of one attempt, shared by both paths: whether the request may have left, and the deadline from the start
 * of sending to the response head.
 *
 * <p>The transport's exec-chain step right after Apache's {@code CONNECT} step calls {@link #sending}: only once a
 * connection is leased and connected does anything get written, so a failure while still {@link State#PENDING} is
 * one where the request surely never left. This is more reliable than guessing from exception types, which differ
 * between the classic and the async client and between Apache versions.
 */
final class Exchange {
    /** The {@link org.apache.hc.core5.http.protocol.HttpContext} attribute that carries the exchange. */
    static final String CONTEXT_KEY = Exchange.class.getName();

    enum State {
        /** Waiting for a pooled connection or connecting: nothing written yet. */
        PENDING,
        /** Writing the request or waiting for the response head; the deadline is armed. */
        SENDING,
        /** The response head arrived in time. */
        HEADERS,
        /** The deadline passed before the response head. */
        TIMED_OUT,
        /** The blocked caller was interrupted before the response head. */
        INTERRUPTED
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
    private final Duration timeout;
    private final Runnable onTimeout;
    private volatile long deadlineNanos;
    private volatile DeadlineSweeper sweeper;
    private volatile Thread caller;

    /**
     * @param timeout   how long sending plus waiting for the response head may take
     * @param onTimeout aborts the exchange (deadline or interrupt); runs on the timer thread, must not block
     */
    Exchange(Duration timeout, Runnable onTimeout) {
        this.timeout = timeout;
        this.onTimeout = onTimeout;
    }

    /**
     * The classic path: {@code thread} blocks in socket I/O, which ignores interrupts, so the sweeper watches it and
     * ends the exchange when it is interrupted.
     */
    void blocking(Thread thread) {
        caller = thread;
    }

    /** Whether the blocked caller was interrupted while sending or waiting for the head. */
    boolean callerInterrupted() {
        Thread t = caller;
        return t != null && state.get() == State.SENDING && t.isInterrupted();
    }

    /** Called by the sweeper for an interrupted caller: aborts the exchange, which unblocks the caller. */
    void interrupt() {
        if (state.compareAndSet(State.SENDING, State.INTERRUPTED)) {
            onTimeout.run();
        }
    }

    boolean interrupted() {
        return state.get() == State.INTERRUPTED;
    }

    /** The connection is ready and the request is about to be written: arms the deadline. */
    void sending(DeadlineSweeper deadlines, boolean transportClosed) throws TransportIOException {
        if (transportClosed) {
            // The transport was closed between leasing and sending: still nothing written.
            throw new TransportIOException("the transport is closed", false, null);
        }
        if (!state.compareAndSet(State.PENDING, State.SENDING)) {
            return;
        }
        deadlineNanos = System.nanoTime() + timeout.toNanos();
        sweeper = deadlines;
        deadlines.watch(this);
    }

    /** The response head arrived. Returns {@code false} when the deadline won the race: treat as timed out. */
    boolean headersArrived() {
        if (state.compareAndSet(State.SENDING, State.HEADERS) || state.compareAndSet(State.PENDING, State.HEADERS)) {
            DeadlineSweeper s = sweeper;
            if (s != null) {
                s.forget(this);
            }
            return true;
        }
        return state.get() == State.HEADERS;
    }

    /** Whether the deadline has passed while still sending or waiting for the head. */
    boolean overdue(long nowNanos) {
        return state.get() == State.SENDING && nowNanos - deadlineNanos >= 0;
    }

    /** Called by the sweeper once the deadline passed. */
    void expire() {
        if (state.compareAndSet(State.SENDING, State.TIMED_OUT)) {
            onTimeout.run();
        }
    }

    /** {@code false} only while nothing can have been written. */
    boolean requestMayHaveLeft() {
        return state.get() != State.PENDING;
    }

    boolean timedOut() {
        return state.get() == State.TIMED_OUT;
    }

    Duration timeout() {
        return timeout;
    }
}
