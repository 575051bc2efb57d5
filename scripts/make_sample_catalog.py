#!/usr/bin/env python3
"""生成示例目录 catalogs/sample-town/（青石镇政务服务事项实施清单）。

用法：
    pip install -r scripts/requirements.txt
    python3 scripts/make_sample_catalog.py            # 重新生成全部文件，然后自检
    python3 scripts/make_sample_catalog.py --verify   # 只自检已生成的文件

生成结果是确定的：没有随机数，文档属性和压缩包内的时间戳固定为 2022-06-01，
同一组依赖版本下重复运行得到逐字节相同的文件。

目录里故意保留了各部门报表中常见的“乱”：标题行、合并单元格、两行分组表头、
一个事项占多行、填报说明页和汇总页、GBK 编码的 CSV 等；还埋了一批真实的
数据缺陷，供 `svcat check` 发现。每个缺陷的单元格位置写在 DEFECTS.md 里，
自检会重新读取生成的文件，逐条核对 DEFECTS.md 中记录的单元格内容。
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import openpyxl
import xlrd
import xlwt
from odf import dc, meta
from odf.opendocument import OpenDocumentSpreadsheet, load as load_ods
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "catalogs" / "sample-town"

TOWN = "青石镇"
FIXED_DATE = dt.datetime(2022, 6, 1, 0, 0, 0)
FIXED_ZIP_TIME = (2022, 6, 1, 0, 0, 0)

CATALOG_TOML = """\
region = "青石镇"
level = "镇级"          # 镇（乡、街道）级 的同义写法
version = "2022-06"
date = "2022-06-30"
schema = "township"
max_visits = 1          # 本镇承诺“最多跑一次”
"""

# ---------------------------------------------------------------------------
# 编码：统一社会信用代码（GB 32100）、组织机构代码（GB 11714）、事项编码
# ---------------------------------------------------------------------------

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(base8: str) -> str:
    """组织机构代码：8 位本体代码 + 1 位校验码（GB 11714）。"""
    assert len(base8) == 8
    total = sum(int(ch, 36) * w for ch, w in zip(base8, ORG_WEIGHTS))
    check = 11 - total % 11
    return base8 + {10: "X", 11: "0"}.get(check, str(check))


def uscc_check(first17: str) -> str:
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc(authority_and_type: str, region: str, org_base8: str) -> str:
    """统一社会信用代码：登记管理部门码+机构类别码(2) + 行政区划码(6) + 组织机构代码(9) + 校验码。"""
    first17 = authority_and_type + region + org_code(org_base8)
    assert len(first17) == 17 and all(ch in USCC_CHARSET for ch in first17), first17
    return first17 + uscc_check(first17)


def uscc_is_valid(code: str) -> bool:
    return (
        len(code) == 18
        and all(ch in USCC_CHARSET for ch in code)
        and uscc_check(code[:17]) == code[17]
        and org_code(code[8:16]) == code[8:17]
    )


def corrupt_check_char(code: str) -> str:
    """把校验码换成字符集中的下一个字符，得到一个校验位错误的代码。"""
    nxt = USCC_CHARSET[(USCC_CHARSET.index(code[-1]) + 1) % len(USCC_CHARSET)]
    return code[:-1] + nxt


KIND_CODES = {
    "行政许可": "01", "行政处罚": "02", "行政强制": "03", "行政征收": "04",
    "行政给付": "05", "行政检查": "06", "行政确认": "07", "行政奖励": "08",
    "行政裁决": "09", "其他行政权力": "10", "公共服务": "20",
}
LEVEL_DIGIT_TOWN = "5"  # 镇（乡、街道）级


def make_basic_code(region: str, kind: str, dept_field: str, main: int) -> str:
    """基本编码 12 位：区划(2) + 事项类型(2) + 部门领域(2) + 主项(3) + 子项(3)。"""
    code = f"{region}{KIND_CODES[kind]}{dept_field}{main:03d}000"
    assert len(code) == 12
    return code


# ---------------------------------------------------------------------------
# 实施主体与部门
# ---------------------------------------------------------------------------

REGION6 = "370112"


@dataclass(frozen=True)
class Body:
    name: str
    code: str  # 统一社会信用代码


GOV = Body("青石镇人民政府", uscc("11", REGION6, "00432517"))
SHEBAO = Body("青石镇社会保障服务中心", uscc("12", REGION6, "MB285017"))
CANLIAN = Body("青石镇残疾人联合会", uscc("13", REGION6, "MB194430"))
TUIYI = Body("青石镇退役军人服务站", uscc("12", REGION6, "MB0T6621"))
SIFA = Body("青石镇司法所", uscc("11", REGION6, "00432593"))

for _body in (GOV, SHEBAO, CANLIAN, TUIYI, SIFA):
    assert uscc_is_valid(_body.code), _body

LEVEL = "镇（乡、街道）级"
LOCATION = "青石镇便民服务中心{window}"
HOURS = "工作日上午9:00-12:00，下午13:30-17:00"
PHONE_COMPLAINT = "0531-88101100"  # 镇便民服务中心监督投诉电话
DEFAULT_REASON = "需现场核验申请人身份证件原件并签字确认"

PROCESS = {
    "行政许可": "1.受理：申请人向{loc}提交申请材料，材料齐全、符合法定形式的予以受理；"
                "2.审核：{dept}对申请材料进行审查，需要现场核查的组织现场核查；"
                "3.决定：作出准予许可或不予许可的书面决定；"
                "4.送达：通知申请人领取许可结果或邮寄送达。",
    "行政给付": "1.受理：申请人向{loc}提交申请材料，窗口当场受理；"
                "2.审核：{dept}组织入户调查、民主评议，并在村（居）务公开栏公示7天；"
                "3.决定：公示无异议的作出给付决定；"
                "4.送达：书面告知申请人结果，按规定发放资金。",
    "行政确认": "1.受理：申请人向{loc}提交申请材料，窗口当场受理；"
                "2.审核：{dept}对申请材料和有关情况进行核实；"
                "3.决定：作出确认或不予确认的决定；"
                "4.送达：告知申请人办理结果并发放相关证明。",
    "承诺件": "1.受理：申请人向{loc}提交申请材料，窗口当场受理；"
              "2.审核：{dept}审核申请材料；"
              "3.决定：作出办理决定；"
              "4.送达：告知申请人办理结果。",
    "即办件": "1.受理：申请人向{loc}提出申请；"
              "2.审核：窗口工作人员当场审核；"
              "3.决定：符合条件的当场办结；"
              "4.送达：当场告知或交付办理结果。",
    "行政处罚": "1.立案；2.调查取证；3.告知当事人陈述、申辩和听证权利；"
                "4.作出处罚决定；5.送达行政处罚决定书；6.执行。",
    "行政检查": "1.制定检查计划；2.现场检查；3.记录检查情况；4.反馈检查结果并督促整改。",
}


@dataclass
class Defect:
    """埋在某个事项某个元素上的缺陷。group 相同的几条在 DEFECTS.md 里共用一个编号。"""

    element: str
    category: str  # S 结构 / M 缺失 / F 格式 / G 颗粒度 / C 事项一致性 / X 目录一致性
    what: str
    group: str | None = None
    related: tuple[str, ...] = ()  # 同一缺陷涉及的本事项其他元素


@dataclass
class Note:
    """合法但特殊的写法：svcat 应当接受，不应报告为缺陷。"""

    element: str
    what: str


@dataclass
class Item:
    id: str
    dept: "Dept"
    values: dict[str, Any]
    verbatim: set[str] = field(default_factory=set)  # 这些元素原样写入，不经各文件的格式化
    material_rows: list[str] | None = None  # 一个事项占多行：每行一项材料
    numeric_basic_code: bool = False  # xlsx 中把基本编码存成数字单元格（无前导零，数值无损）
    defects: list[Defect] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.values["name"]


@dataclass
class Dept:
    key: str  # 部门简称，也是 05综合.xlsx 的工作表名
    name: str  # 实施部门全称
    field: str  # 基本编码中的部门领域段
    body: Body
    window: str
    phone: str
    code_region: str = "37"
    items: list[Item] = field(default_factory=list)

    def item(
        self,
        name: str,
        kind: str,
        *,
        basis: str,
        conditions: str,
        materials: list[str] | str,
        legal: str,
        promised: str,
        visits: int | None = 1,
        reason: str | None = None,
        depth: int | None = None,
        objects: str = "自然人",
        process: str | None = None,
        fee: tuple[str, str] | None = None,
        result: tuple[str, str] = ("", ""),
        power_source: str = "法定本级行使",
        remark: str = "",
        continuation: bool = False,
        basic_code_as_number: bool = False,
        set_cells: dict[str, Any] | None = None,
        defects: tuple[Defect, ...] = (),
        notes: tuple[Note, ...] = (),
    ) -> Item:
        main = len(self.items) + 1
        basic = make_basic_code(self.code_region, kind, self.field, main)
        location = LOCATION.format(window=self.window)
        if kind in ("行政处罚", "行政检查") and not promised:
            handling = ""
        else:
            handling = "即办件" if promised == "即办" else "承诺件"
        if process is None:
            template = PROCESS.get(kind) or PROCESS[handling or "承诺件"]
            if handling == "即办件" and kind not in ("行政处罚", "行政检查"):
                template = PROCESS["即办件"]
            process = template.format(loc=location, dept=self.name)
        if visits is None:
            reason, depth = "", None
        elif visits == 0:
            reason = ""
            depth = 4 if depth is None else depth
        else:
            reason = DEFAULT_REASON if reason is None else reason
            depth = 3 if depth is None else depth
        if isinstance(materials, list):
            material_text = "；".join(f"{i}.{m}" for i, m in enumerate(materials, 1))
        else:
            material_text = materials
        charged = fee is not None
        values: dict[str, Any] = {
            "name": name,
            "kind": kind,
            "basic_code": basic,
            "implementation_code": self.body.code + LEVEL_DIGIT_TOWN + basic,
            "legal_basis": basis,
            "level": LEVEL,
            "power_source": power_source,
            "department": self.name,
            "implementer_code": self.body.code,
            "implementer_nature": "法定机关",
            "service_objects": objects,
            "conditions": conditions,
            "materials": material_text,
            "process": process,
            "special_procedures": "不涉及",
            "legal_limit": legal,
            "promised_limit": promised,
            "handling_type": handling,
            "fee_charged": "是" if charged else "否",
            "fee_standard": fee[0] if charged else "",
            "fee_basis": fee[1] if charged else "",
            "visits": visits,
            "visit_reason": reason,
            "online_depth": depth,
            "handling_forms": "窗口办理,网上办理" if depth else "窗口办理",
            "express_delivery": "是" if visits == 0 else "否",
            "proxy_service": "是" if kind == "行政给付" else "否",
            "result_type": result[0],
            "result_name": result[1],
            "phone_consult": self.phone,
            "phone_complaint": PHONE_COMPLAINT,
            "location": location,
            "hours": HOURS,
            "remark": remark,
        }
        it = Item(
            id=f"{self.key}-{main:02d}",
            dept=self,
            values=values,
            defects=list(defects),
            notes=list(notes),
            numeric_basic_code=basic_code_as_number,
        )
        if continuation:
            assert isinstance(materials, list)
            it.material_rows = [f"{i}.{m}" for i, m in enumerate(materials, 1)]
        for key, value in (set_cells or {}).items():
            it.values[key] = value
            it.verbatim.add(key)
        self.items.append(it)
        return it


# ---------------------------------------------------------------------------
# 事项数据（九个部门，共 108 项）
# ---------------------------------------------------------------------------

MINZHENG = Dept("民政办", "青石镇民政办", "11", GOV, "1号窗口", "0531-88101201")
SHEBAO_D = Dept("社会保障服务中心", "青石镇社会保障服务中心", "12", SHEBAO, "2号窗口", "0531-88101202")
WEIJIAN = Dept("卫生健康办", "青石镇卫生健康办", "13", GOV, "3号窗口", "0531-88101203")
CANLIAN_D = Dept("残疾人联合会", "青石镇残疾人联合会", "14", CANLIAN, "4号窗口", "0531-88101204")
TUIYI_D = Dept("退役军人服务站", "青石镇退役军人服务站", "15", TUIYI, "5号窗口", "0531-88101205")
NONGYE = Dept("农业农村办", "青石镇农业农村办", "16", GOV, "6号窗口", "0531-88101206")
GUIHUA = Dept("规划建设办", "青石镇规划建设办", "17", GOV, "7号窗口", "0531-88101207")
# 司法所直接沿用国家目录的基本编码（区划段 00）
SIFA_D = Dept("司法所", "青石镇司法所", "18", SIFA, "8号窗口", "0531-88101208", code_region="00")
ZHIFA = Dept("综合行政执法办", "青石镇综合行政执法办", "19", GOV, "9号窗口", "0531-88101209")

ALL_DEPTS = [MINZHENG, SHEBAO_D, WEIJIAN, CANLIAN_D, TUIYI_D, NONGYE, GUIHUA, SIFA_D, ZHIFA]


def define_minzheng(d: Dept) -> None:
    d.item(
        "最低生活保障审核确认", "行政给付",
        basis="《社会救助暂行办法》第九条、第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）",
        conditions="持有本镇户籍，共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的家庭。",
        materials=["申请人及共同生活家庭成员身份证原件及复印件1份", "户口簿原件及复印件1份",
                   "最低生活保障申请书1份", "家庭经济状况核对授权书1份"],
        legal="30个工作日", promised="20个工作日", power_source="上级下放",
        reason="需申请人本人现场签署家庭经济状况核对授权书", continuation=True,
        remark="需村（居）委会出具初审意见",
    )
    d.item(
        "特困人员救助供养审核", "行政给付",
        basis="《社会救助暂行办法》第十四条、第十六条；《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）",
        conditions="本镇户籍的老年人、残疾人以及未满16周岁的未成年人，无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的。",
        materials=["特困人员救助供养申请书1份", "申请人身份证原件及复印件1份", "户口簿原件及复印件1份"],
        legal="20个工作日", promised="15个工作日", power_source="上级下放",
    )
    d.item(
        "临时救助", "行政给付",
        basis="《社会救助暂行办法》第四十七条、第四十八条；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）",
        conditions="因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的本镇居民家庭。",
        materials=["临时救助申请书1份", "申请人身份证原件及复印件1份", "户口簿原件及复印件1份", "医疗费用票据复印件1份"],
        legal="20个工作日", promised="30个工作日",
        defects=(Defect("promised_limit", "C", "承诺办结时限（30个工作日）超过法定办结时限（20个工作日）",
                        related=("legal_limit",)),),
    )
    d.item(
        "困难残疾人生活补贴和重度残疾人护理补贴", "行政给付",
        basis="《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
        conditions="具有本镇户籍、持有第二代《中华人民共和国残疾人证》，属于最低生活保障家庭的残疾人，或残疾等级为一级、二级且需要长期照护的重度残疾人。",
        materials=["残疾人两项补贴申请审批表1份", "申请人身份证原件及复印件1份",
                   "第二代残疾人证原件及复印件1份", "户口簿原件及复印件1份"],
        legal="20个工作日", promised="10个工作日",
        set_cells={"level": "镇级"},
        notes=(Note("name", "国家目录中的单一事项名称，其中的“和”不是捆绑多个事项"),
               Note("level", "“镇级”是“镇（乡、街道）级”的同义写法")),
    )
    d.item(
        "高龄津贴申请", "行政给付",
        basis="《中华人民共和国老年人权益保障法》第三十三条；《山东省老年人权益保障条例》",
        conditions="具有本镇户籍、年满80周岁的老年人。",
        materials=["高龄津贴申请表1份", "申请人身份证原件及复印件1份", "户口簿原件及复印件1份",
                   "本人社会保障卡复印件1份"],
        legal="20个工作日", promised="5个工作日",
    )
    d.item(
        "老年人优待证办理、补办", "公共服务",
        basis="《中华人民共和国老年人权益保障法》第五章；《山东省老年人优待办法》",
        conditions="具有本镇户籍、年满60周岁的老年人；优待证遗失或损毁的可以申请补办。",
        materials=["申请人身份证原件及复印件1份", "近期一寸免冠彩色照片1张"],
        legal="即办", promised="即办", reason="需现场采集申请人照片并当场制发优待证",
        defects=(Defect("name", "G", "一个名称捆绑了“办理”和“补办”两项服务（用“、”连接）"),),
    )
    d.item(
        "婚姻登记咨询预约", "公共服务",
        basis="《婚姻登记条例》第二条",
        conditions="有婚姻登记咨询或预约需求的群众。",
        materials=["预约人身份证号码及联系电话（网上填报）1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "惠民殡葬补贴申领", "行政给付",
        basis="《殡葬管理条例》；《关于推行惠民殡葬政策的指导意见》（民发〔2012〕211号）",
        conditions="无",
        materials=["惠民殡葬补贴申请表1份", "逝者居民死亡医学证明（推断）书复印件1份",
                   "火化证明复印件1份", "申领人身份证原件及复印件1份"],
        legal="20个工作日", promised="10个工作日",
        defects=(Defect("conditions", "M", "受理条件填写占位词“无”"),),
    )
    d.item(
        "困境儿童基本生活保障审核", "行政给付",
        basis="《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）",
        conditions="具有本镇户籍，因家庭贫困导致生活、就医、就学困难，或因自身残疾导致康复、照料、护理困难的儿童。",
        materials=["困境儿童基本生活保障申请表1份", "儿童户口簿原件及复印件1份",
                   "监护人身份证原件及复印件1份", "其他相关材料"],
        legal="20个工作日", promised="15个工作日",
        defects=(Defect("materials", "G", "申请材料含兜底条款“其他相关材料”"),),
    )
    d.item(
        "孤儿基本生活保障金给付审核", "行政给付",
        basis="《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）",
        conditions="具有本镇户籍，父母双方死亡或被人民法院宣告失踪、死亡的未满18周岁的未成年人。",
        materials=["孤儿基本生活保障申请表1份", "孤儿户口簿原件及复印件1份",
                   "父母死亡证明或人民法院宣告死亡、失踪的判决书复印件1份", "监护人身份证原件及复印件1份"],
        legal="30个工作日", promised="20个工作日",
        set_cells={"department": "青石镇民政办公室"},
        defects=(Defect("department", "X", "部门名称变体：“青石镇民政办公室”，本表其余行为“青石镇民政办”"),),
    )
    d.item(
        "最低生活保障边缘家庭认定", "行政确认",
        basis="《最低生活保障审核确认办法》（民发〔2021〕57号）；《山东省社会救助办法》",
        conditions="本镇户籍，不符合最低生活保障条件，家庭人均收入低于当地最低生活保障标准1.5倍，且财产状况符合规定的家庭。",
        materials=["低保边缘家庭认定申请书1份", "家庭成员身份证原件及复印件1份",
                   "户口簿原件及复印件1份", "家庭经济状况核对授权书1份"],
        legal="30个工作日", promised="20个工作日", power_source="上级下放",
        set_cells={"level": "镇级"},
        notes=(Note("level", "“镇级”是“镇（乡、街道）级”的同义写法"),),
    )
    d.item(
        "其他民政事项", "其他行政权力",
        basis="《山东省社会救助办法》",
        conditions="符合民政政策规定的本镇居民。",
        materials=["申请人身份证原件及复印件1份", "申请书1份"],
        legal="20个工作日", promised="10个工作日",
        defects=(Defect("name", "G", "泛化名称“其他民政事项”，不是一个具体的服务"),),
    )


def define_shebao(d: Dept) -> None:
    d.item(
        "城乡居民基本养老保险参保登记", "公共服务",
        basis="《中华人民共和国社会保险法》第二十条、第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
        conditions="年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。",
        materials=["居民身份证或社会保障卡1份", "城乡居民基本养老保险参保登记表1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "城乡居民基本养老保险待遇申领", "行政给付",
        basis="《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
        conditions="参加城乡居民基本养老保险、年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的人员。",
        materials=["城乡居民基本养老保险待遇申领表1份", "居民身份证原件1份", "户口簿原件1份", "社会保障卡原件1份"],
        legal="20个工作日", promised="5个工作日",
    )
    d.item(
        "城乡居民基本养老保险关系转移接续", "公共服务",
        basis="《城乡养老保险制度衔接暂行办法》（人社部发〔2014〕17号）；《城乡居民基本养老保险经办规程》（人社部发〔2019〕84号）",
        conditions="参保人员跨省、市、县流动，需要转移城乡居民基本养老保险关系的。",
        materials=["城乡居民基本养老保险关系转移申请表1份", "居民身份证原件1份", "转入地户籍证明1份"],
        legal="15个工作日", promised="10个工作日",
        set_cells={"online_depth": "全程网办"},
        defects=(Defect("online_depth", "C", "网办深度为“全程网办”，但跑动次数为1（全程网办应为0次）",
                        related=("visits",)),),
    )
    d.item(
        "城乡居民基本养老保险注销登记", "公共服务",
        basis="《城乡居民基本养老保险经办规程》（人社部发〔2019〕84号）",
        conditions="参保人员死亡、丧失中华人民共和国国籍或已享受其他基本养老保障待遇的。",
        materials=["城乡居民基本养老保险注销登记表1份", "参保人死亡证明或其他注销原因证明1份"],
        legal="10个工作日", promised="5个工作日",
    )
    d.item(
        "城乡居民基本医疗保险参保登记", "公共服务",
        basis="《中华人民共和国社会保险法》第二十五条；《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）",
        conditions="除职工基本医疗保险应参保人员以外的本镇城乡居民。",
        materials=["居民身份证或户口簿原件1份", "城乡居民基本医疗保险参保登记表1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "就业失业登记", "公共服务",
        basis="《中华人民共和国就业促进法》；《就业服务与就业管理规定》第六十一条、第六十三条",
        conditions="在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的本镇常住人员。",
        materials=["居民身份证原件1份", "就业失业登记申请表1份"],
        legal="10个工作日", promised="5个工作日",
        set_cells={"handling_type": "即办件"},
        defects=(Defect("handling_type", "C", "办件类型为“即办件”，但承诺办结时限为5个工作日",
                        related=("promised_limit",)),),
    )
    d.item(
        "灵活就业人员社保补贴申领", "行政给付",
        basis="《就业补助资金管理办法》（财社〔2017〕164号）第五条",
        conditions="以灵活就业方式初次实现就业并缴纳社会保险费的就业困难人员和离校2年内未就业高校毕业生。",
        materials="1.居民身份证原件及复印件1份；2.就业创业证原件1份；3.社会保险费缴费凭证1份。"
                  "如属代办的，还需提供代办人身份证",
        legal="20个工作日", promised="15个工作日",
        defects=(Defect("materials", "G", "材料中夹带情形“如属代办的，还需提供代办人身份证”，未拆分为独立材料"),),
    )
    d.item(
        "就业困难人员认定", "行政确认",
        basis="《中华人民共和国就业促进法》第五十二条；《就业服务与就业管理规定》",
        conditions="本镇户籍、在法定劳动年龄内、已进行失业登记，且因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业的人员。",
        materials=["就业困难人员认定申请表1份", "居民身份证原件及复印件1份", "就业创业证原件1份"],
        legal="20个工作日", promised="10个工作日",
        set_cells={"kind": "07"},
        notes=(Note("kind", "事项类型写作代码“07”，是“行政确认”的合法同义写法"),),
    )
    d.item(
        "就业创业证申领", "公共服务",
        basis="《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》（人社部发〔2014〕97号）",
        conditions="已办理就业登记或失业登记的劳动者。",
        materials=["居民身份证原件1份", "近期一寸免冠照片1张"],
        legal="即办", promised="即办", reason="需现场采集照片并当场发放就业创业证",
    )
    d.item(
        "职业培训补贴申领", "行政给付",
        basis="《就业补助资金管理办法》（财社〔2017〕164号）第六条",
        conditions="参加职业技能培训并取得职业资格证书或职业技能等级证书的本镇劳动者。",
        materials=["职业培训补贴申请表1份", "居民身份证复印件1份",
                   "职业资格证书或职业技能等级证书复印件1份", "本人社会保障卡复印件1份"],
        legal="20个工作日", promised="待定",
        defects=(Defect("promised_limit", "M", "承诺办结时限填写占位词“待定”"),),
    )
    d.item(
        "被征地农民参加基本养老保险登记", "公共服务",
        basis="《国务院办公厅转发劳动保障部关于做好被征地农民就业培训和社会保障工作指导意见的通知》（国办发〔2006〕29号）",
        conditions="本镇因土地征收失去全部或大部分土地的被征地农民。",
        materials=["居民身份证原件及复印件1份", "户口簿原件及复印件1份", "被征地农民身份认定名单1份"],
        legal="20个工作日", promised="10个工作日",
    )
    it = d.item(
        "城乡居民医疗保险参保信息变更", "公共服务",
        basis="《中华人民共和国社会保险法》第二十五条",
        conditions="已参加城乡居民基本医疗保险，个人基本信息发生变化的参保人员。",
        materials=["居民身份证原件1份", "参保信息变更登记表1份"],
        legal="即办", promised="即办", visits=0,
    )
    code = it.values["implementation_code"]
    first_letter = next(i for i, ch in enumerate(code) if ch.isalpha())
    it.values["implementation_code"] = code[:first_letter] + code[first_letter].lower() + code[first_letter + 1:]
    it.verbatim.add("implementation_code")
    it.defects.append(Defect("implementation_code", "F",
                             f"编码含小写字母“{code[first_letter].lower()}”（应为大写“{code[first_letter]}”）"))


def define_weijian(d: Dept) -> None:
    d.item(
        "生育登记服务", "公共服务",
        basis="《中华人民共和国人口与计划生育法》；《山东省人口与计划生育条例》",
        conditions="本镇户籍或在本镇居住的夫妻生育子女的。",
        materials=["夫妻双方居民身份证1份", "结婚证1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "再生育审批", "行政确认",
        basis="《中华人民共和国人口与计划生育法》第十八条；《山东省人口与计划生育条例》",
        conditions="符合法律法规规定条件、要求再生育子女的本镇户籍夫妻。",
        materials="申请人需携带夫妻双方身份证户口簿结婚证原件和复印件以及现有子女的出生医学证明和户口本页"
                  "并填写再生育申请审批表由所在村居委会签署意见后报镇卫生健康办审核",
        legal="20个工作日", promised="10个工作日",
        defects=(Defect("materials", "G", "申请材料是一整段文字，没有编号或分隔，无法拆成单项材料"),),
    )
    d.item(
        "计划生育家庭特别扶助金申请审核", "行政给付",
        basis="《中华人民共和国人口与计划生育法》；《全国独生子女伤残死亡家庭扶助制度试点方案》（国人口发〔2007〕78号）",
        conditions="独生子女死亡，未再生育或收养子女，女方年满49周岁的本镇户籍夫妻。",
        materials=["计划生育家庭特别扶助申请表1份", "夫妻双方身份证原件及复印件1份",
                   "户口簿原件及复印件1份", "独生子女死亡证明复印件1份"],
        legal="30个工作日", promised="20个工作日",
        defects=(Defect("implementation_code", "X", "同一部门内同名事项“计划生育家庭特别扶助金申请审核”出现两次，编码不同",
                        group="same-name-two-codes"),),
    )
    d.item(
        "独生子女父母奖励", "行政给付",
        basis="《山东省人口与计划生育条例》",
        conditions="领取《独生子女父母光荣证》的本镇户籍夫妻。",
        materials=["独生子女父母光荣证原件及复印件1份", "夫妻双方身份证复印件1份", "本人银行账户信息1份"],
        legal="20个工作日", promised="10个工作日",
    )
    d.item(
        "农村部分计划生育家庭奖励扶助", "行政给付",
        basis="《国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知》（国办发〔2004〕21号）",
        conditions="本镇农业户籍，只有一个子女或两个女孩，年满60周岁的计划生育家庭夫妻。",
        materials=["奖励扶助对象申报表1份", "本人身份证原件及复印件1份", "户口簿原件及复印件1份",
                   "结婚证原件及复印件1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "独生子女父母光荣证办理", "行政确认",
        basis="《山东省人口与计划生育条例》",
        conditions="只生育一个子女并自愿不再生育的本镇户籍夫妻。",
        materials=["夫妻双方身份证原件及复印件1份", "结婚证原件及复印件1份", "子女出生医学证明复印件1份"],
        legal="10个工作日", promised="即办",
        set_cells={"handling_type": "承诺件"},
        defects=(Defect("handling_type", "C", "办件类型为“承诺件”，但承诺办结时限为“即办”",
                        related=("promised_limit",)),),
    )
    d.item(
        "计划生育手术并发症人员特别扶助", "行政给付",
        basis="《中华人民共和国人口与计划生育法》；《关于建立计划生育特殊困难家庭扶助制度的通知》（国人口发〔2013〕41号）",
        conditions="经鉴定为三级以上计划生育手术并发症的本镇户籍人员。",
        materials=["特别扶助申请表1份", "本人身份证原件及复印件1份", "计划生育手术并发症鉴定结论书复印件1份"],
        legal="20个工作日", promised="十五个工作日",
        defects=(Defect("promised_limit", "F", "时限用中文数字书写“十五个工作日”（可解析为15个工作日，建议改写为阿拉伯数字）"),),
    )
    d.item(
        "家庭医生签约服务", "公共服务",
        basis="《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）",
        conditions="本镇常住居民。",
        materials=["居民身份证或社会保障卡1份", "家庭医生签约服务协议书1份"],
        legal="即办", promised="即办", visits=0,
        set_cells={"phone_complaint": d.phone},
        defects=(Defect("phone_complaint", "C", "监督投诉电话与咨询电话相同（0531-88101203）",
                        related=("phone_consult",)),),
    )
    d.item(
        "孕产妇健康管理服务", "公共服务",
        basis="《国家基本公共卫生服务规范（第三版）》",
        conditions="辖区内常住孕产妇。",
        materials=["孕妇身份证原件1份", "母子健康手册1份"],
        legal="即办", promised="即办", reason="需到镇卫生院现场建档并进行健康检查",
    )
    d.item(
        "病残儿医学鉴定申请受理", "公共服务",
        basis="《病残儿医学鉴定管理办法》（国家计生委令第7号）",
        conditions="第一个子女经诊断为非遗传性残疾、不能成长为正常劳动力，要求进行医学鉴定的本镇户籍夫妻。",
        materials=["病残儿医学鉴定申请表1份", "夫妻双方身份证原件及复印件1份", "病残儿病历及诊断证明复印件1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "计划生育家庭特别扶助金申请审核", "行政给付",
        basis="《中华人民共和国人口与计划生育法》；《全国独生子女伤残死亡家庭扶助制度试点方案》（国人口发〔2007〕78号）",
        conditions="独生子女伤残（三级以上），未再生育或收养子女，女方年满49周岁的本镇户籍夫妻。",
        materials=["计划生育家庭特别扶助申请表1份", "夫妻双方身份证原件及复印件1份",
                   "户口簿原件及复印件1份", "独生子女残疾人证复印件1份"],
        legal="30个工作日", promised="20个工作日",
        defects=(Defect("implementation_code", "X", "同一部门内同名事项“计划生育家庭特别扶助金申请审核”出现两次，编码不同",
                        group="same-name-two-codes"),),
    )
    d.item(
        "0-6岁儿童健康管理服务", "公共服务",
        basis="《国家基本公共卫生服务规范（第三版）》",
        conditions="辖区内常住的0-6岁儿童。",
        materials=["儿童预防接种证1份", "母子健康手册1份"],
        legal="即办", promised="即办", reason="需到镇卫生院现场进行儿童健康检查",
    )


def define_canlian(d: Dept) -> None:
    basis_card = "《中华人民共和国残疾人证管理办法》（残联发〔2017〕29号）"
    d.item(
        "残疾人证办理初审", "公共服务",
        basis=basis_card,
        conditions="符合残疾标准的本镇户籍残疾人。",
        materials=["残疾人证申请表1份", "申请人身份证或户口簿原件及复印件1份", "近期二寸免冠白底彩色照片3张"],
        legal="20个工作日", promised="5个工作日", reason="需申请人本人到场采集照片并核验身份",
    )
    d.item(
        "残疾人证换领", "公共服务",
        basis=basis_card,
        conditions="持有有效期届满或需要更换的第二代残疾人证的本镇户籍残疾人。",
        materials=["原残疾人证1份", "近期二寸免冠白底彩色照片2张"],
        legal="20个工作日", promised="5个工作日", reason="需交回原残疾人证并核验身份",
    )
    d.item(
        "残疾人证迁移", "公共服务",
        basis=basis_card,
        conditions="户籍迁入本镇的持证残疾人。",
        materials=["残疾人证原件1份", "户口迁移证明复印件1份"],
        legal="20个工作日", promised="10个工作日", reason="",
        defects=(Defect("visit_reason", "C", "到办事现场次数为1，但未填写必须现场办理原因说明（其余需到现场的事项都已填写）",
                        related=("visits",)),),
    )
    it = d.item(
        "残疾人辅助器具申领", "行政给付",
        basis="《中华人民共和国残疾人保障法》；《残疾预防和残疾人康复条例》",
        conditions="持有第二代残疾人证、有辅助器具适配需求的本镇户籍残疾人。",
        materials=["辅助器具申请表1份", "残疾人证复印件1份", "身份证复印件1份"],
        legal="20个工作日", promised="10个工作日",
        set_cells={"kind": "5"},
        notes=(Note("kind", "事项类型写作代码“5”（不带前导0），是“行政给付”的合法同义写法"),),
    )
    bad = corrupt_check_char(d.body.code)
    it.values["implementer_code"] = bad
    it.verbatim.add("implementer_code")
    it.defects.append(Defect("implementer_code", "F",
                             f"实施主体编码校验位错误：末位应为“{d.body.code[-1]}”，填写为“{bad[-1]}”"))
    d.item(
        "残疾人两项补贴初审", "行政给付",
        basis="《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
        conditions="持有第二代残疾人证的本镇户籍困难残疾人和一级、二级重度残疾人。",
        materials=["两项补贴申请表1份", "残疾人证原件及复印件1份", "身份证原件及复印件1份"],
        legal="20个工作日", promised="10个工作日",
        set_cells={"kind": "5"},
        notes=(Note("kind", "事项类型写作代码“5”，是“行政给付”的合法同义写法"),),
    )
    d.item(
        "残疾儿童康复救助申请", "行政给付",
        basis="《国务院关于建立残疾儿童康复救助制度的意见》（国发〔2018〕20号）",
        conditions="本镇户籍0-6岁视力、听力、言语、肢体、智力残疾儿童和孤独症儿童。",
        materials=["残疾儿童康复救助申请表1份", "儿童户口簿原件及复印件1份", "医疗机构出具的诊断证明1份"],
        legal="15个工作日", promised="10个工作日",
    )
    d.item(
        "残疾人就业创业扶持", "公共服务",
        basis="《残疾人就业条例》",
        conditions="有就业创业意愿的本镇户籍就业年龄段残疾人。",
        materials=["残疾人就业创业扶持申请表1份", "残疾人证复印件1份"],
        legal="20个工作日", promised="10个工作日",
        process="见附件",
        defects=(Defect("process", "M", "办理流程填写占位词“见附件”"),),
    )
    d.item(
        "残疾人机动轮椅车燃油补贴申领", "行政给付",
        basis="《残疾人机动轮椅车燃油补贴资金管理暂行办法》（财社〔2010〕265号）",
        conditions="持有第二代残疾人证的下肢残疾人，本人拥有机动轮椅车且持有有效驾驶证。",
        materials=["燃油补贴申请表1份", "残疾人证复印件1份", "机动轮椅车行驶证复印件1份", "驾驶证复印件1份"],
        legal="30个工作日", promised="20个工作日",
        set_cells={"level": "县级"},
        defects=(Defect("level", "C", "行使层级为“县级”，与目录层级（镇级）不一致"),),
    )
    d.item(
        "贫困残疾人家庭无障碍改造申请", "公共服务",
        basis="《无障碍环境建设条例》",
        conditions="本镇户籍、有无障碍改造需求的困难重度残疾人家庭。",
        materials=["无障碍改造申请表1份", "残疾人证复印件1份", "户口簿复印件1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "残疾学生助学补贴申请", "行政给付",
        basis="《中华人民共和国残疾人保障法》；《山东省实施〈中华人民共和国残疾人保障法〉办法》",
        conditions="本镇户籍、在校就读的持证残疾学生及残疾人家庭子女。",
        materials=["助学补贴申请表1份", "学生证或录取通知书复印件1份", "残疾人证复印件1份"],
        legal="20个工作日", promised="10个工作日",
        depth=4,
        defects=(Defect("online_depth", "C", "网上办理深度为“四级”（全程网办），但到办事现场次数为1",
                        related=("visits",)),),
    )
    d.item(
        "重度残疾人托养照护服务申请", "公共服务",
        basis="《中华人民共和国残疾人保障法》",
        conditions="本镇户籍、需要长期照护的一级、二级重度残疾人。",
        materials=["托养照护服务申请表1份", "残疾人证复印件1份", "监护人身份证复印件1份"],
        legal="20个工作日", promised="15个工作日",
    )
    d.item(
        "残疾人职业技能培训报名", "公共服务",
        basis="《残疾人就业条例》",
        conditions="就业年龄段内有培训意愿的持证残疾人。",
        materials=["培训报名表1份", "残疾人证复印件1份"],
        legal="即办", promised="即办", visits=0,
        set_cells={"visit_reason": "需本人到场填写报名表"},
        defects=(Defect("visit_reason", "C", "到办事现场次数为0，却填写了必须现场办理的原因“需本人到场填写报名表”",
                        related=("visits",)),),
    )


def define_tuiyi(d: Dept) -> None:
    d.item(
        "优抚对象抚恤补助", "行政给付",
        basis="《军人抚恤优待条例》；《中华人民共和国退役军人保障法》",
        conditions="本镇户籍的残疾军人、烈士遗属、因公牺牲军人遗属、病故军人遗属和在乡复员军人等重点优抚对象。",
        materials=["优抚对象抚恤补助申请表1份", "身份证原件及复印件1份", "优抚对象证件原件及复印件1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "退役军人信息采集", "公共服务",
        basis="《中华人民共和国退役军人保障法》",
        conditions="户籍在本镇的退役军人。",
        materials=["身份证原件1份", "退伍证或退役证明原件1份"],
        legal="即办", promised="即办", reason="需现场核对退役证件原件并采集照片",
    )
    d.item(
        "悬挂光荣牌", "公共服务",
        basis="退役军人事务部等《光荣牌悬挂工作实施办法》",
        conditions="本镇户籍的烈士遗属、因公牺牲军人遗属、病故军人遗属、现役军人家庭、退役军人家庭。",
        materials=["光荣牌悬挂信息登记表1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "义务兵家庭优待金发放", "行政给付",
        basis="《军人抚恤优待条例》第三十三条",
        conditions="从本镇入伍的义务兵家庭。",
        materials=["入伍通知书复印件1份", "义务兵家庭户口簿复印件1份", "银行账户信息1份"],
        legal="30个工作日", promised="15个工作日",
    )
    d.item(
        "烈士纪念设施祭扫服务", "公共服务",
        basis="《烈士褒扬条例》",
        conditions="需要祭扫烈士纪念设施的烈士遗属及社会公众。",
        materials=["祭扫预约登记信息1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "退役军人就业创业服务", "公共服务",
        basis="《中华人民共和国退役军人保障法》",
        conditions="有就业创业需求的本镇退役军人。",
        materials=["身份证原件1份", "退役证件原件1份", "就业创业服务需求登记表1份"],
        legal="即办", promised="即办",
    )
    d.item(
        "重点优抚对象医疗补助申请", "行政给付",
        basis="《优抚对象医疗保障办法》",
        conditions="本镇户籍的重点优抚对象发生医疗费用的。",
        materials=["医疗补助申请表1份", "优抚对象证件复印件1份", "医疗费用票据原件1份", "诊断证明1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "退役军人困难帮扶申请", "行政给付",
        basis="《中华人民共和国退役军人保障法》",
        conditions="因病、因灾、因意外事故等原因导致基本生活出现严重困难的本镇退役军人。",
        materials=["困难帮扶申请表1份", "身份证原件及复印件1份", "退役证件复印件1份", "困难情况说明1份"],
        legal="２０个工作日", promised="10个工作日",
        defects=(Defect("legal_limit", "F", "时限使用全角数字“２０个工作日”（应为半角“20个工作日”，可自动修正）"),),
    )
    d.item(
        "退役军人优待证申领", "公共服务",
        basis="《退役军人、其他优抚对象优待证管理办法（试行）》",
        conditions="本镇户籍的退役军人和其他优抚对象。",
        materials=["优待证申领登记表1份", "身份证原件1份", "近期免冠彩色照片1张"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "残疾军人伤残等级评定初审", "行政确认",
        basis="《伤残抚恤管理办法》",
        conditions="本镇户籍、因战因公致残未评定伤残等级的退役军人。",
        materials=["伤残等级评定申请表1份", "身份证复印件1份", "致残经过证明1份", "医疗诊断证明1份"],
        legal="20个工作日", promised="15个工作日",
    )
    d.item(
        "在乡老复员军人定期定量补助", "行政给付",
        basis="《军人抚恤优待条例》",
        conditions="本镇户籍、1954年10月31日前入伍的在乡复员军人。",
        materials=["定期定量补助申请表1份", "复员证或入伍证明复印件1份", "身份证复印件1份"],
        legal="30个工作日", promised="20个工作日",
    )
    d.item(
        "退役军人权益维护咨询", "公共服务",
        basis="《中华人民共和国退役军人保障法》",
        conditions="有权益维护咨询需求的本镇退役军人及其家属。",
        materials=["咨询人身份证件1份"],
        legal="即办", promised="即办", visits=0,
    )


def define_nongye(d: Dept) -> None:
    d.item(
        "农村宅基地申请审批", "行政许可",
        basis="《中华人民共和国土地管理法》第六十二条；《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）",
        conditions="本镇农村集体经济组织成员，符合“一户一宅”规定，且符合国土空间规划、村庄规划的。",
        materials=["农村宅基地和建房（规划许可）申请表1份", "农村宅基地使用承诺书1份",
                   "申请人身份证及户口簿复印件1份", "村民小组会议记录1份"],
        legal="20个工作日", promised="15个工作日", visits=2,
        reason="需现场提交申请材料并参加宅基地实地踏勘，审批后到现场领取批准书",
        defects=(Defect("visits", "C", "到办事现场次数为2，超过本镇“最多跑一次”承诺"),),
    )
    d.item(
        "农村土地承包经营权流转及备案", "其他行政权力",
        basis="《中华人民共和国农村土地承包法》第三十六条；《农村土地经营权流转管理办法》",
        conditions="本镇依法取得土地承包经营权的承包方。",
        materials=["土地经营权流转合同1份", "承包方身份证复印件1份", "土地承包经营权证复印件1份"],
        legal="10个工作日", promised="5个工作日",
        defects=(Defect("name", "G", "一个名称捆绑了“流转”和“备案”两项服务（用“及”连接）"),),
    )
    d.item(
        "耕地地力保护补贴申领", "行政给付",
        basis="《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）",
        conditions="拥有耕地承包权的本镇种地农民。",
        materials=["耕地地力保护补贴申报表1份", "承包方身份证复印件1份", "社会保障卡或银行账户信息1份"],
        legal="20个工作日", promised="10个工作日", basic_code_as_number=True,
        notes=(Note("basic_code", "基本编码单元格存成数字（不以0开头，数值无损，显示格式为“0”）；应读作12位编码"),),
    )
    d.item(
        "农村集体经济组织成员身份确认", "行政确认",
        basis="《中华人民共和国民法典》第二百六十一条",
        conditions="户籍在本镇村集体、与集体经济组织形成稳定权利义务关系的人员。",
        materials=["成员身份确认申请表1份", "身份证及户口簿复印件1份", "村集体经济组织成员大会决议1份"],
        legal="30个工作日", promised="20个工作日",
    )
    machinery = d.item(
        "农业机械购置补贴申请受理", "行政给付",
        basis="《中华人民共和国农业机械化促进法》第二十七条",
        conditions="购买纳入补贴范围农业机械的本镇农民和农业生产经营组织。",
        materials=["农机购置补贴申请表1份", "购机发票原件及复印件1份", "购机者身份证复印件1份", "农机具铭牌照片1张"],
        legal="15个工作日", promised="10个工作日", objects="自然人,法人",
        defects=(Defect("implementation_code", "X", "两个不同事项使用同一个实施编码（下一行复制了本行编码）",
                        group="duplicate-implementation-code"),),
    )
    d.item(
        "农作物秸秆综合利用补贴申报", "行政给付",
        basis="《中华人民共和国大气污染防治法》第七十六条",
        conditions="开展农作物秸秆还田、离田利用的本镇农户和农业生产经营主体。",
        materials=["秸秆综合利用补贴申报表1份", "申报人身份证复印件1份", "作业面积确认单1份"],
        legal="20个工作日", promised="15个工作日", objects="自然人,法人",
        set_cells={"implementation_code": machinery.values["implementation_code"]},
        defects=(Defect("implementation_code", "X",
                        "两个不同事项使用同一个实施编码（与上一行“农业机械购置补贴申请受理”相同；本行基本编码段也与基本编码列不一致）",
                        group="duplicate-implementation-code"),),
    )
    d.item(
        "农村土地经营权流转合同鉴证", "公共服务",
        basis="《农村土地经营权流转管理办法》（农业农村部令2021年第1号）",
        conditions="已签订土地经营权流转合同、申请鉴证的流转双方。",
        materials=["土地经营权流转合同原件2份", "流转双方身份证复印件各1份"],
        legal="10个工作日", promised="5个工作日",
    )
    d.item(
        "政策性农业保险投保服务", "公共服务",
        basis="《农业保险条例》",
        conditions="从事种植业、养殖业生产的本镇农户和农业生产经营组织。",
        materials=["投保人身份证复印件1份", "农业保险投保单1份"],
        legal="即办", promised="即办", objects="自然人,法人", reason="需投保人现场签署投保单",
    )
    d.item(
        "农民专业合作社注册指导", "公共服务",
        basis="《中华人民共和国农民专业合作社法》",
        conditions="拟设立农民专业合作社的本镇农民。",
        materials=["设立人身份证复印件1份", "合作社章程草案1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "实际种粮农民一次性补贴申领", "行政给付",
        basis="《财政部 农业农村部关于对实际种粮农民发放一次性补贴的通知》",
        conditions="实际承担种粮成本的本镇农民，包括利用自有承包地种粮的农民和流转土地种粮的种粮大户、家庭农场。",
        materials=["种粮面积申报表1份", "申报人身份证复印件1份", "社会保障卡或银行账户信息1份"],
        legal="20个工作日", promised="10个工作日",
    )
    d.item(
        "土地承包经营纠纷调解", "公共服务",
        basis="《中华人民共和国农村土地承包经营纠纷调解仲裁法》第七条",
        conditions="发生农村土地承包经营纠纷、申请调解的当事人。",
        materials=["调解申请书1份", "当事人身份证复印件1份", "土地承包合同复印件1份"],
        legal="30个工作日", promised="20个工作日", reason="需当事人到场参加调解",
    )
    d.item(
        "家庭农场名录登记", "公共服务",
        basis="《关于实施家庭农场培育计划的指导意见》",
        conditions="在本镇从事农业规模化、标准化、集约化生产经营的农户。",
        materials=["家庭农场名录登记表1份", "经营者身份证复印件1份", "土地承包或流转合同复印件1份"],
        legal="15个工作日", promised="5个工作日",
    )


def define_guihua(d: Dept) -> None:
    d.item(
        "乡村建设规划许可证核发", "行政许可",
        basis="《中华人民共和国城乡规划法》第四十一条",
        conditions="在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设以及农村村民住宅建设，符合乡、村庄规划的。",
        materials=["乡村建设规划许可申请表1份", "申请人身份证复印件1份",
                   "宅基地批准文件或土地使用证明复印件1份", "建设工程设计方案（图纸）1份"],
        legal="20个工作日", promised="10个工作日", objects="自然人,法人",
        result=("出证办结", "乡村建设规划许可证"),
        process="1.受理：申请人向镇便民服务中心提交申请材料；2.审核：镇规划建设办审核后报县自然资源局；"
                "3.办结：县自然资源局核发乡村建设规划许可证。",
        defects=(Defect("process", "M", "行政许可的办理流程只有受理、审核、办结，没有“决定”“送达”环节"),),
        notes=(Note("legal_limit", "表头“法定办结时限（工作日）”带单位，单元格是裸数字20，应读作20个工作日"),),
    )
    d.item(
        "乡村建设规划许可证变更", "行政许可",
        basis="《中华人民共和国城乡规划法》第四十一条、第五十条",
        conditions="已取得乡村建设规划许可证，确需变更许可内容的。",
        materials=["变更申请书1份", "原乡村建设规划许可证原件1份", "变更后的设计方案1份"],
        legal="20个工作日", promised="10个工作日", objects="自然人,法人",
        result=("出证办结", "乡村建设规划许可证"),
        set_cells={"kind": "行政审批"},
        defects=(Defect("kind", "F", "事项类型“行政审批”不在枚举值中（最接近的合法值：行政许可）"),),
    )
    d.item(
        "农村危房改造补助申请", "行政给付",
        basis="《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》（建村〔2021〕35号）",
        conditions="本镇农村低收入群体等重点对象，住房经鉴定为C级或D级危房的。",
        materials=["农村危房改造申请表1份", "申请人身份证及户口簿复印件1份", "房屋危险性鉴定报告1份",
                   "有关部门要求的其他材料"],
        legal="30个工作日", promised="20个工作日",
        result=("其他", "农村危房改造补助资金发放"),
        defects=(Defect("materials", "G", "申请材料含兜底条款“有关部门要求的其他材料”"),),
    )
    d.item(
        "农村建房开工查验", "行政检查",
        basis="《中华人民共和国城乡规划法》第四十一条；《山东省城乡规划条例》",
        conditions="已取得乡村建设规划许可证、准备开工建设的农村村民。",
        materials=["乡村建设规划许可证复印件1份", "开工查验申请表1份"],
        legal="5个工作日", promised="3个工作日", reason="需建房户到场配合放线查验",
        result=("其他", "开工查验记录"),
    )
    d.item(
        "农村住房竣工规划核实", "行政确认",
        basis="《中华人民共和国城乡规划法》第四十五条",
        conditions="农村住房建设竣工、申请规划核实的建房户。",
        materials=["竣工规划核实申请表1份", "乡村建设规划许可证复印件1份", "竣工现状照片1份"],
        legal="15个工作日", promised="7个工作日",
        result=("其他", "规划核实意见"),
    )
    d.item(
        "房屋安全鉴定申请受理", "公共服务",
        basis="《城市危险房屋管理规定》（建设部令第129号）",
        conditions="对房屋安全存在疑问、申请安全鉴定的房屋所有人或使用人。",
        materials=["房屋安全鉴定申请表1份", "申请人身份证复印件1份", "房屋权属证明复印件1份"],
        legal="30个工作日", promised="20个工作日",
        result=("其他", "房屋安全鉴定报告"),
    )
    d.item(
        "农村住房建设技术指导", "公共服务",
        basis="《村庄和集镇规划建设管理条例》",
        conditions="有新建、翻建住房需求的本镇农村村民。",
        materials=["建房技术指导申请（网上填报）1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "农村建筑工匠培训登记", "公共服务",
        basis="《村庄和集镇规划建设管理条例》",
        conditions="从事农村住房建设施工的本镇建筑工匠。",
        materials=["培训登记表1份", "身份证复印件1份"],
        legal="即办", promised="即办", reason="需现场填写登记表并核验身份",
    )
    d.item(
        "农村自建房安全隐患排查", "行政检查",
        basis="《国务院办公厅关于印发全国自建房安全专项整治工作方案的通知》（国办发明电〔2022〕10号）",
        conditions="", materials=[], legal="", promised="", visits=None,
        notes=(Note("conditions", "行政检查类事项不要求受理条件、申请材料、时限、办件类型和跑动次数，这些单元格留空"),),
    )
    d.item(
        "农村生活污水处理设施运行维护报修", "公共服务",
        basis="《中华人民共和国水污染防治法》第五十二条",
        conditions="本镇农村生活污水处理设施出现故障的村民。",
        materials=["报修信息登记1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "村庄规划公示查询", "公共服务",
        basis="《中华人民共和国城乡规划法》第二十六条",
        conditions="需要查询村庄规划的本镇村民和单位。",
        materials=["查询人身份信息1份"],
        legal="即办", promised="即办", visits=0, objects="自然人,法人",
    )
    d.item(
        "农村住宅设计图集免费领取", "公共服务",
        basis="《村庄和集镇规划建设管理条例》",
        conditions="有建房需求的本镇农村村民。",
        materials=["领取人身份信息1份"],
        legal="即办", promised="即办", visits=0,
    )


def define_sifa(d: Dept) -> None:
    d.item(
        "人民调解", "公共服务",
        basis="《中华人民共和国人民调解法》第十七条",
        conditions="民间纠纷当事人自愿申请调解的。",
        materials=["人民调解申请书1份", "当事人身份证复印件1份"],
        legal="30个工作日", promised="15个工作日", reason="需当事人到场参加调解",
    )
    d.item(
        "法律援助申请受理", "行政给付",
        basis="《中华人民共和国法律援助法》第三十八条、第四十三条",
        conditions="因经济困难没有委托代理人或者辩护人，申请事项属于法律援助范围的公民。",
        materials=["法律援助申请表1份", "申请人身份证原件及复印件1份", "经济困难状况说明表1份", "诉讼文书复印件1份"],
        legal="7个工作日", promised="3个工作日",
    )
    d.item(
        "社区矫正对象报到登记", "其他行政权力",
        basis="《中华人民共和国社区矫正法》第二十一条",
        conditions="被判处管制、宣告缓刑、假释和暂予监外执行的本镇社区矫正对象。",
        materials=["判决书或裁定书复印件1份", "居民身份证原件1份", "社区矫正对象报到登记表1份"],
        legal="即办", promised="即办", reason="社区矫正对象须本人到场报到",
    )
    d.item(
        "刑满释放人员安置帮教衔接", "公共服务",
        basis="《中华人民共和国监狱法》第三十五条",
        conditions="刑满释放回本镇居住的人员。",
        materials=["释放证明书复印件1份", "身份证复印件1份"],
        legal="即办", promised="即办", reason="需本人到场办理衔接登记",
    )
    it = d.item(
        "法治宣传教育服务", "公共服务",
        basis="《山东省法治宣传教育条例》",
        conditions="本镇机关、企事业单位、村（居）民委员会及群众。",
        materials=["法治宣传服务需求登记表1份"],
        legal="即办", promised="即办", visits=0, objects="自然人,法人",
    )
    lost = int(it.values["basic_code"])
    it.defects.append(Defect("basic_code", "F",
                             f"基本编码存成数字{lost}，丢失了前导零（应为文本“{it.values['basic_code']}”）"))
    it.values["basic_code"] = lost
    it.verbatim.add("basic_code")
    d.item(
        "公共法律服务咨询", "公共服务",
        basis="/",
        conditions="有法律咨询需求的群众。",
        materials=["咨询人身份信息1份"],
        legal="即办", promised="即办", visits=0,
        defects=(Defect("legal_basis", "M", "设定依据填写占位符“/”"),),
    )
    d.item(
        "人民调解协议司法确认协助", "公共服务",
        basis="《中华人民共和国人民调解法》第三十三条",
        conditions="经人民调解委员会调解达成调解协议、双方当事人认为有必要申请司法确认的。",
        materials=["人民调解协议书1份", "双方当事人身份证复印件1份"],
        legal="5个工作日", promised="3个工作日", reason="需双方当事人共同到场",
    )
    d.item(
        "法律援助经济困难状况核查", "行政确认",
        basis="《中华人民共和国法律援助法》第四十一条",
        conditions="申请法律援助、需要核查经济困难状况的申请人。",
        materials=["经济困难状况说明表1份", "申请人身份证复印件1份"],
        legal="7个工作日", promised="3个工作日",
    )
    d.item(
        "社区矫正对象外出审批", "其他行政权力",
        basis="《中华人民共和国社区矫正法》第二十七条；《中华人民共和国社区矫正法实施办法》第二十六条",
        conditions="社区矫正对象因就医、家庭重大变故等原因确需外出，外出时间在七日以内的。",
        materials=["外出申请书1份", "就医证明或家庭变故证明1份"],
        legal="3个工作日", promised="2个工作日", reason="社区矫正对象须本人到场提交申请",
    )
    d.item(
        "村（居）法律顾问服务", "公共服务",
        basis="《关于加快推进公共法律服务体系建设的意见》",
        conditions="本镇村（居）民委员会及村（居）民。",
        materials=["法律顾问服务需求登记表1份"],
        legal="即办", promised="即办", visits=0, objects="自然人,法人",
    )
    d.item(
        "公证服务咨询", "公共服务",
        basis="《中华人民共和国公证法》",
        conditions="需要办理公证事项的群众。",
        materials=["咨询人身份信息1份"],
        legal="即办", promised="即办", visits=0,
    )
    d.item(
        "人民调解委员会设立备案", "其他行政权力",
        basis="《中华人民共和国人民调解法》第八条",
        conditions="本镇村（居）民委员会、企业事业单位设立人民调解委员会的。",
        materials=["人民调解委员会设立备案表1份", "人民调解员名单1份"],
        legal="10个工作日", promised="5个工作日", objects="法人",
    )


def define_zhifa(d: Dept) -> None:
    d.item(
        "门前三包责任书签订", "公共服务",
        basis="《城市市容和环境卫生管理条例》",
        conditions="本镇临街经营的单位和个体工商户。",
        materials=["营业执照复印件1份", "负责人身份证复印件1份"],
        legal="即办", promised="即办", objects="自然人,法人", reason="需现场签订门前三包责任书",
    )
    d.item(
        "户外广告设置审批", "行政许可",
        basis="《城市市容和环境卫生管理条例》第十一条",
        conditions="在本镇建成区内设置户外广告，符合户外广告设置规划的。",
        materials=["户外广告设置申请表1份", "营业执照或身份证复印件1份", "广告设置效果图1份", "场地使用权证明1份"],
        legal="20个工作日", promised="5个工作日", objects="自然人,法人",
        result=("出文办结", "户外广告设置许可决定书"),
    )
    d.item(
        "城市道路挖掘许可", "行政许可",
        basis="《城市道路管理条例》第三十三条",
        conditions="因工程建设需要挖掘城市道路，持有规划、建设审批文件的建设单位。",
        materials=["挖掘城市道路申请表1份", "规划部门批准文件复印件1份", "施工方案及挖掘路段平面图1份"],
        legal="20个工作日", promised="7个工作日", objects="法人",
        fee=("按挖掘面积收取城市道路挖掘修复费",
             "《城市道路管理条例》第三十三条；省价格主管部门核定的城市道路挖掘修复费标准"),
        result=("审批办结", "城市道路挖掘许可证"),
        defects=(Defect("result_type", "C", "审批结果“城市道路挖掘许可证”是证件，审批结果类型却填“审批办结”（应为出证办结）",
                        related=("result_name",)),),
    )
    d.item(
        "临时占用城市道路审批", "行政许可",
        basis="《城市道路管理条例》第三十一条、第三十七条",
        conditions="因特殊情况需要临时占用城市道路的单位和个人。",
        materials=["临时占用城市道路申请表1份", "申请人身份证或营业执照复印件1份", "占道位置示意图1份"],
        legal="20个工作日", promised="5个工作日", objects="自然人,法人",
        fee=("按占用面积和期限收取城市道路占用费", ""),
        result=("出文办结", "临时占用城市道路许可决定书"),
        defects=(Defect("fee_basis", "C", "是否收费为“是”，但收费依据为空", related=("fee_charged",)),),
    )
    d.item(
        "城市建筑垃圾处置核准", "行政许可",
        basis="《城市建筑垃圾管理规定》（建设部令第139号）第七条",
        conditions="处置建筑垃圾的施工单位，已与运输单位签订运输合同并有消纳场所的。",
        materials=["建筑垃圾处置核准申请表1份", "建筑垃圾运输合同1份", "消纳场所证明1份"],
        legal="20个工作日", promised="5个工作日", objects="法人",
        result=("出证办结", "城市建筑垃圾处置核准证"),
    )
    penalty_note = Note("conditions", "行政处罚类事项不要求受理条件、申请材料、承诺办结时限、办件类型和跑动次数，这些单元格留空")
    d.item(
        "对未取得乡村建设规划许可证进行建设的行政处罚", "行政处罚",
        basis="《中华人民共和国城乡规划法》第六十五条",
        conditions="", materials=[], legal="90个自然日", promised="", visits=None,
        objects="自然人,法人", result=("出文办结", "行政处罚决定书"),
        notes=(penalty_note,),
    )
    d.item(
        "对擅自设置户外广告的行政处罚", "行政处罚",
        basis="《城市市容和环境卫生管理条例》第三十六条",
        conditions="", materials=[], legal="90个自然日", promised="", visits=None,
        objects="自然人,法人", result=("出文办结", "行政处罚决定书"),
        notes=(penalty_note,),
    )
    d.item(
        "砍伐城市树木审批", "行政许可",
        basis="《城市绿化条例》第二十条",
        conditions="因建设或树木自身原因确需砍伐城市树木的单位和个人。",
        materials=["砍伐城市树木申请表1份", "树木现状照片1份", "补植方案1份"],
        legal="20个工作日", promised="10个工作日", objects="自然人,法人",
        result=("出文办结", "砍伐城市树木审批决定书"),
    )
    d.item(
        "户外宣传品设置备案", "其他行政权力",
        basis="《城市市容和环境卫生管理条例》第十一条",
        conditions="在本镇临时设置户外宣传品的单位和个人。",
        materials=["户外宣传品设置备案表1份", "宣传品样稿1份"],
        legal="即办", promised="即办", objects="自然人,法人", reason="需现场核对宣传品样稿",
    )
    d.item(
        "行政执法投诉举报受理", "公共服务",
        basis="《信访工作条例》",
        conditions="对市容环境、违法建设等违法行为进行投诉举报的单位和个人。",
        materials=["投诉举报信息1份"],
        legal="即办", promised="即办", visits=0, objects="自然人,法人",
    )
    d.item(
        "城市建筑垃圾运输车辆备案", "其他行政权力",
        basis="《城市建筑垃圾管理规定》（建设部令第139号）",
        conditions="在本镇从事建筑垃圾运输的单位。",
        materials=["运输车辆备案表1份", "车辆行驶证复印件1份", "运输单位营业执照复印件1份"],
        legal="10个工作日", promised="3个工作日", objects="法人",
    )
    d.item(
        "门店招牌设置备案", "其他行政权力",
        basis="《城市市容和环境卫生管理条例》",
        conditions="在本镇临街设置门店招牌的经营者。",
        materials=["门店招牌设置备案表1份", "营业执照复印件1份", "招牌设计效果图1份"],
        legal="即办", promised="即办", objects="自然人,法人", reason="需现场核对招牌设置位置",
    )


def define_all() -> None:
    for dept, define in [
        (MINZHENG, define_minzheng), (SHEBAO_D, define_shebao), (WEIJIAN, define_weijian),
        (CANLIAN_D, define_canlian), (TUIYI_D, define_tuiyi), (NONGYE, define_nongye),
        (GUIHUA, define_guihua), (SIFA_D, define_sifa), (ZHIFA, define_zhifa),
    ]:
        dept.items.clear()
        define(dept)


# ---------------------------------------------------------------------------
# 列定义与单元格位置记录
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    key: str  # 元素键；"seq" 为序号，"remark" 为备注（未知列）
    fmt: Callable[[Any], Any] | None = None  # 本文件对该元素的写法
    group: str | None = None  # 两行分组表头的上层标题
    width: int = 14


DEPTH_LEVELS = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
DEPTH_CODES = {2: "1^2", 3: "1^2^3", 4: "1^2^3^4^5^6"}


def depth_levels(v: int | None) -> str:
    return DEPTH_LEVELS.get(v, "") if v else ""


def depth_words(v: int | None) -> str:
    return "全程网办" if v == 4 else depth_levels(v)


def depth_codes(v: int | None) -> str:
    return DEPTH_CODES.get(v, "") if v else ""


def bare_workdays(v: str) -> Any:
    """“20个工作日” -> 20（表头已带单位“（工作日）”）。"""
    m = re.fullmatch(r"(\d+)个工作日", v)
    return int(m.group(1)) if m else v


@dataclass(frozen=True)
class CellRef:
    file: str
    sheet: str | None  # CSV 为 None
    row: int  # 表格软件中显示的行号（从 1 开始）
    col: int  # 列序号（从 1 开始）

    @property
    def cell(self) -> str:
        return f"{get_column_letter(self.col)}{self.row}"

    def __str__(self) -> str:
        return f"{self.file}!{self.cell}"


@dataclass
class Layout:
    """写文件时记录每个事项每个元素落在哪个单元格。"""

    cells: dict[tuple[str, str], CellRef] = field(default_factory=dict)
    code_key: dict[str, str] = field(default_factory=dict)  # 事项 id -> 该表中作为 code 的元素
    headers: dict[tuple[str, str | None, str], CellRef] = field(default_factory=dict)
    shapes: list[tuple[str, str, str, str]] = field(default_factory=list)  # 文件, 工作表, 位置, 说明


def cell_value(item: Item, col: Column, seq: int) -> Any:
    if col.key == "seq":
        return seq
    value = item.values[col.key]
    if col.key in item.verbatim or col.fmt is None:
        return "" if value is None else value
    return col.fmt(value)


def record(layout: Layout, item: Item, columns: list[Column], file: str, sheet: str | None, row: int) -> None:
    keys = [c.key for c in columns]
    layout.code_key[item.id] = "implementation_code" if "implementation_code" in keys else "basic_code"
    for ci, c in enumerate(columns, 1):
        if c.key != "seq":
            layout.cells[(item.id, c.key)] = CellRef(file, sheet, row, ci)


# ---------------------------------------------------------------------------
# 生成前的审计：用简化版规则检查全部事项，确认只有埋设的缺陷会被发现
# ---------------------------------------------------------------------------

PLACEHOLDERS = {"无", "/", "\\", "—", "--", "暂无", "待定", "略", "同上", "见附件", "详见附件", "另行通知", "按规定"}
CATCH_ALLS = ("其他材料", "其他相关材料", "相关证明材料", "有关部门要求的其他材料", "法律法规规定的其他材料", "等材料")
OFFICIAL_NAMES_WITH_CONJUNCTION = {"困难残疾人生活补贴和重度残疾人护理补贴"}
KIND_SYNONYMS = {**{code: kind for kind, code in KIND_CODES.items()},
                 **{code.lstrip("0"): kind for kind, code in KIND_CODES.items()}}
PHONE_RE = re.compile(r"0\d{2,3}-\d{7,8}")
FULLWIDTH_DIGITS = re.compile("[０-９]")


def parse_limit(text: str) -> tuple[int, str] | None:
    """只接受规范写法：“N个工作日”“N个自然日”“即办”。"""
    if text == "即办":
        return 0, "即办"
    m = re.fullmatch(r"(\d+)个(工作日|自然日)", text)
    return (int(m.group(1)), m.group(2)) if m else None


# svcat's M007: the steps a 行政许可's process must show, each in any of these words.
PERMIT_STEPS = [
    ("受理", "收件", "接件"),
    ("审查", "审核", "核查", "核实", "审批", "勘查", "踏勘", "查验", "初审"),
    ("决定", "批准", "准予", "不予", "审批", "签发", "作出"),
    ("送达", "发证", "颁证", "颁发", "领取", "领证", "发放", "寄送", "邮寄", "送交", "出证", "交付"),
]


def implied_result_type(name: str) -> str | None:
    """svcat's C010: …证 is a certificate, …文 a document, …批复 a reply."""
    name = re.sub(r"[（(][^（）()]*[）)]$", "", name.strip()).strip("》」”\"。 ")
    if name.endswith("批复"):
        return "审批办结"
    if name.endswith("证"):
        return "出证办结"
    if name.endswith("文"):
        return "出文办结"
    return None


