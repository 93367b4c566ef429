package io.unipile.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server on raw sockets that misbehaves on purpose: it answers through a {@link Handler} that
 * writes whatever bytes it likes, when it likes (drip-fed or endless bodies, invalid status lines, a dropped
 * connection after reading the request, no answer at all). Where {@link RecordingServer} records what a transport
 * sends, this one tests what a transport survives. Port 0; one daemon thread per connection; {@link #close()} drops
 * every connection.
 */
public final class HostileServer implements AutoCloseable {

    /**
     * One request as read: method, target, headers by lower-case name, and the body, which the server reads before
     * calling the handler unless the handler is a {@link #headOnly} one.
     *
     * @param connection the connection's number (1, 2, ...), which tells a reused connection from a fresh one
     * @param sequence   the request's number on its connection (1, 2, ...)
     */
    public record Request(String method, String target, Map<String, String> headers, byte[] body, int connection,
                          int sequence) {
        /** A header's value, or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Answers one request by writing to the connection; returning leaves the connection open for the next one. */
    @FunctionalInterface
    public interface Handler {
        void handle(Request request, Connection connection) throws IOException, InterruptedException;
    }

    /** The server's side of one connection, for handlers. */
    public static final class Connection {
        private final Socket socket;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /** Writes raw bytes and flushes them. */
        public Connection write(String ascii) throws IOException {
            return write(ascii.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes raw bytes and flushes them. */
        public Connection write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            return this;
        }

        /** A complete response with a {@code Content-Length}, kept alive. */
        public Connection respond(int status, String contentType, String body) throws IOException {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            write(head(status, contentType, b.length));
            return write(b);
        }

        /** A status line and headers announcing {@code length} bytes (or chunked when negative). */
        public static String head(int status, String contentType, long length) {
            return "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n"
                    + (length < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                    + "\r\n";
        }

        /** Sends {@code body} one byte every {@code interval}, until done or the client goes away. */
        public void drip(byte[] body, Duration interval) throws IOException, InterruptedException {
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(interval.toMillis());
            }
        }

        /** Closes the connection abruptly. */
        public void drop() throws IOException {
            socket.close();
        }
    }

    private final ServerSocket serverSocket;
    private final Handler handler;
    private final boolean readBodies;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final BlockingQueue<Request> heads = new LinkedBlockingQueue<>();
    private final AtomicInteger handled = new AtomicInteger();
    private volatile boolean closed;

    private HostileServer(Handler handler, boolean readBodies) throws IOException {
        this.handler = handler;
        this.readBodies = readBodies;
        this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "hostile-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that reads each request in full, then lets {@code handler} answer. */
    public static HostileServer start(Handler handler) throws IOException {
        return new HostileServer(handler, true);
    }

    /**
     * A server that calls {@code handler} as soon as a request's head arrived, leaving the body unread on the socket
     * (the request's {@code body} is empty): for uploads the server never takes.
     */
    public static HostileServer headOnly(Handler handler) throws IOException {
        return new HostileServer(handler, false);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    /** How many connections were accepted. */
    public int connections() {
        return connections.get();
    }

    /** How many requests were handed to the handler. */
    public int handled() {
        return handled.get();
    }

    /** Waits until {@code n} more request heads arrived, and returns the last; fails after {@code timeout}. */
    public Request awaitHeads(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        Request last = null;
        for (int i = 0; i < n; i++) {
            last = heads.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (last == null) {
                throw new AssertionError("only " + i + " of " + n + " requests arrived within " + timeout);
            }
        }
        return last;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = serverSocket.accept();
                sockets.add(s);
                int id = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s, id), "hostile-server-" + id);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket, int id) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Connection connection = new Connection(socket);
            for (int seq = 1; !closed; seq++) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                    int colon = h.indexOf(':');
                    headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                }
                String[] parts = requestLine.split(" ");
                Request head = new Request(parts[0], parts[1], Map.copyOf(headers), new byte[0], id, seq);
                heads.add(head);
                Request request = readBodies ? new Request(head.method(), head.target(), head.headers(),
                        body(in, headers), id, seq) : head;
                handled.incrementAndGet();
                handler.handle(request, connection);
                if (socket.isClosed()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or the handler dropped the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.remove(socket);
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
            return body.toByteArray();
        }
        return new byte[0];
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
