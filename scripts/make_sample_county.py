#!/usr/bin/env python3
"""Writes catalogs/sample-county/: the county (区) catalog the sample town claims its items from,
so that `svcat check catalogs/sample-town --against catalogs/sample-county` can be tried.

The county lists the town's items by 基本编码 with the elements fixed at the upper level (name,
type, legal basis, legal time limit), as the town should have copied them, except for a few planted
differences, each one U rule's finding (see catalogs/sample-county/README.md). Deterministic: it
reads the town through `svcat import` and writes the same bytes every time.

Usage: python3 scripts/make_sample_county.py [path/to/svcat]
"""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "catalogs" / "sample-county"

# 基本编码 -> the planted difference.
NOT_LISTED = "372011007000"  # 婚姻登记咨询预约: the town lists it, the county does not (U001)
RENAMED = ("370511005000", "高龄津贴发放")  # the county's name differs (U002)
RETYPED = ("370511010000", "行政确认")  # the county's type differs (U003)
REBASED = ("370511004000", "《残疾人保障法》；《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）")  # U004
RELIMITED = ("370511009000", "15个工作日")  # the county's legal limit is shorter than the town's (U005)


def main() -> None:
    svcat = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "release" / "svcat")
    town = json.loads(
        subprocess.run(
            [svcat, "import", str(ROOT / "catalogs" / "sample-town")],
            check=True,
            capture_output=True,
        ).stdout
    )
    rows = []
    for item in town["items"]:
        # The town writes 基本编码 in a column of its own, or only as the last 12 characters of a
        # 31-character 实施编码, or as the item's code.
        basic = item.get("basic_code")
        code = item.get("code", "")
        if not basic and len(code) in (12, 31):
            basic = code[-12:].upper()
        if not basic or basic == NOT_LISTED:
            continue
        limit = item.get("legal_limit")
        limit_text = ""
        if limit:
            limit_text = "即办" if limit["unit"] == "即办" else f"{limit['value']}个{limit['unit']}"
        name, kind, basis = item.get("name", ""), item.get("kind", ""), item.get("legal_basis", "")
        if basic == RENAMED[0]:
            name = RENAMED[1]
        if basic == RETYPED[0]:
            kind = RETYPED[1]
        if basic == REBASED[0]:
            basis = REBASED[1]
        if basic == RELIMITED[0]:
            limit_text = RELIMITED[1]
        rows.append([basic, name, kind, basis, limit_text, item.get("department", "")])
    rows.sort()
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["基本编码", "事项名称", "事项类型", "设定依据", "法定办结时限", "对口部门"])
    writer.writerows(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "区级事项目录.csv").write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    (OUT / "catalog.toml").write_text(
        'region = "历城区"\nlevel = "县级"\nversion = "2022-05"\nschema = "national"\nkind = "目录"\n',
        encoding="utf-8",
    )
    print(f"{len(rows)} items -> {OUT}")


if __name__ == "__main__":
    main()
