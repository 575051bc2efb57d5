#!/usr/bin/env bash
# Makes dist/svcat-windows-x86_64.zip for staff on Windows: svcat.exe (release build,
# cross-compiled for x86_64-pc-windows-gnu), README.md, whatever docs/ holds (the manual
# 使用手册.md and its HTML print when they exist) and the sample catalog catalogs/sample-town,
# all in one folder svcat/. The zip is deterministic: entries sorted by name, every date
# 2000-01-01 00:00, fixed permissions, no extra fields, names marked UTF-8; the same sources give
# the same bytes.
# Nothing test-only goes in (no stand-in bcryptprimitives.dll: Windows 10 and later have the DLL).
#
# Needs: rustup's x86_64-pc-windows-gnu target, x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64),
# python3 (its zipfile writes the zip); .ci/run installs them. Prints the zip's path.
#
# Environment:
#   SVCAT_WIN_TARGET_DIR  cargo target directory of the Windows build (default: target-win)
#   SVCAT_DIST            where the zip goes (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

target=x86_64-pc-windows-gnu
target_dir=${SVCAT_WIN_TARGET_DIR:-$root/target-win}
dist=${SVCAT_DIST:-$root/dist}
zip_name=svcat-windows-x86_64.zip

fail() {
    echo "package-windows: $*" >&2
    exit 1
}
for tool in x86_64-w64-mingw32-gcc x86_64-w64-mingw32-strip cargo python3; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (.ci/run installs it)"
done
rustup target list --installed 2>/dev/null | grep -x "$target" >/dev/null ||
    fail "rustup target $target is missing (rustup target add $target)"

echo "package-windows: building svcat.exe (release)" >&2
CARGO_TARGET_DIR=$target_dir cargo build --quiet --locked --bin svcat --target "$target" --release
exe=$target_dir/$target/release/svcat.exe
[[ -f $exe ]] || fail "no $exe after the build"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top=$stage/svcat
mkdir -p "$top/catalogs"
# Without its symbol table (25 MB become 19; panic messages still name the file and line). The
# linker and strip stamp the exe's header with the time; binutils takes SOURCE_DATE_EPOCH instead,
# the same 2000-01-01 as the zip's dates, so the same build gives the same bytes.
SOURCE_DATE_EPOCH=946684800 x86_64-w64-mingw32-strip -o "$top/svcat.exe" "$exe"
cp README.md "$top/README.md"
[[ -d docs ]] && cp -r docs "$top/docs"
cp -r catalogs/sample-town "$top/catalogs/sample-town"
mkdir -p "$dist"
# Python's zipfile rather than Info-ZIP's zip: it marks non-ASCII names as UTF-8 (flag bit 11),
# which Windows' own "Extract All" needs to show 01民政办.xlsx rather than mojibake, and Info-ZIP
# does not set it. Entries in byte order of their names, each dated 2000-01-01 00:00, mode 0644
# (the exe 0755), no directory entries and no extra fields.
python3 - "$stage" "$dist/$zip_name.tmp" <<'PY'
import os, sys, zipfile

stage, out = sys.argv[1], sys.argv[2]
paths = []
for folder, dirs, files in os.walk(stage):
    for name in files:
        path = os.path.join(folder, name)
        if not os.path.islink(path):
            paths.append(os.path.relpath(path, stage).replace(os.sep, "/"))
paths.sort(key=lambda p: p.encode("utf-8"))
with zipfile.ZipFile(out, "w") as archive:
    for name in paths:
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.create_system = 3
        mode = 0o755 if name.endswith(".exe") else 0o644
        info.external_attr = (0o100000 | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(stage, name), "rb") as f:
            archive.writestr(info, f.read(), compresslevel=9)
PY
mv "$dist/$zip_name.tmp" "$dist/$zip_name"
echo "$dist/$zip_name"
