#!/usr/bin/env bash
# Whole-process start-up, side by side in one hyperfine run: ion, raw Javet, Node and Deno printing hello.
# Needs hyperfine (apt-get install hyperfine). Build first: mvn -B -DskipTests install
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
deno="$("$root/../shared/tools/get-deno.sh")"
dir="$(mktemp -d)"
echo 'console.log("hello world");' > "$dir/hello.js"
cp="$root/tests/target/classes:$(cat "$root/tests/target/benchmark-classpath.txt")"
"$root/bin/ion" run "$dir/hello.js" >/dev/null   # first run: fills the V8 library and CDS caches
hyperfine -N --warmup 5 --runs "${RUNS:-30}" --export-markdown "${OUT:-/dev/stdout}" \
  -n "ion run hello.js" "$root/bin/ion run $dir/hello.js" \
  -n "raw Javet hello" "$java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --enable-native-access=ALL-UNNAMED -cp $cp org.ionjs.benchmarks.RawJavet" \
  -n "node hello.js" "node $dir/hello.js" \
  -n "deno run hello.js" "$deno run $dir/hello.js"