def kind_of(value: Any) -> str:
    return KIND_SYNONYMS.get(value, value)


def item_problems(it: Item) -> set[str]:
    """返回有问题的元素键（只看单个事项，只看该事项所在表里有的列）。"""
    keys = {c.key for c in dept_columns(it.dept)}
    v = {key: value for key, value in it.values.items() if key in keys}
    v.setdefault("implementation_code", "")
    found: set[str] = set()
    for key, value in v.items():
        if isinstance(value, str) and value.strip() in PLACEHOLDERS:
            found.add(key)
        if isinstance(value, str) and FULLWIDTH_DIGITS.search(value):
            found.add(key)
    materials = v["materials"]
    if any(word in materials for word in CATCH_ALLS) or "如属" in materials:
        found.add("materials")
    if materials and "；" not in materials and not materials.startswith("1.") and len(materials) > 40:
        found.add("materials")
    name = v["name"]
    if name.startswith("其他") and name.endswith("事项"):
        found.add("name")
    if re.search("[、及和或]", name) and name not in OFFICIAL_NAMES_WITH_CONJUNCTION:
        found.add("name")
    for key in ("legal_limit", "promised_limit"):
        if v[key] and parse_limit(v[key]) is None and key not in found:
            found.add(key)
    legal, promised = parse_limit(v["legal_limit"] or "-"), parse_limit(v["promised_limit"] or "-")
    if legal and promised and legal[1] == promised[1] == "工作日" and promised[0] > legal[0]:
        found.add("promised_limit")
    if promised and (v["handling_type"] == "即办件") != (promised[1] == "即办"):
        found.add("handling_type")
    depth = v["online_depth"]
    visits = v["visits"]
    if depth in (4, "四级", "全程网办") and visits:
        found.add("online_depth")
    if visits is not None and visits > 1:
        found.add("visits")
    if visits and not v["visit_reason"]:
        found.add("visit_reason")
    if visits == 0 and v["visit_reason"]:
        found.add("visit_reason")
    if v.get("result_type") and implied_result_type(v.get("result_name") or "") not in (None, v["result_type"]):
        found.add("result_type")
    if kind_of(v["kind"]) == "行政许可" and v["process"].strip() not in PLACEHOLDERS and any(
        not any(word in v["process"] for word in words) for words in PERMIT_STEPS
    ):
        found.add("process")
    if v["fee_charged"] == "是" and not v["fee_basis"]:
        found.add("fee_basis")
    if v["phone_consult"] == v["phone_complaint"]:
        found.add("phone_complaint")
    for key in ("phone_consult", "phone_complaint"):
        if not PHONE_RE.fullmatch(v[key]):
            found.add(key)
    if v["level"] not in (LEVEL, "镇级"):
        found.add("level")
    kind = KIND_SYNONYMS.get(v["kind"], v["kind"])
    if kind not in KIND_CODES:
        found.add("kind")
    if not uscc_is_valid(v["implementer_code"]):
        found.add("implementer_code")
    basic = it.values["basic_code"]  # 表中没有基本编码列时，它仍是实施编码的后12位
    if not isinstance(basic, str) or not re.fullmatch(r"\d{12}", basic):
        found.add("basic_code")
    elif kind in KIND_CODES and basic[2:4] != KIND_CODES[kind]:
        found.add("kind")
    code = v["implementation_code"]
    if code and (code != code.upper() or code != v["implementer_code"] + LEVEL_DIGIT_TOWN + str(basic)):
        found.add("implementation_code")
    return found


