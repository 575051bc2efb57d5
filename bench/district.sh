#!/usr/bin/env bash
# svcat district against svcat check on the same items (issue 20): a generated district of
# TOWNS towns × ITEMS items each (bench/gen_catalog.py, the rows split in order, one csv and a
# catalog.toml per town), and the same rows as one catalog (one directory holding the towns' csv
# files). Target: district ≤ 2× check. Best of RUNS runs each.
#
#   cargo build --release && bash bench/district.sh
#
# Environment: TOWNS (default 30), ITEMS (default 300), RUNS (default 3), SVCAT (default
# target/release/svcat). Generated files are cached in bench-out/district-TOWNSxITEMS/.
# It reports and does not gate: a missed target prints FAIL and the script still exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
TOWNS=${TOWNS:-30}
ITEMS=${ITEMS:-300}
RUNS=${RUNS:-3}
SVCAT=${SVCAT:-target/release/svcat}
N=$((TOWNS * ITEMS))
OUT=bench-out/district-${TOWNS}x${ITEMS}
mkdir -p bench-out
if [ ! -f "bench-out/catalog-$N.csv" ] || [ bench/gen_catalog.py -nt "bench-out/catalog-$N.csv" ]; then
  python3 bench/gen_catalog.py "$N" "bench-out/catalog-$N.csv" >/dev/null
fi
if [ ! -d "$OUT" ] || [ "bench-out/catalog-$N.csv" -nt "$OUT" ]; then
  rm -rf "$OUT"
  python3 - "$N" "$TOWNS" "$ITEMS" "$OUT" <<'PY'
import sys, pathlib
n, towns, items, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), pathlib.Path(sys.argv[4])
lines = pathlib.Path(f"bench-out/catalog-{n}.csv").read_bytes().split(b"\r\n")
header, rows = lines[0], [l for l in lines[1:] if l]
whole = out / "one-catalog"
whole.mkdir(parents=True)
for t in range(towns):
    town = out / "district" / f"town{t + 1:02d}"
    town.mkdir(parents=True)
    body = b"\r\n".join([header] + rows[t * items:(t + 1) * items]) + b"\r\n"
    (town / "事项.csv").write_bytes(body)
    (town / "catalog.toml").write_text(f'region = "第{t + 1}镇"\nlevel = "镇级"\n', encoding="utf-8")
    (whole / f"town{t + 1:02d}.csv").write_bytes(body)
PY
fi

best() {
  local best=""
  for _ in $(seq "$RUNS"); do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

check=$(best "$SVCAT" check -q "$OUT/one-catalog")
district=$(best "$SVCAT" district -q "$OUT/district")
district_json=$(best "$SVCAT" district -q "$OUT/district" --format json)
ratio=$(echo "scale=2; $district / $check" | bc)
verdict=$([ "$(echo "$ratio <= 2" | bc)" = 1 ] && echo PASS || echo FAIL)
printf '%s towns × %s items (%s items), best of %s, %s cores\n' "$TOWNS" "$ITEMS" "$N" "$RUNS" "$(nproc)"
printf '  svcat check (one catalog)   %6.2f s\n' "$check"
printf '  svcat district              %6.2f s\n' "$district"
printf '  svcat district --format json %5.2f s\n' "$district_json"
printf '  district / check            %6.2f×  (target ≤ 2×) %s\n' "$ratio" "$verdict"
