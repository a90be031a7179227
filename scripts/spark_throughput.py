#!/usr/bin/env python3
"""Spark job throughput: the same N-encounter NDJSON file on local[1], local[2] and through the CLI.

usage: scripts/spark_throughput.py [--count 1000000] [--rounds 1] [--max-partition-bytes 16m]

Builds an NDJSON file of N encounters by cycling the public scenarios that code (ids made unique,
as scripts/cli_throughput.py does), resolves Spark's own jars (scripts/spark-runtime/pom.xml:
Spark 4.2.0 with its own Jackson, as a Spark installation has them), then runs, round by round:
  local[1]: java <Spark's --add-opens> -cp spinecode-spark.jar:<Spark jars> org.spinecode.spark.SpineCodeBatch --master local[1]
  local[2]: the same with --master local[2]
  cli:      java -jar adapters-cli/target/spinecode.jar code --format ndjson
and prints wall seconds (JVM and Spark start included), the job's own time (from its summary line:
read, number, code, write, without the JVM and Spark start), CPU seconds (user+sys, all threads, so
Spark's own work and the JIT are in it) and encounters per second of each. Checks that each run
wrote one result per input line. The machine's load average is printed with each run: on shared
cores, compare rounds run back to back only. Run from the project root after
`mvn -B -q -DskipTests package -pl adapters-cli,examples/spark-batch -am`.
"""
import argparse, glob, json, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

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


def timed(cmd, **kwargs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(cmd, **kwargs)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_spark(master, src, work, classpath, partition_bytes):
    out = os.path.join(work, "out-spark")
    shutil.rmtree(out, ignore_errors=True)
    cmd = ["java", *SPARK_JVM, f"-Dspark.sql.files.maxPartitionBytes={partition_bytes}",
           "-cp", f"{SPARK_JAR}:{classpath}", "org.spinecode.spark.SpineCodeBatch", "--master", master, src, out]
    with open(os.path.join(work, f"spark-{master}.log"), "w") as log:
        done, wall, cpu = timed(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
    if done.returncode != 0:
        sys.exit(f"{master}: exit {done.returncode}, see {log.name}\n{done.stdout}")
    job = float(re.search(r"coded in ([0-9.]+) s", done.stdout).group(1))
    return wall, job, cpu, count_lines(glob.glob(os.path.join(out, "part-*")))


def run_cli(src, work):
    out = os.path.join(work, "out-cli.ndjson")
    with open(src, "rb") as i, open(out, "wb") as o:
        _, wall, cpu = timed(["java", "-jar", CLI_JAR, "code", "--format", "ndjson"], stdin=i, stdout=o,
                             stderr=subprocess.DEVNULL)
    return wall, wall, cpu, count_lines([out])


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
                wall, job, cpu, lines = run_cli(src, work)
            else:
                wall, job, cpu, lines = run_spark(name, src, work, classpath, a.max_partition_bytes)
            if lines != a.count:
                sys.exit(f"{name}: {lines} results for {a.count} inputs")
            runs[name].append((wall, job, cpu))
            print(f"round {r + 1} {name:8s}: {wall:6.2f} s wall, {job:6.2f} s job, {cpu:6.2f} s cpu, "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(f"\n{a.count:,} encounters, {os.path.getsize(src) / 1e6:.0f} MB, {os.cpu_count()} cores, "
          f"medians of {a.rounds} round(s)")
    rates = {}
    for name, results in runs.items():
        wall, job, cpu = (statistics.median(r[k] for r in results) for k in range(3))
        rates[name] = a.count / job
        print(f"{name:8s}: {wall:6.2f} s wall ({a.count / wall:7,.0f}/s), {job:6.2f} s job ({a.count / job:7,.0f}/s), "
              f"{cpu:6.2f} s cpu ({a.count / cpu:7,.0f} per cpu-second)")
    print(f"scaling local[2]/local[1]: {rates['local[2]'] / rates['local[1]']:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
