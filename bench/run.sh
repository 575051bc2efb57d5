#!/usr/bin/env bash
# svcat benchmarks on generated catalogs: import and check against a bare read of the same file (the
# table), then Frictionless against check (bench/frictionless.sh), diff against csvdiff and daff
# (bench/diff.sh) and export against rust_xlsxwriter writing the same cells (bench/export.sh).
#
#   bash bench/run.sh                      # from the repository root (any directory works)
#   BENCH_SIZES="1000" BENCH_PARTS=table bash bench/run.sh   # a quick look
#   BENCH_SIZES=1000000 DIFF_SIZES=1000000 BENCH_PARTS="table diff" bash bench/run.sh
#                                          # the 1M-item figures (opt-in: about 7 minutes more,
#                                          # 13 GB of RAM for diff; see bench/README.md)
#
# Environment:
#   BENCH_PARTS    what to run: table, frictionless, diff, export
#                                                             (default "table frictionless diff export")
#   BENCH_SIZES    item counts for the table                  (default "10000 100000")
#   BENCH_FORMATS  file kinds: csv, xlsx (shared strings, as Excel and WPS write them),
#                  inline.xlsx (openpyxl, strings inline)     (default "csv xlsx inline.xlsx")
#   BENCH_ROWS     commands measured on each file             (default "import check")
#   BENCH_RUNS     runs per measurement; the best time is kept (default 3)
#   BENCH_LARGE    from this many items on, a size is large  (default 1000000): measured with
#                  BENCH_LARGE_RUNS runs (default 1), only in BENCH_LARGE_FORMATS (default "csv")
#                  and only for BENCH_LARGE_ROWS (default "check")
#   The other parts have their own settings: see bench/frictionless.sh, bench/diff.sh and
#   bench/export.sh.
#
# Generated catalogs are cached in bench-out/ (gitignored) as catalog-N.KIND and regenerated when
# bench/gen_catalog.py is newer. The table is also written to bench-out/results.txt, the other
# parts to bench-out/frictionless.txt, bench-out/diff.txt and bench-out/export.txt.
#
# It reports and does not gate: a missed target prints FAIL and the script still exits 0. It exits
# non-zero only when it cannot run (build, generation) or an svcat or bare-read run itself fails
# (a crash, an unexpected exit code).
#
# Adding a row (export …): append "NAME TIME_TARGET MEM_TARGET OK_EXIT_CODES" to ROWS and define
# row_NAME, which sets ARGV to the command for the file "$1" (scratch directory "$2").
# MEM_TARGET is "-" (none), a number (peak RSS ≤ that many times the file's text) or NMB (peak
# RSS ≤ N MB), optionally prefixed with KIND: to apply to files of that kind only (csv:1024MB).

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PARTS=${BENCH_PARTS:-"table frictionless diff export"}
SIZES=${BENCH_SIZES:-"10000 100000"}
FORMATS=${BENCH_FORMATS:-"csv xlsx inline.xlsx"}
SELECTED=${BENCH_ROWS:-"import check"}
LARGE=${BENCH_LARGE:-1000000}
LARGE_RUNS=${BENCH_LARGE_RUNS:-1}
LARGE_FORMATS=${BENCH_LARGE_FORMATS:-"csv"}
LARGE_ROWS=${BENCH_LARGE_ROWS:-"check"}

# name  time target (× bare read)  memory target  exit codes that mean success
ROWS=(
    "import 1.5 3 0"
    "check 1.5 csv:1024MB 0,1"
)

# shellcheck disable=SC2317 # called as "row_$name"
row_import() { ARGV=("$SVCAT" import "$1" -o "$2/import.json" --quiet); }
# Findings exit 1; the generated catalog has some (duplicate names with other codes, visits without
# a reason, …), so the report is a real one (about 2 findings an item at 100k).
# shellcheck disable=SC2317
row_check() { ARGV=("$SVCAT" check "$1" --format json -o "$2/check.json" --quiet); }

# The frictionless, diff and export parts run their own scripts.
run_parts() {
    local part status=0
    for part in $PARTS; do
        case $part in
            table) ;;
            frictionless | diff | export) bash bench/"$part".sh || status=$? ;;
            *) say "bench: unknown part '$part' in BENCH_PARTS (table, frictionless, diff, export)"; exit 2 ;;
        esac
    done
    return "$status"
}

build

if [[ " $PARTS " != *" table "* ]]; then
    run_parts
    exit
fi

# ---------------------------------------------------------------- files

FILES=()
for n in $SIZES; do
    kinds=$FORMATS
    ((n >= LARGE)) && kinds=$LARGE_FORMATS
    for kind in $kinds; do
        code=0
        file=$(catalog "$n" "$kind") || code=$?
        ((code == 3)) && continue # needs openpyxl
        ((code == 0)) || exit 2
        FILES+=("$file")
    done
done

# ---------------------------------------------------------------- measuring

# mem_verdict TARGET KIND PEAK_KB TEXT_BYTES: prints the failure ("" when met or no target).
mem_verdict() {
    local target=$1 kind=$2 kb=$3 text=$4
    if [[ $target == *:* ]]; then
        [[ ${target%%:*} == "$kind" ]] || return 0
        target=${target#*:}
    fi
    case $target in
        -) ;;
        *MB) le "$(kb_mb "$kb")" "${target%MB}" || echo "memory > $target" ;;
        *) le "$(ratio $((kb * 1024)) "$text")" "$target" || echo "memory > ${target}× text" ;;
    esac
}

