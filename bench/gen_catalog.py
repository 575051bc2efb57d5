#!/usr/bin/env python3
"""Benchmark catalog generator: a township department catalog of N items, 25 national columns.

    python3 bench/gen_catalog.py N OUT.csv
    python3 bench/gen_catalog.py N OUT.xlsx [--inline-strings]

Deterministic: a fixed seed, so the same N always gives the same cells (and byte-identical files),
and the first N rows of a larger catalog are the smaller one. A row holds about 2.5 KB of (mostly
Chinese) UTF-8 text; the long columns (设定依据, 受理条件, 申请材料, 办理流程) are nearly unique per row.

CSV: UTF-8 without BOM, CRLF, header in row 1.
XLSX: one sheet, header in row 1, 序号 as a number and everything else as text. By default text
cells index a shared-string table, as Excel and WPS write them (no dependency beyond the standard
library). --inline-strings writes through openpyxl's write-only mode instead, which puts every
string inline in the sheet XML; calamine streams those without holding a string table.

The file is written under a temporary name and renamed, so an interrupted run never leaves a half
file behind.
"""

import argparse
import csv
import os
import random
import sys
import time

SEED = 20240501

HEADERS = [
    "序号", "事项名称", "事项编码", "事项类型", "实施部门", "实施主体编码", "行使层级", "服务对象",
    "设定依据", "受理条件", "申请材料", "办理流程", "法定办结时限", "承诺办结时限", "办件类型",
    "是否收费", "到办事现场次数", "网上办理深度", "办理地点", "办理时间", "咨询电话", "监督投诉电话",
    "审批结果名称", "是否帮办代办", "备注",
]

TOWN = "青石镇"
SHEET = f"{TOWN}政务服务事项目录"
REGION = "370501"  # 区划代码 of the county the town belongs to
AREA_CODE = "0546"

# (name, two-digit department code)
DEPARTMENTS = [
    ("青石镇党政综合办公室", "01"),
    ("青石镇民政办", "02"),
    ("青石镇社会保障服务中心", "03"),
    ("青石镇农业综合服务中心", "04"),
    ("青石镇退役军人服务站", "05"),
    ("青石镇卫生健康办公室", "06"),
    ("青石镇综合行政执法办公室", "07"),
    ("青石镇自然资源所", "08"),
    ("青石镇便民服务中心", "09"),
]

# (事项类型, two-digit type code in the basic code, weight)
KINDS = [
    ("公共服务", "20", 40),
    ("行政确认", "07", 15),
    ("行政给付", "05", 15),
    ("行政许可", "01", 10),
    ("其他行政权力", "10", 8),
    ("行政奖励", "08", 4),
    ("行政裁决", "09", 3),
    ("依申请便民服务", "31", 5),
]

SUBJECTS = [
    "最低生活保障", "特困人员救助供养", "临时救助", "残疾人两项补贴", "高龄津贴", "城乡居民基本养老保险",
    "城乡居民基本医疗保险", "独生子女父母奖励", "农村计划生育家庭奖励扶助", "优抚对象定期抚恤补助",
    "退役士兵安置", "农村宅基地", "乡村建设规划许可", "农村集体经济组织成员", "耕地地力保护补贴",
    "农机购置补贴", "再生育", "生育登记", "流动人口婚育证明", "农村危房改造", "困境儿童基本生活保障",
    "孤儿基本生活保障", "经济困难老年人护理补贴", "殡葬补助", "低收入人口认定", "就业困难人员认定",
    "灵活就业人员社保补贴", "创业担保贷款", "小型水利工程", "林木采伐", "农村土地承包经营权流转",
    "村民委员会选举", "居民身份证", "法律援助", "人民调解", "老年人优待证", "义务兵家庭优待金",
    "烈士褒扬金", "伤残抚恤", "医疗救助",
]

ACTIONS = [
    "审核", "审批", "确认", "初审", "申请受理", "给付", "登记", "备案", "核定", "资格认定", "发放",
    "变更", "注销", "补办", "证明出具", "信息查询", "待遇申领", "年度审核",
]

