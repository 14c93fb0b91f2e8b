# bench/run lti-launch: full LTI login + launch against a simulated platform, the platform's keys
# cached by the server after warm-up; 100 concurrent virtual users for 20 s after a 120 s warm-up
# (the JIT's C2 compiler is busy for about two minutes after start).
# Baseline: GET /lti/jwks at the same concurrency on the same server in the same run. The load
# driver shares the two cores with the server and the database, and signs every id_token (RSA 2048).
# Targets: value >= 1000 launches/s, p99 < 50 ms.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
concurrency="${BENCH_CONCURRENCY:-100}" seconds="${BENCH_SECONDS:-20}"
trap stop_bench_server EXIT
start_bench_server
run_driver LtiLaunchBench "http://localhost:$http" "$token" "$concurrency" "$seconds" "${BENCH_WARMUP:-120}"
