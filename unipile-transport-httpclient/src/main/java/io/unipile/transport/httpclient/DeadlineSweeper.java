package io.unipile.transport.httpclient;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends exchanges whose response head is late. One periodic sweep serves every exchange, instead of a timer task per
 * call: scheduling and cancelling a task per call woke the timer thread twice per request, which showed as context
 * switches and CPU in the benchmarks. A deadline thus fires up to one period late; the period is a quarter of the
 * request timeout, between 10 and 100 ms. The same sweep ends a blocking exchange whose caller was interrupted: its
 * socket I/O would not notice.
 */
final class DeadlineSweeper {
    private final Set<Exchange> active = ConcurrentHashMap.newKeySet();

    DeadlineSweeper(ScheduledExecutorService timer, Duration requestTimeout) {
        long period = Math.max(10, Math.min(100, requestTimeout.toMillis() / 4));
        timer.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    void watch(Exchange exchange) {
        active.add(exchange);
    }

    void forget(Exchange exchange) {
        active.remove(exchange);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Exchange e : active) {
            if (e.overdue(now)) {
                active.remove(e);
                e.expire();
            } else if (e.callerInterrupted()) {
                active.remove(e);
                e.interrupt();
            }
        }
    }
}
