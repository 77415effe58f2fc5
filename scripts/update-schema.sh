#!/usr/bin/env bash
# Regenerates docs/schema.graphql from the schema the host serves (a test fails while they differ).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build host/SalesSuite.Host -v q -nologo >/dev/null
dotnet run --project host/SalesSuite.Host --no-build -v q -- print-schema > docs/schema.graphql
echo "docs/schema.graphql updated ($(wc -l < docs/schema.graphql) lines)"