LAWS = [
    ("《社会救助暂行办法》", "国务院令第649号", ["第九条", "第十一条", "第十二条", "第十四条", "第二十条"]),
    ("《中华人民共和国老年人权益保障法》", "主席令第二十四号", ["第三十一条", "第三十三条", "第三十六条"]),
    ("《中华人民共和国残疾人保障法》", "主席令第十六号", ["第十条", "第四十八条", "第五十条"]),
    ("《中华人民共和国土地管理法》", "主席令第三十二号", ["第四十四条", "第六十二条", "第六十三条"]),
    ("《中华人民共和国城乡规划法》", "主席令第二十九号", ["第四十一条", "第四十二条"]),
    ("《中华人民共和国人口与计划生育法》", "主席令第九十四号", ["第二十条", "第二十三条", "第二十七条"]),
    ("《军人抚恤优待条例》", "国务院 中央军委令第788号", ["第十二条", "第二十八条", "第三十二条"]),
    ("《中华人民共和国农村土地承包法》", "主席令第十七号", ["第十七条", "第三十六条", "第三十八条"]),
    ("《中华人民共和国就业促进法》", "主席令第七十号", ["第五十二条", "第五十三条", "第五十五条"]),
    ("《山东省社会救助办法》", "省政府令第279号", ["第十条", "第十五条", "第二十一条"]),
    ("《中华人民共和国村民委员会组织法》", "主席令第三十七号", ["第十一条", "第十三条"]),
    ("《法律援助条例》", "国务院令第385号", ["第十条", "第十七条"]),
]

LAW_TAILS = [
    "县级以上地方人民政府民政部门负责本行政区域内的社会救助管理工作，乡镇人民政府、街道办事处负责有关社会救助的申请受理、调查审核，具体工作由社会救助经办机构或者经办人员承担。",
    "申请人应当向户籍所在地的乡镇人民政府、街道办事处提出书面申请，乡镇人民政府、街道办事处应当自受理申请之日起对申请人的家庭状况、经济状况进行调查核实。",
    "村民委员会协助做好有关工作，对申请人的家庭收入、财产状况进行调查核实，提出初审意见，在申请人所在村、社区公示后报县级人民政府主管部门审批。",
    "国家对符合条件的对象给予补助，具体标准由省、自治区、直辖市人民政府根据当地经济社会发展水平和物价变动情况确定并适时调整。",
    "农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。",
]

CONDITIONS = [
    "申请人具有本镇户籍并在本镇实际居住满一年以上，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合当地人民政府规定的条件；",
    "申请人年满六十周岁、无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力；",
    "申请人持有第二代中华人民共和国残疾人证，残疾等级为一级或二级，且属于最低生活保障家庭成员或者重度残疾人；",
    "申请人为本集体经济组织成员，符合一户一宅的规定，原有宅基地面积未达到规定标准或者因子女结婚等原因确需分户建房；",
    "申请人所提交的申请材料齐全、符合法定形式，申请事项属于本部门职权范围，且不存在依法不予受理的其他情形；",
    "因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人；",
    "申请人已参加城乡居民基本养老保险并按规定缴费，年满六十周岁且未领取国家规定的基本养老保障待遇；",
]

MATERIAL_NOTES = ["（核验原件，留存复印件）", "（申请人自备）", "（村（社区）出具并加盖公章）", "（政府部门核发）", "", ""]

MATERIALS = [
    "身份证原件及复印件1份", "户口簿原件及复印件1份", "结婚证原件及复印件1份", "申请书原件1份",
    "家庭经济状况核对授权书原件1份", "残疾人证原件及复印件1份", "医院诊断证明原件1份",
    "村（社区）出具的证明材料原件1份", "银行卡（存折）复印件1份", "近期一寸免冠彩色照片2张",
    "房屋权属证明材料复印件1份", "收入证明原件1份", "退役证件原件及复印件1份",
    "土地承包经营权证复印件1份", "建房设计图纸原件1份", "相邻权利人意见书原件1份",
    "委托书及受托人身份证原件及复印件各1份", "死亡证明或火化证明原件1份",
]