def catalog_problems() -> dict[str, set[str]]:
    """返回 事项 id -> 有问题的元素键（跨事项的检查）。"""
    found: dict[str, set[str]] = {}
    by_code: dict[str, list[Item]] = {}
    for dept in ALL_DEPTS:
        by_name: dict[str, list[Item]] = {}
        code_key = "implementation_code" if any(c.key == "implementation_code" for c in dept_columns(dept)) \
            else "basic_code"
        for it in dept.items:
            by_code.setdefault(str(it.values[code_key]), []).append(it)
            by_name.setdefault(it.name, []).append(it)
            if it.values["department"] != dept.name:
                found.setdefault(it.id, set()).add("department")
        for same in by_name.values():
            if len({str(x.values[code_key]) for x in same}) > 1:
                for x in same:
                    found.setdefault(x.id, set()).add("implementation_code")
    for same in by_code.values():
        if len(same) > 1:
            for x in same:
                found.setdefault(x.id, set()).add("implementation_code")
    return found


def audit_items() -> None:
    """每个事项被发现的问题必须恰好是它埋设的缺陷（主单元格所在元素）。"""
    cross = catalog_problems()
    for dept in ALL_DEPTS:
        for it in dept.items:
            found = item_problems(it) | cross.get(it.id, set())
            planted = {d.element for d in it.defects}
            if found != planted:
                raise SystemExit(f"审计失败：{dept.key}《{it.name}》发现 {sorted(found)}，埋设 {sorted(planted)}")


