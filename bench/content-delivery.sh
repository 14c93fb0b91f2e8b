# bench/run content-delivery: GETs of a real-sized package's files (an HTML page, four scripts, two
# stylesheets, ten images, a 5 MB video whole and in ranges, text gzipped) from /content at 64
# connections with wrk (2 threads) for 20 s after a warm-up. Baseline: nginx serving the same
# files from a directory on the same machine in the same run, with sendfile and precompressed
# gzip copies (gzip_static), which is what we do too, so neither side compresses per request.
# Target: ratio >= 0.6.
# BENCH_BASELINE_ONLY=1 measures nginx alone (no build, no server): a check of this script.
set -euo pipefail
shopt -s inherit_errexit # a failed step inside $(...) stops the run too
source "$(dirname "$0")/lib.sh"

concurrency="${BENCH_CONCURRENCY:-64}" seconds="${BENCH_SECONDS:-20}" warmup="${BENCH_WARMUP:-15}"
nginx_port="${BENCH_NGINX_PORT:-8290}"
package="$work/content-package" nginx_root="$work/content-nginx" nginx_dir="$work/nginx"
nginx_pid=""

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  fi
}

# Text that gzips like verbose generated scripts and pages (about 10:1), the same on every run; exactly
# $1 bytes, cut by awk itself, since head closing the pipe early would fail under pipefail.
text() {
  awk -v bytes="$1" -v kind="$2" 'BEGIN {
    for (i = 0; total < bytes; i++) {
      if (kind == "js") line = sprintf("function step_%d(state) { if (state.slide === %d) { return state.next(%d, \"slide_%d\"); } return null; }\n", i, i % 37, (i * 7) % 101, i % 53)
      else if (kind == "css") line = sprintf(".slide-%d .layer-%d { left: %dpx; top: %dpx; color: #%06x; }\n", i % 40, i, (i * 13) % 960, (i * 7) % 540, (i * 7919) % 16777216)
      else line = sprintf("<div class=\"block b%d\" data-step=\"%d\"><p>Paragraph %d of the module text.</p></div>\n", i % 17, i, i)
      if (total + length(line) > bytes) line = substr(line, 1, bytes - total)
      printf "%s", line
      total += length(line)
    }
  }'
}

# Incompressible bytes, the same on every run: AES-CTR over zeros with a fixed key.
noise() {
  head -c "$1" /dev/zero | openssl enc -aes-128-ctr -nosalt -pbkdf2 -pass "pass:$2"
}

make_package() {
  [[ -f "$package/.complete" ]] && return 0
  rm -rf "$package" && mkdir -p "$package"/{story_content,lib,css,images,media}
  { echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Benchmark module</title>'
    echo '<link rel="stylesheet" href="css/main.css"><script src="lib/player.js"></script></head><body>'
    text 20000 html; echo '</body></html>'; } >"$package/index.html"
  text 300000 js >"$package/lib/player.js"
  text 150000 js >"$package/lib/vendor.js"
  text 100000 js >"$package/story_content/data.js"
  text 50000 js >"$package/story_content/user.js"
  text 40000 css >"$package/css/main.css"
  text 4000 css >"$package/css/fonts.css"
  for i in $(seq 1 10); do
    { printf '\x89PNG\r\n\x1a\n'; noise $((i * 50000 - 8)) "image$i"; } >"$package/images/slide$(printf %02d "$i").png"
  done
  noise 5000000 video >"$package/media/intro.mp4"
  cat >"$package/imsmanifest.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bench.content.delivery" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Benchmark module</title>
    <item identifier="item" identifierref="sco"><title>Benchmark module</title></item></organization></organizations>
  <resources><resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/></resource></resources>
</manifest>
EOF
  touch "$package/.complete"
}

# The request mix of one module: the page and its assets twice for every video element's
# requests (the whole file as a first play, a middle part as a seek, the tail as Chromium asks).
write_request_list() {
  local list="$work/content-requests.txt" twice
  twice=$(cd "$package" && printf '%s\n' index.html lib/player.js lib/vendor.js story_content/data.js \
    story_content/user.js css/main.css css/fonts.css images/slide*.png)
  { echo "$twice"; echo "$twice"
    printf 'media/intro.mp4\n'
    printf 'media/intro.mp4\tRange: bytes=1048576-2097151\n'
    printf 'media/intro.mp4\tRange: bytes=4194304-\n'; } >"$list"
  echo "$list"
}

start_nginx() {
  rm -rf "$nginx_root" "$nginx_dir" && mkdir -p "$nginx_dir/tmp"
  cp -a "$package" "$nginx_root"
  # the copies gzip_static sends, compressed at the level our copies use (java.util.zip's default)
  find "$nginx_root" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.xml' \) -size +1k \
    -exec gzip -6 -k -n {} +
  cat >"$nginx_dir/nginx.conf" <<EOF
$([[ $EUID == 0 ]] && echo "user root;")
worker_processes 2;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $nginx_dir/tmp/body;
  proxy_temp_path $nginx_dir/tmp/proxy;
  fastcgi_temp_path $nginx_dir/tmp/fastcgi;
  uwsgi_temp_path $nginx_dir/tmp/uwsgi;
  scgi_temp_path $nginx_dir/tmp/scgi;
  gzip on;
  gzip_static on;
  gzip_vary on;
  gzip_min_length 1024;
  gzip_types text/css application/javascript application/json application/xml image/svg+xml text/plain text/vtt;
  server {
    listen 127.0.0.1:$nginx_port;
    root $nginx_root;
    # the header fields we send, so both answers are the same size
    add_header Cache-Control "public, max-age=31536000, immutable";
    add_header Content-Security-Policy "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; connect-src 'self' http://localhost:8280 data: blob:; frame-ancestors 'self' http://localhost:8280; form-action 'self'; base-uri 'self'; object-src 'none'";
    add_header X-Content-Type-Options nosniff;
    add_header Referrer-Policy no-referrer;
    add_header Cross-Origin-Resource-Policy same-site;
  }
}
EOF
  /usr/sbin/nginx -c "$nginx_dir/nginx.conf" -p "$nginx_dir" 2>"$nginx_dir/start.log" &
  nginx_pid=$!
  for _ in $(seq 1 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/index.html" && return 0
    sleep 0.1
  done
  echo "nginx did not start on port $nginx_port:" >&2
  cat "$nginx_dir/start.log" "$nginx_dir/error.log" >&2 2>/dev/null || true
  return 1
}

