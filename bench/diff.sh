#!/usr/bin/env bash
# svcat diff of two catalog revisions against reading both files (two bare reads), and against
# csvdiff (PyPI) and daff (npm) on the same files.
#
#   bash bench/diff.sh                    # also run by bench/run.sh
#
# Environment:
#   DIFF_SIZES         item counts                                         (default "100000")
#   DIFF_TOOLS         tools beside svcat: csvdiff, daff                   (default "csvdiff daff")
#   DIFF_CSVDIFF_MAX   largest size csvdiff runs on                        (default 1000000)
#   DIFF_DAFF_MAX      largest size daff runs on: it needs ~9 GB at 100k   (default 100000)
#   DIFF_NODE_HEAP_MB  V8 heap for daff (its default, ~4 GB, runs out at 100k) (default 14000)
#   DIFF_TIMEOUT       seconds before a run of csvdiff or daff is stopped  (default 900)
#   BENCH_RUNS         runs of svcat and the bare read; best time kept     (default 3)
#   BENCH_LARGE, BENCH_LARGE_RUNS  from BENCH_LARGE items on (1000000), BENCH_LARGE_RUNS runs (1)
#   csvdiff and daff run once per size.
#
# The revision is bench/mutate.py's copy of the generated catalog with ~3 % of the items changed
# (materials dropped, limits and visits changed, items removed, added and recoded), cached as
# bench-out/catalog-N.rev.csv with the change counts in catalog-N.rev.json; svcat's summary is
# checked against those counts, and at sizes below BENCH_LARGE a second run must give the
# byte-identical report (deterministic order).
#
#   svcat    svcat diff OLD NEW --format json -o OUT --quiet
#   csvdiff  csvdiff -o OUT.json 事项编码 OLD NEW        (its full JSON diff, keyed by the code)
#   daff     daff --id 事项编码 --output OUT.csv OLD NEW  (npm's daff; pip's daff if npm fails)
#
# Targets: svcat ≤ 2× the time to read both files; ≥ 5× faster than the faster of csvdiff and daff.
# A tool that cannot be installed, runs out of memory or time is reported as such; only a failing
# svcat or bare read makes the exit status non-zero. Table in bench-out/diff.txt.

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES=${DIFF_SIZES:-"100000"}
TOOLS=${DIFF_TOOLS:-"csvdiff daff"}
CSVDIFF_MAX=${DIFF_CSVDIFF_MAX:-1000000}
DAFF_MAX=${DIFF_DAFF_MAX:-100000}
NODE_HEAP=${DIFF_NODE_HEAP_MB:-14000}
TOOL_TIMEOUT=${DIFF_TIMEOUT:-900}
LARGE=${BENCH_LARGE:-1000000}
LARGE_RUNS=${BENCH_LARGE_RUNS:-1}
KEY=事项编码

build

# ---------------------------------------------------------------- tools

CSVDIFF="" DAFF="" NOTES=()
if [[ " $TOOLS " == *" csvdiff "* ]]; then
    if venv_tool csvdiff csvdiff; then
        CSVDIFF=$VENV/bin/csvdiff
        NOTES+=("csvdiff $("$VENV/bin/pip" show csvdiff 2>/dev/null | sed -n 's/^Version: //p') (PyPI)")
    else
        NOTES+=("csvdiff: not installable here (pip install csvdiff failed)")
    fi
fi
if [[ " $TOOLS " == *" daff "* ]]; then
    if node_tool daff daff; then
        DAFF=$OUT/node_modules/.bin/daff
        NOTES+=("daff $("$DAFF" version 2>/dev/null) (npm, node $(node --version), heap ${NODE_HEAP} MB)")
    elif venv_tool daff daff; then
        DAFF=$VENV/bin/daff
        NOTES+=("daff (PyPI; npm install daff failed)")
    else
        NOTES+=("daff: not installable here (npm install daff and pip install daff failed)")
    fi
fi

# tool_row NAME SIZE MAX CMD… : measures a competitor once; sets TOOL_S and TOOL_MB ("-" and a note
# in TOOL_NOTE when skipped or failed).
tool_row() {
    local name=$1 n=$2 max=$3; shift 3
    TOOL_S="-" TOOL_MB="-" TOOL_NOTE=""
    if ((n > max)); then
        TOOL_NOTE="$name skipped above $max items"
        return
    fi
    say "bench: $name on $n items"
    MEASURE_RUNS=1 MEASURE_TIMEOUT=$TOOL_TIMEOUT measure 0,1 "$@"
    case $STATUS in
        ok) TOOL_S=$BEST_S TOOL_MB=$(kb_mb "$PEAK_KB") ;;
        timeout) TOOL_NOTE="$name stopped after $TOOL_TIMEOUT s" ;;
        *)
            if grep -q "heap out of memory\|MemoryError" "$SCRATCH/stderr"; then
                TOOL_NOTE="$name out of memory ($STATUS)"
            else
                TOOL_NOTE="$name failed ($STATUS)"
            fi
            ;;
    esac
}

# ---------------------------------------------------------------- measuring

FORMAT='%-10s %8s  %7s %7s  %7s %6s %8s  %9s %9s  %9s %9s  %8s  %s\n'
TABLE=$SCRATCH/diff-table
# shellcheck disable=SC2059
printf "$FORMAT" items "MB each" "read s" "read MB" "svcat s" ratio "svcat MB" "csvdiff s" "csvdiff MB" "daff s" "daff MB" speedup result >"$TABLE"
LINES=()
errors=0

