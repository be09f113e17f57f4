#!/usr/bin/env bash
# Web API micro-benchmarks (tests/bench/webapis.js), Ion vs Deno 2.5.4 in the same run; medians and ratios.
# Build first: mvn -B -DskipTests install
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deno="${DENO:-$("$root/../shared/tools/get-deno.sh")}"
# The script prints its results on stderr: what it logs on stdout is part of a measure and goes to /dev/null.
ion_json="$("$root/bin/ion" run "$root/tests/bench/webapis.js" 2>&1 >/dev/null)"
deno_json="$("$deno" run "$root/tests/bench/webapis.js" 2>&1 >/dev/null)"
python3 - "$ion_json" "$deno_json" <<'PY'
import json, sys
ion, deno = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("| measure | Ion (ms) | Deno (ms) | Ion / Deno |")
print("|---|---:|---:|---:|")
for name in ion:
    print(f"| {name} | {ion[name]:.2f} | {deno[name]:.2f} | {ion[name] / deno[name]:.2f} |")
PY
