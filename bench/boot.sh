# bench/run boot: seconds from launching the built server to /health/ready UP, and its idle RSS.
# The database runs before the clock starts, as it does in production. "value" is the first boot
# on an empty database (it migrates the schema and installs the catalogue); "restart_s" is a
# second boot on the migrated database. Targets: value < 10 s, rss_mb < 600.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

offset=200                      # 8280/10190: never collides with a dev server or the tests
mgmt=$((9990 + offset)) db_port=3318
server_pid="" db_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && { pkill -TERM -P "$server_pid" 2>/dev/null || true; kill "$server_pid" 2>/dev/null || true; }
  if [[ -n "$db_pid" ]]; then
    kill "$db_pid" 2>/dev/null || true
    # the next run binds the same port: wait until this database has really gone
    while kill -0 "$db_pid" 2>/dev/null; do sleep 0.1; done
  fi
}
trap cleanup EXIT

ensure_server
mkdir -p "$work"
start_mariadb "$db_port"

server="$work/server"
rm -rf "$server" && cp -a "$repo/ear/target/server" "$server"

# Starts the server and waits for readiness; sets boot_s to the seconds it took.
boot() {
  local t0
  t0=$(now)
  AWAREHOUSE_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/awarehouse" AWAREHOUSE_DB_USER=root AWAREHOUSE_DB_PASSWORD=unused \
  AWAREHOUSE_DATA_DIR="$work/data" AWAREHOUSE_BOOTSTRAP_TOKEN="awh_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$work/server.log" 2>&1 &
  server_pid=$!
  # every 0.2 s: a tighter loop steals CPU from the boot it measures on two cores
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then
      boot_s=$(echo "$(now) - $t0" | bc); return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "server did not become ready; see $work/server.log" >&2
  return 1
}

stop() {
  pkill -TERM -P "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

boot
first=$boot_s
sleep 5                                    # let start-up work settle before reading idle memory
java_pid=$(pgrep -f "jboss.home.dir=$server" | head -1)
rss_mb=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
stop
boot
second=$boot_s
stop

printf '{"bench":"boot","value":%.2f,"unit":"s","rss_mb":%d,"restart_s":%.2f}\n' "$first" "$rss_mb" "$second"
