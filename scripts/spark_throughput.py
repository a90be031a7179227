#!/usr/bin/env python3
"""Spark job throughput: the same N-encounter NDJSON file on local[1], local[2] and through the CLI.

usage: scripts/spark_throughput.py [--count 1000000] [--rounds 1] [--max-partition-bytes 16m]

Builds an NDJSON file of N encounters by cycling the public scenarios that code (ids made unique,
as scripts/cli_throughput.py does), resolves Spark's own jars (scripts/spark-runtime/pom.xml:
Spark 4.2.0 with its own Jackson, as a Spark installation has them), then runs, round by round:
  local[1]: java <Spark's --add-opens> -cp spinecode-spark.jar:<Spark jars> org.spinecode.spark.SpineCodeBatch --master local[1]
  local[2]: the same with --master local[2]
  cli:      java -jar adapters-cli/target/spinecode.jar code --format ndjson
and prints wall seconds (JVM and Spark start included), the job's own coding time (from its
summary line: read, code, write, without the Spark start), and encounters per second. Checks that
each run wrote one result per input line. Run from the project root after
`mvn -B -q -DskipTests package -pl adapters-cli,examples/spark-batch -am`.
"""
import argparse, glob, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

SPARK_JAR = "examples/spark-batch/target/spinecode-spark.jar"
CLI_JAR = "adapters-cli/target/spinecode.jar"
OPENS = ["java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
         "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
         "sun.security.action", "sun.util.calendar"]
SPARK_JVM = [f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in OPENS] + [
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dspark.ui.enabled=false"]


def spark_classpath(work):
    out = os.path.join(work, "spark-classpath.txt")
    subprocess.run(["mvn", "-B", "-q", "-f", "scripts/spark-runtime/pom.xml", "dependency:build-classpath",
                    f"-Dmdep.outputFile={out}"], check=True)
    return open(out).read().strip()


def write_input(path, count):
    scenarios = json.load(open("scenarios/public.json"))
    inputs = [s["input"] for s in scenarios if "error" not in s["expect"]]
    with open(path, "w") as f:
        for i in range(count):
            encounter = dict(inputs[i % len(inputs)])
            encounter["id"] = f"enc-{i}"
            f.write(json.dumps(encounter, separators=(",", ":")) + "\n")


def count_lines(paths):
    total = 0
    for p in paths:
        with open(p, "rb") as f:
            total += sum(1 for _ in f)
    return total


def run_spark(master, src, work, classpath, partition_bytes):
    out = os.path.join(work, "out-spark")
    shutil.rmtree(out, ignore_errors=True)
    cmd = ["java", *SPARK_JVM, f"-Dspark.sql.files.maxPartitionBytes={partition_bytes}",
           "-cp", f"{SPARK_JAR}:{classpath}", "org.spinecode.spark.SpineCodeBatch", "--master", master, src, out]
    start = time.monotonic()
    with open(os.path.join(work, f"spark-{master}.log"), "w") as log:
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
    wall = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"{master}: exit {done.returncode}, see {log.name}\n{done.stdout}")
    coding = float(re.search(r"coded in ([0-9.]+) s", done.stdout).group(1))
    return wall, coding, count_lines(glob.glob(os.path.join(out, "part-*")))


def run_cli(src, work):
    out = os.path.join(work, "out-cli.ndjson")
    start = time.monotonic()
    with open(src, "rb") as i, open(out, "wb") as o:
        subprocess.run(["java", "-jar", CLI_JAR, "code", "--format", "ndjson"], stdin=i, stdout=o,
                       stderr=subprocess.DEVNULL)
    wall = time.monotonic() - start
    return wall, wall, count_lines([out])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--max-partition-bytes", default="16m",
                    help="spark.sql.files.maxPartitionBytes: 16m cuts a 287 MB file into 18 partitions")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="spinecode-spark-")
    src = os.path.join(work, "in.ndjson")
    write_input(src, a.count)
    classpath = spark_classpath(work)
    runs = {"local[1]": [], "local[2]": [], "cli": []}
    for r in range(a.rounds):
        for name in runs:
            if name == "cli":
                wall, coding, lines = run_cli(src, work)
            else:
                wall, coding, lines = run_spark(name, src, work, classpath, a.max_partition_bytes)
            if lines != a.count:
                sys.exit(f"{name}: {lines} results for {a.count} inputs")
            runs[name].append((wall, coding))
            print(f"round {r + 1} {name:8s}: {wall:6.2f} s wall, {coding:6.2f} s coding", flush=True)
    print(f"\n{a.count:,} encounters, {os.path.getsize(src) / 1e6:.0f} MB, {os.cpu_count()} cores, "
          f"medians of {a.rounds} round(s)")
    rates = {}
    for name, results in runs.items():
        wall = statistics.median(w for w, _ in results)
        coding = statistics.median(c for _, c in results)
        rates[name] = a.count / coding
        print(f"{name:8s}: {wall:6.2f} s wall, {a.count / wall:9,.0f} encounters/s wall; "
              f"{coding:6.2f} s coding, {a.count / coding:9,.0f} encounters/s")
    print(f"scaling local[2]/local[1]: {rates['local[2]'] / rates['local[1]']:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
