# bench/run lti-launch: full LTI login + launch against a simulated platform, the platform's keys
# cached by the server after warm-up; 100 concurrent virtual users for 20 s. Baseline: GET
# /lti/jwks at the same concurrency on the same server in the same run. The load driver shares
# the two cores with the server and the database, and signs every id_token (RSA 2048).
# Targets: value >= 1000 launches/s, p99 < 50 ms.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

offset=200 db_port=3318
http=$((8080 + offset)) mgmt=$((9990 + offset))
concurrency="${BENCH_CONCURRENCY:-100}" seconds="${BENCH_SECONDS:-20}"
server_pid="" db_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    pkill -TERM -P "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n "$db_pid" ]]; then
    kill "$db_pid" 2>/dev/null || true
    while kill -0 "$db_pid" 2>/dev/null; do sleep 0.1; done
  fi
}
trap cleanup EXIT

ensure_server
(cd "$repo" && ./mvnw -q -B test-compile -pl web) >&2
mkdir -p "$work"
start_mariadb "$db_port"
server="$work/server"
rm -rf "$server" && cp -a "$repo/ear/target/server" "$server"
token="awh_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
AWAREHOUSE_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/awarehouse" AWAREHOUSE_DB_USER=root AWAREHOUSE_DB_PASSWORD=unused \
AWAREHOUSE_DATA_DIR="$work/data" AWAREHOUSE_BOOTSTRAP_TOKEN="$token" AWAREHOUSE_PUBLIC_URL="http://localhost:$http" \
  "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"' && break
  sleep 0.2
done

(cd "$repo" && ./mvnw -q -B -pl web exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.awarehouse.it.LtiLaunchBench \
  -Dexec.args="http://localhost:$http $token $concurrency $seconds ${BENCH_WARMUP:-30}") | tail -n 1
