#!/usr/bin/env bash
# Measures the host's start-up as a user meets it: the first start on a fresh data folder (migrations, demo seed with
# its history, read models built) and restarts on that folder, each to the first answered GraphQL request.
# Usage: scripts/measure-startup.sh [published|Release|Debug] [restarts]      (SQLite, Development, 127.0.0.1 only)
#   published (the default): the host as deployed, `dotnet publish -c Release` (ReadyToRun, see docs/operations.md);
#   Release or Debug: the build output that `dotnet run` starts (JIT-compiled at start-up).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-published}"; restarts="${2:-5}"
data="$(mktemp -d)"; port=5187
if [ "$mode" = published ]; then
  dotnet publish host/SalesSuite.Host -c Release -o "$data/publish" -nologo -v q >/dev/null
  app="$data/publish"
else
  dotnet build host/SalesSuite.Host -c "$mode" -nologo -v q >/dev/null
  app="$PWD/host/SalesSuite.Host/bin/$mode/net10.0"
fi
if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then echo "port $port is in use: stop what listens there first" >&2; exit 1; fi
pid=""; elapsed=0
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT
start() { # sets pid and elapsed (ms to the first answered request)
  local t0; t0=$(date +%s%N)
  ( cd "$app" && ASPNETCORE_ENVIRONMENT=Development exec dotnet SalesSuite.Host.dll \
      --urls "http://127.0.0.1:$port" "--Database:ConnectionString=Data Source=$data/salessuite.db" \
      "--Database:KeyRingPath=$data/keys/keyring.json" >>"$data/host.log" 2>&1 ) &
  pid=$!
  until curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql"; do
    kill -0 "$pid" 2>/dev/null || { echo "the host exited:"; tail -20 "$data/host.log"; exit 1; }
    sleep 0.02
  done
  elapsed=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
start; first=$elapsed
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do sleep 0.1; done
stop
echo "$mode host, first start (fresh data, demo seed): ${first} ms"
times=()
for _ in $(seq "$restarts"); do start; times+=("$elapsed"); stop; done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "$mode host, restart on existing data: median ${median} ms of ${restarts} (${sorted% })"
