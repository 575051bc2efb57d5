#!/usr/bin/env bash
# Import benchmark: svcat against a bare read of the same file, on generated catalogs.
#
#   bash bench/run.sh                      # from the repository root (any directory works)
#   BENCH_SIZES="1000" bash bench/run.sh   # quicker
#
# Environment:
#   BENCH_SIZES    item counts to generate and measure          (default "10000 100000")
#   BENCH_FORMATS  file kinds: csv, xlsx (shared strings, as Excel and WPS write them),
#                  inline.xlsx (openpyxl, strings inline)        (default "csv xlsx inline.xlsx")
#   BENCH_RUNS     runs per measurement; the best time is kept   (default 3)
#
# Generated catalogs are cached in bench-out/ (gitignored) as catalog-N.KIND and regenerated when
# bench/gen_catalog.py is newer. The table is also written to bench-out/results.txt.
#
# It reports and does not gate: a missed target prints FAIL and the script still exits 0. It exits
# non-zero only when it cannot run (build, generation) or a measured command itself fails.
#
# Adding a row (check, export, diff …): append "NAME TIME_TARGET MEM_TARGET OK_EXIT_CODES" to ROWS
# and define row_NAME, which sets ARGV to the command for the file "$1" (scratch directory "$2").

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=bench-out
SIZES=${BENCH_SIZES:-"10000 100000"}
FORMATS=${BENCH_FORMATS:-"csv xlsx inline.xlsx"}
RUNS=${BENCH_RUNS:-3}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
SVCAT=$TARGET_DIR/release/svcat
BARE=$TARGET_DIR/release/examples/bare_read

# name  time target (× bare read)  memory target (× the file's text)  exit codes that mean success
ROWS=(
    "import 1.5 3 0"
)

row_import() { ARGV=("$SVCAT" import "$1" -o "$2/import.json" --quiet); }

say() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------- setup

if [[ ! -x /usr/bin/time ]]; then
    say "bench: /usr/bin/time is missing; installing the Debian package 'time'"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; }
fi

say "bench: building svcat and the bare_read example (release)"
cargo build --release --example bare_read --bin svcat >&2

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/svcat-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

mkdir -p "$OUT"
HAVE_OPENPYXL=1
python3 -c "import openpyxl" 2>/dev/null || HAVE_OPENPYXL=0

FILES=()
for n in $SIZES; do
    for kind in $FORMATS; do
        file=$OUT/catalog-$n.$kind
        case $kind in
            csv | xlsx) gen=(python3 bench/gen_catalog.py "$n" "$file") ;;
            inline.xlsx)
                if [[ $HAVE_OPENPYXL -eq 0 ]]; then
                    say "bench: skipping $file (needs openpyxl: pip install -r scripts/requirements.txt)"
                    continue
                fi
                gen=(python3 bench/gen_catalog.py "$n" "$file" --inline-strings)
                ;;
            *) say "bench: unknown format '$kind' in BENCH_FORMATS (csv, xlsx, inline.xlsx)"; exit 2 ;;
        esac
        if [[ ! -s $file || bench/gen_catalog.py -nt $file ]]; then
            "${gen[@]}"
        fi
        FILES+=("$file")
    done
done

# ---------------------------------------------------------------- measuring

