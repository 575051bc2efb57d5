#!/usr/bin/env python3
"""Builds catalogs/sample-town-2023: the next revision of catalogs/sample-town, for `svcat diff`.

The 2023 revision is the 2022 catalog with the kind of changes a year of reform brings, all in
05综合.xlsx (the other files are copied unchanged):

- 农业农村办: 土地承包经营纠纷调解 dropped (removed); 耕地地力保护补贴申领 cut a material, halved
  its promised limit and no longer needs a visit (better ×3).
- 司法所: 人民调解 recoded 002018001000 → 002018013000 (recoded, not removed-and-added).
- 退役军人服务站: 退役军人创业担保贷款贴息申请 added; 退役军人信息采集 went fully online with no
  visit (better ×2).
- 综合行政执法办: 城市建筑垃圾处置核准 promised limit 5 → 10 working days (worse); 砍伐城市树木审批
  conditions reworded (neutral).

Run: python3 scripts/make_sample_revision.py (dependencies: scripts/requirements.txt).
"""

import datetime
import os
import shutil

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OLD = os.path.join(ROOT, "catalogs", "sample-town")
NEW = os.path.join(ROOT, "catalogs", "sample-town-2023")
FIXED = datetime.datetime(2023, 6, 1, 0, 0, 0)


def column(ws, header):
    for cell in ws[1]:
        if cell.value == header:
            return cell.column_letter
    raise KeyError(f"{ws.title}: no column {header}")


def row_of(ws, name):
    name_col = column(ws, "事项名称")
    for row in range(2, ws.max_row + 1):
        if ws[f"{name_col}{row}"].value == name:
            return row
    raise KeyError(f"{ws.title}: no item {name}")


def main():
    if os.path.exists(NEW):
        shutil.rmtree(NEW)
    os.makedirs(NEW)
    for name in sorted(os.listdir(OLD)):
        if name in ("DEFECTS.md", "05综合.xlsx", "catalog.toml"):
            continue
        shutil.copy2(os.path.join(OLD, name), os.path.join(NEW, name))
    with open(os.path.join(OLD, "catalog.toml"), encoding="utf-8") as f:
        toml = f.read()
    toml = toml.replace('version = "2022-06"', 'version = "2023-06"').replace(
        'date = "2022-06-30"', 'date = "2023-06-30"'
    )
    with open(os.path.join(NEW, "catalog.toml"), "w", encoding="utf-8") as f:
        f.write(toml)

    wb = openpyxl.load_workbook(os.path.join(OLD, "05综合.xlsx"))

    ws = wb["农业农村办"]
    ws.delete_rows(row_of(ws, "土地承包经营纠纷调解"))
    r = row_of(ws, "耕地地力保护补贴申领")
    materials = ws[f"{column(ws, '申请材料')}{r}"]
    materials.value = "；".join(materials.value.split("；")[:2])
    ws[f"{column(ws, '承诺办结时限')}{r}"].value = "5个工作日"
    ws[f"{column(ws, '到办事现场次数')}{r}"].value = 0
    ws[f"{column(ws, '必须现场办理原因说明')}{r}"].value = None

    ws = wb["司法所"]
    r = row_of(ws, "人民调解")
    ws[f"{column(ws, '基本编码')}{r}"].value = "002018013000"

    ws = wb["退役军人服务站"]
    r = row_of(ws, "退役军人信息采集")
    ws[f"{column(ws, '网上办理深度')}{r}"].value = "全程网办"
    ws[f"{column(ws, '到办事现场次数')}{r}"].value = 0
    ws[f"{column(ws, '必须现场办理原因说明')}{r}"].value = None
    template = row_of(ws, "义务兵家庭优待金发放")
    new_row = ws.max_row + 1
    for cell in ws[template]:
        ws.cell(row=new_row, column=cell.column, value=cell.value)
    ws[f"{column(ws, '事项名称')}{new_row}"].value = "退役军人创业担保贷款贴息申请"
    code_col = column(ws, "事项编码")
    ws[f"{code_col}{new_row}"].value = ws[f"{code_col}{template}"].value[:-6] + "013000"
    basic_col = column(ws, "基本编码")
    ws[f"{basic_col}{new_row}"].value = ws[f"{basic_col}{template}"].value[:-6] + "013000"

    ws = wb["综合行政执法办"]
    r = row_of(ws, "城市建筑垃圾处置核准")
    ws[f"{column(ws, '承诺办结时限')}{r}"].value = "10个工作日"
    r = row_of(ws, "砍伐城市树木审批")
    conditions = ws[f"{column(ws, '受理条件')}{r}"]
    conditions.value = conditions.value + "；补植方案已经村（居）委会同意"

    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(NEW, "05综合.xlsx"))


if __name__ == "__main__":
    main()
