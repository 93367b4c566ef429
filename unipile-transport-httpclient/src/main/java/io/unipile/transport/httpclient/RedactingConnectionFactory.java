package io.unipile.transport.httpclient;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.CharCodingConfig;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultContentLengthStrategy;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.hc.core5.http.impl.io.NoResponseOutOfOrderStrategy;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classic pool's connections: Apache's own, minus the two ways they would log the API key.
 *
 * <p>The key must never reach a log, even when a user turns on Apache's wire or header logging. Apache's
 * {@link ManagedHttpClientConnectionFactory} cannot be told not to log: its connections wrap the socket in a
 * wire logger that prints every byte sent, key included, whenever {@code org.apache.hc.client5.http.wire} is at
 * debug, and print every request header to {@code org.apache.hc.client5.http.headers}. These connections bind the
 * socket without the wire logger and print the request line and headers to {@value #HEADER_LOG} instead, with the
 * values of secret headers ({@code X-API-KEY}, {@code Authorization}, {@code Cookie}, see {@link Redaction}) shown
 * as {@code [REDACTED]}. Responses are still logged by Apache (no secret travels in them).
 *
 * <p>Everything else is what {@code ManagedHttpClientConnectionFactory}'s defaults give: {@link Http1Config#DEFAULT},
 * {@link CharCodingConfig#DEFAULT} (no charset, so heads are ASCII with neither encoder nor decoder), httpcore's
 * request writer and httpclient's response parser for that {@code Http1Config}, {@link DefaultContentLengthStrategy}
 * both ways and {@link NoResponseOutOfOrderStrategy}.
 *
 * <p>{@link DefaultManagedHttpClientConnection} is marked {@code @Internal} by Apache; the transport's tests capture
 * every log line of a classic exchange with all loggers at TRACE, so an Apache upgrade that adds another logging
 * path fails them rather than leaking quietly.
 */
final class RedactingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
    /** Where the classic client's request heads are logged, at debug, with secrets redacted. */
    static final String HEADER_LOG = "io.unipile.transport.httpclient.headers";

    private static final Logger LOG = LoggerFactory.getLogger(HEADER_LOG);
    private static final AtomicLong IDS = new AtomicLong();

    private final Http1Config h1Config = Http1Config.DEFAULT;

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        // CharCodingConfig.DEFAULT has no charset: Apache's factory then passes neither encoder nor decoder.
        RedactingConnection connection = new RedactingConnection("unipile-http-" + IDS.getAndIncrement(), h1Config,
                new DefaultHttpRequestWriterFactory(h1Config), new DefaultHttpResponseParserFactory(h1Config));
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** Apache's managed connection without the wire log, and with request heads logged redacted. */
    static final class RedactingConnection extends DefaultManagedHttpClientConnection {
        RedactingConnection(String id, Http1Config h1Config, DefaultHttpRequestWriterFactory writers,
                            DefaultHttpResponseParserFactory parsers) {
            super(id, null, null, h1Config, DefaultContentLengthStrategy.INSTANCE,
                    DefaultContentLengthStrategy.INSTANCE, NoResponseOutOfOrderStrategy.INSTANCE, writers, parsers);
        }

        /** Apache's version wraps the socket in its wire logger when that logger is at debug; this one never. */
        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        /** As {@link #bind(Socket)}, for a TLS socket layered over a plain one. */
        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        /**
         * Logs what Apache's version would, but to {@value RedactingConnectionFactory#HEADER_LOG} and with secret
         * values redacted.
         */
        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && LOG.isDebugEnabled()) {
                LOG.debug("{} >> {}", getId(), new RequestLine(request));
                for (Header header : request.getHeaders()) {
                    LOG.debug("{} >> {}", getId(), Redaction.describe(header));
                }
            }
        }
    }
}