# measure OK_CODES CMD… : runs CMD $RUNS times, stdout kept in $SCRATCH/stdout. Sets BEST_S (best wall time,
# seconds), PEAK_KB (largest peak RSS over the runs) and STATUS (ok, or "exit N").
measure() {
    local ok=",$1,"; shift
    local i start end code wall rss t
    BEST_S="" PEAK_KB=0 STATUS=ok
    for ((i = 0; i < RUNS; i++)); do
        start=${EPOCHREALTIME:-}
        code=0
        /usr/bin/time -f '%e %M' -o "$SCRATCH/time" "$@" >"$SCRATCH/stdout" 2>"$SCRATCH/stderr" || code=$?
        end=${EPOCHREALTIME:-}
        if [[ $ok != *",$code,"* ]]; then
            STATUS="exit $code"
            say "bench: '$*' exited with $code:"
            sed 's/^/    /' "$SCRATCH/stderr" | tail -n 20 >&2
            return
        fi
        read -r t rss <"$SCRATCH/time"
        # Microsecond wall time from bash; /usr/bin/time's %e only has centiseconds.
        if [[ -n $start ]]; then
            wall=$(awk -v a="${start/,/.}" -v b="${end/,/.}" 'BEGIN { printf "%.3f", b - a }')
        else
            wall=$t
        fi
        if [[ -z $BEST_S ]] || awk -v a="$wall" -v b="$BEST_S" 'BEGIN { exit !(a < b) }'; then
            BEST_S=$wall
        fi
        if ((rss > PEAK_KB)); then PEAK_KB=$rss; fi
    done
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

FORMAT='%-28s %8s %8s %7s %7s  %-7s %7s %6s %7s %7s  %s\n'
TABLE=$SCRATCH/table
# shellcheck disable=SC2059
printf "$FORMAT" file "size MB" "text MB" "bare s" "bare MB" command "s" "ratio" "MB" "MB/text" result >"$TABLE"
errors=0

for file in "${FILES[@]}"; do
    say "bench: $file — bare read"
    measure 0 "$BARE" "$file"
    if [[ $STATUS != ok ]]; then
        errors=1
        printf '%-28s bare read failed (%s)\n' "$(basename "$file")" "$STATUS" >>"$TABLE"
        continue
    fi
    bare_s=$BEST_S bare_kb=$PEAK_KB
    text_bytes=$(sed -n 's/.*text_bytes=\([0-9]*\).*/\1/p' "$SCRATCH/stdout")
    size_bytes=$(stat -c %s "$file")
    text_mb=$(mb "$text_bytes")

    for row in "${ROWS[@]}"; do
        read -r name time_target mem_target ok_codes <<<"$row"
        say "bench: $file — $name"
        "row_$name" "$file" "$SCRATCH"
        measure "$ok_codes" "${ARGV[@]}"
        if [[ $STATUS != ok ]]; then
            errors=1
            result="ERROR ($STATUS)"
            s="-" times="-" cmd_mb="-" per_text="-"
        else
            s=$BEST_S
            times=$(ratio "$BEST_S" "$bare_s")
            cmd_mb=$(mb $((PEAK_KB * 1024)))
            per_text=$(ratio $((PEAK_KB * 1024)) "$text_bytes")
            failed=""
            le "$times" "$time_target" || failed="time > ${time_target}×"
            le "$per_text" "$mem_target" || failed="${failed:+$failed, }memory > ${mem_target}× text"
            result=${failed:+FAIL ($failed)}
            result=${result:-PASS}
        fi
        # shellcheck disable=SC2059
        printf "$FORMAT" "$(basename "$file")" "$(mb "$size_bytes")" "$text_mb" "$bare_s" \
            "$(mb $((bare_kb * 1024)))" "$name" "$s" "$times" "$cmd_mb" "$per_text" "$result" >>"$TABLE"
        rm -f "$SCRATCH"/*.json
    done
done

{
    echo "svcat benchmark — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, best of $RUNS runs (time), largest peak RSS (memory)"
    echo "svcat $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null || echo ' + uncommitted changes')"
    echo "MB = 2^20 bytes; text = UTF-8 bytes of all non-empty cells; ratio = s / bare s; MB/text = peak RSS / text"
    for row in "${ROWS[@]}"; do
        read -r name time_target mem_target _ <<<"$row"
        echo "target: $name ratio ≤ $time_target, MB/text ≤ $mem_target"
    done
    echo
    cat "$TABLE"
} | tee "$OUT/results.txt"

exit "$errors"
