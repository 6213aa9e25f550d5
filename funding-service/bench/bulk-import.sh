#!/usr/bin/env bash
# Measures the ERP bulk import: 100,000 allocations in 10 calls of 10,000 to POST /api/v1/allocations/bulk
# (each item validated and upserted with its outbox event, in transactions of up to 200 items), then the time for the
# event relay to publish them, then a PostgreSQL COPY of the same rows into a copy of the table.
#
#   funding-service/bench/bulk-import.sh          (ITEMS=100000 BATCH=10000 to change the size)
#   SERVICE_APP=/path/to/quarkus-app              (another build, e.g. a copy of the previous one, for before/after)
#   SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=bulk.jfr"   (extra JVM options, e.g. a profile)
#
# Starts its own Kafka broker and funding-service on separate ports with a scratch database
# (funding_bench), so it runs beside a local stack; stops exactly what it started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK="$ROOT/funding-service/target/bench"
ITEMS=${ITEMS:-100000}
BATCH=${BATCH:-10000}
HTTP_PORT=${BENCH_HTTP_PORT:-18082}
KAFKA_PORT=${BENCH_KAFKA_PORT:-19092}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=funding_bench
URL="http://127.0.0.1:$HTTP_PORT"
SERVICE_APP=${SERVICE_APP:-$ROOT/funding-service/target/quarkus-app}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-}
PIDS=()

cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
now() { date +%s.%N; }
wait_for() { # seconds, command...
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do ((SECONDS < deadline)) || { echo "timed out: $*" >&2; exit 1; }; sleep 0.5; done
}

rm -rf "$WORK" && mkdir -p "$WORK/data"
[[ -f "$SERVICE_APP/quarkus-run.jar" ]] \
  || "$ROOT/mvnw" -B -q -o -f "$ROOT/pom.xml" -pl funding-service package -DskipTests

echo "broker on 127.0.0.1:$KAFKA_PORT"
"$ROOT/mvnw" -B -q -o -f "$ROOT/bin/kafka/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime >/dev/null
CP=$(cat "$WORK/classpath.txt")
sed -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$((KAFKA_PORT + 1))#g" -e "s#@LOG_DIR@#$WORK/kafka#g" \
  "$ROOT/bin/kafka/server.properties" >"$WORK/server.properties"
java -cp "$CP" kafka.tools.StorageTool format -t "$(java -cp "$CP" kafka.tools.StorageTool random-uuid)" \
  -c "$WORK/server.properties" >/dev/null
java -Xmx256m -XX:+UseSerialGC -Dlog4j2.configurationFile="$ROOT/bin/kafka/log4j2.properties" \
  -cp "$CP" kafka.Kafka "$WORK/server.properties" >"$WORK/kafka.log" 2>&1 &
PIDS+=($!)
wait_for 60 grep -q "Kafka Server started" "$WORK/kafka.log"

# Writes need a bearer JWT: sign with the worktree's local-stack key pair (made on first use; nothing is started).
ADMIN_TOKEN=$("$ROOT/bin/local-stack" token region-admin)
ERP_TOKEN=$("$ROOT/bin/local-stack" token erp-integration)

echo "funding-service on $URL (database $DB)"
psql -qd postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$PGUSER KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/.local-stack/jwt/public.pem" \
  java -Xmx512m $SERVICE_JAVA_OPTS -jar "$SERVICE_APP/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
PIDS+=($!)
wait_for 120 curl -fsS "$URL/q/health/ready"

# The replica is normally fed by territory.events; the bench writes its one community directly.
psql -qd $DB -c "INSERT INTO replica_community (code, name, kind, version, last_event_time)
                 VALUES ('bench-community', 'Bench', 'COMUNITA_MONTANA', 0, now())"
curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/json' -H "Authorization: Bearer $ADMIN_TOKEN" "$URL/api/v1/funding-lines/BENCH" \
  -d '{"name": "Bench line", "section": "LOCAL_PROGRAMME"}'

