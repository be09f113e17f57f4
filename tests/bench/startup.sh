#!/usr/bin/env bash
# Whole-process start-up, side by side in one hyperfine run: ion, raw Javet, Node and Deno printing hello.
# Prints a table of medians. Needs hyperfine (apt-get install hyperfine). Build first: mvn -B -DskipTests install
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
deno="$("$root/../shared/tools/get-deno.sh")"
dir="$(mktemp -d)"
echo 'console.log("hello world");' > "$dir/hello.js"
cp="$root/tests/target/classes:$(cat "$root/tests/target/benchmark-classpath.txt")"
"$root/bin/ion" run "$dir/hello.js" >/dev/null   # first run: fills the V8 library cache, trains the AOT cache
sleep 5
hyperfine -N --warmup 5 --runs "${RUNS:-30}" --export-json "$dir/result.json" \
  -n "ion run hello.js" "$root/bin/ion run $dir/hello.js" \
  -n "raw Javet hello" "$java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED -cp $cp org.ionjs.benchmarks.RawJavet" \
  -n "node hello.js" "node $dir/hello.js" \
  -n "deno run hello.js" "$deno run $dir/hello.js" >/dev/null
python3 - "$dir/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
deno = next(r["median"] for r in results if r["command"].startswith("deno"))
print("| command | median (ms) | min (ms) | max (ms) | × Deno |")
print("|---|---:|---:|---:|---:|")
for r in results:
    print(f"| `{r['command']}` | {r['median'] * 1000:.1f} | {r['min'] * 1000:.1f} | {r['max'] * 1000:.1f} | {r['median'] / deno:.2f} |")
PY
