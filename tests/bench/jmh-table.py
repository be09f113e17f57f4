#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) into the Ion-vs-raw-Javet table of docs/benchmarks.md: the median
of the measurement iterations per benchmark, and the ratio of each ion*/javet* pair."""
import json
import statistics
import sys

results = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
def median(name):
    values = [v for fork in results[name]["primaryMetric"]["rawData"] for v in fork]
    return statistics.median(values)

print("| measure | Ion (µs) | raw Javet (µs) | ratio |")
print("|---|---:|---:|---:|")
for name in sorted(results):
    if name.startswith("ion"):
        pair = "javet" + name[3:]
        if pair in results:
            print(f"| {name[3:]} | {median(name):.3f} | {median(pair):.3f} | {median(name) / median(pair):.2f} |")
        else:
            print(f"| {name[3:]} (Ion only) | {median(name):.3f} | | |")
