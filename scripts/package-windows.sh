#!/usr/bin/env bash
# Makes dist/svcat-windows-x86_64.zip for staff on Windows: svcat.exe (release build,
# cross-compiled for x86_64-pc-windows-gnu), README.md, whatever docs/ holds (the manual
# 使用手册.md and its HTML print when they exist) and the sample catalog catalogs/sample-town,
# all in one folder svcat/. The zip is deterministic: entries sorted by name, every date
# 2000-01-01 00:00 UTC, fixed permissions, no extra fields; the same sources give the same bytes.
# Nothing test-only goes in (no stand-in bcryptprimitives.dll: Windows 10 and later have the DLL).
#
# Needs: rustup's x86_64-pc-windows-gnu target, x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64),
# zip; .ci/run installs them. Prints the zip's path.
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
for tool in x86_64-w64-mingw32-gcc cargo zip; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (.ci/run installs it)"
done
rustup target list --installed 2>/dev/null | grep -qx "$target" ||
    fail "rustup target $target is missing (rustup target add $target)"

echo "package-windows: building svcat.exe (release)" >&2
CARGO_TARGET_DIR=$target_dir cargo build --quiet --locked --bin svcat --target "$target" --release
exe=$target_dir/$target/release/svcat.exe
[[ -f $exe ]] || fail "no $exe after the build"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top=$stage/svcat
mkdir -p "$top/catalogs"
cp "$exe" "$top/svcat.exe"
cp README.md "$top/README.md"
[[ -d docs ]] && cp -r docs "$top/docs"
cp -r catalogs/sample-town "$top/catalogs/sample-town"
# Nothing but regular files (a symlink in docs/ would be followed by cp -r into a copy anyway).
find "$top" -type f -exec chmod 0644 {} +
chmod 0755 "$top/svcat.exe"
find "$top" -exec env TZ=UTC touch -h -d '2000-01-01 00:00:00' {} +

mkdir -p "$dist"
rm -f "$dist/$zip_name"
# -X: no extra fields (uid/gid, extended timestamps); -D: no directory entries; names in byte
# order; TZ=UTC because zip stores local times.
(cd "$stage" && find svcat -type f | LC_ALL=C sort |
    TZ=UTC zip -X -D -q -9 "$dist/$zip_name.tmp" -@)
mv "$dist/$zip_name.tmp" "$dist/$zip_name"
echo "$dist/$zip_name"
