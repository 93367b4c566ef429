package io.unipile.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmarks from rotting unnoticed: runs a few of them for a moment each, in this JVM, and checks they
 * produced a score. It measures nothing worth reading; the numbers come from {@code run.sh}.
 */
class BenchmarksSmokeTest {

    private static Collection<RunResult> runBriefly(String include) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(include)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .threads(1)
                .shouldFailOnError(true)
                .build();
        return new Runner(options).run();
    }

    @Test
    void sendsWithAnAttachmentThroughTheSdkAndTheRawClientOnBothTransports() throws RunnerException {
        // The send with a 1 MiB file exercises the most: the fake in its own JVM, both clients, the hand-built
        // multipart (which the fake rejects when malformed), and the per-iteration check that both clients agree.
        Collection<RunResult> results = runBriefly(OverheadBenchmark.class.getName() + ".sendFile");

        assertThat(results).hasSize(4);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void decodesAPageThroughTheSdkAndBareJacksonApartAndTakingTurns() throws RunnerException {
        Collection<RunResult> results = runBriefly(PageDecodingBenchmark.class.getName() + "|"
                + PairedBenchmark.class.getName() + ".decodePage");

        assertThat(results).hasSize(3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
        RunResult paired = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("PairedBenchmark.decodePage"))
                .findFirst().orElseThrow();
        // The paired benchmark's result is in its counters: both sides must have been timed.
        assertThat(paired.getSecondaryResults().get("sdkNanos").getScore()).isPositive();
        assertThat(paired.getSecondaryResults().get("rawNanos").getScore()).isPositive();
    }

    @Test
    void measuresTheLimitGuardWithoutAndWithItsStores() throws RunnerException {
        Collection<RunResult> results = runBriefly(LimitGuardBenchmark.class.getName());

        assertThat(results).hasSize(6);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
