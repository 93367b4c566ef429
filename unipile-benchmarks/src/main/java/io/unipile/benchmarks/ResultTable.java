package io.unipile.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown tables of {@code docs/benchmarks.md}: every {@code ...Sdk}
 * benchmark beside its {@code ...Raw} twin with the same parameters, their ratio, the target where there is one, and
 * the allocation and CPU per operation when the run had {@code -prof gc} and {@link CpuProfiler}.
 *
 * <pre>java -cp unipile-benchmarks/target/benchmarks.jar io.unipile.benchmarks.ResultTable jmh.json</pre>
 *
 * <p>The ratio's ± is propagated from both scores' 99.9 % confidence intervals; a target counts as met only when the
 * ratio itself reaches it, and a miss says whether the interval still reaches the target (then the run cannot tell).
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
            Pair pair = pairs.computeIfAbsent(key, k -> new Pair(kind, operation, transport, run.get("threads").asInt()));
            Score score = Score.of(run);
            if (sdk) {
                pair.sdk = score;
            } else {
                pair.raw = score;
            }
        }
        print(pairs.values(), "OverheadBenchmark", "Overhead, one caller (ops/s)", 0.95);
        print(pairs.values(), "ConcurrencyBenchmark", "chats().get with concurrent callers (ops/s)", Double.NaN);
        print(pairs.values(), "PageDecodingBenchmark", "Decoding a page of 250 accounts (pages/s)", 0.90);
        print(pairs.values(), "StreamingBenchmark", "1 GiB with -Xmx64m (MiB/s; allocation per MiB)", Double.NaN);
    }

    private static void print(Iterable<Pair> pairs, String kind, String title, double target) {
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
        System.out.println("| operation | transport | threads | raw | SDK | SDK/raw | target | raw B/op | SDK B/op "
                + "| raw CPU µs/op | SDK CPU µs/op |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Pair p : rows) {
            double ratio = p.sdk.value / p.raw.value;
            double ratioError = ratio * Math.hypot(p.raw.error / p.raw.value, p.sdk.error / p.sdk.value);
            System.out.println("| " + p.operation + " | " + p.transport + " | " + p.threads
                    + " | " + p.raw.text() + " | " + p.sdk.text()
                    + " | " + String.format(Locale.ROOT, "%.2f ± %.2f", ratio, ratioError)
                    + " | " + verdict(ratio, ratioError, target)
                    + " | " + number(p.raw.allocation, 0) + " | " + number(p.sdk.allocation, 0)
                    + " | " + number(p.raw.cpuNanos / 1000, 1) + " | " + number(p.sdk.cpuNanos / 1000, 1) + " |");
        }
        System.out.println();
    }

    private static String verdict(double ratio, double error, double target) {
        if (Double.isNaN(target)) {
            return "-";
        }
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

    private record Score(double value, double error, double allocation, double cpuNanos) {
        static Score of(JsonNode run) {
            JsonNode primary = run.get("primaryMetric");
            JsonNode secondary = run.path("secondaryMetrics");
            return new Score(primary.get("score").asDouble(), errorOf(primary),
                    secondary.path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN),
                    secondary.path("cpu.time.norm").path("score").asDouble(Double.NaN));
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