# ---------------------------------------------------------------------------
# 写文件
# ---------------------------------------------------------------------------

WIDTHS = {"name": 30, "legal_basis": 42, "conditions": 40, "materials": 50, "process": 44,
          "implementation_code": 34, "basic_code": 16, "implementer_code": 22, "visit_reason": 26,
          "location": 24, "hours": 30, "fee_basis": 30, "fee_standard": 24, "remark": 20, "seq": 6}


def col(header: str, key: str, fmt: Callable[[Any], Any] | None = None, group: str | None = None) -> Column:
    return Column(header, key, fmt, group, WIDTHS.get(key, 14))


def xlsx_header_style(cell) -> None:
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


WRAP = Alignment(vertical="center", wrap_text=True)


def write_xlsx_items(ws, items: list[Item], columns: list[Column], first_row: int,
                     file: str, layout: Layout) -> int:
    """在 ws 中从 first_row 起逐行写事项（每个事项一行），返回下一空行。"""
    row = first_row
    for seq, it in enumerate(items, 1):
        for ci, c in enumerate(columns, 1):
            value = cell_value(it, c, seq)
            cell = ws.cell(row=row, column=ci, value=value if value != "" else None)
            cell.alignment = WRAP
            if c.key == "basic_code" and it.numeric_basic_code:
                cell.value = int(it.values["basic_code"])
                cell.number_format = "0"
        record(layout, it, columns, file, ws.title, row)
        row += 1
    return row


