#!/usr/bin/env python3
"""One benchmark for the whole event pipeline, side by side with its baselines, in one run.

Run against a local stack started without the rate limit (it reads far faster than one client may):

    GATEWAY_RATE_LIMIT_ENABLED=false bin/local-stack start --no-data
    bench/run 100000        # quick; bench/run 1000000 for the full run

Each figure is measured next to a reference taken in the same run on the same machine, and reported as a
ratio (machines are noisy; ratios much less so):

| figure                                   | reference                                          |
| gateway applying injected events         | Kafka's ConsumerPerformance on the same topic      |
| gateway rebuild from the topics          | Kafka's ConsumerPerformance                        |
| ERP bulk import (POST allocations/bulk)  | PostgreSQL COPY of the same number of rows         |
| write through the gateway -> visible     | Kafka's EndToEndLatency (acks=all)                 |
| totals reads (community, region, rows)   | wrk on the bare /q/health/live of the same gateway |
| memory of each service under that load   | the -Xmx it runs with                              |

Prints the table and writes it as JSON under bench/results/. Standard library only.
"""
import csv
import decimal
import io
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GATEWAY = os.environ.get("BENCH_GATEWAY", "http://127.0.0.1:8080")
KAFKA = "127.0.0.1:" + os.environ.get("LOCAL_KAFKA_PORT", "9092")
PG = {"host": os.environ.get("PGHOST", "127.0.0.1"), "port": os.environ.get("PGPORT", "5432"),
      "user": os.environ.get("PGUSER", "postgres")}
STATE = os.path.join(ROOT, ".local-stack")
RUN = "bench-" + uuid.uuid4().hex[:6]
COMMUNITIES = ["%s-%02d" % (RUN, i) for i in range(20)]
LINES = ["VOIP", "SUAP", "START", "TELECENTRI", "EGOV_SMALL_MUNICIPALITIES"]
RATE_LIMITED = "the gateway rate-limits this client: start the stack with GATEWAY_RATE_LIMIT_ENABLED=false"


def token(role):
    return subprocess.run([os.path.join(ROOT, "bin", "local-stack"), "token", role],
                          capture_output=True, text=True, check=True).stdout.strip()


ADMIN = token("region-admin")
ERP = token("erp-integration")


def http(method, path, body=None, bearer=ADMIN, timeout=600):
    data = None if body is None else json.dumps(body, default=str).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method, headers={
        "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + bearer})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null", parse_float=decimal.Decimal)
    except urllib.error.HTTPError as error:
        if error.code == 429:
            raise SystemExit(RATE_LIMITED)
        return error.code, json.loads(error.read() or b"null")


def status():
    return http("GET", "/api/v1/admin/projections")[1]


def kafka_classpath():
    target = os.path.join(ROOT, "bench", "target")
    os.makedirs(target, exist_ok=True)
    path = os.path.join(target, "kafka-tools-classpath.txt")
    if not os.path.exists(path):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(ROOT, "bench", "kafka-tools", "pom.xml"),
                        "dependency:build-classpath", "-Dmdep.outputFile=" + path, "-Dmdep.includeScope=runtime"],
                       check=True)
    return open(path).read().strip()


def kafka_tool(tool, *args):
    return subprocess.run(["java", "-Xmx512m", "-cp", kafka_classpath(), "org.apache.kafka.tools." + tool, *args],
                          capture_output=True, text=True, check=True).stdout


def end_offsets(pattern):
    out = kafka_tool("GetOffsetShell", "--bootstrap-server", KAFKA, "--topic", pattern)
    return sum(int(line.rsplit(":", 1)[1]) for line in out.splitlines() if line.count(":") >= 2)


