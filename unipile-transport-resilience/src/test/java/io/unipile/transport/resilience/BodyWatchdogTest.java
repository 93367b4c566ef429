package io.unipile.transport.resilience;

import io.unipile.http.TransportResponse;
import io.unipile.http.TransportTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BodyWatchdogTest {

    /** A body that delivers a few bytes, then blocks until interrupted or closed, like a stalled connection. */
    static final class StallingResponse implements TransportResponse {
        final CountDownLatch closed = new CountDownLatch(1);
        private final InputStream body = new InputStream() {
            private int left = 3;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'x';
                }
                try {
                    closed.await();
                    throw new IOException("stream closed");
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("interrupted");
                }
            }
        };

        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public List<String> headers(String name) {
            return List.of();
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    @Timeout(10)
    void aStalledBodyFailsWithATimeoutAndLeavesTheThreadUninterrupted() {
        try (BodyWatchdog watchdog = new BodyWatchdog(Duration.ofMillis(200))) {
            StallingResponse raw = new StallingResponse();
            TransportResponse watched = watchdog.watch(raw);
            InputStream in = watched.body();
            long start = System.nanoTime();

            Throwable e = catchThrowable(() -> {
                while (in.read() != -1) {
                    // keep reading until the stall
                }
            });

            assertThat(e).isInstanceOf(TransportTimeoutException.class).hasMessageContaining("no data arrived for 200 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertThat(raw.closed.getCount()).isZero();
            assertThat(catchThrowable(in::read)).isInstanceOf(TransportTimeoutException.class);
        }
    }

    @Test
    void aBodyThatKeepsFlowingIsLeftAlone() throws IOException, InterruptedException {
        try (BodyWatchdog watchdog = new BodyWatchdog(Duration.ofMillis(100))) {
            TransportResponse ok = new TransportResponse() {
                private final InputStream body = new ByteArrayInputStream(new byte[]{1, 2, 3});

                @Override
                public int statusCode() {
                    return 200;
                }

                @Override
                public List<String> headers(String name) {
                    return List.of();
                }

                @Override
                public InputStream body() {
                    return body;
                }

                @Override
                public void close() {
                }
            };
            InputStream in = watchdog.watch(ok).body();
            assertThat(in.read()).isEqualTo(1);
            Thread.sleep(300); // idle between reads is the caller's business, not a stall
            assertThat(in.read()).isEqualTo(2);
            assertThat(in.read()).isEqualTo(3);
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
