#!/usr/bin/env bash
# Load run on loopback: the GraphQL host against a plain endpoint (tests/SalesSuite.Benchmarks baseline-server: a minimal
# API with a hand-written EF Core query, no GraphQL, auth or access rules) on the same SQLite file with the demo data:
# a bare `{ __typename }`, a page of 50 customers, and a nested page of 100 opportunities with stage, customer, owner
# and orders with lines (the baseline: one query with Includes).
# Both run Release; the host in Development (no rate limits), as demo's admin. The runs alternate host/baseline so
# that the machine's noise falls on both; the figures are medians of the rounds.
# Usage: scripts/bench-host.sh [seconds per run, default 10] [rounds, default 3] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"; rounds="${2:-3}"; conns="${3:-8}"
if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
dotnet build host/SalesSuite.Host -c Release -nologo -v q >/dev/null
dotnet build tests/SalesSuite.Benchmarks -c Release -nologo -v q >/dev/null
data="$(mktemp -d)"; host_port=5191; base_port=5192
for port in $host_port $base_port; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: stop what listens there first" >&2; exit 1; fi
done
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$data"' EXIT
app="$PWD/host/SalesSuite.Host/bin/Release/net10.0"
settings=("--Database:ConnectionString=Data Source=$data/salessuite.db" "--Database:KeyRingPath=$data/keys/keyring.json")
( cd "$app" && ASPNETCORE_ENVIRONMENT=Development exec dotnet SalesSuite.Host.dll --urls "http://127.0.0.1:$host_port" "${settings[@]}" >"$data/host.log" 2>&1 ) &
host_pid=$!; pids+=("$host_pid")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$host_port/health/ready")" = 200 ]; do
  kill -0 "$host_pid" 2>/dev/null || { tail -20 "$data/host.log"; exit 1; }
  sleep 0.5
done
token=$(cd "$app" && ASPNETCORE_ENVIRONMENT=Development dotnet SalesSuite.Host.dll dev-token "${settings[@]}" | tail -1)
dotnet tests/SalesSuite.Benchmarks/bin/Release/net10.0/SalesSuite.Benchmarks.dll baseline-server \
  --urls "http://127.0.0.1:$base_port" --db "$data/salessuite.db" --tenant demo >"$data/baseline.log" 2>&1 &
base_pid=$!; pids+=("$base_pid")
until curl -s -o /dev/null -X POST -d '{"query":"{ __typename }"}' "http://127.0.0.1:$base_port/graphql"; do
  kill -0 "$base_pid" 2>/dev/null || { cat "$data/baseline.log"; exit 1; }
  sleep 0.2
done

# wrk's script: one POST body per scenario.
script() { # $1 = query
  local body; body=$(printf '{"query":"%s"}' "$1")
  cat >"$data/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
}
# Runs wrk; prints "req/s p50ms p99ms".
load() { # $1 = url, $2 = threads, $3 = connections, $4 = seconds
  wrk -t"$2" -c"$3" -d"$4"s --latency -s "$data/post.lua" "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { bad = $4 }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

check() { # the two answer the same JSON for the scenario
  local h b
  h=$(curl -s -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d "$(printf '{"query":"%s"}' "$1")" "http://127.0.0.1:$host_port/graphql")
  b=$(curl -s -X POST -H 'Content-Type: application/json' -d "$(printf '{"query":"%s"}' "$1")" "http://127.0.0.1:$base_port/graphql")
  if [ "$h" != "$b" ]; then
    local i=0; while [ "${h:$i:1}" = "${b:$i:1}" ]; do i=$((i + 1)); done; i=$(( i > 150 ? i - 150 : 0 ))
    echo "the host and the baseline answer differently to $1, from character $i:"; echo "host:     ${h:$i:300}"; echo "baseline: ${b:$i:300}"
    exit 1
  fi
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t2 -c$conns, ${secs}s per run, $rounds rounds"
nested='{ opportunities(first: 100) { nodes { title amount stage { name } customer { name level } owner { name } orders { number total lines { description quantity net } } } } }'
for scenario in "$nested" '{ __typename }' '{ customers(first: 50) { totalCount nodes { id name level } } }'; do
  script "$scenario"; check "$scenario"
  load "http://127.0.0.1:$host_port/graphql" 2 "$conns" 3 >/dev/null   # warm both up
  load "http://127.0.0.1:$base_port/graphql" 2 "$conns" 3 >/dev/null
  : >"$data/h"; : >"$data/b"; : >"$data/h1"; : >"$data/b1"
  for _ in $(seq "$rounds"); do
    load "http://127.0.0.1:$host_port/graphql" 2 "$conns" "$secs" >>"$data/h"
    load "http://127.0.0.1:$base_port/graphql" 2 "$conns" "$secs" >>"$data/b"
    load "http://127.0.0.1:$host_port/graphql" 1 1 "$(( (secs + 1) / 2 ))" >>"$data/h1"
    load "http://127.0.0.1:$base_port/graphql" 1 1 "$(( (secs + 1) / 2 ))" >>"$data/b1"
  done
  hr=$(cut -d' ' -f1 "$data/h" | median); br=$(cut -d' ' -f1 "$data/b" | median)
  hp50=$(cut -d' ' -f2 "$data/h" | median); hp99=$(cut -d' ' -f3 "$data/h" | median)
  bp50=$(cut -d' ' -f2 "$data/b" | median); bp99=$(cut -d' ' -f3 "$data/b" | median)
  h1=$(cut -d' ' -f2 "$data/h1" | median); b1=$(cut -d' ' -f2 "$data/b1" | median)
  echo
  echo "$scenario"
  echo "  host:     $hr req/s, p50 $hp50 ms, p99 $hp99 ms at $conns connections; one at a time: median $h1 ms; RSS $(rss_mb "$host_pid") MB"
  echo "  baseline: $br req/s, p50 $bp50 ms, p99 $bp99 ms at $conns connections; one at a time: median $b1 ms"
  awk -v h="$hr" -v b="$br" -v h1="$h1" -v b1="$b1" 'BEGIN { printf "  host/baseline: throughput %.0f%% of the baseline (%.2fx slower), single-request latency %.2fx\n", 100 * h / b, b / h, h1 / b1 }'
done
