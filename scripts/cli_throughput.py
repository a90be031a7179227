#!/usr/bin/env python3
"""CLI throughput harness: N NDJSON encounters end to end, against the JSON floor, in one session.

usage: scripts/cli_throughput.py [--count 1000000] [--rounds 3] [--jar adapters-cli/target/spinecode.jar]

Builds an NDJSON file of N encounters by cycling the public scenarios that code (ids made unique),
then alternates, round by round:
  floor: java -cp spinecode.jar scripts/JsonFloor.java  (same records, same Jackson, no coding)
  code:  java -jar spinecode.jar code --format ndjson
and prints the median wall and CPU (user+sys) seconds of each and their ratios. Also checks that the
output has one line per input line. Run from the project root after `mvn -B -q -DskipTests package`.
"""
import argparse, json, os, resource, statistics, subprocess, sys, tempfile, time

def run(cmd, stdin_path, stdout_path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(stdin_path, "rb") as i, open(stdout_path, "wb") as o:
        code = subprocess.run(cmd, stdin=i, stdout=o, stderr=subprocess.DEVNULL).returncode
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, code

def alternate(commands, src, out, count, rounds):
    """Runs each named command on src once per round, in turn; returns {name: (median wall, median cpu)}."""
    results = {name: [] for name, _ in commands}
    for r in range(rounds):
        for name, cmd in commands:
            wall, cpu, code = run(cmd, src, out)
            with open(out, "rb") as f:
                lines = sum(1 for _ in f)
            if lines != count:
                sys.exit(f"{name}: {lines} output lines for {count} inputs (exit {code})")
            results[name].append((wall, cpu))
            print(f"round {r + 1} {name:5s}: {wall:6.2f} s wall, {cpu:6.2f} s cpu", flush=True)
    return {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
            for name, runs in results.items()}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jar", default="adapters-cli/target/spinecode.jar")
    ap.add_argument("--java-opts", default="", help="extra JVM options for both runs, e.g. -Xmx64m")
    a = ap.parse_args()
    scenarios = json.load(open("scenarios/public.json"))
    inputs = [s["input"] for s in scenarios if "error" not in s["expect"]]
    work = tempfile.mkdtemp(prefix="spinecode-throughput-")
    src = os.path.join(work, "in.ndjson")
    with open(src, "w") as f:
        for i in range(a.count):
            encounter = dict(inputs[i % len(inputs)])
            encounter["id"] = f"enc-{i}"
            f.write(json.dumps(encounter, separators=(",", ":")) + "\n")
    size = os.path.getsize(src)
    opts = a.java_opts.split()
    floor_cmd = ["java", *opts, "-cp", a.jar, "scripts/JsonFloor.java"]
    code_cmd = ["java", *opts, "-jar", a.jar, "code", "--format", "ndjson"]
    out = os.path.join(work, "out.ndjson")
    medians = alternate((("floor", floor_cmd), ("code", code_cmd)), src, out, a.count, a.rounds)
    (fw, fc), (cw, cc) = medians["floor"], medians["code"]
    print(f"\n{a.count:,} encounters, {size / 1e6:.0f} MB, {os.cpu_count()} cores, medians of {a.rounds} rounds")
    print(f"JSON floor : {fw:6.2f} s wall, {fc:6.2f} s cpu, {a.count / fw:,.0f} encounters/s")
    print(f"coding     : {cw:6.2f} s wall, {cc:6.2f} s cpu, {a.count / cw:,.0f} encounters/s")
    print(f"ratio      : {cw / fw:.2f} wall, {cc / fc:.2f} cpu (target: wall <= 1.5)")

if __name__ == "__main__":
    main()