def finish_xlsx(wb: openpyxl.Workbook, path: Path) -> None:
    wb.properties.creator = "青石镇人民政府"
    wb.properties.lastModifiedBy = "青石镇人民政府"
    wb.properties.created = FIXED_DATE
    wb.save(path)
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")

    def fix_core(name: str, data: bytes) -> bytes:
        if name != "docProps/core.xml":
            return data
        text = data.decode("utf-8")
        text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
        return text.encode("utf-8")

    normalize_zip(path, fix_core)


def normalize_zip(path: Path, rewrite: Callable[[str, bytes], bytes] | None = None) -> None:
    """把压缩包内每个文件的时间戳固定下来，使重复生成的文件逐字节一致。"""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in entries:
            if rewrite:
                data = rewrite(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zi.create_system = 3
            zout.writestr(zi, data)


# --- 01民政办.xlsx：标题行、填报信息行、两行分组表头、合并的实施部门列、一个事项占多行 ---

MINZHENG_COLUMNS = [
    col("序号", "seq"),
    col("实施部门", "department"),
    col("事项名称", "name"),
    col("基本编码", "basic_code"),
    col("实施编码", "implementation_code"),
    col("事项类型", "kind"),
    col("设定依据", "legal_basis"),
    col("行使层级", "level"),
    col("权力来源", "power_source"),
    col("实施主体编码", "implementer_code"),
    col("服务对象", "service_objects"),
    col("受理条件", "conditions"),
    col("申请材料", "materials"),
    col("办理流程", "process"),
    col("法定办结时限", "legal_limit", group="办理时限"),
    col("承诺办结时限", "promised_limit", group="办理时限"),
    col("办件类型", "handling_type"),
    col("是否收费", "fee_charged"),
    col("收费依据", "fee_basis"),
    col("到办事现场次数", "visits"),
    col("必须现场办理原因说明", "visit_reason"),
    col("网上办理深度", "online_depth", depth_levels),
    col("是否帮办代办", "proxy_service"),
    col("咨询电话", "phone_consult"),
    col("监督投诉电话", "phone_complaint"),
    col("办理地点", "location"),
    col("办理时间", "hours"),
    col("备注", "remark"),
]

INSTRUCTIONS = [
    "填报说明",
    "一、本表由镇直各部门（单位）填报，一个事项填写一行；同一事项有多项申请材料的，可分行逐项填写。",
    "二、“事项类型”按照行政许可、行政给付、行政确认、其他行政权力、公共服务等类别填写。",
    "三、“行使层级”统一填写“镇（乡、街道）级”。",
    "四、“办理时限”分为法定办结时限和承诺办结时限，以工作日计算；当场办结的填写“即办”。",
    "五、“到办事现场次数”填写0或1；需要到现场办理的，须填写必须现场办理原因说明。",
    "六、“申请材料”逐项编号填写，注明原件、复印件及份数，不得使用“其他相关材料”等兜底表述。",
    "七、填报联系人：镇便民服务中心综合科，联系电话：0531-88101200。",
]


def write_minzheng(path: Path, layout: Layout) -> None:
    file = path.name
    columns = MINZHENG_COLUMNS
    ncol = len(columns)
    last = get_column_letter(ncol)
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "填报说明"
    info.column_dimensions["A"].width = 100
    for r, line in enumerate(INSTRUCTIONS, 1):
        info.cell(row=r, column=1, value=line)
    info["A1"].font = Font(bold=True, size=14)
    layout.shapes.append((file, "填报说明", "整页", "填报说明页，不是事项"))

    ws = wb.create_sheet("实施清单")
    sheet = ws.title
    ws["A1"] = "青石镇民政办政务服务事项实施清单"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "填报单位：青石镇民政办    填报日期：2022年6月"
    ws.merge_cells(f"A2:{last}2")
    layout.shapes.append((file, sheet, f"A1:{last}1", "合并的标题行"))
    layout.shapes.append((file, sheet, f"A2:{last}2", "合并的填报信息行（填报单位、填报日期）"))

    # 两行分组表头：第3行为上层，第4行为下层
    ci = 1
    while ci <= ncol:
        c = columns[ci - 1]
        letter = get_column_letter(ci)
        if c.group:
            span = sum(1 for x in columns if x.group == c.group)
            end = get_column_letter(ci + span - 1)
            ws.cell(row=3, column=ci, value=c.group)
            ws.merge_cells(f"{letter}3:{end}3")
            xlsx_header_style(ws.cell(row=3, column=ci))
            for k in range(span):
                sub = columns[ci - 1 + k]
                ws.cell(row=4, column=ci + k, value=sub.header)
                xlsx_header_style(ws.cell(row=4, column=ci + k))
                layout.headers[(file, sheet, sub.header)] = CellRef(file, sheet, 4, ci + k)
            layout.shapes.append((file, sheet, f"{letter}3:{end}4",
                                  f"两行分组表头：“{c.group}”（{letter}3:{end}3 合并）下分"
                                  + "、".join(f"“{columns[ci - 1 + k].header}”" for k in range(span))))
            ci += span
            continue
        ws.cell(row=3, column=ci, value=c.header)
        ws.merge_cells(f"{letter}3:{letter}4")
        xlsx_header_style(ws.cell(row=3, column=ci))
        layout.headers[(file, sheet, c.header)] = CellRef(file, sheet, 3, ci)
        ci += 1
    layout.shapes.append((file, sheet, f"A3:{last}4", "其余表头单元格在第3、4行纵向合并，表头文字在第3行"))

    for ci, c in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(ci)].width = c.width
    ws.freeze_panes = "D5"

    key_col = {c.key: i for i, c in enumerate(columns, 1)}
    row = 5
    dept_runs: list[tuple[int, int, str]] = []  # (起始行, 结束行, 部门名称)
    for seq, it in enumerate(MINZHENG.items, 1):
        rows = len(it.material_rows) if it.material_rows else 1
        for ci, c in enumerate(columns, 1):
            value = cell_value(it, c, seq)
            if c.key == "department":
                continue  # 部门列稍后按合并区域写
            if c.key == "materials" and it.material_rows:
                value = it.material_rows[0]
            cell = ws.cell(row=row, column=ci, value=value if value != "" else None)
            cell.alignment = WRAP
        record(layout, it, columns, file, sheet, row)
        if it.material_rows:
            mcol = key_col["materials"]
            for k, material in enumerate(it.material_rows[1:], 1):
                ws.cell(row=row + k, column=mcol, value=material).alignment = WRAP
            for key in ("seq", "name", "basic_code", "implementation_code"):
                letter = get_column_letter(key_col[key])
                ws.merge_cells(f"{letter}{row}:{letter}{row + rows - 1}")
            layout.shapes.append((
                file, sheet, f"A{row}:{last}{row + rows - 1}",
                f"一个事项占{rows}行（{it.name}）：每行一项申请材料（{get_column_letter(mcol)}{row}:"
                f"{get_column_letter(mcol)}{row + rows - 1}），序号、事项名称、基本编码、实施编码纵向合并"
                f"（A、C、D、E 列），其余列在续行中为空",
            ))
        dept = it.values["department"]
        if dept_runs and dept_runs[-1][2] == dept:
            dept_runs[-1] = (dept_runs[-1][0], row + rows - 1, dept)
        else:
            dept_runs.append((row, row + rows - 1, dept))
        row += rows

    dcol = key_col["department"]
    dletter = get_column_letter(dcol)
    for start, end, dept in dept_runs:
        cell = ws.cell(row=start, column=dcol, value=dept)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if end > start:
            ws.merge_cells(f"{dletter}{start}:{dletter}{end}")
            layout.shapes.append((file, sheet, f"{dletter}{start}:{dletter}{end}",
                                  f"实施部门列纵向合并，只有左上角单元格 {dletter}{start} 有值“{dept}”"))
        else:
            layout.shapes.append((file, sheet, f"{dletter}{start}",
                                  f"实施部门单独一格（打断了合并区域），值为“{dept}”"))
    wb.active = 1
    finish_xlsx(wb, path)


