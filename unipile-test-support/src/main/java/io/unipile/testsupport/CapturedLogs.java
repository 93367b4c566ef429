package io.unipile.testsupport;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SLF4J provider of this build's tests (registered for {@link java.util.ServiceLoader}, so a test class path
 * that holds this module logs through it). Normally it prints INFO and above to standard error. While a {@link #start() capture} is open, every logger (Apache's and the library's) is enabled at every
 * level, TRACE included, and every line is recorded: message, arguments and the whole stack trace of any throwable.
 *
 * <p>Apache decides some of its logging when a client or connection is created (whether to wrap a socket in the
 * wire logger, whether to install the header listener), so what a test examines must be built inside the capture.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    private static final int MAX_LINES = 200_000;
    private static final List<String> LINES = new ArrayList<>();
    private static volatile boolean capturing;

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** An open capture; closing it returns the loggers to INFO. */
    public interface Capture extends AutoCloseable {
        @Override
        void close();
    }

    /** Forgets earlier lines and enables every logger at TRACE until the capture is closed. */
    public static Capture start() {
        synchronized (LINES) {
            LINES.clear();
        }
        capturing = true;
        return () -> capturing = false;
    }

    /** Every line recorded by the last capture. */
    public static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class CapturingLogger extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        private static boolean enabled(Level level) {
            return capturing || level.toInt() >= Level.INFO.toInt();
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                                   Object[] arguments, Throwable throwable) {
            StringBuilder sb = new StringBuilder().append(level).append(' ').append(name).append(": ")
                    .append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
            if (throwable != null) {
                StringWriter trace = new StringWriter();
                throwable.printStackTrace(new PrintWriter(trace));
                sb.append('\n').append(trace);
            }
            String line = sb.toString();
            if (capturing) {
                synchronized (LINES) {
                    if (LINES.size() < MAX_LINES) {
                        LINES.add(line);
                    }
                }
            }
            if (level.toInt() >= Level.INFO.toInt()) {
                System.err.println("[" + Thread.currentThread().getName() + "] " + line);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return enabled(Level.ERROR);
        }
    }
}
