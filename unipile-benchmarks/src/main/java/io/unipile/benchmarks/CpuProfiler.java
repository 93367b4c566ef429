package io.unipile.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JMH profiler that reports per operation: the CPU time of the benchmark JVM's Java threads
 * ({@code cpu.time.norm}, ns/op: the caller's, the HTTP client's selector, I/O and timer threads, JMH's own, but not
 * the JIT compiler's or the GC's), the whole process's CPU time ({@code cpu.process.norm}, those included) and, on
 * Linux, the context switches of its threads ({@code ctxsw.norm}).
 *
 * <p>Why: on a machine shared with other work, throughput swings with the load of the moment, but the CPU a call
 * costs the client barely does, and the SDK's overhead is CPU. So CPU per call is the steadier measure of what the
 * SDK adds, beside the throughput the targets are stated in. Context switches per call show hand-offs between
 * threads (a timer woken per call, a response passed from a selector thread), which cost CPU on both sides of the
 * switch and latency on a busy machine. The JIT is left out of {@code cpu.time.norm} because on a busy 2-core
 * machine compilation runs late into the measurement and would swamp a difference of microseconds. The fake server
 * runs in another JVM and is not counted. What threads that ended during an iteration did is lost (a thread counts
 * from when it was first seen), so the per-thread numbers are lower bounds.
 *
 * <pre>java -jar benchmarks.jar -prof io.unipile.benchmarks.CpuProfiler ...</pre>
 */
public final class CpuProfiler implements InternalProfiler {
    private static final Path TASKS = Path.of("/proc/self/task");

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long startProcessNanos;
    private Map<Long, Long> startThreadNanos;
    private Map<String, Long> startSwitches;

    @Override
    public String getDescription() {
        return "CPU time and context switches of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startSwitches = contextSwitches();
        startThreadNanos = threadCpuNanos();
        startProcessNanos = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long process = os.getProcessCpuTime() - startProcessNanos;
        long javaThreads = 0;
        for (Map.Entry<Long, Long> e : threadCpuNanos().entrySet()) {
            javaThreads += e.getValue() - startThreadNanos.getOrDefault(e.getKey(), 0L);
        }
        Map<String, Long> endSwitches = contextSwitches();
        long ops = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>();
        results.add(new ScalarResult("cpu.time.norm", ops == 0 ? Double.NaN : (double) javaThreads / ops, "ns/op",
                AggregationPolicy.AVG));
        results.add(new ScalarResult("cpu.process.norm", ops == 0 ? Double.NaN : (double) process / ops, "ns/op",
                AggregationPolicy.AVG));
        if (!endSwitches.isEmpty()) {
            long switches = 0;
            for (Map.Entry<String, Long> e : endSwitches.entrySet()) {
                switches += e.getValue() - startSwitches.getOrDefault(e.getKey(), 0L);
            }
            results.add(new ScalarResult("ctxsw.norm", ops == 0 ? Double.NaN : (double) switches / ops, "#/op",
                    AggregationPolicy.AVG));
        }
        return results;
    }

    /** The CPU time of each live Java thread by id (JIT compiler and GC threads are not Java threads). */
    private Map<Long, Long> threadCpuNanos() {
        Map<Long, Long> byThread = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                byThread.put(id, nanos);
            }
        }
        return byThread;
    }

    /** Voluntary and involuntary switches of each live thread of this JVM by thread id; empty without /proc. */
    private static Map<String, Long> contextSwitches() {
        Map<String, Long> byThread = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return byThread;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                long switches = 0;
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")
                                || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    continue; // the thread ended while we looked
                }
                byThread.put(task.getFileName().toString(), switches);
            }
        } catch (IOException e) {
            byThread.clear();
        }
        return byThread;
    }
}
