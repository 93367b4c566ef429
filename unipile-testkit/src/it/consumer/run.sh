#!/usr/bin/env bash
# Builds the consumer project (a user's project with one @FakeUnipile test class) against the testkit built from this
# checkout, on each JUnit Jupiter line the testkit supports: 5.10 (the oldest), the newest 5.x and 6.x.
#
# The reactor's artifacts are installed into a private local repository, so that no snapshot of this checkout ever
# lands in the shared one; everything else is read from (and downloaded into) the shared repository through links.
# Extra arguments go to every Maven call (e.g. -o). Needs only Java 17 and Maven; the JUnit versions may need the network.
set -euo pipefail

root="$(cd "$(dirname "$0")/../../../.." && pwd)"
junit_versions="${TESTKIT_CONSUMER_JUNIT_VERSIONS:-5.10.0 5.14.4 6.1.3}"
shared="${TESTKIT_CONSUMER_SHARED_REPO:-$HOME/.m2/repository}"
work="$root/unipile-testkit/target/consumer-check"
repo="$work/repository"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"

rm -rf "$work"
mkdir -p "$repo/io" "$shared/io"
shopt -s nullglob
for entry in "$shared"/*; do
  [ "$(basename "$entry")" = io ] || ln -s "$entry" "$repo/$(basename "$entry")"
done
for entry in "$shared"/io/*; do
  [ "$(basename "$entry")" = unipile ] || ln -s "$entry" "$repo/io/$(basename "$entry")"
done

echo "testkit consumer check: installing unipile $version into $repo"
(cd "$root" && mvn -B -q -Dstyle.color=never "$@" -Dmaven.repo.local="$repo" install -DskipTests \
  -pl unipile-bom,unipile-transport-jdk,unipile-testkit -am)

passed=0
for junit in $junit_versions; do
  echo "testkit consumer check: JUnit Jupiter $junit"
  rm -rf "$work/consumer"
  cp -R "$root/unipile-testkit/src/it/consumer" "$work/consumer"
  rm -f "$work/consumer/run.sh"
  log="$work/junit-$junit.log"
  if ! mvn -B -ntp "$@" -f "$work/consumer/pom.xml" -Dmaven.repo.local="$repo" -Dunipile.version="$version" \
      -Djunit.version="$junit" test >"$log" 2>&1; then
    cat "$log"
    echo "testkit consumer check: FAILED on JUnit Jupiter $junit" >&2
    exit 1
  fi
  # A build whose engine found no test passes too: require the tests to have run.
  summary="$(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: 0, Errors: 0' "$log" | tail -n 1)"
  if ! grep -qE 'Tests run: [1-9]' <<<"$summary"; then
    cat "$log"
    echo "testkit consumer check: no test ran on JUnit Jupiter $junit" >&2
    exit 1
  fi
  echo "  ${summary#*] }"
  tests="${summary#*Tests run: }"
  passed=$((passed + ${tests%%,*}))
done
# The tests of every JUnit line, in the plain form CI reads.
echo "testkit-consumer: $passed passed, 0 failed"
