# shellcheck shell=bash
# Shared by bench/run.sh, bench/frictionless.sh and bench/diff.sh (sourced, not run).
#
# Sets OUT, RUNS, SVCAT, BARE, SCRATCH (removed on exit) and defines say, build, catalog, revision,
# venv_tool, node_tool, measure, mb, ratio, le. Each script can run alone; bench/run.sh runs the others
# after its own table with BENCH_BUILT=1 so the build step is done once.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=bench-out
RUNS=${BENCH_RUNS:-3}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
# The binaries are measured from a copy made right after the build, so that another build in the
# same target directory cannot swap them in the middle of a run.
SVCAT=$OUT/bin/svcat
BARE=$OUT/bin/bare_read
VENV=$OUT/venv

say() { printf '%s\n' "$*" >&2; }

if [[ ! -x /usr/bin/time ]]; then
    say "bench: /usr/bin/time is missing; installing the Debian package 'time'"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; }
fi

mkdir -p "$OUT"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/svcat-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# build: svcat and the bare_read example in release, copied to bench-out/bin/ with the commit they
# were built from (BENCH_VERSION, if set, names them instead: for a tree that is not a git
# checkout), unless the calling script already did (BENCH_BUILT=1).
build() {
    if [[ ${BENCH_BUILT:-0} == 1 && -x $SVCAT && -x $BARE ]]; then return; fi
    say "bench: building svcat and the bare_read example (release)"
    cargo build --release --example bare_read --bin svcat >&2
    mkdir -p "$OUT/bin"
    cp "$TARGET_DIR/release/svcat" "$SVCAT.tmp" && mv "$SVCAT.tmp" "$SVCAT"
    cp "$TARGET_DIR/release/examples/bare_read" "$BARE.tmp" && mv "$BARE.tmp" "$BARE"
    if [[ -n ${BENCH_VERSION:-} ]]; then
        echo "svcat $BENCH_VERSION" >"$OUT/bin/version"
    else
        echo "svcat $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src crates schemas Cargo.toml Cargo.lock 2>/dev/null || echo ' + uncommitted changes')" >"$OUT/bin/version"
    fi
    export BENCH_BUILT=1
}

# svcat_version: the commit the measured binary was built from, and whether its sources had uncommitted
# changes then; the load average (other work on the machine slows every figure).
svcat_version() {
    echo "$(cat "$OUT/bin/version" 2>/dev/null || echo 'svcat ?'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# catalog N KIND: prints the path of bench-out/catalog-N.KIND, generating it when missing or older
# than bench/gen_catalog.py. Returns 3 (and prints nothing) when KIND needs openpyxl and it is absent.
catalog() {
    local n=$1 kind=$2 file gen
    file=$OUT/catalog-$n.$kind
    case $kind in
        csv | xlsx) gen=(python3 bench/gen_catalog.py "$n" "$file") ;;
        inline.xlsx)
            if ! python3 -c "import openpyxl" 2>/dev/null; then
                say "bench: skipping $file (needs openpyxl: pip install -r scripts/requirements.txt)"
                return 3
            fi
            gen=(python3 bench/gen_catalog.py "$n" "$file" --inline-strings)
            ;;
        *) say "bench: unknown format '$kind' (csv, xlsx, inline.xlsx)"; return 2 ;;
    esac
    if [[ ! -s $file || bench/gen_catalog.py -nt $file ]]; then
        "${gen[@]}" || { say "bench: generating $file failed"; return 1; }
    fi
    echo "$file"
}

# revision N: prints the path of bench-out/catalog-N.rev.csv, the csv catalog of N items revised by
# bench/mutate.py (about 3 % of the items changed), generating both when needed.
revision() {
    local n=$1 old new
    old=$(catalog "$n" csv) || return 1
    new=$OUT/catalog-$n.rev.csv
    if [[ ! -s $new || $old -nt $new || bench/mutate.py -nt $new ]]; then
        python3 bench/mutate.py "$old" "$new" --expect "$OUT/catalog-$n.rev.json" || {
            say "bench: writing $new failed"
            return 1
        }
    fi
    echo "$new"
}

# venv_tool NAME PACKAGE: makes bench-out/venv (once) and pip-installs PACKAGE into it when NAME is
# not there yet. Returns non-zero, with pip's last words on stderr, when it cannot be installed.
venv_tool() {
    local name=$1 package=$2
    if [[ ! -x $VENV/bin/python ]]; then
        say "bench: creating $VENV"
        python3 -m venv "$VENV" >&2 || return 1
    fi
    if [[ ! -x $VENV/bin/$name ]]; then
        say "bench: pip install $package (into $VENV)"
        "$VENV/bin/pip" install --quiet "$package" >"$SCRATCH/pip.log" 2>&1 || {
            tail -n 5 "$SCRATCH/pip.log" >&2
            return 1
        }
    fi
}

# node_tool NAME PACKAGE: npm-installs PACKAGE into bench-out/node_modules when NAME is not there.
node_tool() {
    local name=$1 package=$2
    command -v npm >/dev/null || { say "bench: npm is missing (Debian package npm)"; return 1; }
    if [[ ! -x $OUT/node_modules/.bin/$name ]]; then
        say "bench: npm install $package (into $OUT/node_modules)"
        npm install --prefix "$OUT" --no-audit --no-fund --silent "$package" >"$SCRATCH/npm.log" 2>&1 || {
            tail -n 5 "$SCRATCH/npm.log" >&2
            return 1
        }
    fi
}

# measure OK_CODES CMD… : runs CMD $RUNS times (MEASURE_RUNS overrides it for one call), stdout kept
# in $SCRATCH/stdout and stderr in $SCRATCH/stderr. Sets BEST_S (best wall time, seconds), PEAK_KB
# (largest peak RSS over the runs) and STATUS (ok, "timeout", or "exit N"). MEASURE_TIMEOUT (seconds)
# stops a run that takes longer. A failure is shown on stderr; the caller decides what it means.
# shellcheck disable=SC2034 # BEST_S, PEAK_KB and STATUS are the caller's
measure() {
    local ok=",$1,"; shift
    local runs=${MEASURE_RUNS:-$RUNS}
    local i start end code wall rss t
    local limit=()
    [[ -n ${MEASURE_TIMEOUT:-} ]] && limit=(timeout --kill-after=10 "$MEASURE_TIMEOUT")
    BEST_S="" PEAK_KB=0 STATUS=ok
    for ((i = 0; i < runs; i++)); do
        start=${EPOCHREALTIME:-}
        code=0
        "${limit[@]}" /usr/bin/time -f '%e %M' -o "$SCRATCH/time" "$@" >"$SCRATCH/stdout" 2>"$SCRATCH/stderr" || code=$?
        end=${EPOCHREALTIME:-}
        if [[ $ok != *",$code,"* ]]; then
            if [[ ${#limit[@]} -gt 0 && ($code -eq 124 || $code -eq 137) ]]; then
                STATUS="timeout"
                say "bench: '$*' stopped after ${MEASURE_TIMEOUT} s"
            else
                STATUS="exit $code"
                say "bench: '$*' exited with $code:"
                grep -v '^Command exited with non-zero status' "$SCRATCH/stderr" | tail -n 12 | sed 's/^/    /' >&2
            fi
            return
        fi
        # time prepends "Command exited with non-zero status N" when the exit code is not 0.
        read -r t rss < <(tail -n 1 "$SCRATCH/time")
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
kb_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
