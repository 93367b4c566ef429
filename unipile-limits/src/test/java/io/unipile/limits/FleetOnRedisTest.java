package io.unipile.limits;

import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.users.UserRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.unipile.testkit.DemoData.LINKEDIN_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several JVMs, each an instance with its own client and its own Redis connection, share one account's budget
 * through a real Redis server: together they never exceed it, and keep its spacing.
 */
@Timeout(240)
class FleetOnRedisTest {
    private static final int INSTANCES = 3;
    private static final Pattern RESULT = Pattern.compile("admitted=(\\d+) refused=(\\d+)");
    private static LocalRedis redis;
    private FakeUnipileServer server;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void startFake() {
        server = FakeUnipileServer.builder().build().start();
        DemoData.load(server.state());
    }

    @org.junit.jupiter.api.AfterEach
    void stopFake() {
        server.close();
    }

    @Test
    void instancesTogetherSpendExactlyTheQuotaAndNoMore() throws Exception {
        List<int[]> results = runFleet("quota", 40);

        int admitted = results.stream().mapToInt(r -> r[0]).sum();
        int refused = results.stream().mapToInt(r -> r[1]).sum();
        assertThat(admitted).as("the daily quota of 25, across " + INSTANCES + " JVMs").isEqualTo(25);
        assertThat(refused).isEqualTo(INSTANCES * 40 - 25);
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).as("sent").isEqualTo(25);
        assertThat(results).as("every instance got a share").allSatisfy(r -> assertThat(r[0] + r[1]).isEqualTo(40));
    }

    @Test
    void instancesTogetherKeepTheSpacingWhileTheirCallsWait() throws Exception {
        List<int[]> results = runFleet("spacing", 4);

        assertThat(results.stream().mapToInt(r -> r[0]).sum()).isEqualTo(INSTANCES * 4);
        List<Instant> received = server.journal().requests(UserRoutes.GET_PROFILE).stream()
                .map(r -> r.receivedAt()).sorted().toList();
        assertThat(received).hasSize(INSTANCES * 4);
        // Admissions are 300-400 ms apart; what reaches the fake may be a little closer (each JVM's own latency).
        for (int i = 1; i < received.size(); i++) {
            assertThat(Duration.between(received.get(i - 1), received.get(i)))
                    .as("gap %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
        assertThat(Duration.between(received.get(0), received.get(received.size() - 1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300L * (received.size() - 1)));
    }

    /** Starts the instances together and returns each one's {admitted, refused}. */
    private List<int[]> runFleet(String mode, int calls) throws Exception {
        String prefix = "fleet-" + UUID.randomUUID() + ":";
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            processes.add(new ProcessBuilder(java, "-cp", classPath, FleetWorker.class.getName(), server.baseUrl(),
                    server.apiKey(), redis.uri(), prefix, LINKEDIN_ACCOUNT_ID, mode, String.valueOf(calls))
                    .redirectErrorStream(true).start());
        }
        List<BufferedReader> outputs = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (Process p : processes) {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null && !line.equals("ready")) {
                out.append(line).append('\n');
            }
            assertThat(line).as("instance ready: " + out).isEqualTo("ready");
            outputs.add(r);
            texts.add(out);
        }
        for (Process p : processes) {
            p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
        }
        List<int[]> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            StringBuilder out = texts.get(i);
            try (BufferedReader r = outputs.get(i)) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                }
            }
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(out.toString()).isZero();
            Matcher m = RESULT.matcher(out);
            assertThat(m.find()).as(out.toString()).isTrue();
            results.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return results;
    }
}
