#!/usr/bin/env bash
# Runs benchmarks in Release against a throw-away PostgreSQL cluster. Usage: scripts/bench.sh [BenchmarkClassName]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh
filter="${1:-*}"
pg_virtualenv -t -- dotnet run -c Release --project tests/SalesSuite.Benchmarks -- --filter "*${filter}*" --artifacts "${TMPDIR:-/tmp}/salessuite-bench"
