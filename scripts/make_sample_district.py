#!/usr/bin/env python3
"""Writes catalogs/sample-district/: a district of four towns built from the sample town, for
`svcat district` (issue 20).

Every town is the sample town (read through `svcat export --to csv`, one csv per department) with
what towns may write differently changed — its name, departments' names, implementing bodies and
their codes, windows, hours and phones, its own name in the process text — and a few planted
differences, each listed in catalogs/sample-district/README.md (tests/district.rs checks them all).
The county catalog (catalogs/sample-county) is copied into 县级目录/, which district.toml names as
`upper` (the directory `upper` names is never taken for a town). Deterministic: the same bytes every
time.

Usage: python3 scripts/make_sample_district.py [path/to/svcat]
"""

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "catalogs" / "sample-district"
SOURCE_TOWN = "青石镇"

# Directory -> (region, phone prefix, hours or None, implementing body's prefix)
TOWNS = {
    "qingshi": ("青石镇", "0531-881", None, "青石镇"),
    "baima": ("白马镇", "0531-882", None, "白马镇"),
    "longquan": ("龙泉街道", "0531-883", "工作日上午8:30-12:00，下午14:00-17:30", "龙泉街道"),
    "liuhe": ("柳河乡", "0531-884", "周一至周五9:00-17:00（节假日除外）", "柳河乡"),
}

# The planted differences (README.md lists them; tests/district.rs checks each).
LIMIT = ("baima", "370116001000", "30个工作日")  # 法定办结时限: 白马镇 alone
EXTRA_MATERIAL = ("longquan", "370516010000", "土地承包合同或流转合同（复印件，1份）")  # 申请材料
HANDLING = ("liuhe", "372016008000", "承诺件")  # 办件类型: 柳河乡 alone (the others 即办件)
FEE = (("longquan", "liuhe"), "370119002000", "是")  # 是否收费: two towns against two
BASIS = ("liuhe", "370511001000", "《山东省最低生活保障办法》第八条")  # 设定依据, also ≠ county
UNCLAIMED = ("qingshi", ("370117001000", "370117002000"))  # 青石镇 leaves out two county items
NEW_ITEM = ("baima", "372016013000", "高素质农民培育报名")  # 白马镇 alone, the county lacks it

