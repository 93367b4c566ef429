package io.unipile.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers with raw bytes, for replies no well-behaved HTTP server would send: a body shorter
 * than its {@code Content-Length}, a chunked body that never ends, a status line out of range. Each connection gets
 * the next scripted answer and is then closed.
 */
public final class RawReplyServer implements AutoCloseable {

    /** Writes one raw answer, status line included, to the connection. */
    @FunctionalInterface
    public interface Answer {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-reply-server");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Answer fallback = json(500, "{\"title\":\"no answer scripted\",\"status\":500}");

    public RawReplyServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::accept);
    }

    /** The server's root, like a Unipile DSN. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Queues answers, used in order. */
    public RawReplyServer enqueue(Answer... answers) {
        script.addAll(java.util.List.of(answers));
        return this;
    }

    /** The answer once the queue is empty. */
    public RawReplyServer otherwise(Answer answer) {
        this.fallback = answer;
        return this;
    }

    /** How many requests arrived. */
    public int requests() {
        return requests.get();
    }

    /** A complete answer with a body and its true length. */
    public static Answer json(int status, String body) {
        return raw(status, "application/json", body.getBytes(StandardCharsets.UTF_8), -1);
    }

    /**
     * An answer whose {@code Content-Length} is {@code declared} (the body's true length when negative), then the
     * body's bytes, then the connection is closed.
     */
    public static Answer raw(int status, String contentType, byte[] body, long declared) {
        return out -> {
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + (declared < 0 ? body.length : declared) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        };
    }

    /**
     * An answer declaring {@code declared} bytes that starts with {@code head} and then keeps sending spaces until
     * the client hangs up or the declared length is reached: a server that means it, so a client that refuses the
     * length must do so on the header, not because the connection ended early.
     */
    public static Answer declaring(int status, String head, long declared) {
        return out -> {
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + declared
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            out.write(start);
            byte[] filler = " ".repeat(16_384).getBytes(StandardCharsets.US_ASCII);
            for (long left = declared - start.length; left > 0; left -= filler.length) {
                out.write(filler, 0, (int) Math.min(filler.length, left));
                out.flush();
            }
        };
    }

    /** A chunked answer that starts with {@code head} and then sends {@code filler} for ever. */
    public static Answer endless(int status, String head, String filler) {
        return out -> {
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = filler.repeat(Math.max(1, 16_384 / filler.length())).getBytes(StandardCharsets.UTF_8);
            while (true) {
                writeChunk(out, chunk); // ends when the client gives up and closes the connection
            }
        };
    }

    private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                executor.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            long bodyLength = readHead(in);
            in.skipNBytes(bodyLength);
            requests.incrementAndGet();
            Answer answer = script.poll();
            (answer == null ? fallback : answer).write(connection.getOutputStream());
        } catch (IOException ignored) {
            // The client closed the connection: the point of most answers here.
        }
    }

    // Reads the request line and headers; returns the body's Content-Length (the client never sends chunked here).
    private static long readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        return length;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a server socket fails only when it is already closed.
        }
        executor.shutdownNow();
    }
}
