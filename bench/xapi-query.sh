# bench/run xapi-query: one organisation with 10 million statements (BENCH_STATEMENTS), written in
# SQL as the LRS writes them (50,000 learners, 2,000 activities, a year of history), then 200
# queries of each kind through the Statement Resource, one at a time: activity + since (the last
# 30 days) and agent, 50 per page. Baseline: GET /xapi/about on the same server.
# Target: p95 < 100 ms for both kinds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_bench_server EXIT
start_bench_server
run_driver XapiQueryBench "http://localhost:$http" "$token" "jdbc:mariadb://127.0.0.1:$db_port/awarehouse?user=root" \
  "${BENCH_STATEMENTS:-10000000}" "${BENCH_QUERIES:-200}"
