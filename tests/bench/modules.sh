#!/usr/bin/env bash
# A 30-module TypeScript app, cold (no emit cache) and warm, Ion vs Deno 2.5.4, side by side in one
# hyperfine run; prints medians. Needs hyperfine. Build first: mvn -B -DskipTests install
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deno="$("$root/../shared/tools/get-deno.sh")"
app="$(mktemp -d)"
modules=30
for i in $(seq 1 $((modules - 1))); do
  next=$((i + 1))
  import=""; call="0"
  if [ "$next" -lt "$modules" ]; then import="import { value$next } from \"./m$next.ts\";"; call="value$next()"; fi
  cat > "$app/m$i.ts" <<TS
$import
interface Box$i { id: number; label: string; tags: readonly string[] }
enum Kind$i { A = "a$i", B = "b$i" }
export class Store$i<T extends Box$i> {
  private readonly items = new Map<number, T>();
  constructor(private readonly name: string = "store$i") {}
  add(item: T): this { this.items.set(item.id, item); return this; }
  get size(): number { return this.items.size; }
  labels(): string[] { return [...this.items.values()].map((b) => \`\${this.name}:\${b.label}\`); }
}
export function value$i(): number {
  const store = new Store$i<Box$i>().add({ id: $i, label: Kind$i.A, tags: ["x"] });
  return store.size + $call;
}
TS
done
echo 'import { value1 } from "./m1.ts"; console.log("modules:", value1());' > "$app/main.ts"
echo 'const n: number = 1; console.log("modules:", n);' > "$app/single.ts"
ion="$root/bin/ion"
ion_emit="${ION_DIR:-$HOME/.cache/ion}/emit"
"$ion" run "$app/main.ts" >/dev/null; sleep 5   # trains bin/ion's AOT cache, fills the emit cache
denodir="$(mktemp -d)"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$app/result.json" \
  -n "ion cold (no emit cache)" --prepare "rm -rf $ion_emit" "$ion run $app/main.ts" \
  -n "ion warm" --prepare true "$ion run $app/main.ts" \
  -n "ion warm, 1 module" --prepare true "$ion run $app/single.ts" \
  -n "deno cold (empty DENO_DIR)" --prepare "rm -rf $denodir" "env DENO_DIR=$denodir $deno run $app/main.ts" \
  -n "deno warm" --prepare true "env DENO_DIR=$denodir $deno run $app/main.ts" >/dev/null
python3 - "$app/result.json" "$modules" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
modules = int(sys.argv[2])
print("| command | median (ms) | min (ms) | max (ms) |")
print("|---|---:|---:|---:|")
for name, r in results.items():
    print(f"| {name} | {r['median'] * 1000:.1f} | {r['min'] * 1000:.1f} | {r['max'] * 1000:.1f} |")
per_module = (results["ion warm"]["median"] - results["ion warm, 1 module"]["median"]) / (modules - 1) * 1000
print(f"\nIon, per module from the emit cache (warm 30 modules − warm 1 module) / 29: {per_module:.2f} ms")
PY
