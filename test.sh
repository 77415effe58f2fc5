#!/usr/bin/env bash
# Checks the house style (dotnet format) and runs every test of SalesSuite: on SQLite and on a real PostgreSQL
# server (a throw-away cluster made by pg_virtualenv), plus the browser check in Debian's Chromium. Prints how many tests ran against each database.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-tools.sh
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
# The house style (.editorconfig): whitespace, code style and analyzers, checked without changing a file.
dotnet format SalesSuite.sln --verify-no-changes -v q || { echo "dotnet format found code that is not in the house style: run 'dotnet format SalesSuite.sln'." >&2; status=1; }
pg_virtualenv -t -- dotnet test SalesSuite.sln --logger "trx" --results-directory "$results" -nologo "$@" || status=$?

count() { # $1: outcome, $2: pattern in the test name
  cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' | grep "outcome=\"$1\"" | grep -c -- "$2" || true
}
passed=$(count Passed 'testName=')
failed=$(count Failed 'testName=')
echo
echo "PostgreSQL tests: $(count Passed 'OnPostgres\.') passed, $(count Failed 'OnPostgres\.') failed"
echo "SQLite tests:     $(count Passed 'OnSqlite\.') passed, $(count Failed 'OnSqlite\.') failed"
echo "tests: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
