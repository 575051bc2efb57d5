#!/usr/bin/env bash
# Export benchmark: `svcat export FILE --to xlsx` against rust_xlsxwriter writing the same cells with
# nothing else done (examples/bare_write.rs, constant-memory mode), on the generated catalogs. A part
# of bench/run.sh (BENCH_PARTS=export), and runs alone:
#
#   bash bench/export.sh                          # 100k items from csv, about 2 minutes on 2 cores
#   EXPORT_SIZES="10000 100000" EXPORT_FORMATS="csv xlsx" bash bench/export.sh
#
# Environment: EXPORT_SIZES (default "100000"), EXPORT_FORMATS (csv, xlsx, inline.xlsx; default
# "csv"), BENCH_RUNS (default 3; best time kept).
#
# Columns: bare write s (rust_xlsxwriter writing and saving the cells, from bare_write's own clock:
# the input is read beforehand and not counted), write s (svcat writing and saving the workbook,
# from its summary line), write/bare (the target: ≤ 1.5), export s (the whole command: reading and
# parsing the input, writing, then counting the findings it reports), peak MB of each.
#
# It reports and does not gate: a missed target prints FAIL and the script exits 0; it exits non-zero
# only when it cannot run or a measured command fails. The table is also written to
# bench-out/export.txt.

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES=${EXPORT_SIZES:-"100000"}
FORMATS=${EXPORT_FORMATS:-"csv"}
TARGET=1.5
BARE_WRITE=$OUT/bin/bare_write

build
say "bench: building the bare_write example (release)"
cargo build --release --example bare_write >&2
cp "$TARGET_DIR/release/examples/bare_write" "$BARE_WRITE.tmp" && mv "$BARE_WRITE.tmp" "$BARE_WRITE"

# best_of PATTERN CMD…: runs CMD $RUNS times (one measure each) and sets BEST (the smallest number
# the sed PATTERN finds in its stdout and stderr), BEST_WALL (best wall time) and PEAK (largest
# peak RSS, kB). Exits when CMD fails.
best_of() {
    local pattern=$1 i found
    shift
    BEST="" BEST_WALL="" PEAK=0
    for ((i = 0; i < RUNS; i++)); do
        MEASURE_RUNS=1 measure 0 "$@"
        [[ $STATUS == ok ]] || exit 1
        found=$(cat "$SCRATCH/stdout" "$SCRATCH/stderr" | sed -n "$pattern" | head -n 1)
        [[ -n $found ]] || { say "bench: no timing in the output of '$*'"; exit 1; }
        if [[ -z $BEST ]] || awk -v a="$found" -v b="$BEST" 'BEGIN { exit !(a < b) }'; then
            BEST=$found
        fi
        if [[ -z $BEST_WALL ]] || awk -v a="$BEST_S" -v b="$BEST_WALL" 'BEGIN { exit !(a < b) }'; then
            BEST_WALL=$BEST_S
        fi
        if ((PEAK_KB > PEAK)); then PEAK=$PEAK_KB; fi
    done
}

FORMAT='%-26s %8s %8s %8s  %8s %10s %9s %8s  %s\n'
TABLE=$SCRATCH/export-table
# shellcheck disable=SC2059
printf "$FORMAT" file "bare s" "bare MB" "write s" write/bare "export s" "export MB" "" result >"$TABLE"

for n in $SIZES; do
    for kind in $FORMATS; do
        code=0
        file=$(catalog "$n" "$kind") || code=$?
        ((code == 3)) && continue # needs openpyxl
        ((code == 0)) || exit 2

        say "bench: $file — bare write"
        best_of 's/.*write_s=\([0-9.]*\).*/\1/p' "$BARE_WRITE" "$file" "$SCRATCH/bare.xlsx"
        bare_s=$BEST bare_kb=$PEAK

        say "bench: $file — svcat export"
        best_of 's/.*写出用时 \([0-9.]*\) 秒.*/\1/p' "$SVCAT" export "$file" --to xlsx -o "$SCRATCH/export.xlsx"
        write_ratio=$(ratio "$BEST" "$bare_s")
        if le "$write_ratio" "$TARGET"; then result=PASS; else result="FAIL (write > ${TARGET}×)"; fi
        # shellcheck disable=SC2059
        printf "$FORMAT" "$(basename "$file")" "$bare_s" "$(kb_mb "$bare_kb")" "$BEST" "$write_ratio" \
            "$BEST_WALL" "$(kb_mb "$PEAK")" "" "$result" >>"$TABLE"
        rm -f "$SCRATCH"/*.xlsx
    done
done

{
    echo "svcat export — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, best of $RUNS runs (time), largest peak RSS (memory)"
    svcat_version
    echo "target: svcat's writing ≤ ${TARGET}× rust_xlsxwriter writing the same cells (constant memory)"
    echo
    cat "$TABLE"
} | tee "$OUT/export.txt"