# Written differently but the same (must not be reported).
SPACED_BASIS = ("baima", "370516003000")  # spaces and ASCII semicolons in the legal basis
REORDERED = ("liuhe", "370116001000")  # materials in another order
SPACED_LIMIT = ("longquan", "370516003000")  # "20 个工作日"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17: str) -> str:
    """A 统一社会信用代码 with its check character (GB 32100-2015)."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARS[(31 - total % 31) % 31]


ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(first8: str) -> str:
    """The 组织机构代码 check character (GB 11714) of its first 8 characters."""
    total = sum((int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w for c, w in zip(first8, ORG_WEIGHTS))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def town_code(code: str, n: int) -> str:
    """The town's own implementing body for the sample town's: the organisation code's last
    digit moved by n, both check characters recomputed (a valid code, as a real one is)."""
    if len(code) != 18 or not code[15].isdigit():
        return code
    org = code[8:15] + str((int(code[15]) + n) % 10)
    return uscc(code[:8] + org + org_check(org))


def main() -> None:
    svcat = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "debug" / "svcat")
    exported = subprocess.run(
        [svcat, "export", "-q", str(ROOT / "catalogs" / "sample-town"), "--to", "csv"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(exported))
    header = next(reader)
    base = list(reader)
    col = {h: i for i, h in enumerate(header)}

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for n, (directory, (region, phone, hours, body)) in enumerate(TOWNS.items()):
        rows = []
        for source in base:
            row = list(source)
            basic = row[col["基本编码"]]
            if directory == UNCLAIMED[0] and basic in UNCLAIMED[1]:
                continue
            for name in ("实施部门", "办理流程", "办理地点", "受理条件"):
                row[col[name]] = row[col[name]].replace(SOURCE_TOWN, body)
            # A town's own phones, hours and implementing bodies (with their codes).
            for name in ("咨询电话", "监督投诉电话"):
                if row[col[name]].startswith("0531-881"):
                    row[col[name]] = phone + row[col[name]][len("0531-881"):]
            if hours and row[col["办理时间"]]:
                row[col["办理时间"]] = hours
            old = row[col["实施主体编码"]]
            new = town_code(old, n) if n else old
            row[col["实施主体编码"]] = new
            if n and old and row[col["事项编码"]].startswith(old):
                row[col["事项编码"]] = new + row[col["事项编码"]][len(old):]
            plant(directory, basic, row, col)
            rows.append(row)
        if directory == NEW_ITEM[0]:
            rows.append(new_item(rows, col, body))
        write_town(OUT / directory, header, rows, col, region)
    county = OUT / "县级目录"
    county.mkdir()
    for name in ("catalog.toml", "区级事项目录.csv"):
        shutil.copyfile(ROOT / "catalogs" / "sample-county" / name, county / name)
    (OUT / "district.toml").write_text(
        "# 示例区县：四个镇（街道）的目录，上级目录在 县级目录/ 中（它不算一个镇）。\n"
        'name = "历城区"\n'
        'upper = "县级目录"\n'
        "\n"
        "[targets]\n"
        '"即办件比例" = 0.31\n'
        '"要素完整度" = 0.9\n'
        '"一窗通办比例" = 0.5\n',
        encoding="utf-8",
    )
    print(f"{len(TOWNS)} towns -> {OUT}")


def plant(directory: str, basic: str, row: list, col: dict) -> None:
    if (directory, basic) == LIMIT[:2]:
        row[col["法定办结时限"]] = LIMIT[2]
    if (directory, basic) == EXTRA_MATERIAL[:2]:
        materials = row[col["申请材料"]].split("\n")
        materials.append(f"{len(materials) + 1}.{EXTRA_MATERIAL[2]}")
        row[col["申请材料"]] = "\n".join(materials)
    if (directory, basic) == HANDLING[:2]:
        row[col["办件类型"]] = HANDLING[2]
    if directory in FEE[0] and basic == FEE[1]:
        row[col["是否收费"]] = FEE[2]
    if (directory, basic) == BASIS[:2]:
        row[col["设定依据"]] = BASIS[2]
    if (directory, basic) == SPACED_BASIS:
        row[col["设定依据"]] = row[col["设定依据"]].replace("；", " ; ").replace("》", "》 ")
    if (directory, basic) == REORDERED:
        materials = [m.split(".", 1)[1] for m in row[col["申请材料"]].split("\n")]
        row[col["申请材料"]] = "\n".join(
            f"{i + 1}.{m}" for i, m in enumerate(reversed(materials))
        )
    if (directory, basic) == SPACED_LIMIT:
        row[col["法定办结时限"]] = row[col["法定办结时限"]].replace("个", " 个")


def new_item(rows: list, col: dict, body: str) -> list:
    """An item of the 农业农村办 only this town lists, copied from its neighbour in the sheet."""
    like = next(r for r in rows if r[col["基本编码"]] == "372016012000")
    row = list(like)
    row[col["序号"]] = str(len(rows) + 1)
    row[col["基本编码"]] = NEW_ITEM[1]
    row[col["事项名称"]] = NEW_ITEM[2]
    code = row[col["事项编码"]]
    if len(code) == 31:
        row[col["事项编码"]] = code[:19] + NEW_ITEM[1]
    row[col["受理条件"]] = f"本{body[-1]}从事农业生产经营、有意参加培训的农民。"
    return row


def write_town(directory: Path, header: list, rows: list, col: dict, region: str) -> None:
    """One csv per department (in the order the sample town lists them), and catalog.toml."""
    directory.mkdir()
    departments: dict = {}
    for row in rows:
        departments.setdefault(row[col["实施部门"]] or "未写部门", []).append(row)
    for n, (department, dept_rows) in enumerate(departments.items()):
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(dept_rows)
        name = f"{n + 1:02d}{department}.csv"
        (directory / name).write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    (directory / "catalog.toml").write_text(
        f'region = "{region}"\n'
        'level = "镇级"\n'
        'version = "2022-06"\n'
        'date = "2022-06-30"\n'
        'schema = "township"\n'
        "max_visits = 1\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
