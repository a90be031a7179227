#!/usr/bin/env python3
"""Check-mode cost harness: checking N claims against coding the same N encounters, same file, same run.

usage: scripts/check_throughput.py [--count 1000000] [--rounds 3] [--jar adapters-cli/target/spinecode.jar]

Builds an NDJSON file of N claims by cycling the public scenarios that code (ids made unique) and
giving each the lines SpineCode codes for it as `billed` (every fourth claim altered the way coders
err: a line dropped, 77003 added, or units doubled), then alternates, round by round, on that one file:
  code:  java -jar spinecode.jar code --format ndjson   (ignores `billed`)
  check: java -jar spinecode.jar check --format ndjson
and prints the median wall and CPU seconds of each and their ratios (target: check <= 1.3 x code).
Run from the project root after `mvn -B -q -DskipTests package`.
"""
import argparse, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_throughput import alternate  # noqa: E402  (one way of timing runs for both harnesses)

def billed(lines, i):
    billed = [{"code": l["code"], "modifiers": l["modifiers"], "units": l["units"]} for l in lines]
    if i % 4 == 1 and billed:
        billed.pop()
    elif i % 4 == 2:
        billed.append({"code": "77003", "modifiers": [], "units": 1})
    elif i % 4 == 3 and billed:
        billed[0] = dict(billed[0], units=billed[0]["units"] * 2)
    return billed

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jar", default="adapters-cli/target/spinecode.jar")
    ap.add_argument("--java-opts", default="", help="extra JVM options for both runs, e.g. -XX:TieredStopAtLevel=1")
    a = ap.parse_args()
    scenarios = json.load(open("scenarios/public.json"))
    inputs = [s["input"] for s in scenarios if "error" not in s["expect"]]
    opts = a.java_opts.split()
    # SpineCode's own lines for each scenario, once, from the jar under test.
    coded = subprocess.run(["java", "-jar", a.jar, "code", "--format", "ndjson"], check=False, capture_output=True,
                           input="".join(json.dumps(i) + "\n" for i in inputs).encode()).stdout.decode().splitlines()
    lines = [json.loads(r).get("lines", []) for r in coded]
    work = tempfile.mkdtemp(prefix="spinecode-check-")
    src = os.path.join(work, "claims.ndjson")
    with open(src, "w") as f:
        for i in range(a.count):
            k = i % len(inputs)
            claim = dict(inputs[k], id=f"claim-{i}", billed=billed(lines[k], i // len(inputs)))
            f.write(json.dumps(claim, separators=(",", ":")) + "\n")
    size = os.path.getsize(src)
    out = os.path.join(work, "out.ndjson")
    medians = alternate([(name, ["java", *opts, "-jar", a.jar, name, "--format", "ndjson"]) for name in ("code", "check")],
                        src, out, a.count, a.rounds)
    (cw, cc), (kw, kc) = medians["code"], medians["check"]
    print(f"\n{a.count:,} claims, {size / 1e6:.0f} MB, {os.cpu_count()} cores, medians of {a.rounds} rounds")
    print(f"coding   : {cw:6.2f} s wall, {cc:6.2f} s cpu, {a.count / cw:,.0f} claims/s")
    print(f"checking : {kw:6.2f} s wall, {kc:6.2f} s cpu, {a.count / kw:,.0f} claims/s")
    print(f"ratio    : {kw / cw:.2f} wall, {kc / cc:.2f} cpu (target: wall <= 1.3)")

if __name__ == "__main__":
    main()
