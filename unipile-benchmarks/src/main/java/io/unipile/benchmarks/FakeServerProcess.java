package io.unipile.benchmarks;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fake Unipile server in a JVM of its own, driven over the child's standard input and output.
 *
 * <p>Why not in the benchmark's JVM: JMH's {@code -prof gc} counts the allocation of every thread of that JVM, and
 * the fake allocates far more per request than a client does (it parses the multipart body, keeps each message and
 * attachment, journals each request); its threads would also be compiled and profiled as part of the benchmark. In
 * a child JVM, time and allocation per call are the client's alone, and the SDK and the raw client pay the same
 * server either way. Both processes still share the machine's cores, as they would on any loopback benchmark.
 *
 * <p>The protocol, one line each way: the child prints {@code READY <baseUrl> <apiKey>} once started; each
 * {@code seed} line it reads empties the fake (so that messages sent in one iteration do not pile up in its heap) and
 * adds one LinkedIn account with one chat, answered by {@code SEEDED <accountId> <chatId>}. The child stops when its
 * input ends, so it never outlives a benchmark JVM that died.
 */
public final class FakeServerProcess implements AutoCloseable {
    /** The fake's heap: enough for one iteration of 1 MiB sends between two resets. */
    private static final String CHILD_HEAP = "-Xmx1g";
    /** Above the 1 MiB attachment plus its multipart framing; the fake's default is 64 MiB. */
    private static final long MAX_REQUEST_BODY_BYTES = 8L * 1024 * 1024;

    private final Process process;
    private final BufferedReader fromChild;
    private final Writer toChild;
    private final String baseUrl;
    private final String apiKey;

    private FakeServerProcess(Process process) throws IOException {
        this.process = process;
        this.fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.toChild = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        List<String> ready = expect("READY", 2);
        this.baseUrl = ready.get(0);
        this.apiKey = ready.get(1);
    }

    /** Starts the child JVM on this JVM's class path and waits until the fake listens. */
    public static FakeServerProcess start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
                FakeServerProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try {
            return new FakeServerProcess(process);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The fake's root URL, such as {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The API key the fake expects. */
    public String apiKey() {
        return apiKey;
    }

    /** Empties the fake and adds one LinkedIn account with one chat; returns their ids. */
    public Seeded seed() throws IOException {
        toChild.write("seed\n");
        toChild.flush();
        List<String> ids = expect("SEEDED", 2);
        return new Seeded(ids.get(0), ids.get(1));
    }

    /** The ids {@link #seed()} created. */
    public record Seeded(String accountId, String chatId) {
    }

    private List<String> expect(String keyword, int values) throws IOException {
        String line = fromChild.readLine();
        if (line == null) {
            throw new IOException("the fake server process ended (exit status "
                    + (process.isAlive() ? "unknown" : process.exitValue()) + ") before answering " + keyword);
        }
        List<String> words = List.of(line.trim().split(" "));
        if (words.size() != values + 1 || !words.get(0).equals(keyword)) {
            throw new IOException("the fake server process answered '" + line + "' instead of " + keyword);
        }
        return words.subList(1, words.size());
    }

    /** Ends the child's input, which stops it; kills it if it has not stopped within 10 s. */
    @Override
    public void close() {
        try {
            toChild.close();
        } catch (IOException ignored) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The child side: serves the fake until standard input ends. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        try (FakeUnipileServer server = FakeUnipileServer.builder().maxRequestBodyBytes(MAX_REQUEST_BODY_BYTES)
                .build().start();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println("READY " + server.baseUrl() + " " + server.apiKey());
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.trim().equals("seed")) {
                    out.println("UNKNOWN " + line);
                    out.flush();
                    continue;
                }
                server.reset();
                FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
                FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");
                out.println("SEEDED " + account.id() + " " + chat.id());
                out.flush();
            }
        }
    }
}
