# bench/run ags-outbox: 10,000 completions queued at once (grade targets and outbox entries written
# in one transaction, as completions leave them), delivered by the server's grade workers to a
# simulated platform whose score endpoint takes 20 ms per call. value: scores per second from the
# commit to the last score received; the line also counts scores lost and duplicated.
# Baseline: the same 10,000 scores posted straight to the same simulator by 64 client threads.
# Target: value >= 200 scores/s, lost 0, duplicated 0.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap stop_bench_server EXIT
start_bench_server
run_driver AgsOutboxBench "http://localhost:$http" "$token" "jdbc:mariadb://127.0.0.1:$db_port/awarehouse?user=root" \
  "$kek" "${BENCH_SCORES:-10000}" "${BENCH_LATENCY_MS:-20}"
