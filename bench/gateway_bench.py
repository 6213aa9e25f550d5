#!/usr/bin/env python3
"""Gateway benchmark against a running local stack (bin/local-stack start).

1. Injects N synthetic allocation events straight into funding.events (as funding-service's
   relay would publish them) for one community, and times how fast the gateway applies them.
2. Read rate of that community's totals (N allocations behind them) against a bare Quarkus
   endpoint (/q/health/live) of the same gateway, with wrk, in the same run.
3. Write-to-visible latency: an allocation written through the gateway (funding-service,
   outbox, Kafka, gateway projection) until the gateway's totals show it; p50 / p99.

Usage: python3 bench/gateway_bench.py [allocations=100000] [latency-samples=200]

The bench reads far faster than the gateway's rate limit allows one client (it measures the
read path, not the limit): start the stack with GATEWAY_RATE_LIMIT_ENABLED=false bin/local-stack start.
Its writes carry a region-admin token from bin/local-stack token.
"""
import decimal
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import datetime, timezone

GATEWAY = "http://127.0.0.1:8080"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KAFKA_CP = os.path.join(ROOT, ".local-stack", "kafka", "classpath.txt")
COMMUNITY = "bench-" + uuid.uuid4().hex[:6]


RATE_LIMITED = "the gateway rate-limits this client: start the stack with GATEWAY_RATE_LIMIT_ENABLED=false"
TOKEN = subprocess.run([os.path.join(ROOT, "bin", "local-stack"), "token", "region-admin"],
                       capture_output=True, text=True, check=True).stdout.strip()


def http(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null", parse_float=decimal.Decimal)
    except urllib.error.HTTPError as error:
        if error.code == 429:
            raise SystemExit(RATE_LIMITED)
        return error.code, json.loads(error.read() or b"null")


def totals(code):
    return http("GET", "/api/v1/communities/%s/totals" % code)[1]


def lag():
    return sum(http("GET", "/api/v1/admin/projections")[1]["lagByTopic"].values())


def inject(count):
    now = datetime.now(timezone.utc).isoformat()
    lines = []
    for i in range(count):
        state = {"id": "%s-%d" % (COMMUNITY, i), "externalId": None, "communityCode": COMMUNITY,
                 "fundingLineCode": ["VOIP", "SUAP", "START", "PAAS", "CART"][i % 5], "title": "bench",
                 "section": "LOCAL_PROGRAMME" if i % 3 else "TERRITORIAL_IMPACT", "category": "WORK",
                 "amountAssigned": 1000.25, "amountPaid": 400.00, "amountToPay": 600.25,
                 "communityParticipates": True, "municipalityIstatCodes": [], "legalActs": [],
                 "programmePeriod": "2007-2010", "assignedOn": None, "notes": None, "source": None, "version": 0}
        event = {"specversion": "1.0", "id": str(uuid.uuid4()), "source": "/bench",
                 "type": "it.toscana.monitoring.funding.allocation.upserted.v1", "subject": state["id"],
                 "time": now, "datacontenttype": "application/json", "data": state}
        lines.append(state["id"] + "|" + json.dumps(event))
    classpath = open(KAFKA_CP).read().strip()
    started = time.time()
    subprocess.run(["java", "-cp", classpath, os.path.join(ROOT, "bench", "InjectEvents.java"),
                    "127.0.0.1:9092", "funding.events"],
                   input="\n".join(lines).encode(), check=True, stdout=subprocess.DEVNULL)
    produced = time.time()
    while totals(COMMUNITY)["money"]["allocations"] < count:
        time.sleep(0.5)
    applied = time.time()
    return produced - started, applied - started


def wrk(path):
    out = subprocess.run(["wrk", "-t2", "-c16", "-d15s", "--latency", GATEWAY + path],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise SystemExit("wrk got errors on %s (%s)" % (path, RATE_LIMITED))
    rate = next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec"))
    p99 = next((line.split()[1] for line in out.splitlines() if line.strip().startswith("99%")), "?")
    return float(rate), p99


def write_to_visible(samples):
    latencies = []
    for i in range(samples):
        before = totals(COMMUNITY)["money"]["allocations"]
        started = time.time()
        status, body = http("POST", "/api/v1/allocations", {
            "communityCode": COMMUNITY, "fundingLineCode": "VOIP", "title": "latency %d" % i,
            "section": "LOCAL_PROGRAMME", "category": "WORK", "amountAssigned": "10.00",
            "communityParticipates": True, "source": {"document": "bench"}})
        if status != 201:
            raise SystemExit("allocation refused: %s %s" % (status, body))
        while totals(COMMUNITY)["money"]["allocations"] == before:
            time.sleep(0.002)
        latencies.append((time.time() - started) * 1000)
    latencies.sort()
    return latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99) - 1]


def main():
    allocations = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    status, body = http("PUT", "/api/v1/communities/" + COMMUNITY,
                        {"code": COMMUNITY, "name": "Benchmark", "kind": "UNIONE_COMUNI", "provinces": ["FI"]})
    assert status in (200, 201), (status, body)
    http("PUT", "/api/v1/funding-lines/VOIP", {"code": "VOIP", "name": "VoIP", "description": "Voice over IP"})
    while http("GET", "/api/v1/communities/%s/totals" % COMMUNITY)[0] != 200:
        time.sleep(0.2)
    produce_s, apply_s = inject(allocations)
    print("injected %d allocation events in %.1f s; gateway applied all within %.1f s (%.0f events/s)"
          % (allocations, produce_s, apply_s, allocations / apply_s))
    t = totals(COMMUNITY)["money"]
    print("totals: assigned %s paid %s toPay %s allocations %s" % (t["assigned"], t["paid"], t["toPay"], t["allocations"]))
    totals_rate, totals_p99 = wrk("/api/v1/communities/%s/totals" % COMMUNITY)
    bare_rate, bare_p99 = wrk("/q/health/live")
    print("reads/s: totals %.0f (p99 %s) vs bare /q/health/live %.0f (p99 %s): ratio %.2f"
          % (totals_rate, totals_p99, bare_rate, bare_p99, totals_rate / bare_rate))
    p50, p99 = write_to_visible(samples)
    print("write-to-visible over %d writes through the gateway: p50 %.0f ms, p99 %.0f ms" % (samples, p50, p99))


if __name__ == "__main__":
    main()
