#!/usr/bin/env bash
# Runs the provisioned server in the foreground for `./mvnw -Prun package` and ties its life to
# the Maven process that holds the embedded database: Ctrl-C, a TERM to Maven or Maven's death
# all stop WildFly. (exec:exec alone leaves standalone.sh, and so the JVM, running when Maven is
# killed, and that orphan then answers 500 for want of its database.)
# Usage: run-attached.sh SERVER_HOME [standalone.sh arguments...]
set -u
server="$1"
shift
maven=$PPID

# standalone.sh forwards TERM and INT to the JVM only in this mode
export LAUNCH_JBOSS_IN_BACKGROUND=true
"$server/bin/standalone.sh" "$@" &
pid=$!

stop() {
  kill -TERM "$pid" 2>/dev/null
  wait "$pid"
  exit 0
}
trap stop INT TERM HUP

while kill -0 "$pid" 2>/dev/null; do
  kill -0 "$maven" 2>/dev/null || stop
  sleep 1
done
wait "$pid"
