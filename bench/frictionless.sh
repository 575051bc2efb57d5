#!/usr/bin/env bash
# svcat check against Frictionless validating the same CSV with an equivalent Table Schema
# (bench/schema.json: required fields, enums, patterns for the codes, a unique 事项编码).
#
#   bash bench/frictionless.sh            # also run by bench/run.sh
#
# Environment:
#   FRICTIONLESS_SIZES  item counts                                  (default "10000 100000")
#   FRICTIONLESS_RUNS   runs of frictionless per file (it is slow)   (default 1)
#   BENCH_RUNS          runs of svcat check per file; best time kept (default 3)
#
# Installs frictionless from PyPI into bench-out/venv (made with python3 -m venv) on first use.
# Frictionless is run as `frictionless validate --json --schema bench/schema.json FILE` from the
# repository root (it refuses absolute paths outside the working directory); the catalog is valid
# under the schema, so it reads and checks every row (its report's row count is shown).
# Target: frictionless time / svcat check time ≥ 30. Table in bench-out/frictionless.txt.

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES=${FRICTIONLESS_SIZES:-"10000 100000"}
FL_RUNS=${FRICTIONLESS_RUNS:-1}
TARGET=30

build
if ! venv_tool frictionless frictionless; then
    say "bench: frictionless could not be installed from PyPI; skipping the comparison"
    echo "frictionless: not installable here (pip install frictionless failed)" | tee "$OUT/frictionless.txt"
    exit 0
fi
FL_VERSION=$("$VENV/bin/pip" show frictionless 2>/dev/null | sed -n 's/^Version: //p')

FORMAT='%-22s %8s  %9s %8s  %9s %8s %6s  %8s  %s\n'
TABLE=$SCRATCH/fl-table
# shellcheck disable=SC2059
printf "$FORMAT" file "size MB" "check s" "check MB" "frict. s" "frict. MB" "rows" "ratio" result >"$TABLE"
errors=0

for n in $SIZES; do
    file=$(catalog "$n" csv) || exit 2
    base=$(basename "$file")

    say "bench: $file — svcat check"
    measure 0,1 "$SVCAT" check "$file" --format json -o "$SCRATCH/check.json" --quiet
    if [[ $STATUS != ok ]]; then
        errors=1
        printf '%-22s svcat check failed (%s)\n' "$base" "$STATUS" >>"$TABLE"
        continue
    fi
    check_s=$BEST_S check_kb=$PEAK_KB
    rm -f "$SCRATCH/check.json"

    say "bench: $file — frictionless validate ($FL_RUNS run(s))"
    MEASURE_RUNS=$FL_RUNS measure 0,1 "$VENV/bin/frictionless" validate --json --schema bench/schema.json "$file"
    if [[ $STATUS != ok ]]; then
        printf '%-22s frictionless failed (%s)\n' "$base" "$STATUS" >>"$TABLE"
        continue
    fi
    # The report: valid, and how many rows it read (all of them, or the comparison is void).
    read -r valid rows < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["valid"], sum(t["stats"].get("rows", 0) for t in r["tasks"]))' "$SCRATCH/stdout") || true
    times=$(ratio "$BEST_S" "$check_s")
    if [[ $valid != True || $rows != "$n" ]]; then
        result="VOID (frictionless: valid=$valid, $rows rows)"
    elif ge "$times" "$TARGET"; then
        result=PASS
    else
        result="FAIL (< ${TARGET}×)"
    fi
    # shellcheck disable=SC2059
    printf "$FORMAT" "$base" "$(mb "$(stat -c %s "$file")")" "$check_s" "$(kb_mb "$check_kb")" \
        "$BEST_S" "$(kb_mb "$PEAK_KB")" "$rows" "$times" "$result" >>"$TABLE"
done

{
    echo "check vs Frictionless — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores; svcat check best of $RUNS, frictionless best of $FL_RUNS; peak RSS in MB"
    svcat_version
    echo "svcat: check FILE --format json -o … --quiet | frictionless $FL_VERSION: validate --json --schema bench/schema.json FILE"
    echo "ratio = frictionless s / check s; target ≥ ${TARGET}×"
    echo
    cat "$TABLE"
} | tee "$OUT/frictionless.txt"

exit "$errors"