stop_nginx() {
  if [[ -n "$nginx_pid" ]]; then
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
}

cleanup() {
  stop_nginx
  stop_bench_server
}

# POSTs JSON with a bearer token, expects 201, and prints one string field of the answer.
create() {
  local url="$1" bearer="$2" json="$3" field="$4" answer
  answer=$(curl -sS --fail-with-body -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' --data "$json" "$url")
  sed -n "s/.*\"$field\":\"\([^\"]*\)\".*/\1/p" <<<"$answer"
}

# Uploads the package as an author of a new organisation; prints its content base URL path.
upload_package() {
  local base="http://localhost:$http" org author zip="$work/content-package.zip" answer
  rm -f "$zip" && (cd "$package" && zip -q -X -r "$zip" . -x .complete)
  org=$(create "$base/api/organisations" "$token" \
    "{\"slug\":\"bench-content-$(date +%s%N)\",\"name\":\"Benchmark\"}" id)
  author=$(create "$base/api/organisations/$org/tokens" "$token" '{"name":"bench","roles":["author"]}' secret)
  answer=$(curl -sS --fail-with-body -H "Authorization: Bearer $author" -H 'Content-Type: application/zip' \
    --data-binary "@$zip" "$base/api/packages")
  sed -n 's/.*"contentBase":"\([^"]*\)".*/\1/p' <<<"$answer"
}

# Refuses to measure wrong answers: a script gzipped, a range as 206, a whole video byte for byte.
check_answers() {
  local base="$1" name="$2" got
  got=$(curl -sS -H 'Accept-Encoding: gzip' -o /dev/null -w '%{http_code} %header{content-encoding}' "$base/lib/player.js")
  [[ "$got" == "200 gzip" ]] || { echo "$name: lib/player.js answered '$got', not '200 gzip'" >&2; return 1; }
  got=$(curl -sS -H 'Range: bytes=1048576-2097151' -o /dev/null -w '%{http_code} %{size_download}' "$base/media/intro.mp4")
  [[ "$got" == "206 1048576" ]] || { echo "$name: a video range answered '$got'" >&2; return 1; }
  cmp -s <(curl -sS "$base/media/intro.mp4") "$package/media/intro.mp4" \
    || { echo "$name: the video differs from the package's" >&2; return 1; }
}

# Runs wrk against a package prefix; prints its RESULT fields.
measure() {
  local url="$1" prefix="$2" secs="$3" list="$4" out
  out=$(wrk -t2 -c"$concurrency" -d"${secs}s" --timeout 10s -s "$repo/bench/content-delivery.lua" "$url" -- "$prefix" "$list")
  echo "$out" >&2
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2- || { echo "wrk printed no RESULT line" >&2; return 1; }
}

ensure_tools
make_package
list=$(write_request_list)
# BENCH_REQUESTS names another request list (same format), to measure one kind of file alone
list="${BENCH_REQUESTS:-$list}"
trap cleanup EXIT
start_nginx
check_answers "http://127.0.0.1:$nginx_port" nginx
measure "http://127.0.0.1:$nginx_port" / 3 "$list" >/dev/null
result=$(measure "http://127.0.0.1:$nginx_port" / "$seconds" "$list")
read -r nginx_rps _ <<<"$result"
if [[ "${BENCH_BASELINE_ONLY:-0}" == 1 ]]; then
  printf '{"bench":"content-delivery","baseline":"nginx sendfile gzip_static","baseline_value":%.0f,"concurrency":%d}\n' \
    "$nginx_rps" "$concurrency"
  exit 0
fi

start_bench_server
content_base=$(upload_package)
[[ "$content_base" == /content/*/ ]] || { echo "The upload answered no contentBase: '$content_base'" >&2; exit 1; }
check_answers "http://localhost:$http${content_base%/}" awarehouse
measure "http://localhost:$http" "$content_base" "$warmup" "$list" >/dev/null # JIT, caches, gzip copies
result=$(measure "http://localhost:$http" "$content_base" "$seconds" "$list")
read -r ours_rps p95 p99 socket_errors http_errors <<<"$result"
# nginx again after us, and the better of its two runs: the ratio is never flattered by a slow baseline run
result=$(measure "http://127.0.0.1:$nginx_port" / "$seconds" "$list")
read -r nginx_again _ <<<"$result"
nginx_rps=$(awk -v a="$nginx_rps" -v b="$nginx_again" 'BEGIN { print (a > b ? a : b) }')

awk -v ours="$ours_rps" -v nginx="$nginx_rps" -v p95="$p95" -v p99="$p99" -v c="$concurrency" \
  -v errors=$((socket_errors + http_errors)) 'BEGIN {
  printf "{\"bench\":\"content-delivery\",\"value\":%.0f,\"unit\":\"requests/s\",\"baseline\":\"nginx sendfile gzip_static\",", ours
  printf "\"baseline_value\":%.0f,\"ratio\":%.3f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"concurrency\":%d,\"errors\":%d}\n", nginx, ours / nginx, p95, p99, c, errors
}'
