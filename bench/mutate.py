#!/usr/bin/env python3
"""Diff benchmark: a second revision of a generated catalog, with about 3 % of the items changed.

    python3 bench/mutate.py OLD.csv NEW.csv [--seed N]

Reads a catalog written by bench/gen_catalog.py (csv) row by row and writes the revision the way a
township would hand in its next catalog (动态调整). With the default rates, per 1000 items:

    10  materials dropped     one numbered material removed from 申请材料, the rest renumbered (减材料)
     8  limits changed        承诺办结时限 shortened (4 in 5) or lengthened; 即办件: 法定办结时限 changed
     3  visits changed        到办事现场次数 lowered by one; if already 0, 网上办理深度 raised to 全程网办, or
                              else the item made an 即办件 (if it is one already, nothing changes)
     4  removed               the row is left out
     4  added                 a new item (new name, new code 39…) after the current row
     2  recoded              事项编码 37… → 38…, name and department unchanged

Recodes are only made in 青石镇便民服务中心 and removals only in the other departments: the generated
names repeat (40 subjects × 18 actions per department), and svcat recognises a recode by name and
department, so a removal of a same-named item in the same department would otherwise be paired with
the recode. 序号 is left as it was (added rows are numbered from 10000001 on), so tools that compare
rows do not see every row after a removal as changed.

Deterministic (fixed seed) and streaming (constant memory); the file is written under a temporary
name and renamed. Prints the counts to stderr and, with --expect FILE, writes them as JSON.
"""

import argparse
import csv
import json
import os
import random
import re
import sys
import time

SEED = 20241124
RECODE_DEPARTMENT = "青石镇便民服务中心"

RATES = {
    "materials": 0.010,
    "limits": 0.008,
    "visits": 0.003,
    "removed": 0.004,
    "added": 0.004,
    "recoded": 0.002,
}

NEW_SUBJECTS = [
    "新生儿出生“一件事”", "个体工商户开业“一件事”", "退休“一件事”", "残疾人服务“一件事”",
    "军人退役“一件事”", "身后“一件事”", "农房建设“一件事”", "困难群众救助“一件事”",
]

MATERIAL_NUMBER = re.compile(r"^\d+\.")
DAYS = re.compile(r"^(\d+)个工作日$")


def drop_material(text: str, rng: random.Random) -> str | None:
    body = text[:-1] if text.endswith("。") else text
    parts = body.split("；")
    if len(parts) < 2:
        return None
    del parts[rng.randrange(len(parts))]
    parts = [MATERIAL_NUMBER.sub(f"{k}.", p, count=1) for k, p in enumerate(parts, 1)]
    return "；".join(parts) + "。"


def main() -> int:
    parser = argparse.ArgumentParser(description="Writes a revised copy of a generated catalog.")
    parser.add_argument("old", help="catalog csv from bench/gen_catalog.py")
    parser.add_argument("new", help="revision to write (csv)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--expect", help="also write the change counts to this JSON file")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    counts = {k: 0 for k in RATES}
    start = time.perf_counter()
    tmp = f"{args.new}.{os.getpid()}.tmp"
    try:
        with open(args.old, encoding="utf-8", newline="") as src, open(
            tmp, "w", encoding="utf-8", newline=""
        ) as dst:
            reader = csv.reader(src)
            writer = csv.writer(dst, lineterminator="\r\n")
            header = next(reader)
            col = {name: i for i, name in enumerate(header)}
            c_no, c_name, c_code = col["序号"], col["事项名称"], col["事项编码"]
            c_dept, c_mat = col["实施部门"], col["申请材料"]
            c_legal, c_promised, c_handling = col["法定办结时限"], col["承诺办结时限"], col["办件类型"]
            c_visits, c_depth = col["到办事现场次数"], col["网上办理深度"]
            writer.writerow(header)
            rows = 0
            added = 0
            # Removals skip one department (the recoded one), recodes happen only there: scale
            # both so that their shares of all rows stay at RATES.
            remove_rate = RATES["removed"] * 9 / 8
            recode_rate = RATES["recoded"] * 9
            for row in reader:
                rows += 1
                recode_dept = row[c_dept] == RECODE_DEPARTMENT
                r = rng.random()
                if not recode_dept and r < remove_rate:
                    counts["removed"] += 1
                    continue
                if recode_dept and rng.random() < recode_rate:
                    row[c_code] = "38" + row[c_code][2:]
                    counts["recoded"] += 1
                elif (r := rng.random()) < (edge := RATES["materials"]):
                    dropped = drop_material(row[c_mat], rng)
                    if dropped is not None:
                        row[c_mat] = dropped
                        counts["materials"] += 1
                elif r < (edge := edge + RATES["limits"]):
                    m = DAYS.match(row[c_promised])
                    if row[c_handling] == "承诺件" and m and int(m[1]) > 1:
                        days = int(m[1])
                        if rng.random() < 0.8:
                            days -= rng.randint(1, days - 1)
                        else:
                            days += rng.randint(1, 5)
                        row[c_promised] = f"{days}个工作日"
                    else:
                        legal = row[c_legal]
                        row[c_legal] = rng.choice(
                            [d for d in ("5个工作日", "10个工作日", "15个工作日") if d != legal]
                        )
                    counts["limits"] += 1
                elif r < (edge := edge + RATES["visits"]):
                    visits = int(row[c_visits])
                    if visits > 0:
                        row[c_visits] = str(visits - 1)
                        counts["visits"] += 1
                    elif row[c_depth] not in ("全程网办", "四级"):
                        row[c_depth] = "全程网办"
                        counts["visits"] += 1
                    elif row[c_handling] != "即办件":
                        row[c_handling] = "即办件"
                        row[c_promised] = "即时办结"
                        counts["visits"] += 1
                writer.writerow(row)

                if rng.random() < RATES["added"]:
                    added += 1
                    new = list(row)
                    new[c_no] = str(10_000_000 + added)
                    new[c_name] = f"{rng.choice(NEW_SUBJECTS)}集成办理{added}"
                    new[c_code] = f"39{added:010d}"
                    writer.writerow(new)
                    counts["added"] += 1
        os.replace(tmp, args.new)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)

    changed = sum(counts.values())
    counts_line = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(
        f"mutate: {args.new}: {rows} items read, {changed} changes ({changed / max(rows, 1):.1%}): "
        f"{counts_line}; in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    if args.expect:
        with open(args.expect, "w", encoding="utf-8") as f:
            json.dump({"items": rows, **counts}, f, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