PROCESS_STEPS = [
    "申请：申请人向镇便民服务中心综合受理窗口提交《{name}申请表》及相关材料",
    "受理：窗口工作人员对申请材料进行审查，材料齐全、符合法定形式的当场予以受理，材料不全的一次性告知需要补正的全部内容",
    "调查核实：经办人员会同村（社区）工作人员采取入户调查、邻里访问、信函索证等方式对申请人的家庭经济状况和实际生活情况进行调查核实",
    "民主评议：由村（社区）组织民主评议，评议结果在村（社区）公示栏公示7天",
    "审核：镇人民政府对调查核实和民主评议结果进行审核，提出审核意见",
    "审批：报县级主管部门审批，对符合条件的予以批准，不符合条件的书面告知理由",
    "公示：审批结果在申请人所在村（社区）进行长期公示，接受社会监督",
    "办结：将办理结果通过窗口领取或邮寄方式送达申请人，并将材料归档",
]

REMARKS = [
    "本事项可通过“爱山东”政务服务平台网上申请，申请人也可委托村（社区）代办员代为提交材料；已通过部门共享获取的材料免于提交。",
    "材料可通过数据共享获取的不再要求申请人提交纸质材料；申请人对审核结果有异议的，可在公示期内向镇人民政府提出复核申请。",
    "本事项纳入“一窗受理”改革范围，实行“前台综合受理、后台分类审批、综合窗口出件”的工作模式。",
    "对行动不便的老年人、残疾人等特殊群体提供上门服务，可拨打咨询电话预约；节假日期间可通过网上平台提交申请。",
]

DEPTHS = ["三级", "四级", "四级", "全程网办", "二级"]
RESULTS = ["批准决定书", "审核确认意见", "证明", "告知书", "资格证明", "补贴发放通知", "登记证"]
ORG_CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_code(body: str) -> str:
    """An 8-character organization code body plus its GB 11714 check character."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(ORG_CODE_CHARS.index(c) * w for c, w in zip(body, weights))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def uscc(region: str, serial: int) -> str:
    """A valid 18-character unified social credit code for a government body (11…)."""
    body = "11" + region + org_code(f"{0x5A3C00 + serial:08X}"[-8:].replace("I", "1").replace("O", "0"))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, weights))
    check = (31 - total % 31) % 31
    return body + USCC_CHARS[check]


def rows(n: int):
    rng = random.Random(SEED)
    kinds = [k for k in KINDS for _ in range(k[2])]
    dept_codes = [uscc(REGION, i + 1) for i in range(len(DEPARTMENTS))]
    for i in range(n):
        kind, kind_code, _ = rng.choice(kinds)
        d = rng.randrange(len(DEPARTMENTS))
        dept, dept_code = DEPARTMENTS[d]
        subject = rng.choice(SUBJECTS)
        action = rng.choice(ACTIONS)
        name = f"{subject}{action}"
        # 12-digit basic code: region 2 + type 2 + department 2 + main 3 + sub 3, unique per row
        # for up to a million rows.
        code = f"37{kind_code}{dept_code}{(i // 1000) % 1000:03d}{i % 1000:03d}"

        law, order, articles = rng.choice(LAWS)
        basis = f"{law}（{order}）{rng.choice(articles)}：{rng.choice(LAW_TAILS)}"
        if rng.random() < 0.5:
            law2, order2, articles2 = rng.choice(LAWS)
            basis += f"\n{law2}（{order2}）{rng.choice(articles2)}"

        conditions = "".join(rng.sample(CONDITIONS, 2)).rstrip("；") + "。"
        mats = rng.sample(MATERIALS, rng.randint(3, 6))
        materials = "；".join(
            f"{k}.{m}{rng.choice(MATERIAL_NOTES)}" for k, m in enumerate(mats, 1)
        ) + "。"
        # Step 1 names the item and every step its own duration, so the long texts are nearly
        # unique per row as in real catalogs (and the shared-string table is as large as the text).
        steps = PROCESS_STEPS[: rng.randint(5, len(PROCESS_STEPS))]
        process = "；".join(
            f"（{k}）{s.format(name=name)}（{rng.randint(1, 5)}个工作日）" for k, s in enumerate(steps, 1)
        ) + "。"

        legal_days = rng.choice([10, 15, 20, 30, 60])
        instant = rng.random() < 0.2
        handling = "即办件" if instant else "承诺件"
        promised = "即时办结" if instant else f"{max(1, legal_days // rng.choice([2, 3, 4]))}个工作日"
        window = rng.randint(1, 12)
        phone = f"{AREA_CODE}-{7520000 + d * 17 + rng.randint(0, 9):07d}"

        yield [
            i + 1,
            name,
            code,
            kind,
            dept,
            dept_codes[d],
            "镇（乡、街道）级",
            rng.choice(["自然人", "自然人", "自然人;企业法人", "自然人;其他组织"]),
            basis,
            conditions,
            materials,
            process,
            f"{legal_days}个工作日",
            promised,
            handling,
            "否",
            str(rng.choice([0, 0, 1, 1, 2])),
            rng.choice(DEPTHS),
            f"{TOWN}便民服务中心一楼{window}号窗口（{TOWN}政府驻地青石路{100 + d * 8}号）",
            "周一至周五 上午8:30-12:00，下午13:30-17:30（法定节假日除外；夏季作息时间下午14:00-18:00）",
            phone,
            f"{AREA_CODE}-12345；{AREA_CODE}-75{20000 + d:05d}",
            f"{subject}{rng.choice(RESULTS)}",
            rng.choice(["是", "否"]),
            rng.choice(REMARKS),
        ]


def write_csv(n: int, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADERS)
        w.writerows(rows(n))


def write_xlsx_inline(n: int, path: str) -> None:
    """openpyxl write-only mode: every string inline in the sheet (openpyxl never writes a
    shared-string table)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(HEADERS)
    for row in rows(n):
        ws.append(row)
    wb.save(path)


