package io.unipile.limits;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server on loopback for the tests: the one named by {@code -Dunipile.redis.server}, else
 * {@code redis-server} on the PATH, else the binary carried by the {@code embedded-redis} test jar (Linux and macOS,
 * x86-64 and arm64). No persistence: a restart starts empty, as a Redis without persistence would.
 */
final class LocalRedis implements AutoCloseable {
    private static Path binary;
    private final int port;
    private Process process;

    private LocalRedis(int port) {
        this.port = port;
    }

    static LocalRedis start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LocalRedis redis = new LocalRedis(port);
        redis.restart();
        return redis;
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    synchronized long pid() {
        return process.pid();
    }

    /** Starts the server (again) on the same port and waits until it answers PING. */
    synchronized void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(binary().toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answersPing()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("redis-server " + binary() + " did not start on port " + port);
            }
            Thread.sleep(20);
        }
    }

    /** Kills the server: clients see their connections reset, as when Redis goes away. */
    synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean answersPing() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            s.setSoTimeout(500);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            int n = s.getInputStream().read(reply);
            return n > 0 && new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized Path binary() throws IOException {
        if (binary != null) {
            return binary;
        }
        String configured = System.getProperty("unipile.redis.server");
        if (configured != null && !configured.isBlank()) {
            return binary = Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return binary = candidate;
            }
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.contains("aarch64") || arch.contains("arm64");
        String resource = os.contains("mac") ? (arm ? "redis-server-6.2.6-v5-darwin-arm64"
                : "redis-server-6.2.6-v5-darwin-amd64")
                : arm ? "redis-server-6.2.7-linux-arm64" : "redis-server-6.2.6-v5-linux-amd64";
        try (InputStream in = LocalRedis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no redis-server on the PATH and none for " + os + "/" + arch
                        + " in the embedded-redis jar; set -Dunipile.redis.server");
            }
            Path file = Files.createTempFile("unipile-redis-server", "");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().setExecutable(true);
            file.toFile().deleteOnExit();
            return binary = file;
        }
    }
}
