package io.unipile.transport.httpclient;

import io.unipile.http.TransportIOException;
import io.unipile.internal.Futures;
import io.unipile.http.TransportTimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Turns what Apache HttpClient throws into the SPI's exceptions. */
final class Failures {
    private Failures() {
    }

    /**
     * Classifies a failure of the attempt before its response head arrived. Whether the request may have left is
     * decided by the {@link Exchange}'s state, with one refinement: httpcore's {@link RequestNotExecutedException}
     * says explicitly that a connection closed before the request was written.
     */
    static TransportIOException beforeHead(Throwable error, Exchange exchange, Duration connectTimeout) {
        Throwable e = Futures.unwrap(error);
        if (e instanceof TransportIOException t) {
            return t;
        }
        if (exchange.interrupted()) {
            java.io.InterruptedIOException io = new java.io.InterruptedIOException(
                    "interrupted while waiting for the response");
            io.initCause(e);
            return new TransportIOException(io.getMessage(), true, io);
        }
        if (exchange.timedOut()) {
            return new TransportTimeoutException("no response within the request timeout of "
                    + millis(exchange.timeout()), true, e);
        }
        boolean sent = exchange.requestMayHaveLeft() && !(e instanceof RequestNotExecutedException);
        if (!sent) {
            if (e instanceof ConnectionRequestTimeoutException || e instanceof TimeoutException) {
                return new TransportTimeoutException("no pooled connection became free within "
                        + millis(connectTimeout), false, e);
            }
            if (e instanceof ConnectTimeoutException) {
                return new TransportTimeoutException("connect timed out after " + millis(connectTimeout), false, e);
            }
            if (e instanceof SocketTimeoutException) {
                return new TransportTimeoutException("connection setup timed out: " + describe(e), false, e);
            }
            return new TransportIOException("connection failed: " + describe(e), false, e);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportTimeoutException("the connection was idle for longer than the request timeout: "
                    + describe(e), true, e);
        }
        return new TransportIOException(describe(e), true, e);
    }

    /**
     * Classifies a failure while the response body streams: the request was sent, its outcome is unknown.
     *
     * @param idleTimeout the socket inactivity timeout, which is what a timeout here means
     */
    static TransportIOException inBody(Throwable error, Duration idleTimeout) {
        Throwable e = Futures.unwrap(error);
        if (e instanceof TransportIOException t) {
            return t;
        }
        restoreInterrupt(e);
        if (e instanceof SocketTimeoutException) {
            // Worded like the resilience layer's body watchdog, which reports the same condition.
            return new TransportTimeoutException("no data arrived for " + millis(idleTimeout)
                    + " while reading the response body", true, e);
        }
        return new TransportIOException("reading the response body failed: " + describe(e), true, e);
    }


    /**
     * Apache turns an interrupt into an I/O exception; the interrupted caller must still see its flag. Only for
     * calls on the caller's thread: an I/O thread must never be flagged.
     */
    static void restoreInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
