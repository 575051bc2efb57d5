"""Convert government_data.json (a JSON array of objects) into liaoning_powers.csv.

One row per object; the columns are the object's own keys in their own order
(授权部门, 职权编码, 事项名称, 事项类型, 依据, 实施层级). Values are written as the JSON
decodes them, unchanged (the line breaks inside 依据, including its \r\n, stay as they are).

Usage: python3 convert.py government_data.json liaoning_powers.csv
"""
import csv
import json
import sys

src, dst = sys.argv[1], sys.argv[2]
data = json.load(open(src, encoding="utf-8"))
cols = list(data[0].keys())
assert all(list(d.keys()) == cols for d in data)
with open(dst, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for d in data:
        w.writerow([d[c] for c in cols])
print(len(data), "rows")
