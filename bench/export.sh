#!/usr/bin/env bash
# Export benchmark: `svcat export FILE --to xlsx` against rust_xlsxwriter writing the same cells with
# nothing else done (examples/bare_write.rs, constant-memory mode), on generated catalogs.
#
#   bash bench/export.sh                          # 100k items from csv, about 2 minutes on 2 cores
#   BENCH_SIZES=10000 BENCH_RUNS=1 bash bench/export.sh
#
# Environment:
#   BENCH_SIZES    item counts                          (default "100000")
#   BENCH_FORMATS  input kinds: csv, xlsx, inline.xlsx  (default "csv")
#   BENCH_RUNS     runs per measurement; the best time is kept (default 3)
#
# Columns: bare write s (rust_xlsxwriter's time to write and save the cells, from bare_write's own
# clock, the input read beforehand and not counted), export write s (svcat's time to write and
# save the workbook, from its summary line), write ratio (export write / bare write: the target,
# ≤ 1.5), export s (the whole command: reading and parsing the input, checking it, writing),
# total ratio (export s / bare write s), peak MB (/usr/bin/time %M, largest over the runs).
#
# It reports and does not gate: a missed target prints FAIL and the script exits 0; it exits
# non-zero only when it cannot run or a measured command fails. The catalogs are the ones
# bench/run.sh uses (bench-out/catalog-N.KIND, made by bench/gen_catalog.py); the table is also
# written to bench-out/export.txt.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=bench-out
SIZES=${BENCH_SIZES:-"100000"}
FORMATS=${BENCH_FORMATS:-"csv"}
RUNS=${BENCH_RUNS:-3}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
SVCAT=$TARGET_DIR/release/svcat
BARE=$TARGET_DIR/release/examples/bare_write
TARGET=1.5

say() { printf '%s\n' "$*" >&2; }

if [[ ! -x /usr/bin/time ]]; then
    say "bench: /usr/bin/time is missing; installing the Debian package 'time'"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; }
fi

say "bench: building svcat and the bare_write example (release)"
cargo build --release --example bare_write --bin svcat >&2

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/svcat-bench-export.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$OUT"

# catalog N KIND: the generated catalog's path, made when missing or older than the generator.
catalog() {
    local file=$OUT/catalog-$1.$2 args=()
    case $2 in
        csv | xlsx) ;;
        inline.xlsx) args=(--inline-strings) ;;
        *) say "bench: unknown format '$2' (csv, xlsx, inline.xlsx)"; exit 2 ;;
    esac
    if [[ ! -s $file || bench/gen_catalog.py -nt $file ]]; then
        python3 bench/gen_catalog.py "$1" "$file" "${args[@]}" >&2
    fi
    printf '%s\n' "$file"
}

# best PATTERN FILE: the smallest number captured by the sed PATTERN over the lines of FILE.
best() { sed -n "$1" "$2" | sort -g | head -n 1; }

# run_best CMD…: runs CMD $RUNS times; stdout and stderr of every run appended to $SCRATCH/out.
# Sets BEST_S (best wall seconds) and PEAK_KB (largest peak RSS).
run_best() {
    local i start end wall rss t
    BEST_S="" PEAK_KB=0
    : >"$SCRATCH/out"
    for ((i = 0; i < RUNS; i++)); do
        start=$EPOCHREALTIME
        if ! /usr/bin/time -f '%e %M' -o "$SCRATCH/time" "$@" >>"$SCRATCH/out" 2>&1; then
            say "bench: '$*' failed:"
            tail -n 20 "$SCRATCH/out" | sed 's/^/    /' >&2
            exit 1
        fi
        end=$EPOCHREALTIME
        read -r t rss <"$SCRATCH/time"
        wall=$(awk -v a="${start/,/.}" -v b="${end/,/.}" 'BEGIN { printf "%.3f", b - a }')
        if [[ -z $BEST_S ]] || awk -v a="$wall" -v b="$BEST_S" 'BEGIN { exit !(a < b) }'; then
            BEST_S=$wall
        fi
        if ((rss > PEAK_KB)); then PEAK_KB=$rss; fi
    done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

FORMAT='%-26s %7s %9s %9s %7s  %8s %6s %9s %8s  %s\n'
TABLE=$SCRATCH/table
# shellcheck disable=SC2059
printf "$FORMAT" file cells "bare s" "bare MB" "" "export s" write "write/bare" "peak MB" result >"$TABLE"
# shellcheck disable=SC2059
printf "$FORMAT" "" "" "(write)" "" "" "(total)" "s" "(target)" "" "" >>"$TABLE"

for n in $SIZES; do
    for kind in $FORMATS; do
        if [[ $kind == inline.xlsx ]] && ! python3 -c "import openpyxl" 2>/dev/null; then
            say "bench: skipping inline.xlsx (needs openpyxl)"
            continue
        fi
        file=$(catalog "$n" "$kind")

        say "bench: $file — bare write"
        run_best "$BARE" "$file" "$SCRATCH/bare.xlsx"
        bare_s=$(best 's/.*write_s=\([0-9.]*\).*/\1/p' "$SCRATCH/out")
        cells=$(sed -n 's/.*cells=\([0-9]*\).*/\1/p' "$SCRATCH/out" | head -n 1)
        bare_kb=$PEAK_KB

        say "bench: $file — svcat export"
        run_best "$SVCAT" export "$file" --to xlsx -o "$SCRATCH/export.xlsx"
        write_s=$(best 's/.*写出用时 \([0-9.]*\) 秒.*/\1/p' "$SCRATCH/out")
        write_ratio=$(ratio "$write_s" "$bare_s")
        total_ratio=$(ratio "$BEST_S" "$bare_s")
        if awk -v a="$write_ratio" -v t="$TARGET" 'BEGIN { exit !(a <= t) }'; then
            result=PASS
        else
            result="FAIL (write > ${TARGET}×)"
        fi
        # shellcheck disable=SC2059
        printf "$FORMAT" "$(basename "$file")" "$cells" "$bare_s" "$(mb "$bare_kb")" "" \
            "$BEST_S" "$write_s" "$write_ratio" "$(mb "$PEAK_KB")" "$result (total ${total_ratio}×)" >>"$TABLE"
        rm -f "$SCRATCH"/*.xlsx
    done
done

{
    echo "svcat export benchmark — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, best of $RUNS runs, largest peak RSS"
    echo "svcat $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null || echo ' + uncommitted changes')"
    echo "target: svcat's writing ≤ ${TARGET}× rust_xlsxwriter writing the same cells (constant memory)"
    echo
    cat "$TABLE"
} | tee "$OUT/export.txt"
