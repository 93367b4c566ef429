package io.unipile.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.math3.distribution.TDistribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown tables of {@code docs/benchmarks.md}: every {@code ...Sdk}
 * benchmark beside its {@code ...Raw} twin with the same parameters and their ratio, with the allocation, CPU time
 * and context switches per operation when the run had {@code -prof gc} and {@link CpuProfiler}.
 *
 * <pre>java -cp unipile-benchmarks/target/benchmarks.jar io.unipile.benchmarks.ResultTable jmh.json</pre>
 *
 * <p>{@link PairedBenchmark} gets a table of its own: the ratio of the raw and the SDK time per iteration, averaged.
 *
 * <p>The ratio's ± is propagated from both scores' 99.9 % confidence intervals. Targets are judged on the paired
 * ratios only (separate forks run at different moments of a shared machine's load): a target counts as met only when
 * the ratio itself reaches it, and a miss says whether the interval still reaches the target (then the run cannot
 * tell).
 */
public final class ResultTable {
    private ResultTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            String kind = className.substring(className.lastIndexOf('.') + 1);
            boolean sdk = method.endsWith("Sdk");
            if (!sdk && !method.endsWith("Raw")) {
                continue;
            }
            String operation = method.substring(0, method.length() - 3);
            String transport = run.path("params").path("transport").asText("-");
            String key = kind + "/" + operation + "/" + transport;
            int threads = run.get("threads").asInt();
            Pair pair = pairs.computeIfAbsent(key, k -> new Pair(kind, operation, transport, threads));
            Score score = Score.of(run);
            if (sdk) {
                pair.sdk = score;
            } else {
                pair.raw = score;
            }
        }
        print(pairs.values(), "OverheadBenchmark", "Overhead, one caller (ops/s)");
        print(pairs.values(), "ConcurrencyBenchmark", "chats().get with concurrent callers (ops/s)");
        print(pairs.values(), "PageDecodingBenchmark", "Decoding a page of 250 accounts (pages/s)");
        print(pairs.values(), "CallCostBenchmark", "accounts().get without sockets: the SDK on an in-memory transport "
                + "against decoding alone (calls/s)");
        print(pairs.values(), "StreamingBenchmark", "1 GiB with -Xmx64m (MiB/s; allocation, CPU and switches per MiB)");
        printPaired(runs);
    }

    /** {@link PairedBenchmark}: per iteration, raw time over SDK time for the same number of calls. */
    private static void printPaired(JsonNode runs) {
        List<String> rows = new ArrayList<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            if (!benchmark.contains(".PairedBenchmark.")) {
                continue;
            }
            JsonNode secondary = run.path("secondaryMetrics");
            double[] sdk = iterations(secondary.path("sdkNanos"));
            double[] raw = iterations(secondary.path("rawNanos"));
            double[] pairs = iterations(secondary.path("pairs"));
            if (sdk.length == 0 || sdk.length != raw.length || sdk.length != pairs.length) {
                continue;
            }
            double[] ratios = new double[sdk.length];
            double sdkTotal = 0;
            double rawTotal = 0;
            double pairTotal = 0;
            for (int i = 0; i < sdk.length; i++) {
                ratios[i] = raw[i] / sdk[i];
                sdkTotal += sdk[i];
                rawTotal += raw[i];
                pairTotal += pairs[i];
            }
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            // The targets are stated for one caller; with 8 and 32 the ratio is shown without a verdict.
            double target = run.get("threads").asInt() != 1 ? Double.NaN : operation.equals("decodePage") ? 0.90
                    : operation.startsWith("get") ? 0.97 : 0.95;
            double mean = mean(ratios);
            double error = halfInterval(ratios);
            rows.add("| " + operation + " | " + run.path("params").path("transport").asText("-")
                    + " | " + String.format(Locale.ROOT, "%,.1f", rawTotal / pairTotal / 1000)
                    + " | " + String.format(Locale.ROOT, "%,.1f", sdkTotal / pairTotal / 1000)
                    + " | " + String.format(Locale.ROOT, "%.3f ± %.3f", mean, error)
                    + " | " + (Double.isNaN(target) ? "-" : verdict(mean, error, target))
                    + " | " + String.format(Locale.ROOT, "%,.0f", pairTotal) + " |");
        }
        if (rows.isEmpty()) {
            return;
        }
        System.out.println("### SDK and raw taking turns in one loop (mean time per call)");
        System.out.println();
        System.out.println("| operation | transport | raw µs/call | SDK µs/call | SDK speed / raw | target "
                + "| pairs |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
    }

    /** The per-iteration values of an aux counter, all forks together. */
    private static double[] iterations(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Half the 99.9 % confidence interval of the mean, as JMH states its errors. */
    private static double halfInterval(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        return t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
    }

    private static void print(Iterable<Pair> pairs, String kind, String title) {
        List<Pair> rows = new ArrayList<>();
        pairs.forEach(p -> {
            if (p.kind.equals(kind) && p.raw != null && p.sdk != null) {
                rows.add(p);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        System.out.println("### " + title);
        System.out.println();
        System.out.println("| operation | transport | threads | raw | SDK | SDK/raw | B/op raw → SDK "
                + "| CPU µs/op raw → SDK | context switches/op raw → SDK |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Pair p : rows) {
            double ratio = p.sdk.value / p.raw.value;
            double ratioError = ratio * Math.hypot(p.raw.error / p.raw.value, p.sdk.error / p.sdk.value);
            System.out.println("| " + p.operation + " | " + p.transport + " | " + p.threads
                    + " | " + p.raw.text() + " | " + p.sdk.text()
                    + " | " + String.format(Locale.ROOT, "%.2f ± %.2f", ratio, ratioError)
                    + " | " + number(p.raw.allocation, 0) + " → " + number(p.sdk.allocation, 0)
                    + " | " + number(p.raw.cpuNanos / 1000, 1) + " → " + number(p.sdk.cpuNanos / 1000, 1)
                    + " | " + number(p.raw.switches, 2) + " → " + number(p.sdk.switches, 2) + " |");
        }
        System.out.println();
    }

    private static String verdict(double ratio, double error, double target) {
        String goal = String.format(Locale.ROOT, "≥ %.2f", target);
        if (ratio >= target) {
            return goal + " met";
        }
        return goal + (ratio + error >= target ? " **missed** (within error)" : " **missed**");
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static final class Pair {
        final String kind;
        final String operation;
        final String transport;
        final int threads;
        Score raw;
        Score sdk;

        Pair(String kind, String operation, String transport, int threads) {
            this.kind = kind;
            this.operation = operation;
            this.transport = transport;
            this.threads = threads;
        }
    }

    private record Score(double value, double error, double allocation, double cpuNanos, double switches) {
        static Score of(JsonNode run) {
            JsonNode primary = run.get("primaryMetric");
            JsonNode secondary = run.path("secondaryMetrics");
            return new Score(primary.get("score").asDouble(), errorOf(primary),
                    secondary.path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN),
                    secondary.path("cpu.time.norm").path("score").asDouble(Double.NaN),
                    secondary.path("ctxsw.norm").path("score").asDouble(Double.NaN));
        }

        /** JMH writes "NaN" when a single iteration gives no interval. */
        private static double errorOf(JsonNode metric) {
            double e = metric.path("scoreError").asDouble(Double.NaN);
            return Double.isNaN(e) ? 0 : e;
        }

        String text() {
            return String.format(Locale.ROOT, "%,.0f ± %,.0f", value, error);
        }
    }
}
