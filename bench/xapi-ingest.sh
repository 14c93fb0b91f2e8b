# bench/run xapi-ingest: POST batches of 50 realistic statements (~1.5 KB, 5,000 learners, 480
# activities) with validation, indexing and the progress projection, 8 clients for 20 s after a
# 30 s warm-up. Baseline: a raw JDBC batch insert of the same kind of rows into a copy of the
# statement table of the same MariaDB, batches of 50 with a commit each, same concurrency, same run.
# Targets: value >= 10000 statements/s, ratio >= 0.6.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

concurrency="${BENCH_CONCURRENCY:-8}" seconds="${BENCH_SECONDS:-20}"
trap stop_bench_server EXIT
start_bench_server
run_driver XapiIngestBench "http://localhost:$http" "$token" "jdbc:mariadb://127.0.0.1:$db_port/awarehouse?user=root" \
  "$concurrency" "$seconds" 50 "${BENCH_WARMUP:-30}"
