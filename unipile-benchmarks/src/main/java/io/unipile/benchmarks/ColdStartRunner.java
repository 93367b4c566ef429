package io.unipile.benchmarks;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeUnipileServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: how long a fresh JVM takes from its start to the first completed call, through the SDK and through the
 * raw client of each transport. Runs {@link ColdStart} in new JVMs against a fake started here, in this JVM, so the
 * fake's own start-up is not counted, and prints a Markdown table of medians.
 *
 * <pre>java -cp unipile-benchmarks/target/benchmarks.jar io.unipile.benchmarks.ColdStartRunner [runs per case: 9]</pre>
 *
 * <p>Two clocks, both wall-clock milliseconds: <em>since JVM start</em> is the child's own
 * {@code RuntimeMXBean.getStartTime()} to the call's return, i.e. class loading, client construction, connecting and
 * the call; <em>since launch</em> is from just before this runner starts the process, so it adds {@code fork/exec}
 * and the JVM's own boot. The children get no JVM options and the same class path (the benchmarks jar, which holds
 * more than a user's application would but is opened once either way). One unrecorded round first warms the file
 * cache; then the cases take turns, run after run, so a burst of load on the machine hits them alike.
 */
public final class ColdStartRunner {
    private static final List<String> TRANSPORTS = List.of("jdk", "httpclient");
    private static final List<String> SIDES = List.of("raw", "sdk");

    private ColdStartRunner() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            String accountId = server.state().addAccount(AccountType.LINKEDIN).id();
            List<Case> cases = new ArrayList<>();
            for (String transport : TRANSPORTS) {
                for (String side : SIDES) {
                    cases.add(new Case(transport, side));
                }
            }
            for (Case c : cases) {
                c.launch(server, accountId);
            }
            for (int run = 0; run < runs; run++) {
                for (Case c : cases) {
                    c.record(c.launch(server, accountId));
                }
            }
            System.out.println("Cold start: JVM start to the first completed accounts().get, median of " + runs
                    + " runs (min-max)");
            System.out.println();
            System.out.println("| transport | client | since JVM start (ms) | since process launch (ms) |");
            System.out.println("|---|---|---|---|");
            for (Case c : cases) {
                System.out.println("| " + c.transport + " | " + c.side + " | " + summary(c.sinceJvmStart) + " | "
                        + summary(c.sinceLaunch) + " |");
            }
        }
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "%.0f (%d-%d)", median, sorted.get(0), sorted.get(n - 1));
    }

    /** One transport and side, with the times measured so far. */
    private static final class Case {
        final String transport;
        final String side;
        final List<Long> sinceJvmStart = new ArrayList<>();
        final List<Long> sinceLaunch = new ArrayList<>();

        Case(String transport, String side) {
            this.transport = transport;
            this.side = side;
        }

        /** Starts one child and waits for its report. */
        Timing launch(FakeUnipileServer server, String accountId) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ColdStart.class.getName(), server.baseUrl(), server.apiKey(), transport, side, accountId)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            long launched = System.currentTimeMillis();
            Process process = builder.start();
            String report;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                report = out.readLine();
            }
            int status = process.waitFor();
            String[] words = report == null ? new String[0] : report.split(" ");
            boolean reported = words.length == 4 && words[0].equals("FIRST_CALL_DONE") && words[3].equals(accountId);
            if (status != 0 || !reported) {
                throw new IOException(transport + "/" + side + " cold start failed (exit " + status + "): " + report);
            }
            long done = Long.parseLong(words[1]);
            long jvmStart = Long.parseLong(words[2]);
            return new Timing(done - jvmStart, done - launched);
        }

        void record(Timing t) {
            sinceJvmStart.add(t.sinceJvmStart);
            sinceLaunch.add(t.sinceLaunch);
        }
    }

    private record Timing(long sinceJvmStart, long sinceLaunch) {
    }
}