def column_letter(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


def write_xlsx(n: int, path: str) -> None:
    """The layout Excel and WPS write: text cells index a shared-string table (each distinct
    string stored once), numbers are inline values. Written directly with zipfile (openpyxl
    only writes inline strings); entries carry a fixed date so the file is byte-for-byte
    reproducible."""
    import zipfile

    strings: dict[str, int] = {}
    sheet = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{column_letter(len(HEADERS) - 1)}{n + 1}"/><sheetData>'
    ]
    letters = [column_letter(i) for i in range(len(HEADERS))]
    count = 0
    for r, row in enumerate(_with_header(n), 1):
        cells = []
        for letter, value in zip(letters, row):
            if isinstance(value, int):
                cells.append(f'<c r="{letter}{r}"><v>{value}</v></c>')
            elif value != "":
                index = strings.setdefault(value, len(strings))
                count += 1
                cells.append(f'<c r="{letter}{r}" t="s"><v>{index}</v></c>')
        sheet.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet.append("</sheetData></worksheet>")
    sst = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{len(strings)}">'
    ]
    for s in strings:
        space = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
        sst.append(f"<si><t{space}>{xml_text(s)}</t></si>")
    sst.append("</sst>")

    parts = dict(XLSX_PARTS)
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("{sheet}", xml_text(SHEET))
    parts["xl/worksheets/sheet1.xml"] = "".join(sheet)
    parts["xl/sharedStrings.xml"] = "".join(sst)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def _with_header(n: int):
    yield HEADERS
    yield from rows(n)


def main() -> int:
    parser = argparse.ArgumentParser(description="Writes a deterministic benchmark catalog.")
    parser.add_argument("n", type=int, help="number of items (rows below the header)")
    parser.add_argument("out", help="output file: .csv or .xlsx")
    parser.add_argument(
        "--inline-strings",
        action="store_true",
        help="xlsx only: write with openpyxl (strings inline in the sheet) instead of a shared-string table",
    )
    args = parser.parse_args()
    ext = os.path.splitext(args.out)[1].lower()
    if ext == ".csv" and not args.inline_strings:
        writer = write_csv
    elif ext == ".xlsx":
        writer = write_xlsx_inline if args.inline_strings else write_xlsx
    else:
        parser.error(f"unsupported output {args.out!r}: .csv or .xlsx (--inline-strings: .xlsx only)")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = f"{args.out}.{os.getpid()}.tmp"
    start = time.perf_counter()
    try:
        writer(args.n, tmp)
        os.replace(tmp, args.out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    size = os.path.getsize(args.out)
    print(
        f"gen_catalog: {args.out} ({args.n} items, {size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
