# bench/run boot: seconds from launching the built server to /health/ready UP, and its idle RSS.
#   value        first boot on an empty database (migrates the schema, installs the catalogue)
#   restart_s    median of three boots on the migrated database
#   baseline     median of three boots of the same provisioned WildFly without the application,
#                measured in this run, so that the ratio shows what the application adds
#   rss_mb       resident memory of the server 5 s after its first boot
# The database runs before the clock starts, as it does in production.
# Targets: value < 10 s, rss_mb < 600.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

offset=200                      # 8280/10190: never collides with a dev server or the tests
mgmt=$((9990 + offset)) db_port=3318
server_pid="" db_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && stop
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

app="$work/server"
bare="$work/server-bare"
rm -rf "$app" "$bare"
cp -a "$repo/ear/target/server" "$app"
cp -a "$repo/ear/target/server" "$bare"
sed -i '/<deployments>/,/<\/deployments>/d' "$bare/standalone/configuration/standalone.xml"

# Starts the server at $1 and waits for readiness; sets boot_s to the seconds it took.
boot() {
  local home="$1" t0
  t0=$(now)
  AWAREHOUSE_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/awarehouse" AWAREHOUSE_DB_USER=root AWAREHOUSE_DB_PASSWORD=unused \
  AWAREHOUSE_DATA_DIR="$work/data" AWAREHOUSE_BOOTSTRAP_TOKEN="awh_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$work/server.log" 2>&1 &
  server_pid=$!
  # every 0.2 s: a tighter loop steals CPU from the boot it measures on two cores
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then
      boot_s=$(echo "$(now) - $t0" | bc)
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
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

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

boot "$app"
first=$boot_s
sleep 5                                    # let start-up work settle before reading idle memory
java_pid=$(pgrep -f "jboss.home.dir=$app" | head -1)
rss_mb=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
stop

restarts=() bares=()
for _ in 1 2 3; do
  boot "$bare"; bares+=("$boot_s"); stop
  boot "$app"; restarts+=("$boot_s"); stop
done
restart=$(median "${restarts[@]}")
baseline=$(median "${bares[@]}")
echo "boots: first $first, restarts ${restarts[*]}, bare WildFly ${bares[*]}" >&2

printf '{"bench":"boot","value":%.2f,"unit":"s","baseline":"wildfly-without-app","baseline_value":%.2f,"ratio":%.2f,"rss_mb":%d,"restart_s":%.2f}\n' \
  "$first" "$baseline" "$(echo "$first / $baseline" | bc -l)" "$rss_mb" "$restart"