FORMAT='%-28s %8s %8s %7s %7s  %-7s %7s %6s %7s %7s  %s\n'
TABLE=$SCRATCH/table
# shellcheck disable=SC2059
printf "$FORMAT" file "size MB" "text MB" "bare s" "bare MB" command "s" "ratio" "MB" "MB/text" result >"$TABLE"
errors=0

for file in "${FILES[@]}"; do
    base=$(basename "$file")
    n=${base#catalog-}; n=${n%%.*}
    kind=${base#catalog-"$n".}
    runs=$RUNS names=$SELECTED
    if ((n >= LARGE)); then runs=$LARGE_RUNS names=$LARGE_ROWS; fi
    size_bytes=$(stat -c %s "$file")

    # Interleaved: each round runs the bare read and then every command once, so that a slow
    # spell of the machine (timings here drift 20–30 % within minutes) falls on all of them alike.
    # Before each command its output from the round before is deleted: every run writes a new
    # file, as the first does (replacing a file also frees the old one's blocks, which on this
    # machine's discard-mounted ext4 took 0.03–0.16 s for a 500 MB import; see bench/README.md).
    bare_s="" bare_kb=0 text_bytes="" bare_failed=""
    declare -A best_s=() peak_kb=() failure=()
    for ((round = 1; round <= runs; round++)); do
        say "bench: $file — round $round of $runs: bare read"
        MEASURE_RUNS=1 measure 0 "$BARE" "$file"
        if [[ $STATUS != ok ]]; then
            bare_failed=$STATUS
            break
        fi
        if [[ -z $bare_s ]] || awk -v a="$BEST_S" -v b="$bare_s" 'BEGIN { exit !(a < b) }'; then
            bare_s=$BEST_S
        fi
        ((PEAK_KB > bare_kb)) && bare_kb=$PEAK_KB
        [[ -n $text_bytes ]] || text_bytes=$(sed -n 's/.*text_bytes=\([0-9]*\).*/\1/p' "$SCRATCH/stdout")
        for row in "${ROWS[@]}"; do
            read -r name time_target mem_target ok_codes <<<"$row"
            [[ " $names " == *" $name "* && -z ${failure[$name]:-} ]] || continue
            say "bench: $file — round $round of $runs: $name"
            "row_$name" "$file" "$SCRATCH"
            rm -f "$SCRATCH"/*.json
            MEASURE_RUNS=1 measure "$ok_codes" "${ARGV[@]}"
            if [[ $STATUS != ok ]]; then
                failure[$name]=$STATUS
                continue
            fi
            if [[ -z ${best_s[$name]:-} ]] ||
                awk -v a="$BEST_S" -v b="${best_s[$name]}" 'BEGIN { exit !(a < b) }'; then
                best_s[$name]=$BEST_S
            fi
            ((PEAK_KB > ${peak_kb[$name]:-0})) && peak_kb[$name]=$PEAK_KB
        done
    done
    rm -f "$SCRATCH"/*.json
    if [[ -n $bare_failed ]]; then
        errors=1
        printf '%-28s bare read failed (%s)\n' "$base" "$bare_failed" >>"$TABLE"
        continue
    fi
    text_mb=$(mb "$text_bytes")

    for row in "${ROWS[@]}"; do
        read -r name time_target mem_target ok_codes <<<"$row"
        [[ " $names " == *" $name "* ]] || continue
        if [[ -n ${failure[$name]:-} ]]; then
            errors=1
            result="ERROR (${failure[$name]})"
            s="-" times="-" cmd_mb="-" per_text="-"
        else
            s=${best_s[$name]}
            kb=${peak_kb[$name]}
            times=$(ratio "$s" "$bare_s")
            cmd_mb=$(mb $((kb * 1024)))
            per_text=$(ratio $((kb * 1024)) "$text_bytes")
            failed=""
            le "$times" "$time_target" || failed="time > ${time_target}×"
            mem_failed=$(mem_verdict "$mem_target" "$kind" "$kb" "$text_bytes")
            [[ -n $mem_failed ]] && failed="${failed:+$failed, }$mem_failed"
            result=${failed:+FAIL ($failed)}
            result=${result:-PASS}
        fi
        # shellcheck disable=SC2059
        printf "$FORMAT" "$base" "$(mb "$size_bytes")" "$text_mb" "$bare_s" \
            "$(mb $((bare_kb * 1024)))" "$name" "$s" "$times" "$cmd_mb" "$per_text" "$result" >>"$TABLE"
    done
done

{
    echo "svcat benchmark — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, best of $RUNS runs (sizes ≥ $LARGE: $LARGE_RUNS) (time), largest peak RSS (memory)"
    svcat_version
    echo "MB = 2^20 bytes; text = UTF-8 bytes of all non-empty cells; ratio = s / bare s; MB/text = peak RSS / text"
    for row in "${ROWS[@]}"; do
        read -r name time_target mem_target _ <<<"$row"
        case $mem_target in
            -) mem_text="" ;;
            *:*) mem_text=", ${mem_target%%:*} peak RSS ≤ ${mem_target#*:}" ;;
            *MB) mem_text=", peak RSS ≤ $mem_target" ;;
            *) mem_text=", MB/text ≤ $mem_target" ;;
        esac
        echo "target: $name ratio ≤ $time_target$mem_text"
    done
    echo
    cat "$TABLE"
} | tee "$OUT/results.txt"

run_parts || errors=1
exit "$errors"
