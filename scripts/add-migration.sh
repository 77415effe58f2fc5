#!/usr/bin/env bash
# Adds one migration to a module for every provider (SQLite, PostgreSQL, SQL Server).
# Usage: scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Customers AddRegion
# Each provider keeps its migrations and model snapshot in Data/Migrations/<Provider> (namespace ...Migrations.<Provider>);
# the shared kernel's ProviderMigrationsAssembly picks the set of the provider in use at run time.
# The host is the startup project: the database providers are its own, and design-time contexts take their engines from it.
set -euo pipefail
cd "$(dirname "$0")/.."
module="$1"; name="$2"
startup="host/SalesSuite.Host"
if [ "$module" = "Audit" ]; then   # the kernel's audit table: its migrations name provider types, so the host ships them
  project="$startup"; folder="Audit/Migrations"; ns="SalesSuite.Host.Audit.Migrations"
else
  project="modules/$module/SalesSuite.Modules.$module"; folder="Data/Migrations"; ns="SalesSuite.Modules.$module.Data.Migrations"
fi
root="$project/$folder"
dotnet tool restore >/dev/null
dotnet build "$startup" -v q -nologo >/dev/null
for provider in Sqlite Postgres SqlServer; do
  # EF finds "the" snapshot file by name; hide the other providers' snapshots while this one is written.
  hidden=$(find "$root" -name '*ModelSnapshot.cs' -not -path "$root/$provider/*" 2>/dev/null || true)
  for f in $hidden; do mv "$f" "$f.hidden"; done
  SALESSUITE_EF_PROVIDER=$provider dotnet ef migrations add "$name" \
    --project "$project" --startup-project "$startup" --no-build \
    --context "${module}DbContext" --output-dir "$folder/$provider" --namespace "$ns.$provider" >/dev/null
  mkdir -p "$root/$provider"
  find "$project" -name '*ModelSnapshot.cs' -not -path "$root/*" -exec mv {} "$root/$provider/" \;
  for f in $hidden; do mv "$f.hidden" "$f"; done
  find "$project" -mindepth 1 -type d -empty -not -path "*/obj/*" -not -path "*/bin/*" -delete
  echo "$provider: $(ls "$root/$provider" | tr '\n' ' ')"
done
