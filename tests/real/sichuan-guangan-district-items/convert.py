"""Convert bszl-data.js (a JS file holding one JSON array) into guangan_items.csv.

One row per item (sub_items entry). Columns are the source's own JSON keys
(department, main_item, name, link) plus the four query parameters of `link`
under their own parameter names (itemCode, taskType, deptCode, areaCode).
Values are copied unchanged. The `qrcode` key is dropped: it is "" in all 1,135 items.

Usage: python3 convert.py bszl-data.js guangan_items.csv
"""
import csv
import json
import sys
from urllib.parse import parse_qs, urlparse

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
data = json.loads(text[text.index("["): text.rindex("]") + 1])

# Chinese headers so the national schema reads the columns: the source keys are department,
# main_item, name, itemCode, taskType, deptCode, areaCode, link (in this order).
cols = ["实施部门", "主项", "事项名称", "事项编码", "事项类型", "部门编码", "区划代码", "链接"]
with open(dst, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    n = 0
    for dept in data:
        for main in dept["items"]:
            for it in main["sub_items"]:
                assert it.get("qrcode", "") == ""
                q = parse_qs(urlparse(it["link"]).query, keep_blank_values=True)
                w.writerow([dept["department"], main["main_item"], it["name"],
                            q["itemCode"][0], q["taskType"][0], q["deptCode"][0],
                            q["areaCode"][0], it["link"]])
                n += 1
print(n, "rows")