python3 - "$WORK/data" "$ITEMS" "$BATCH" <<'PY'
import json, sys, uuid
folder, items, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [{"externalId": f"erp-{n:07d}", "communityCode": "bench-community", "fundingLineCode": "BENCH",
         "title": f"Progetto {n}", "section": "LOCAL_PROGRAMME", "category": "INFRASTRUCTURE",
         "amountAssigned": f"{1000 + n % 50000}.{n % 100:02d}", "communityParticipates": True,
         "legalActs": [{"act": "Deliberazione GR 916/06", "scope": "PROGRAMME"}], "programmePeriod": "2007-2010"}
        for n in range(items)]
for start in range(0, items, batch):
    with open(f"{folder}/batch-{start // batch:03d}.json", "w") as out:
        # amounts as JSON numbers with two decimals, written textually
        out.write(json.dumps(rows[start:start + batch]).replace('"amountAssigned": "', '"amountAssigned": ').replace('", "communityParticipates"', ', "communityParticipates"'))
with open(f"{folder}/copy.csv", "w") as out:
    for row in rows:
        out.write(",".join([str(uuid.uuid4()), row["externalId"], "bench-community", "BENCH", row["title"],
                            "LOCAL_PROGRAMME", "INFRASTRUCTURE", row["amountAssigned"], "0.00", "true",
                            '"[{""act"": ""Deliberazione GR 916/06"", ""scope"": ""PROGRAMME""}]"', "[]",
                            "2007-2010", "0"]) + "\n")
PY

echo "bulk import: $ITEMS allocations in calls of $BATCH"
began=$(now)
for file in "$WORK"/data/batch-*.json; do
  call_began=$(now)
  succeeded=$(curl -fsS -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: $(basename "$file")" \
    -H "Authorization: Bearer $ERP_TOKEN" \
    --data-binary @"$file" "$URL/api/v1/allocations/bulk" | python3 -c 'import json,sys; print(json.load(sys.stdin)["succeeded"])')
  printf '  %s: %s succeeded in %.1f s\n' "$(basename "$file")" "$succeeded" "$(echo "$(now) - $call_began" | bc)"
done
imported=$(now)
wait_for 600 test "$(psql -tAd $DB -c 'SELECT count(*) FROM outbox_event WHERE published_at IS NULL')" = 0
published=$(now)

echo "COPY of the same rows into a copy of the table (same indexes and checks)"
psql -qd $DB -c "CREATE TABLE allocation_copy (LIKE allocation INCLUDING ALL)"
copy_began=$(now)
psql -qd $DB -c "\copy allocation_copy (id, external_id, community_code, funding_line_code, title, section, category,
  amount_assigned, amount_paid, community_participates, legal_acts, notes, programme_period, version)
  FROM '$WORK/data/copy.csv' WITH (FORMAT csv)"
copied=$(now)

rows=$(psql -tAd $DB -c "SELECT count(*) FROM allocation")
copy_rows=$(psql -tAd $DB -c "SELECT count(*) FROM allocation_copy")
python3 - "$began" "$imported" "$published" "$copy_began" "$copied" "$rows" "$copy_rows" "$ITEMS" <<'PY'
import sys
began, imported, published, copy_began, copied = map(float, sys.argv[1:6])
rows, copy_rows, items = map(int, sys.argv[6:9])
print(f"allocations stored: {rows} of {items}")
print(f"bulk API: {imported - began:.1f} s = {rows / (imported - began):.0f} allocations/s")
print(f"  all {rows} events published to Kafka {published - imported:.1f} s after the last call returned")
print(f"COPY: {copy_rows} rows in {copied - copy_began:.2f} s = {copy_rows / (copied - copy_began):.0f} rows/s")
print(f"COPY is {(imported - began) / (copied - copy_began):.0f}x faster (no validation, no upsert, no events)")
PY