# --- 02社会保障服务中心.csv：GB18030 编码、别名表头 ---

SHEBAO_COLUMNS = [
    col("序号", "seq"),
    col("事项编码", "implementation_code"),
    col("服务事项名称", "name"),
    col("事项类别", "kind"),
    col("法律依据", "legal_basis"),
    col("实施层级", "level"),
    col("实施主体", "department"),
    col("统一社会信用代码", "implementer_code"),
    col("行政相对人", "service_objects"),
    col("申请条件", "conditions"),
    col("所需材料", "materials"),
    col("办事流程", "process"),
    col("法定时限", "legal_limit"),
    col("承诺时限", "promised_limit"),
    col("办件类型", "handling_type"),
    col("是否收费", "fee_charged"),
    col("收费标准及依据", "fee_basis"),
    col("跑动次数", "visits"),
    col("必须现场办理原因说明", "visit_reason"),
    col("网办深度", "online_depth", depth_words),
    col("是否支持物流快递", "express_delivery"),
    col("咨询方式", "phone_consult"),
    col("投诉电话", "phone_complaint"),
    col("办理地址", "location"),
    col("办理时间", "hours"),
    col("备注", "remark"),
    col("是否帮办代办", "proxy_service"),
]


def write_shebao(path: Path, layout: Layout) -> None:
    file = path.name
    columns = SHEBAO_COLUMNS
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    for ci, c in enumerate(columns, 1):
        layout.headers[(file, None, c.header)] = CellRef(file, None, 1, ci)
    for seq, it in enumerate(SHEBAO_D.items, 1):
        writer.writerow([str(cell_value(it, c, seq)) for c in columns])
        record(layout, it, columns, file, None, seq + 1)
    path.write_bytes(buf.getvalue().encode("gb18030"))
    layout.shapes.append((file, "—", "整个文件", "GB18030（GBK）编码、逗号分隔、CRLF 换行；表头使用别名；第1行为表头"))


