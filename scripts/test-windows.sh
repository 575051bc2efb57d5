#!/usr/bin/env bash
# The Windows build under Wine: svcat.exe (cross-compiled for x86_64-pc-windows-gnu) must write
# the sample town's JSON report and exported workbook byte for byte as the Linux build does, read
# a catalog from a folder whose name has Chinese characters and a space (GBK csv and Chinese file
# names included), and write fixed copies under Chinese names there.
#
# Needs: rustup's x86_64-pc-windows-gnu target, x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64),
# Wine (wine64); .ci/run installs them. tests/windows.rs runs this script.
#
# Environment:
#   SVCAT_LINUX_BIN    the Linux svcat to compare with (default: built with cargo, debug)
#   SVCAT_WIN_PROFILE  cargo profile of the exe (default: release, the build
#                      scripts/package-windows.sh ships, so CI builds it once for both)
#   SVCAT_WIN_TARGET_DIR  cargo target directory of the Windows build (default: target-win, kept
#                      apart so it never invalidates the Linux build's)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

target=x86_64-pc-windows-gnu
profile=${SVCAT_WIN_PROFILE:-release}
target_dir=${SVCAT_WIN_TARGET_DIR:-$root/target-win}

fail() {
    echo "test-windows: $*" >&2
    exit 1
}

for tool in x86_64-w64-mingw32-gcc cargo; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool is missing (install gcc-mingw-w64-x86-64; .ci/run does)"
done
rustup target list --installed 2>/dev/null | grep -x "$target" >/dev/null ||
    fail "rustup target $target is missing (rustup target add $target)"
# Debian's wine64 package installs the loader outside PATH; the wine package adds /usr/bin/wine.
wine=""
for candidate in wine64 /usr/lib/wine/wine64 wine; do
    if command -v "$candidate" >/dev/null 2>&1; then
        wine=$(command -v "$candidate")
        break
    fi
done
[[ -n $wine ]] || fail "Wine is missing (install wine64; .ci/run does)"
wineserver=""
for candidate in wineserver64 /usr/lib/wine/wineserver64 wineserver; do
    if command -v "$candidate" >/dev/null 2>&1; then
        wineserver=$(command -v "$candidate")
        break
    fi
done

# Cargo rebuilds only what changed, so a stale exe is never tested.
echo "test-windows: building svcat.exe ($profile profile)" >&2
CARGO_TARGET_DIR=$target_dir cargo build --quiet --locked --bin svcat \
    --target "$target" --profile "$profile"
exe_dir=$target_dir/$target/$([[ $profile == dev ]] && echo debug || echo "$profile")
exe=$exe_dir/svcat.exe
[[ -f $exe ]] || fail "no $exe after the build"

linux=${SVCAT_LINUX_BIN:-}
if [[ -z $linux ]]; then
    cargo build --quiet --locked --bin svcat
    linux=${CARGO_TARGET_DIR:-$root/target}/debug/svcat
fi
[[ -x $linux ]] || fail "no Linux binary at $linux"
linux=$(realpath "$linux") # the comparison runs in a directory of its own

work=$(mktemp -d)
export WINEPREFIX=$target_dir/wine-prefix
# No Wine debug chatter, no offer to install Mono or Gecko (svcat needs neither).
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
    [[ -n $wineserver ]] && "$wineserver" -k >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# The exe runs from a folder of its own, where the stand-in DLL may go.
mkdir -p "$work/bin"
cp "$exe" "$work/bin/svcat.exe"
run_exe() { "$wine" "$work/bin/svcat.exe" "$@"; }

if [[ ! -d $WINEPREFIX ]]; then
    echo "test-windows: creating the Wine prefix $WINEPREFIX" >&2
    "$wine" wineboot --init >/dev/null 2>&1 || true
fi
# wineboot returns before the prefix is ready: a program started meanwhile can fail to start (seen
# on a clean CI machine). Wait for the Wine server to finish first.
[[ -n $wineserver ]] && "$wineserver" -w >/dev/null 2>&1 || true

# Starts svcat.exe --version, up to three times (a fresh prefix can still refuse the first start).
probe() {
    local attempt
    for attempt in 1 2 3; do
        if version=$(run_exe --version 2>"$work/wine-stderr"); then
            return 0
        fi
        [[ -n $wineserver ]] && "$wineserver" -w >/dev/null 2>&1 || true
        sleep 2
    done
    return 1
}

# Rust 1.78+ programs need ProcessPrng from bcryptprimitives.dll, which Wine before 9 lacks
# (Debian 12 has Wine 8). When the exe cannot start, a stand-in forwarding to RtlGenRandom goes
# beside it, for this test only (never into the zip). Wine also looks for DLLs in the current
# directory: the probe runs from the repository, which has none.
if ! probe; then
    echo "test-windows: svcat.exe does not start under $("$wine" --version 2>/dev/null || echo Wine);" \
        "adding the stand-in bcryptprimitives.dll" >&2
    x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$work/bin/bcryptprimitives.dll" \
        scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def -ladvapi32
    probe || {
        cat "$work/wine-stderr" >&2
        fail "svcat.exe does not start under Wine even with the stand-in DLL"
    }
else
    echo "test-windows: svcat.exe starts under this Wine without the stand-in DLL" >&2
fi
version=${version%$'\r'}
[[ $version == "$("$linux" --version)" ]] ||
    fail "versions differ: svcat.exe says '$version', Linux '$("$linux" --version)'"

