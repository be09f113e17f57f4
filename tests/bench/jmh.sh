#!/usr/bin/env bash
# Runs the JMH benchmarks (Ion vs raw Javet). Build first: mvn -B -DskipTests install
# Usage: tests/bench/jmh.sh [JMH options, e.g. OverheadBenchmark -f 1 -wi 3 -i 5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
cp="$root/tests/target/classes:$(cat "$root/tests/target/benchmark-classpath.txt")"
"$root/bin/ion" eval '0' >/dev/null   # puts V8's library in the cache RawJavet loads it from
exec "$java" -cp "$cp" org.openjdk.jmh.Main "$@"
