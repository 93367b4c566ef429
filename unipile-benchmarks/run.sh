#!/usr/bin/env bash
# Runs every benchmark of unipile-benchmarks and prints the tables of docs/benchmarks.md: about 13 minutes on
# 2 cores. Build first (README: mvn -B -q install -DskipTests); the jar is built here only when missing.
#
#   unipile-benchmarks/run.sh                 everything, cold start included
#   unipile-benchmarks/run.sh Overhead.getChat  only the JMH benchmarks matching these arguments (JMH options work
#                                             too, e.g. -p transport=jdk); cold start is then skipped
#
# Everything lands in unipile-benchmarks/target/results/: jmh.txt (JMH's log), jmh.json, coldstart.md, machine.txt
# (nproc, memory, JDK, date, load before and after) and tables.md, which puts it together.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=unipile-benchmarks/target/benchmarks.jar
out=unipile-benchmarks/target/results
if [ ! -f "$jar" ]; then
  mvn -B -q -pl unipile-benchmarks -am package -DskipTests
fi
mkdir -p "$out"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  free -h
  java -version 2>&1
  echo "load before: $(uptime)"
} > "$out/machine.txt"

# -prof gc: allocation per operation; CpuProfiler: CPU per operation, steadier than throughput on a busy machine.
java -jar "$jar" -prof gc -prof io.unipile.benchmarks.CpuProfiler -rf json -rff "$out/jmh.json" "$@" \
  | tee "$out/jmh.txt"
if [ $# -eq 0 ]; then
  java -cp "$jar" io.unipile.benchmarks.ColdStartRunner | tee "$out/coldstart.md"
else
  : > "$out/coldstart.md"
fi
echo "load after: $(uptime)" >> "$out/machine.txt"

{
  echo '```'
  cat "$out/machine.txt"
  echo '```'
  echo
  java -cp "$jar" io.unipile.benchmarks.ResultTable "$out/jmh.json"
  cat "$out/coldstart.md"
} > "$out/tables.md"
cat "$out/tables.md"