# The sample in a folder with Chinese characters and a space; relative paths, so both builds are
# given (and print) the same ones. Outputs go to files: the console's code page never touches them.
sample="样例 青石镇"
cp -r catalogs/sample-town "$work/$sample"
mkdir "$work/linux" "$work/windows"
cd "$work"

failed=0
same() {
    local what=$1 linux_out=$2 windows_out=$3
    if [[ ! -f $windows_out ]]; then
        echo "test-windows: FAIL $what: svcat.exe wrote no $windows_out" >&2
        failed=1
    elif cmp -s "$linux_out" "$windows_out"; then
        echo "test-windows: ok   $what: byte-identical ($(wc -c <"$linux_out") bytes)" >&2
    else
        echo "test-windows: FAIL $what: $linux_out and $windows_out differ" >&2
        diff <(od -c "$linux_out") <(od -c "$windows_out") | head -20 >&2 || true
        failed=1
    fi
}
status() {
    local what=$1 linux_code=$2 windows_code=$3
    if [[ $linux_code != "$windows_code" ]]; then
        echo "test-windows: FAIL $what: exit $windows_code under Wine, $linux_code on Linux" >&2
        failed=1
    fi
}

# 1. The check report (report/1), exit code included: the sample has planted errors, so 1.
set +e
"$linux" check "$sample" --format json -q -o linux/report.json
linux_code=$?
run_exe check "$sample" --format json -q -o windows/report.json 2>windows/check.stderr
windows_code=$?
set -e
status "check" "$linux_code" "$windows_code"
same "check --format json" linux/report.json windows/report.json

# 2. The same report for files named one by one, with / and with \ between folder and file: the
# report names each file as given, with / always, so it reads the same on every system.
set +e
"$linux" check "$sample/01民政办.xlsx" "$sample/02社会保障服务中心.csv" --format json -q \
    -o linux/files.json
linux_code=$?
run_exe check "$sample/01民政办.xlsx" "$sample\\02社会保障服务中心.csv" --format json -q \
    -o windows/files.json 2>windows/files.stderr
windows_code=$?
set -e
status "check of two files" "$linux_code" "$windows_code"
same "check of two files (a GBK csv among them)" linux/files.json windows/files.json

# 3. The exported standard catalog workbook.
"$linux" export "$sample" -q -o linux/目录.xlsx
run_exe export "$sample" -q -o "windows/目录.xlsx" 2>windows/export.stderr ||
    { cat windows/export.stderr >&2; fail "svcat.exe export failed"; }
same "export (xlsx)" linux/目录.xlsx windows/目录.xlsx

# 4. The annotated workbook (the department's sheets copied, findings as comments).
set +e
"$linux" check "$sample" -q --annotate linux/批注.xlsx >/dev/null
linux_code=$?
run_exe check "$sample" -q --annotate windows/批注.xlsx >/dev/null 2>windows/annotate.stderr
windows_code=$?
set -e
status "check --annotate" "$linux_code" "$windows_code"
same "check --annotate (xlsx)" linux/批注.xlsx windows/批注.xlsx

# 5. Fixed copies keep their Chinese file names (and contents) in a folder with a space.
"$linux" fix "$sample" -q -o "linux/修正 后" >/dev/null 2>linux/fix.stderr
run_exe fix "$sample" -q -o "windows/修正 后" >/dev/null 2>windows/fix.stderr ||
    { cat windows/fix.stderr >&2; fail "svcat.exe fix failed"; }
linux_names=$(cd "linux/修正 后" && ls)
windows_names=$(cd "windows/修正 后" && ls)
if [[ $linux_names != "$windows_names" ]]; then
    echo "test-windows: FAIL fix: svcat.exe wrote [$windows_names], Linux [$linux_names]" >&2
    failed=1
fi
for name in $linux_names; do
    # Workbooks carry no timestamps; every fixed copy is byte-identical too.
    same "fix copy $name" "linux/修正 后/$name" "windows/修正 后/$name"
done

# 6. A double-click in Explorer starts svcat.exe with no arguments: the page starts (the browser
#    cannot open under Wine; svcat says so and keeps serving), and the window says how to stop it.
"$wine" "$work/bin/svcat.exe" >windows/double-click.out 2>windows/double-click.err </dev/null &
clicked=$!
url=""
for _ in $(seq 1 120); do
    url=$(sed -n 's/^svcat 已启动：\(http:[^ ]*\).*/\1/p' windows/double-click.out | tr -d '\r')
    [[ -n $url ]] && break
    sleep 0.5
done
if [[ -z $url ]]; then
    echo "test-windows: FAIL double-click: no address line" >&2
    cat windows/double-click.out windows/double-click.err >&2
    failed=1
elif ! grep -q "即可停止 svcat" windows/double-click.out; then
    echo "test-windows: FAIL double-click: the window does not say how to stop svcat" >&2
    failed=1
elif ! python3 -c 'import sys, urllib.request; page = urllib.request.urlopen(sys.argv[1], timeout=30).read().decode(); sys.exit(0 if "政务服务事项目录检查" in page else 1)' "$url"; then
    echo "test-windows: FAIL double-click: $url does not answer with the page" >&2
    failed=1
fi
kill "$clicked" 2>/dev/null || true
wait "$clicked" 2>/dev/null || true

((failed == 0)) || fail "svcat.exe differs from the Linux build (see above)"
echo "test-windows: svcat.exe under Wine matches the Linux build" >&2
