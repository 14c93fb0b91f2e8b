# bench/run xapi-single: one realistic statement (~1.5 KB) per POST, with validation, indexing and
# the progress projection, 32 clients for 20 s after a 120 s warm-up (the JIT's C2 compiler still
# takes a third of the server's CPU a minute after start, and is done by two). Baseline: the same
# rows the store writes (statement, agent and activity index rows, progress) inserted over raw
# JDBC with a commit each, 32 connections, same MariaDB, same run; the statement rows alone are
# reported too. Target: value >= 2000 statements/s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
concurrency="${BENCH_CONCURRENCY:-32}" seconds="${BENCH_SECONDS:-20}"
trap stop_bench_server EXIT
start_bench_server
run_driver XapiIngestBench "http://localhost:$http" "$token" "jdbc:mariadb://127.0.0.1:$db_port/awarehouse?user=root" \
  "$concurrency" "$seconds" 1 "${BENCH_WARMUP:-120}"