# --- 03卫生健康办.ods：标题行、别名表头、错别字表头、空行 ---

WEIJIAN_COLUMNS = [
    col("序号", "seq"),
    col("实施编码", "implementation_code"),
    col("基本编码", "basic_code"),
    col("事项名称（必填）", "name"),
    col("权力类型", "kind"),
    col("实施依据", "legal_basis"),
    col("办理层级", "level"),
    col("权力来源", "power_source"),
    col("实施主体", "department"),
    col("实施主体代码", "implementer_code"),
    col("实施主体性质", "implementer_nature"),
    col("办理对象", "service_objects"),
    col("受理条见", "conditions"),  # 错别字表头（应为“受理条件”）
    col("申报材料", "materials"),
    col("办理程序", "process"),
    col("特别程序", "special_procedures"),
    col("法定期限", "legal_limit"),
    col("承诺期限", "promised_limit"),
    col("办件类型", "handling_type"),
    col("收费", "fee_charged"),
    col("收费依据", "fee_basis"),
    col("到现场次数", "visits"),
    col("必须现场办理原因说明", "visit_reason"),
    col("网上办理深度", "online_depth", depth_codes),
    col("办理形式", "handling_forms"),
    col("咨询电话", "phone_consult"),
    col("监督电话", "phone_complaint"),
    col("办理地点", "location"),
    col("办理时间", "hours"),
    col("备注", "remark"),
]
WEIJIAN_BLANK_AFTER = 6  # 第6个事项之后有一个空行


def ods_cell(value: Any) -> TableCell:
    if value is None or value == "":
        return TableCell()
    if isinstance(value, (int, float)):
        cell = TableCell(valuetype="float", value=value)
        cell.addElement(P(text=str(value)))
        return cell
    cell = TableCell(valuetype="string")
    cell.addElement(P(text=str(value)))
    return cell


def write_weijian(path: Path, layout: Layout) -> None:
    file = path.name
    sheet = "卫生健康办"
    columns = WEIJIAN_COLUMNS
    doc = OpenDocumentSpreadsheet()
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%S")
    doc.meta.addElement(meta.CreationDate(text=stamp))
    doc.meta.addElement(dc.Date(text=stamp))
    doc.meta.addElement(dc.Title(text="青石镇卫生健康办政务服务事项目录"))
    table = Table(name=sheet)

    title = TableRow()
    cell = TableCell(valuetype="string", numbercolumnsspanned=len(columns))
    cell.addElement(P(text="青石镇卫生健康办政务服务事项目录（2022年6月）"))
    title.addElement(cell)
    for _ in range(len(columns) - 1):
        title.addElement(CoveredTableCell())
    table.addElement(title)
    last = get_column_letter(len(columns))
    layout.shapes.append((file, sheet, f"A1:{last}1", "标题行（ods 中横向合并；calamine 读不到 ods 的合并信息）"))

    header = TableRow()
    for ci, c in enumerate(columns, 1):
        header.addElement(ods_cell(c.header))
        layout.headers[(file, sheet, c.header)] = CellRef(file, sheet, 2, ci)
    table.addElement(header)

    row = 3
    for seq, it in enumerate(WEIJIAN.items, 1):
        tr = TableRow()
        for c in columns:
            tr.addElement(ods_cell(cell_value(it, c, seq)))
        table.addElement(tr)
        record(layout, it, columns, file, sheet, row)
        row += 1
        if seq == WEIJIAN_BLANK_AFTER:
            table.addElement(TableRow())
            layout.shapes.append((file, sheet, f"第{row}行", "事项中间的空行，应跳过"))
            row += 1
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    normalize_zip(path)


# --- 04残疾人联合会.xls：Excel 97，只有基本编码一列，工作表名 Sheet1，末尾合计行 ---

CANLIAN_COLUMNS = [
    col("序号", "seq"),
    col("编码", "basic_code"),
    col("事项名", "name"),
    col("类型", "kind"),
    col("设定依据", "legal_basis"),
    col("行使层级", "level"),
    col("实施部门", "department"),
    col("实施主体编码", "implementer_code"),
    col("服务对象", "service_objects"),
    col("受理条件", "conditions"),
    col("申请材料", "materials"),
    col("办理流程", "process"),
    col("法定办结时限", "legal_limit"),
    col("承诺办结时限", "promised_limit"),
    col("办件类型", "handling_type"),
    col("是否收费", "fee_charged"),
    col("到办事现场次数", "visits"),
    col("必须现场办理原因说明", "visit_reason"),
    col("网上办理深度", "online_depth", depth_levels),
    col("咨询电话", "phone_consult"),
    col("监督投诉电话", "phone_complaint"),
    col("办理地点", "location"),
    col("办理时间", "hours"),
    col("是否帮办代办", "proxy_service"),
    col("备注", "remark"),
]


def write_canlian(path: Path, layout: Layout) -> None:
    file = path.name
    sheet = "Sheet1"
    columns = CANLIAN_COLUMNS
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    head = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre")
    body = xlwt.easyxf("align: wrap on, vert centre")
    for ci, c in enumerate(columns):
        ws.write(0, ci, c.header, head)
        ws.col(ci).width = 256 * c.width
        layout.headers[(file, sheet, c.header)] = CellRef(file, sheet, 1, ci + 1)
    row = 2
    for seq, it in enumerate(CANLIAN_D.items, 1):
        for ci, c in enumerate(columns):
            value = cell_value(it, c, seq)
            if value != "":
                ws.write(row - 1, ci, value, body)
        record(layout, it, columns, file, sheet, row)
        row += 1
    ws.write(row - 1, 0, "合计", head)
    ws.write(row - 1, 2, f"共{len(CANLIAN_D.items)}项", body)
    layout.shapes.append((file, sheet, f"A{row}:C{row}", "末尾的合计行（“合计”“共12项”），不是事项"))
    layout.shapes.append((file, sheet, "—", "工作表名为无意义的“Sheet1”；部门取自“实施部门”列；只有一列编码（基本编码）"))
    wb.save(str(path))


# --- 05综合.xlsx：每个部门一个工作表（部门取自工作表名），外加汇总页 ---


def zonghe_columns(dept: Dept) -> list[Column]:
    columns = [col("序号", "seq")]
    if dept is not SIFA_D:
        columns.append(col("事项编码", "implementation_code"))
    columns += [
        col("基本编码", "basic_code"),
        col("事项名称", "name"),
        col("事项类型", "kind"),
        col("设定依据", "legal_basis"),
        col("行使层级", "level"),
        col("实施主体编码", "implementer_code"),
        col("服务对象", "service_objects"),
        col("受理条件", "conditions"),
        col("申请材料", "materials"),
        col("办理流程", "process"),
    ]
    if dept is GUIHUA:
        columns += [col("法定办结时限（工作日）", "legal_limit", bare_workdays)]
    else:
        columns += [col("法定办结时限", "legal_limit")]
    columns += [
        col("承诺办结时限", "promised_limit"),
        col("办件类型", "handling_type"),
        col("是否收费", "fee_charged"),
    ]
    if dept is ZHIFA:
        columns += [col("收费标准", "fee_standard")]
    columns += [
        col("收费依据", "fee_basis"),
        col("到办事现场次数", "visits"),
        col("必须现场办理原因说明", "visit_reason"),
        col("网上办理深度", "online_depth", depth_levels),
    ]
    if dept in (GUIHUA, ZHIFA):
        columns += [col("审批结果类型", "result_type"), col("审批结果名称", "result_name"),
                    col("是否支持物流快递", "express_delivery")]
    columns += [
        col("是否帮办代办", "proxy_service"),
        col("咨询电话", "phone_consult"),
        col("监督投诉电话", "phone_complaint"),
        col("办理地点", "location"),
        col("办理时间", "hours"),
        col("备注", "remark"),
    ]
    return columns


ZONGHE_DEPTS = [TUIYI_D, NONGYE, GUIHUA, SIFA_D, ZHIFA]


def dept_columns(dept: Dept) -> list[Column]:
    """该部门所在表格的列。"""
    fixed = {MINZHENG.key: MINZHENG_COLUMNS, SHEBAO_D.key: SHEBAO_COLUMNS,
             WEIJIAN.key: WEIJIAN_COLUMNS, CANLIAN_D.key: CANLIAN_COLUMNS}
    return fixed.get(dept.key) or zonghe_columns(dept)


def write_zonghe(path: Path, layout: Layout) -> None:
    file = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for dept in ZONGHE_DEPTS:
        ws = wb.create_sheet(dept.key)
        columns = zonghe_columns(dept)
        for ci, c in enumerate(columns, 1):
            xlsx_header_style(ws.cell(row=1, column=ci, value=c.header))
            ws.column_dimensions[get_column_letter(ci)].width = c.width
            layout.headers[(file, dept.key, c.header)] = CellRef(file, dept.key, 1, ci)
        ws.freeze_panes = "A2"
        write_xlsx_items(ws, dept.items, columns, 2, file, layout)
    layout.shapes.append((file, "（各部门工作表）", "—",
                          "无部门列，部门取自工作表名（退役军人服务站、农业农村办、规划建设办、司法所、综合行政执法办）；表头在第1行"))
    layout.shapes.append((file, "规划建设办", "—",
                          "表头“法定办结时限（工作日）”带单位，其下为裸数字（20、30……）"))
    layout.shapes.append((file, "司法所", "—",
                          "只有“基本编码”一列编码；沿用国家目录基本编码（区划段为00）"))

    summary = wb.create_sheet("汇总")
    heads = ["部门", "事项数", "即办件", "承诺件", "备注"]
    for ci, h in enumerate(heads, 1):
        xlsx_header_style(summary.cell(row=1, column=ci, value=h))
    summary.column_dimensions["A"].width = 18
    row = 2
    totals = [0, 0, 0]
    for dept in ZONGHE_DEPTS:
        counts = [len(dept.items),
                  sum(1 for it in dept.items if it.values["handling_type"] == "即办件"),
                  sum(1 for it in dept.items if it.values["handling_type"] == "承诺件")]
        totals = [a + b for a, b in zip(totals, counts)]
        summary.append([dept.name, *counts])
        row += 1
    summary.append(["合计", *totals, "不含民政办、社会保障服务中心、卫生健康办、残疾人联合会"])
    layout.shapes.append((file, "汇总", "整页", f"汇总页（部门、事项数、即办件、承诺件，第{row}行为合计），不是事项"))
    finish_xlsx(wb, path)


# ---------------------------------------------------------------------------
# DEFECTS.md
# ---------------------------------------------------------------------------

FILES = [
    ("01民政办.xlsx", write_minzheng, [MINZHENG]),
    ("02社会保障服务中心.csv", write_shebao, [SHEBAO_D]),
    ("03卫生健康办.ods", write_weijian, [WEIJIAN]),
    ("04残疾人联合会.xls", write_canlian, [CANLIAN_D]),
    ("05综合.xlsx", write_zonghe, ZONGHE_DEPTS),
]

CATEGORY_NAMES = {"S": "结构", "M": "缺失", "F": "格式", "G": "颗粒度", "C": "事项一致性", "X": "目录一致性"}
EMPTY = "（空）"
NUMBER_PREFIX = "数字 "


def show(value: Any) -> str:
    """单元格内容在 DEFECTS.md 中的写法。"""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{NUMBER_PREFIX}{value:g}" if isinstance(value, float) else f"{NUMBER_PREFIX}{value}"
    return f"`{value}`"


def written_value(item: Item, key: str, ref: CellRef) -> Any:
    """某元素实际写入单元格的值（与写文件时的规则一致）。"""
    c = dept_columns(item.dept)[ref.col - 1]
    assert c.key == key
    if key == "materials" and item.material_rows:
        return item.material_rows[0]
    if key == "basic_code" and item.numeric_basic_code:
        return int(item.values["basic_code"])
    value = cell_value(item, c, 0)
    if ref.file.endswith(".csv"):
        return str(value)
    return value


def item_code(item: Item, layout: Layout) -> str:
    key = layout.code_key[item.id]
    return str(written_value(item, key, layout.cells[(item.id, key)]))


