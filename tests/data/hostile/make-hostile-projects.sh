#!/usr/bin/env bash
# Makes the hostile project files from the SQL beside this script:
#   make-hostile-projects.sh CLAIMLEDGER_CLI OUTPUT_FOLDER
# Each NAME.sql is applied, after _base.sql, to a fresh sample project made by the
# command line, giving OUTPUT_FOLDER/NAME.claimledger. The first line of each file says
# what opening it must do ("-- expect: refused WORDS" or "-- expect: opens"); the
# tests read it from there. The SQL runs in sqlite3's shell, which (unlike
# ClaimLedger) allows ignore_check_constraints, and writable_schema after
# ".dbconfig defensive off".
set -euo pipefail
cli=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$out"
rm -f "$out"/*.claimledger "$out"/*.claimledger-journal "$out"/*.lock
for sql in "$here"/[!_]*.sql; do
    name=$(basename "$sql" .sql)
    project=$out/$name.claimledger
    "$cli" sample "$project" >/dev/null
    sqlite3 -bail "$project" <"$here/_base.sql"
    sqlite3 -bail "$project" <"$sql" >/dev/null
done
echo "made $(ls "$out"/*.claimledger | wc -l) hostile projects in $out"
