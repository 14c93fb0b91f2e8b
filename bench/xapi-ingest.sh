# bench/run xapi-ingest: POST batches of 50 realistic statements (~1.5 KB, 5,000 learners, 480
# activities) with validation, indexing and the progress projection, 8 clients for 20 s after a
# 120 s warm-up (the JIT's C2 compiler still takes a third of the server's CPU a minute after
# start, and is done by two). Baseline: the same rows the store writes (statement, agent and
# activity index rows, progress) inserted over raw JDBC batches of 50 with a commit each, same
# concurrency, same MariaDB, same run; the statement rows alone are reported too.
# Targets: value >= 10000 statements/s, ratio >= 0.6.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

concurrency="${BENCH_CONCURRENCY:-8}" seconds="${BENCH_SECONDS:-20}"
trap stop_bench_server EXIT
start_bench_server
run_driver XapiIngestBench "http://localhost:$http" "$token" "jdbc:mariadb://127.0.0.1:$db_port/awarehouse?user=root" \
  "$concurrency" "$seconds" 50 "${BENCH_WARMUP:-120}"