TABLE_HEAD = ("| 编号 | 类别 | 角色 | 文件 | 工作表 | 单元格 | 元素 | 事项编码 | 事项名称 | 单元格内容 | 说明 |\n"
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")


def defect_rows(layout: Layout) -> list[str]:
    file_order = {name: i for i, (name, _, _) in enumerate(FILES)}

    def position(ref: CellRef) -> tuple:
        return (file_order[ref.file], ref.sheet or "", ref.row, ref.col)

    # 按文件、工作表、行、列排序；错别字表头也是一条缺陷（没有所属事项）
    entries: list[tuple[CellRef, Item | None, Defect]] = []
    for _, _, depts in FILES:
        for dept in depts:
            for it in dept.items:
                entries += [(layout.cells[(it.id, d.element)], it, d) for d in it.defects]
    typo = Defect("（表头）", "S", "未知表头“受理条见”，最接近的已知表头为“受理条件”；该列按未知列保留到 extra，"
                                 "因此本表也缺少必需的“受理条件”列")
    entries.append((layout.headers[("03卫生健康办.ods", "卫生健康办", "受理条见")], None, typo))
    # 同一编号的几行排在一起，按该编号第一次出现的位置排序
    group_first: dict[str, tuple] = {}
    for ref, _, d in entries:
        if d.group:
            group_first[d.group] = min(group_first.get(d.group, position(ref)), position(ref))
    entries.sort(key=lambda e: (group_first.get(e[2].group, position(e[0])), position(e[0])))

    out: list[str] = []
    group_ids: dict[str, str] = {}
    next_id = 1
    for ref, it, d in entries:
        if d.group in group_ids:
            ident = group_ids[d.group]
        else:
            ident = f"D{next_id:02d}"
            next_id += 1
            if d.group:
                group_ids[d.group] = ident
        sheet = ref.sheet or "—"
        cat = f"{d.category} {CATEGORY_NAMES[d.category]}"
        if it is None:
            out.append(f"| {ident} | {cat} | 主 | {ref.file} | {sheet} | {ref.cell} | {d.element} | — | — "
                       f"| `受理条见` | {d.what} |")
            continue
        code = item_code(it, layout)
        value = written_value(it, d.element, ref)
        out.append(f"| {ident} | {cat} | 主 | {ref.file} | {sheet} | {ref.cell} | {d.element} | {code} "
                   f"| {it.name} | {show(value)} | {d.what} |")
        for rel in d.related:
            rref = layout.cells[(it.id, rel)]
            rvalue = written_value(it, rel, rref)
            out.append(f"| {ident} | {cat} | 相关 | {rref.file} | {sheet} | {rref.cell} | {rel} | {code} "
                       f"| {it.name} | {show(rvalue)} | 同一缺陷涉及的单元格 |")
    return out


def note_rows(layout: Layout) -> list[str]:
    out = []
    n = 0
    for _, _, depts in FILES:
        for dept in depts:
            for it in dept.items:
                for note in it.notes:
                    n += 1
                    ref = layout.cells[(it.id, note.element)]
                    value = written_value(it, note.element, ref)
                    out.append(f"| N{n:02d} | — | 主 | {ref.file} | {ref.sheet or '—'} | {ref.cell} | {note.element} "
                               f"| {item_code(it, layout)} | {it.name} | {show(value)} | {note.what} |")
    return out


def write_defects_md(path: Path, layout: Layout) -> None:
    counts = [(name, sum(len(d.items) for d in depts)) for name, _, depts in FILES]
    total = sum(n for _, n in counts)
    lines = [
        "# 青石镇示例目录：埋设的缺陷与表格形态",
        "",
        "本目录由 `scripts/make_sample_catalog.py` 生成，请勿手工修改；改动请改脚本后重新生成。",
        "`python3 scripts/make_sample_catalog.py --verify` 会重新读取各文件，逐条核对下表“单元格内容”。",
        "",
        "约定：",
        "",
        "- 单元格按表格软件中显示的位置书写：行号从1开始；CSV 的表头为第1行，列也按 A、B……Z、AA 编号；CSV 没有工作表，记为“—”。",
        "- “单元格内容”：反引号内为文本原样；`数字 N` 表示单元格存的是数值；`（空）` 表示空单元格（含合并区域中非左上角的单元格）。",
        "- “事项编码”是该事项在表中作为 code 的编码原样（有实施编码列用实施编码，否则用基本编码）。",
        "- 一个缺陷涉及多个单元格时，“主”行是最应当报告的单元格，“相关”行是同一缺陷涉及的其他单元格（报告其中任一个都算命中）。",
        "- 类别：S 结构、M 缺失、F 格式、G 颗粒度、C 事项一致性、X 目录一致性（对应 DESIGN.md 中的规则族）。",
        "",
        "## 文件与事项数",
        "",
        "| 文件 | 事项数 |",
        "| --- | --- |",
        *[f"| {name} | {n} |" for name, n in counts],
        f"| 合计 | {total} |",
        "",
        "各部门：" + "、".join(f"{d.key} {len(d.items)} 项" for d in ALL_DEPTS) + "。",
        "",
        "## 埋设的缺陷",
        "",
        TABLE_HEAD,
        *defect_rows(layout),
        "",
        "## 合法的特殊写法（不应报告为缺陷）",
        "",
        TABLE_HEAD,
        *note_rows(layout),
        "",
        "## 表格形态（导入时须正确处理）",
        "",
        "| 文件 | 工作表 | 位置 | 说明 |",
        "| --- | --- | --- | --- |",
        *[f"| {f} | {s} | {p} | {t} |" for f, s, p, t in layout.shapes],
        "| 全部文件 | — | “备注”列 | 未知列“备注”，应作为 extra 原样保留 |",
        "",
        "## 其他说明",
        "",
        "- 实施编码 = 实施主体统一社会信用代码（18位）+ “5”（镇级）+ 基本编码（12位），共31位；基本编码 = 区划“37”（司法所为“00”）+ 事项类型代码 + 部门领域 + 主项序号 + “000”。",
        "- 实施主体：" + "；".join(f"{b.name} {b.code}" for b in (GOV, SHEBAO, CANLIAN, TUIYI, SIFA))
        + "（均通过 GB 32100 与 GB 11714 校验）。民政办、卫生健康办、农业农村办、规划建设办、综合行政执法办以青石镇人民政府为实施主体。",
        "- 咨询电话各部门不同（0531-881012xx），监督投诉电话统一为 " + PHONE_COMPLAINT + "。",
        "- 表中没有“常见问题”“审批结果样本”列：行政许可的常见问题（M006）和审批结果样本（M008）只在有这些列的表中逐项检查，本目录不报告。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------------------
# 自检：重新读取生成的文件，核对 DEFECTS.md 中每一条
# ---------------------------------------------------------------------------


class Grid:
    """按“文件+工作表”缓存读取结果，提供 (行, 列) -> 值。"""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str | None], Callable[[int, int], Any]] = {}

    def get(self, file: str, sheet: str | None, cell: str) -> Any:
        key = (file, sheet)
        if key not in self._cache:
            self._cache[key] = self._open(OUT_DIR / file, sheet)
        m = re.fullmatch(r"([A-Z]+)(\d+)", cell)
        assert m, cell
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        return self._cache[key](int(m.group(2)), col)

    @staticmethod
    def _open(path: Path, sheet: str | None) -> Callable[[int, int], Any]:
        suffix = path.suffix
        if suffix == ".xlsx":
            ws = openpyxl.load_workbook(path)[sheet]
            return lambda r, c: ws.cell(row=r, column=c).value
        if suffix == ".xls":
            sh = xlrd.open_workbook(str(path)).sheet_by_name(sheet)

            def xls(r: int, c: int) -> Any:
                if r > sh.nrows or c > sh.ncols:
                    return None
                cell = sh.cell(r - 1, c - 1)
                if cell.ctype == xlrd.XL_CELL_EMPTY or cell.ctype == xlrd.XL_CELL_BLANK:
                    return None
                return cell.value

            return xls
        if suffix == ".csv":
            text = path.read_bytes().decode("gb18030")
            rows = list(csv.reader(io.StringIO(text, newline="")))
            return lambda r, c: (rows[r - 1][c - 1] if r <= len(rows) and c <= len(rows[r - 1]) else None) or None
        if suffix == ".ods":
            grid = read_ods(path, sheet)
            return lambda r, c: grid.get((r, c))
        raise ValueError(path)


def read_ods(path: Path, sheet: str) -> dict[tuple[int, int], Any]:
    doc = load_ods(str(path))
    out: dict[tuple[int, int], Any] = {}
    for table in doc.spreadsheet.getElementsByType(Table):
        if table.getAttribute("name") != sheet:
            continue
        r = 0
        for tr in table.getElementsByType(TableRow):
            r += 1
            c = 0
            for node in tr.childNodes:
                if node.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                repeat = int(node.getAttribute("numbercolumnsrepeated") or 1) if node.qname[1] == "table-cell" else 1
                for _ in range(repeat):
                    c += 1
                    if node.qname[1] != "table-cell":
                        continue
                    vtype = node.getAttribute("valuetype")
                    if vtype == "float":
                        out[(r, c)] = float(node.getAttribute("value"))
                    elif vtype == "string":
                        out[(r, c)] = "\n".join(str(p) for p in node.getElementsByType(P))
    return out


def matches(shown: str, actual: Any) -> bool:
    if shown == EMPTY:
        return actual is None or actual == ""
    if shown.startswith(NUMBER_PREFIX):
        return isinstance(actual, (int, float)) and not isinstance(actual, bool) \
            and float(actual) == float(shown[len(NUMBER_PREFIX):])
    assert shown.startswith("`") and shown.endswith("`"), shown
    return isinstance(actual, str) and actual == shown[1:-1]


def verify() -> None:
    md = (OUT_DIR / "DEFECTS.md").read_text(encoding="utf-8")
    grid = Grid()
    checked = 0
    defect_ids = set()
    for line in md.splitlines():
        m = re.match(r"\| ([DN]\d+) \|", line)
        if not m:
            continue
        cells = [x.strip() for x in line.strip().strip("|").split(" | ")]
        ident, _cat, _role, file, sheet, cell, _elem, _code, _name, shown, _what = cells
        actual = grid.get(file, None if sheet == "—" else sheet, cell)
        if not matches(shown, actual):
            raise SystemExit(f"自检失败：{ident} {file}!{sheet}!{cell} 期望 {shown}，实际 {actual!r}")
        checked += 1
        if ident.startswith("D"):
            defect_ids.add(ident)
    verify_shapes(grid)
    print(f"自检通过：核对了 DEFECTS.md 中 {checked} 个单元格（{len(defect_ids)} 个缺陷），以及表格形态。")


def verify_shapes(grid: Grid) -> None:
    wb = openpyxl.load_workbook(OUT_DIR / "01民政办.xlsx")
    assert wb.sheetnames == ["填报说明", "实施清单"], wb.sheetnames
    ws = wb["实施清单"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    for expected in ("A1:AB1", "A2:AB2", "O3:P3", "A3:A4", "C5:C8", "D5:D8", "E5:E8", "B5:B16", "B18:B19"):
        assert expected in merged, (expected, sorted(merged))
    assert ws["O3"].value == "办理时限" and ws["O4"].value == "法定办结时限" and ws["P4"].value == "承诺办结时限"
    assert ws["B17"].value == "青石镇民政办公室" and ws["B6"].value is None
    assert ws["M6"].value.startswith("2.") and ws["C6"].value is None

    raw = (OUT_DIR / "02社会保障服务中心.csv").read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("CSV 应为 GB18030 编码，却能按 UTF-8 解码")
    assert grid.get("02社会保障服务中心.csv", None, "A1") == "序号"

    assert grid.get("03卫生健康办.ods", "卫生健康办", "A1").startswith("青石镇卫生健康办")
    assert grid.get("03卫生健康办.ods", "卫生健康办", "M2") == "受理条见"
    assert grid.get("03卫生健康办.ods", "卫生健康办", f"A{3 + WEIJIAN_BLANK_AFTER}") is None
    assert grid.get("03卫生健康办.ods", "卫生健康办", f"D{4 + WEIJIAN_BLANK_AFTER}") == "计划生育手术并发症人员特别扶助"

    assert grid.get("04残疾人联合会.xls", "Sheet1", "A14") == "合计"

    wb5 = openpyxl.load_workbook(OUT_DIR / "05综合.xlsx")
    assert wb5.sheetnames == [d.key for d in ZONGHE_DEPTS] + ["汇总"], wb5.sheetnames
    gh = wb5["规划建设办"]
    headers = [c.value for c in gh[1]]
    li = headers.index("法定办结时限（工作日）") + 1
    assert gh.cell(row=2, column=li).value == 20
    ny = wb5["农业农村办"]
    bi = [c.value for c in ny[1]].index("基本编码") + 1
    assert isinstance(ny.cell(row=4, column=bi).value, int)

    for name in ("01民政办.xlsx", "05综合.xlsx", "03卫生健康办.ods"):
        with zipfile.ZipFile(OUT_DIR / name) as z:
            assert all(i.date_time == FIXED_ZIP_TIME for i in z.infolist()), name


# ---------------------------------------------------------------------------


def generate() -> None:
    define_all()
    audit_items()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "catalog.toml").write_text(CATALOG_TOML, encoding="utf-8")
    layout = Layout()
    for name, writer, _ in FILES:
        writer(OUT_DIR / name, layout)
    write_defects_md(OUT_DIR / "DEFECTS.md", layout)
    for name, _, depts in FILES:
        print(f"{name}: {sum(len(d.items) for d in depts)} 项")
    print(f"合计 {sum(len(d.items) for d in ALL_DEPTS)} 项，已写入 {OUT_DIR.relative_to(ROOT)}/")


def main() -> None:
    parser = argparse.ArgumentParser(description="生成青石镇示例政务服务事项目录")
    parser.add_argument("--verify", action="store_true", help="只核对已生成的文件，不重新生成")
    args = parser.parse_args()
    if not args.verify:
        generate()
    verify()


if __name__ == "__main__":
    sys.exit(main())
