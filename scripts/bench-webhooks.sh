#!/usr/bin/env bash
# Webhooks and subscriptions sustained: imports N customers (default 10,000) through the host, with one endpoint taking
# customer.created and a receiver on 127.0.0.1 that answers 200, and one customerChanged subscription over server-sent events
# (curl), and prints how long the import took and when the last webhook and the last subscription event arrived (events/s).
# Usage: scripts/bench-webhooks.sh [rows]      Release, SQLite in a temporary folder, Development (no rate limits).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
dotnet build host/SalesSuite.Host -c Release -nologo -v q >/dev/null
data="$(mktemp -d)"; host_port=5193; hook_port=5194
for port in $host_port $hook_port; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: stop what listens there first" >&2; exit 1; fi
done
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$data"' EXIT

# The receiver: counts the webhooks and writes "count unix-time" every 1,000.
python3 - "$hook_port" >"$data/received.log" 2>&1 <<'PY' &
import http.server, socketserver, sys, time
count, first = 0, None
class Hook(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        global count, first
        self.rfile.read(int(self.headers["content-length"]))
        now = time.time(); first = first or now; count += 1
        if count % 1000 == 0: print(count, now, flush=True)
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *args): pass
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
Server(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
pids+=("$!")

app="$PWD/host/SalesSuite.Host/bin/Release/net10.0"
settings=("--Database:ConnectionString=Data Source=$data/salessuite.db" "--Database:KeyRingPath=$data/keys/keyring.json"
  "--Seed:DemoHistory=false" "--Webhooks:AllowPrivateNetworks=true")
( cd "$app" && ASPNETCORE_ENVIRONMENT=Development exec dotnet SalesSuite.Host.dll --urls "http://127.0.0.1:$host_port" "${settings[@]}" >"$data/host.log" 2>&1 ) &
host_pid=$!; pids+=("$host_pid")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$host_port/health/ready")" = 200 ]; do
  kill -0 "$host_pid" 2>/dev/null || { tail -20 "$data/host.log"; exit 1; }
  sleep 0.5
done
token=$(cd "$app" && ASPNETCORE_ENVIRONMENT=Development dotnet SalesSuite.Host.dll dev-token "${settings[@]}" | tail -1)
curl -s "http://127.0.0.1:$host_port/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"query\":\"mutation { createWebhookEndpoint(input: { url: \\\"http://127.0.0.1:$hook_port/hook\\\", eventTypes: [\\\"customer.created\\\"] }) { endpoint { id } } }\"}" >/dev/null
python3 -c "
import sys
print('Name,Contact,Email,City')
for i in range(int(sys.argv[1])): print(f'Webhook Import {i},Person {i},p{i}@imp{i}.example,Seattle')
" "$rows" >"$data/customers.csv"

# The subscriber: counts the events of one customerChanged subscription over SSE, like the receiver counts webhooks.
curl -sN "http://127.0.0.1:$host_port/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -H 'Accept: text/event-stream' -d '{"query":"subscription { customerChanged { sequence customer { name } } }"}' | python3 -c '
import sys, time
count, first = 0, None
for line in sys.stdin:
    if line.startswith("event: next"):
        now = time.time(); first = first or now; count += 1
        if count % 1000 == 0: print(count, now, flush=True)
' >"$data/events.log" 2>&1 &
pids+=("$!")
sleep 1

start=$(date +%s.%N)
curl -s "http://127.0.0.1:$host_port/graphql" -H "Authorization: Bearer $token" \
  -F operations='{"query":"mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { import { created } } }","variables":{"input":{"file":null}}}' \
  -F map='{"0":["variables.input.file"]}' -F 0=@"$data/customers.csv" >"$data/import.json"
imported=$(date +%s.%N)
echo "import of $rows rows: $(echo "$imported - $start" | bc) s ($(cat "$data/import.json"))"
target=$(( rows / 1000 * 1000 ))
for what in received events; do
  until grep -q "^$target " "$data/$what.log" 2>/dev/null; do
    kill -0 "$host_pid" 2>/dev/null || { tail -20 "$data/host.log"; exit 1; }
    sleep 0.5
  done
  done_at=$(grep "^$target " "$data/$what.log" | cut -d' ' -f2)
  elapsed=$(echo "$done_at - $imported" | bc)
  name=$([ "$what" = received ] && echo "webhook" || echo "subscription event")
  echo "the ${target}th $name arrived $elapsed s after the import answered: $(echo "$target / $elapsed" | bc) events/s"
done