for n in $SIZES; do
    old=$(catalog "$n" csv) || exit 2
    new=$(revision "$n") || exit 2
    runs=$RUNS
    ((n >= LARGE)) && runs=$LARGE_RUNS

    say "bench: $old and $new — bare reads"
    MEASURE_RUNS=$runs measure 0 "$BARE" "$old"
    [[ $STATUS == ok ]] || { errors=1; continue; }
    read_old=$BEST_S read_kb=$PEAK_KB
    MEASURE_RUNS=$runs measure 0 "$BARE" "$new"
    [[ $STATUS == ok ]] || { errors=1; continue; }
    read_s=$(awk -v a="$read_old" -v b="$BEST_S" 'BEGIN { printf "%.3f", a + b }')
    ((PEAK_KB > read_kb)) && read_kb=$PEAK_KB

    say "bench: svcat diff on $n items"
    MEASURE_RUNS=$runs measure 0 "$SVCAT" diff "$old" "$new" --format json -o "$SCRATCH/diff.json" --quiet
    if [[ $STATUS != ok ]]; then
        errors=1
        printf '%-10s svcat diff failed (%s)\n' "$n" "$STATUS" >>"$TABLE"
        continue
    fi
    svcat_s=$BEST_S svcat_kb=$PEAK_KB
    # The report agrees with what mutate.py changed?
    counts=$(python3 - "$SCRATCH/diff.json" "$OUT/catalog-$n.rev.json" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
e = json.load(open(sys.argv[2]))
want = {"added": e["added"], "removed": e["removed"], "recoded": e["recoded"],
        "changed": e["materials"] + e["limits"] + e["visits"]}
got = {k: s[k] for k in want}
print("counts as made" if got == want else f"COUNTS DIFFER: svcat {got}, mutate.py {want}")
EOF
) || counts="summary not readable"
    if ((n < LARGE)); then
        "$SVCAT" diff "$old" "$new" --format json -o "$SCRATCH/diff2.json" --quiet
        if cmp -s "$SCRATCH/diff.json" "$SCRATCH/diff2.json"; then
            counts="$counts, output identical on a second run"
        else
            counts="$counts, OUTPUT DIFFERS BETWEEN RUNS"
        fi
    fi
    LINES+=("$n items: svcat $counts ($(stat -c %s "$SCRATCH/diff.json") bytes of JSON)")
    rm -f "$SCRATCH"/diff*.json

    csvdiff_s="-" csvdiff_mb="-" daff_s="-" daff_mb="-"
    if [[ -n $CSVDIFF ]]; then
        tool_row csvdiff "$n" "$CSVDIFF_MAX" "$CSVDIFF" -o "$SCRATCH/csvdiff.json" "$KEY" "$old" "$new"
        csvdiff_s=$TOOL_S csvdiff_mb=$TOOL_MB
        [[ -n $TOOL_NOTE ]] && LINES+=("$n items: $TOOL_NOTE")
        rm -f "$SCRATCH/csvdiff.json"
    fi
    if [[ -n $DAFF ]]; then
        NODE_OPTIONS="--max-old-space-size=$NODE_HEAP" \
            tool_row daff "$n" "$DAFF_MAX" "$DAFF" --id "$KEY" --output "$SCRATCH/daff.csv" "$old" "$new"
        daff_s=$TOOL_S daff_mb=$TOOL_MB
        [[ -n $TOOL_NOTE ]] && LINES+=("$n items: $TOOL_NOTE")
        rm -f "$SCRATCH/daff.csv"
    fi

    times=$(ratio "$svcat_s" "$read_s")
    fastest=$(printf '%s\n' "$csvdiff_s" "$daff_s" | grep -v '^-$' | sort -g | head -n 1 || true)
    failed=""
    le "$times" 2 || failed="time > 2× read"
    if [[ -n $fastest ]]; then
        speedup=$(ratio "$fastest" "$svcat_s")
        ge "$speedup" 5 || failed="${failed:+$failed, }speedup < 5×"
    else
        speedup="-"
    fi
    result=${failed:+FAIL ($failed)}
    # shellcheck disable=SC2059
    printf "$FORMAT" "$n" "$(mb "$(stat -c %s "$old")")" "$read_s" "$(kb_mb "$read_kb")" "$svcat_s" "$times" \
        "$(kb_mb "$svcat_kb")" "$csvdiff_s" "$csvdiff_mb" "$daff_s" "$daff_mb" "$speedup" "${result:-PASS}" >>"$TABLE"
done

{
    echo "diff benchmark — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores; svcat and bare reads best of $RUNS (≥ $LARGE items: $LARGE_RUNS), csvdiff and daff once; peak RSS in MB"
    svcat_version
    for note in "${NOTES[@]}"; do echo "$note"; done
    echo "read s = bare read of OLD + bare read of NEW; ratio = svcat s / read s (target ≤ 2); speedup = faster of csvdiff and daff / svcat s (target ≥ 5)"
    echo
    cat "$TABLE"
    echo
    for line in "${LINES[@]}"; do echo "$line"; done
} | tee "$OUT/diff.txt"

exit "$errors"