def consumer_performance(topic, messages):
    out = kafka_tool("ConsumerPerformance", "--bootstrap-server", KAFKA, "--topic", topic, "--messages", str(messages),
                     "--timeout", "600000", "--reporting-interval", "600000")
    header, row = [line for line in out.splitlines() if line.strip()][-2:]
    values = dict(zip([h.strip() for h in header.split(",")], [v.strip() for v in row.split(",")]))
    return float(values["nMsg.sec"])


def end_to_end_latency():
    topic = "bench-latency-" + RUN
    out = kafka_tool("EndToEndLatency", KAFKA, topic, "1000", "all", "500")
    percentiles = dict(re.findall(r"(\d+(?:\.\d+)?)th = (\d+(?:\.\d+)?)", out.replace("Percentiles: ", "")))
    return float(percentiles.get("50", "nan")), float(percentiles.get("99", "nan"))


def psql(sql, database="postgres", stdin=None):
    return subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", database, "-q", "-v",
                           "ON_ERROR_STOP=1", "-c", sql], input=stdin, capture_output=True, check=True)


def copy_baseline(rows):
    """PostgreSQL COPY of rows shaped like funding-service's allocations, into a scratch database."""
    psql("DROP DATABASE IF EXISTS bench_copy")
    psql("CREATE DATABASE bench_copy")
    psql("""CREATE TABLE allocation (id uuid PRIMARY KEY, external_id varchar(200) UNIQUE, community_code varchar(100),
            funding_line_code varchar(100), title varchar(1000), section varchar(30), category varchar(30),
            amount_assigned numeric(15,2), amount_paid numeric(15,2), programme_period varchar(50), version bigint)""",
         "bench_copy")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for i in range(rows):
        writer.writerow([uuid.uuid4(), "copy-%d" % i, COMMUNITIES[i % 20], LINES[i % 5], "bench %d" % i,
                         "LOCAL_PROGRAMME", "WORK", "1000.25", "0.00", "2007-2010", 0])
    started = time.time()
    psql("\\copy allocation (id, external_id, community_code, funding_line_code, title, section, category, "
         "amount_assigned, amount_paid, programme_period, version) from stdin with (format csv)", "bench_copy",
         stdin=buffer.getvalue().encode())
    seconds = time.time() - started
    psql("DROP DATABASE bench_copy")
    return rows / seconds


