package io.unipile.transport.httpclient;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.nio.AsyncConnectionEndpoint;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ConnectionInitiator;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes the async pool honour its lease timeout on time. httpcore's async pool checks a waiting lease's deadline only
 * when some connection is released or leased, so with every connection held by slow exchanges a request would wait
 * for one of them to finish rather than fail after the connection request timeout. A timer fails the lease with
 * {@link ConnectionRequestTimeoutException} instead, which the transport reports as not sent.
 */
final class LeaseDeadlineConnectionManager implements AsyncClientConnectionManager {
    private final AsyncClientConnectionManager delegate;
    private final ScheduledExecutorService timer;

    LeaseDeadlineConnectionManager(AsyncClientConnectionManager delegate, ScheduledExecutorService timer) {
        this.delegate = delegate;
        this.timer = timer;
    }

    @Override
    public Future<AsyncConnectionEndpoint> lease(String id, HttpRoute route, Object state, Timeout requestTimeout,
                                                 FutureCallback<AsyncConnectionEndpoint> callback) {
        if (requestTimeout == null || requestTimeout.isDisabled()) {
            return delegate.lease(id, route, state, requestTimeout, callback);
        }
        LeaseWatch watch = new LeaseWatch(callback);
        Future<AsyncConnectionEndpoint> lease = delegate.lease(id, route, state, requestTimeout, watch);
        watch.arm(lease, requestTimeout);
        return lease;
    }

    /** Passes the pool's answer on, unless the deadline answered first; whichever comes first wins. */
    private final class LeaseWatch implements FutureCallback<AsyncConnectionEndpoint> {
        private final FutureCallback<AsyncConnectionEndpoint> callback;
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile ScheduledFuture<?> watchdog;

        LeaseWatch(FutureCallback<AsyncConnectionEndpoint> callback) {
            this.callback = callback;
        }

        void arm(Future<AsyncConnectionEndpoint> lease, Timeout timeout) {
            if (settled.get()) {
                return;
            }
            try {
                watchdog = timer.schedule(() -> {
                    if (settled.compareAndSet(false, true)) {
                        lease.cancel(true);
                        callback.failed(new ConnectionRequestTimeoutException(
                                "Timeout deadline: " + timeout + ", actual: unknown"));
                    }
                }, timeout.toMilliseconds(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                return; // the transport is closing; Apache's own shutdown fails the lease
            }
            if (settled.get()) {
                disarm();
            }
        }

        private void disarm() {
            ScheduledFuture<?> w = watchdog;
            if (w != null) {
                w.cancel(false);
            }
        }

        @Override
        public void completed(AsyncConnectionEndpoint endpoint) {
            if (settled.compareAndSet(false, true)) {
                disarm();
                callback.completed(endpoint);
            } else {
                // Granted just as the deadline failed the request: nobody will use it.
                delegate.release(endpoint, null, TimeValue.ZERO_MILLISECONDS);
            }
        }

        @Override
        public void failed(Exception ex) {
            if (settled.compareAndSet(false, true)) {
                disarm();
                callback.failed(ex);
            }
        }

        @Override
        public void cancelled() {
            if (settled.compareAndSet(false, true)) {
                disarm();
                callback.cancelled();
            }
        }
    }

    @Override
    public void release(AsyncConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        delegate.release(endpoint, newState, validDuration);
    }

    @Override
    public Future<AsyncConnectionEndpoint> connect(AsyncConnectionEndpoint endpoint,
                                                   ConnectionInitiator connectionInitiator, Timeout connectTimeout,
                                                   Object attachment, HttpContext context,
                                                   FutureCallback<AsyncConnectionEndpoint> callback) {
        return delegate.connect(endpoint, connectionInitiator, connectTimeout, attachment, context, callback);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context) {
        delegate.upgrade(endpoint, attachment, context);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context,
                        FutureCallback<AsyncConnectionEndpoint> callback) {
        delegate.upgrade(endpoint, attachment, context, callback);
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    @Override
    public void close() throws java.io.IOException {
        delegate.close();
    }
}