def wrk(path, seconds=15, warm_up=5):
    """Requests/s and p99 of one endpoint, after a warm-up run (discarded) so every endpoint is measured JIT-compiled."""
    subprocess.run(["wrk", "-t2", "-c16", "-d%ds" % warm_up, GATEWAY + path], capture_output=True, check=True)
    out = subprocess.run(["wrk", "-t2", "-c16", "-d%ds" % seconds, "--latency", GATEWAY + path],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise SystemExit("wrk got errors on %s (%s)" % (path, RATE_LIMITED))
    rate = float(next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec")))
    p99 = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("99%"))
    return rate, milliseconds(p99)


def milliseconds(text):
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def setup():
    for code in COMMUNITIES:
        status, body = http("PUT", "/api/v1/communities/" + code,
                            {"code": code, "name": "Benchmark " + code, "kind": "UNIONE_COMUNI", "provinces": ["FI"]})
        assert status in (200, 201), (status, body)
    for line in LINES:
        http("PUT", "/api/v1/funding-lines/" + line, {"code": line, "name": line, "description": "benchmark"})
    while http("GET", "/api/v1/communities/%s/totals" % COMMUNITIES[-1])[0] != 200:
        time.sleep(0.2)


def await_caught_up(started, timeout=3600):
    while True:
        state = status()
        if state["phase"] == "LIVE" and sum(state["lagByTopic"].values()) == 0:
            return time.time() - started
        if time.time() - started > timeout:
            raise SystemExit("the gateway did not catch up within %d s: %s" % (timeout, state))
        time.sleep(0.2)


def inject(count):
    """Allocation events as funding-service publishes them, straight onto funding.events."""
    now = datetime.now(timezone.utc).isoformat()
    lines = []
    for i in range(count):
        state = {"id": "%s-%d" % (RUN, i), "externalId": None, "communityCode": COMMUNITIES[i % 20],
                 "fundingLineCode": LINES[i % 5], "title": "bench", "section": "LOCAL_PROGRAMME" if i % 3 else
                 "TERRITORIAL_IMPACT", "category": "WORK", "detail": "PROJECT", "amountAssigned": "1000.25",
                 "amountPaid": "400.00", "amountToPay": "600.25", "communityParticipates": True,
                 "municipalityIstatCodes": [], "shareRule": "NONE", "municipalityShares": [], "legalActs": [],
                 "programmePeriod": "2007-2010", "assignedOn": "2009-%02d-15" % (i % 12 + 1), "assignedOnSource": "STATED",
                 "payments": [{"id": "p%d" % i, "date": "2009-12-31", "dateSource": "STATED", "amount": "400.00",
                               "kind": "TRANCHE"}], "notes": None, "source": None, "version": 0}
        event = {"specversion": "1.0", "id": str(uuid.uuid4()), "source": "/funding-service",
                 "type": "it.toscana.monitoring.funding.allocation.upserted.v2", "subject": state["id"], "time": now,
                 "datacontenttype": "application/json", "data": state}
        lines.append(state["id"] + "|" + json.dumps(event))
    started = time.time()
    subprocess.run(["java", "-cp", kafka_classpath(), os.path.join(ROOT, "bench", "InjectEvents.java"), KAFKA,
                    "funding.events"], input="\n".join(lines).encode(), check=True, stdout=subprocess.DEVNULL)
    return count / await_caught_up(started)


def rebuild():
    events = end_offsets("^(territory|funding|deployment)\\.events$")
    started = time.time()
    assert http("POST", "/api/v1/admin/projections/rebuild")[0] == 202
    return events, events / await_caught_up(started)


def bulk_import(count, batch=10000):
    started = time.time()
    for first in range(0, count, batch):
        items = [{"externalId": "%s-erp-%d" % (RUN, i), "communityCode": COMMUNITIES[i % 20], "fundingLineCode": LINES[i % 5],
                  "title": "ERP %d" % i, "section": "LOCAL_PROGRAMME", "category": "WORK", "amountAssigned": "1000.25",
                  "programmePeriod": "2007-2010", "assignedOn": "2009-03-01"} for i in range(first, min(count, first + batch))]
        status, body = http("POST", "/api/v1/allocations/bulk", items, bearer=ERP)
        refused = [item for item in (body or {}).get("items", []) if item.get("status", 0) >= 400]
        if status != 207 or refused:
            raise SystemExit("bulk import refused: %s %s" % (status, refused[:3] or body))
    return count / (time.time() - started)


class Stream(threading.Thread):
    """The gateway's server-sent events for one community, as a queue of messages."""

    def __init__(self, community):
        super().__init__(daemon=True)
        self.messages = queue.Queue()
        self.request = urllib.request.Request(GATEWAY + "/api/v1/stream?community=" + community,
                                              headers={"Accept": "text/event-stream"})

    def run(self):
        with urllib.request.urlopen(self.request, timeout=3600) as response:
            for line in response:
                if line.startswith(b"data:"):
                    self.messages.put(time.time())


def write_to_visible(samples):
    community = COMMUNITIES[0]
    stream = Stream(community)
    stream.start()
    time.sleep(1)
    round_trips, visible = [], []
    for i in range(samples):
        while not stream.messages.empty():
            stream.messages.get()
        started = time.time()
        status, body = http("POST", "/api/v1/allocations", {
            "communityCode": community, "fundingLineCode": "VOIP", "title": "latency %d" % i, "section": "LOCAL_PROGRAMME",
            "category": "WORK", "amountAssigned": "10.00", "communityParticipates": True, "source": {"document": "bench"}})
        answered = time.time()
        if status != 201:
            raise SystemExit("allocation refused: %s %s" % (status, body))
        seen = stream.messages.get(timeout=30)
        round_trips.append((answered - started) * 1000)
        visible.append((seen - started) * 1000)
    return percentiles(round_trips), percentiles(visible)


def percentiles(values):
    values = sorted(values)
    return values[len(values) // 2], values[max(0, int(len(values) * 0.99) - 1)]


def memory():
    result = {}
    for name in ("territory-service", "funding-service", "deployment-service", "gateway"):
        pid_file = os.path.join(STATE, "run", name + ".pid")
        log = os.path.join(STATE, "logs", name + ".log")
        if not os.path.exists(pid_file):
            continue
        pid = open(pid_file).read().strip()
        rss = next((int(line.split()[1]) // 1024 for line in open("/proc/%s/status" % pid) if line.startswith("VmHWM")), None)
        heap = re.search(r"-Xmx(\S+)", open("/proc/%s/cmdline" % pid).read().replace("\0", " "))
        oom = os.path.exists(log) and "OutOfMemoryError" in open(log, errors="replace").read()
        result[name] = {"peakRssMb": rss, "xmx": heap.group(1) if heap else None, "outOfMemory": oom}
    return result


class Autovacuum(threading.Thread):
    """Stands in for autovacuum where the server runs without it (as ours does: `SHOW autovacuum` is off).

    Without statistics PostgreSQL plans for the empty tables the run started with, and plans cached on the services'
    connections keep scanning whole tables; without VACUUM the outbox's sent rows stay in its partial index of unsent
    ones. The run would measure that, not the services. Every 10 s this starts what autovacuum's default thresholds
    would: VACUUM ANALYZE a table with more dead rows than 50 + 20 % of its rows, ANALYZE one with more changes since
    its last ANALYZE than 50 + 10 %. (An ANALYZE of every table every 10 s cost PostgreSQL 140 s in a 1M run.)
    """

    CANDIDATES = """SELECT relname, n_dead_tup > 50 + 0.2 * n_live_tup, n_mod_since_analyze > 50 + 0.1 * n_live_tup
                    FROM pg_stat_user_tables"""

    def __init__(self):
        super().__init__(daemon=True)
        self.vacuums = self.analyzes = 0

    def run(self):
        while True:
            time.sleep(10)
            for database in ("territory", "funding", "deployment", "gateway"):
                try:
                    for line in psql_rows(self.CANDIDATES, database):
                        table, vacuum, analyze = line.split("|")
                        if vacuum == "t":
                            psql('VACUUM (ANALYZE) "%s"' % table, database)
                            self.vacuums += 1
                        elif analyze == "t":
                            psql('ANALYZE "%s"' % table, database)
                            self.analyzes += 1
                except subprocess.CalledProcessError:
                    pass  # a database the stack does not have under that name


def psql_rows(sql, database):
    return subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", database, "-Atc", sql],
                          capture_output=True, text=True, check=True).stdout.splitlines()


def autovacuum_on():
    return psql_rows("SHOW autovacuum", "postgres") == ["on"]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    print("benchmark %s: %d events, %d latency samples, against %s" % (RUN, size, samples, GATEWAY))
    setup()
    results = {"run": RUN, "size": size, "at": datetime.now(timezone.utc).isoformat(), "machine": machine(),
               "autovacuum": autovacuum_on()}
    if not results["autovacuum"]:
        print("PostgreSQL runs without autovacuum: the benchmark does its work in its place (VACUUM and ANALYZE at its thresholds)")
        Autovacuum().start()

    results["applyEventsPerSecond"] = inject(size)
    results["consumerPerformanceMsgPerSecond"] = consumer_performance("funding.events", end_offsets("^funding\\.events$"))
    results["rebuildEvents"], results["rebuildEventsPerSecond"] = rebuild()
    results["copyRowsPerSecond"] = copy_baseline(size)
    results["bulkAllocationsPerSecond"] = bulk_import(size)
    await_caught_up(time.time())
    results["kafkaEndToEndMs"] = dict(zip(("p50", "p99"), end_to_end_latency()))
    round_trip, visible = write_to_visible(samples)
    results["writeRoundTripMs"] = dict(zip(("p50", "p99"), round_trip))
    results["writeToVisibleMs"] = dict(zip(("p50", "p99"), visible))
    reads = {"bare /q/health/live": "/q/health/live", "community totals": "/api/v1/communities/%s/totals" % COMMUNITIES[0],
             "region totals": "/api/v1/totals", "community rows": "/api/v1/communities/totals"}
    results["reads"] = {name: dict(zip(("rps", "p99Ms"), wrk(path))) for name, path in reads.items()}
    results["memory"] = memory()
    report(results)


def machine():
    cpus = os.cpu_count()
    mem = next(int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return "%d cores (%s), %d GiB" % (cpus, model, mem)


def report(r):
    bare = r["reads"]["bare /q/health/live"]["rps"]
    kafka_p99 = r["kafkaEndToEndMs"]["p99"]
    rows = [
        ("gateway applying injected events", "%.0f events/s" % r["applyEventsPerSecond"],
         "ConsumerPerformance %.0f msg/s" % r["consumerPerformanceMsgPerSecond"],
         r["applyEventsPerSecond"] / r["consumerPerformanceMsgPerSecond"], "(no goal)"),
        ("gateway rebuild from the topics (%d events)" % r["rebuildEvents"], "%.0f events/s" % r["rebuildEventsPerSecond"],
         "ConsumerPerformance %.0f msg/s" % r["consumerPerformanceMsgPerSecond"],
         r["rebuildEventsPerSecond"] / r["consumerPerformanceMsgPerSecond"], ">= 0.3"),
        ("ERP bulk import", "%.0f allocations/s" % r["bulkAllocationsPerSecond"], "COPY %.0f rows/s" % r["copyRowsPerSecond"],
         r["bulkAllocationsPerSecond"] / r["copyRowsPerSecond"], ">= 0.3"),
        ("write through the gateway -> visible", "p50 %.0f ms, p99 %.0f ms" % tuple(r["writeToVisibleMs"].values()),
         "EndToEndLatency p50 %.0f ms, p99 %.0f ms" % tuple(r["kafkaEndToEndMs"].values()), None,
         "p99 <= %.0f ms" % (3 * kafka_p99 + 20)),
    ]
    for name, read in r["reads"].items():
        if name != "bare /q/health/live":
            rows.append(("GET " + name, "%.0f rps, p99 %.1f ms" % (read["rps"], read["p99Ms"]),
                         "bare /q/health/live %.0f rps" % bare, read["rps"] / bare, ">= 0.8, p99 <= 10 ms"))
    print()
    print("| figure | now | reference in the same run | ratio | goal |")
    print("|---|---|---|---|---|")
    for name, now, reference, ratio, goal in rows:
        print("| %s | %s | %s | %s | %s |" % (name, now, reference, "" if ratio is None else "%.2f" % ratio, goal))
    print()
    print("write round trip (HTTP, until funding-service committed): p50 %.0f ms, p99 %.0f ms"
          % tuple(r["writeRoundTripMs"].values()))
    for name, m in r["memory"].items():
        print("%s: peak RSS %s MB with -Xmx%s%s" % (name, m["peakRssMb"], m["xmx"], ", OUT OF MEMORY" if m["outOfMemory"] else ""))
    print("machine: " + r["machine"] + ("" if r["autovacuum"] else "; PostgreSQL without autovacuum, its VACUUM and ANALYZE done by the benchmark"))
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    path = os.path.join(results, "%s-%d.json" % (r["at"][:19].replace(":", ""), r["size"]))
    with open(path, "w") as out:
        json.dump(r, out, indent=2, default=str)
    print("written to " + os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
