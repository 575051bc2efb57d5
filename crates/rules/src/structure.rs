//! S: the shape of the department's sheets, from what ingest noticed.

use super::{Check, Cx, Family, Out, Rule};
use svcat_core::finding::Severity;
use svcat_core::model::{Item, SheetSource};
use svcat_ingest::NoticeKind;

pub const RULES: &[Rule] = &[
    Rule {
        id: "S001",
        family: Family::Structure,
        severity: Severity::Warning,
        name: "表头疑似写错",
        help: "把表头改为标准要素名称（svcat schema show 可查看全部名称和别名）",
        source: "国家政务服务事项实施清单要素标准",
        explain: "表头与某个标准要素的名称只差一两个字（多半是错别字），svcat 没有把它当作该要素读取：该列内容已原样保留在 extra 中，但不会参与检查、导出为标准列或生成办事指南，该要素也会被当作缺失。",
        bad: "受理条见",
        good: "受理条件",
        fixable: Some(4),
        one_fact: false,
        check: Check::Catalog {
            run: misspelled_header,
            reads: &[],
        },
    },
    Rule {
        id: "S008",
        family: Family::Structure,
        severity: Severity::Info,
        name: "非标准列已原样保留",
        help: "无需处理；如果该列其实是某个标准要素，请改用标准名称，或在自定义规范中为它加别名",
        source: "国家政务服务事项实施清单要素标准",
        explain: "表头不是任何标准要素（如“备注”），该列的内容已原样保留在 extra 中，导出时放在标准列之后。",
        bad: "备注",
        good: "（保留即可）",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: extra_column,
            reads: &[],
        },
    },
    Rule {
        id: "S002",
        family: Family::Structure,
        severity: Severity::Error,
        name: "缺少必需的列",
        help: "在表中增加这一列并逐项填写；svcat template 可生成含全部标准列的填报模板",
        source: "国家政务服务事项实施清单要素标准（按事项类型的必填要素）",
        explain: "按事项类型，该要素对本表的事项是必填的，但整张表没有对应的列，所以每个事项都缺这一项。此问题每张表只报告一次，不再逐个事项重复报告。",
        bad: "表中只有“事项名称、申请材料、承诺时限”等列，没有“受理条件”列",
        good: "表中有“受理条件”列，每个事项都填写了具体条件",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: required_column_absent,
            reads: &[],
        },
    },
    Rule {
        id: "S003",
        family: Family::Structure,
        severity: Severity::Warning,
        name: "重复的列",
        help: "删去重复的列，或把它的内容并入前一列",
        source: "国家政务服务事项实施清单要素标准",
        explain: "两列对应同一个要素（例如“承诺时限”和“办理期限”），只有第一列被当作该要素读取，后一列的内容已原样保留在 extra 中。",
        bad: "同一张表里既有“承诺时限”列又有“办理期限”列",
        good: "只保留“承诺办结时限”一列",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: duplicate_header,
            reads: &[],
        },
    },
    Rule {
        id: "S004",
        family: Family::Structure,
        severity: Severity::Info,
        name: "按 GBK 编码读取",
        help: "建议另存为“CSV UTF-8（逗号分隔）”，避免在不同软件间出现乱码",
        source: "数据交换规范（UTF-8 编码）",
        explain: "文件没有字节顺序标记，也不是有效的 UTF-8，svcat 按 GB18030（GBK 的超集）读取。如果读出的文字有乱码，请在 Excel 或 WPS 中另存为 UTF-8 的 CSV。",
        bad: "用 Excel“CSV（逗号分隔）”保存的文件（GBK 编码）",
        good: "用“CSV UTF-8（逗号分隔）”保存的文件",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: encoding_guessed,
            reads: &[],
        },
    },
    Rule {
        id: "S005",
        family: Family::Structure,
        severity: Severity::Info,
        name: "已填充合并或空白单元格",
        help: "合并单元格不利于排序和筛选，建议取消合并并在每一行填写完整的值",
        source: "一窗受理清单填报要求",
        explain: "合并单元格只有左上角的格子有值。svcat 已把值填到合并区域的每一格（例如纵向合并的实施部门），但在其他系统中这些格子会被当作空白。CSV 和 ods 不记录合并区域，其中实施部门、实施主体编码列的空白格按上一行的值填入（实施主体编码只在同一部门内向下填充）。",
        bad: "“实施部门”一列把 12 行合并成一个单元格",
        good: "每一行都填写“青石镇民政办”",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: merged_cells,
            reads: &[],
        },
    },
    Rule {
        id: "S006",
        family: Family::Structure,
        severity: Severity::Info,
        name: "已跳过非事项内容",
        help: "无需处理；如果跳过的内容其实是事项，请检查其表头或工作表名称",
        source: "一窗受理清单填报要求",
        explain: "填报说明、汇总、隐藏的工作表，重复出现的表头行和合计/小计行不是事项，svcat 读取时跳过了它们。",
        bad: "表格末尾的“合计：12项”一行",
        good: "合计放在单独的汇总表里",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: skipped,
            reads: &[],
        },
    },
    Rule {
        id: "S007",
        family: Family::Structure,
        severity: Severity::Warning,
        name: "找不到表头",
        help: "确认表头在前 30 行内，且至少包含“事项名称”或“事项编码”等三个标准要素（只列事项名称的名单，表头写在第一行）",
        source: "一窗受理清单填报要求",
        explain: "工作表的前 30 行中没有一行能对应上至少三个标准要素（其中包括事项名称或编码），svcat 无法确定哪一行是表头，整张表没有读取。只列事项名称（或编码）的名单例外：表头在第一行时，一个要素就够。",
        bad: "表头写成“名称、材料、时间”等自创说法",
        good: "表头使用“事项名称、申请材料、承诺办结时限”等标准名称",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: no_header,
            reads: &[],
        },
    },
    Rule {
        id: "S009",
        family: Family::Structure,
        severity: Severity::Info,
        name: "按事项目录检查",
        help: "如果这张表其实是实施清单，请补上申请材料、办结时限等列；或用 --kind 实施清单 按实施清单检查",
        source: "国家政务服务事项基本目录与实施清单要素要求",
        explain: "事项目录和权责清单只列事项名称、编码、类型、实施部门、设定依据和行使层级，不含申请材料、办结时限等办事要素。一张表没有任何实施清单特有的列时，svcat 按目录检查，只要求目录应有的要素，并在报告中说明一次。catalog.toml 的 kind 或 --kind 可以指定清单类型。",
        bad: "一张只有“职权编码、职权名称、职权类型、实施部门、依据”的权责清单，被当作实施清单报告缺少十几个必填列",
        good: "按目录检查：只要求名称、编码、类型、部门、依据、层级",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: list_kind_assumed,
            reads: &[],
        },
    },
    Rule {
        id: "S010",
        family: Family::Structure,
        severity: Severity::Info,
        name: "部门取自文件名或工作表名",
        help: "核对部门名称；如不对，请在表中加“实施部门”列",
        source: "一窗受理清单填报要求",
        explain: "表中没有“实施部门”列时，svcat 把工作表名（如“司法所”）或文件名（如“01民政办.xlsx”中的“民政办”）当作这些事项的部门，并在报告中说明一次。名称不像部门名称（不以办、所、局、中心、站等结尾，如“Sheet1”“guangdong_items”）时不采用，这些事项按缺少部门报告。",
        bad: "文件“guangdong_items.csv”的名称被当作部门印在每一页办事指南上",
        good: "表中有“实施部门”列；或文件名就是部门名称：01民政办.xlsx",
        fixable: None,
        one_fact: false,
        check: Check::Catalog {
            run: department_from_name,
            reads: &[],
        },
    },
];

/// Once per sheet read as a list kind that carries only some elements (a 目录): which kind.
fn list_kind_assumed(cx: &Cx, out: &mut Out) {
    let forced = cx.catalog.meta.list_kind.as_deref();
    for sheet in &cx.catalog.sheets {
        let Some(kind) = sheet.list_kind(cx.schema, forced) else {
            continue;
        };
        if kind.required.is_empty() {
            continue;
        }
        let labels: Vec<&str> = kind
            .required
            .iter()
            .filter_map(|k| cx.schema.element(k))
            .map(|e| e.label.as_str())
            .collect();
        let why = if forced.is_some() {
            "按指定的清单类型".to_string()
        } else {
            "表中没有申请材料、受理条件、办结时限等实施清单要素，".to_string()
        };
        out.at_place(
            &sheet.file,
            sheet.sheet.as_deref(),
            None,
            None,
            format!("{why}按“{}”检查：只要求{}", kind.title, labels.join("、")),
        );
    }
}

fn department_from_name(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::DepartmentFromName { department, from } = &n.kind {
            let named = match (from.as_str(), &n.sheet) {
                ("工作表名", Some(sheet)) => format!("工作表名“{sheet}”"),
                _ => format!(
                    "文件名“{}”",
                    n.file.rsplit(['/', '\\']).next().unwrap_or(&n.file)
                ),
            };
            out.at_place(
                &n.file,
                n.sheet.as_deref(),
                None,
                None,
                format!("表中没有“实施部门”列，事项的部门取自{named}：{department}"),
            );
        }
    }
}

fn misspelled_header(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::UnknownHeader {
            header,
            nearest: Some(key),
        } = &n.kind
            && let Some(e) = cx.schema.element(key)
        {
            // Renaming it would give the sheet the element twice: the column is something else.
            let index = cx.schema.element_index(key).map(|i| i as u16);
            let sheet_has_it = cx.catalog.sheets.iter().any(|s| {
                s.file == n.file
                    && s.sheet == n.sheet
                    && s.columns
                        .iter()
                        .any(|c| index.is_some_and(|i| c.elements.contains(&i)))
            });
            if sheet_has_it {
                continue;
            }
            let f = out.at_place(
                &n.file,
                n.sheet.as_deref(),
                n.row,
                n.column,
                format!(
                    "表头“{header}”不是标准要素，是否应为“{}”？该列内容已原样保留",
                    e.label
                ),
            );
            f.text = Some(header.clone());
            f.help(format!("把表头改为“{}”", e.label))
                .fix(e.label.clone());
        }
    }
}

fn extra_column(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::UnknownHeader {
            header,
            nearest: None,
        } = &n.kind
        {
            out.at_place(
                &n.file,
                n.sheet.as_deref(),
                n.row,
                n.column,
                format!("“{header}”列不是标准要素，内容已原样保留在 extra 中"),
            )
            .text = Some(header.clone());
        }
    }
}

fn duplicate_header(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::DuplicateHeader { header, element } = &n.kind {
            let label = cx
                .schema
                .element(element)
                .map_or(element.as_str(), |e| &e.label);
            let f = out.at_place(
                &n.file,
                n.sheet.as_deref(),
                n.row,
                n.column,
                format!(
                    "表头“{header}”与前面的列重复（都对应“{label}”），本列内容已原样保留在 extra 中"
                ),
            );
            f.text = Some(header.clone());
        }
    }
}

fn encoding_guessed(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::EncodingGuessed { encoding } = &n.kind {
            out.at_place(
                &n.file,
                n.sheet.as_deref(),
                None,
                None,
                format!("文件不是 UTF-8 编码，已按 {encoding}（GBK）读取"),
            );
        }
    }
}

fn merged_cells(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if let NoticeKind::MergedCellsFilled { cells, merges } = &n.kind {
            let message = if *merges {
                format!("数据区有合并单元格，已把合并的值填入 {cells} 个单元格")
            } else {
                format!("实施部门等列有空白单元格，已按上一行的值填入 {cells} 个单元格，请核对")
            };
            out.at_place(&n.file, n.sheet.as_deref(), None, None, message);
        }
    }
}

fn skipped(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        let message = match &n.kind {
            NoticeKind::SkippedSheet { reason } => format!("已跳过：{reason}"),
            NoticeKind::SkippedTotalRows { rows } => {
                format!("已跳过合计/小计行（第{}行）", join_rows(rows))
            }
            NoticeKind::RepeatedHeader { rows } => {
                format!("已跳过重复出现的表头行（第{}行）", join_rows(rows))
            }
            _ => continue,
        };
        out.at_place(&n.file, n.sheet.as_deref(), n.row, None, message);
    }
}

fn join_rows(rows: &[u32]) -> String {
    rows.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join("、")
}

fn no_header(cx: &Cx, out: &mut Out) {
    for n in cx.notices {
        if n.kind == NoticeKind::NoHeader {
            out.at_place(
                &n.file,
                n.sheet.as_deref(),
                None,
                None,
                "前 30 行中找不到表头，整张表没有读取".to_string(),
            );
        }
    }
}

/// Elements that are filled from elsewhere when their column is absent: the code from the
/// 实施编码 or 基本编码. (The department a sheet or file name gives is on every item of the sheet,
/// so the column does not count as absent; a name that gives none leaves it absent.)
fn derivable(cx: &Cx, element: usize) -> bool {
    cx.k.code == Some(element)
}

/// The required elements no column of a sheet maps to (but for those filled from elsewhere).
pub fn columnless_required(cx: &Cx, sheet: &SheetSource) -> Vec<usize> {
    let mask = sheet
        .list_kind(cx.schema, cx.catalog.meta.list_kind.as_deref())
        .and_then(|kind| cx.schema.list_mask(kind));
    cx.schema
        .elements
        .iter()
        .enumerate()
        .filter(|(e, element)| {
            !element.required.is_empty()
                && mask.as_ref().is_none_or(|m| m[*e])
                && !derivable(cx, *e)
                && !sheet
                    .columns
                    .iter()
                    .any(|c| c.elements.contains(&(*e as u16)))
        })
        .map(|(e, _)| e)
        .collect()
}

/// For a column the sheet lacks: whether any of these items has the element anyway, and whether
/// any requires it. The column counts as absent when none has it and some require it.
pub fn absence_evidence(cx: &Cx, items: &[&Item], e: usize) -> (bool, bool) {
    let element = &cx.schema.elements[e];
    (
        items.iter().any(|i| super::missing::has_element(cx, i, e)),
        items
            .iter()
            .any(|i| cx.schema.is_required(element, cx.kind(i)) && cx.list_carries(i.sheet, e)),
    )
}

fn required_column_absent(cx: &Cx, out: &mut Out) {
    let mut pairs: Vec<_> = cx.absent_columns.iter().copied().collect();
    pairs.sort();
    for (sheet_index, e) in pairs {
        let sheet = &cx.catalog.sheets[sheet_index as usize];
        let element = &cx.schema.elements[e];
        out.at_place(
            &sheet.file,
            sheet.sheet.as_deref(),
            None,
            None,
            format!("表中没有“{}”列，本表事项都缺少这一必填要素", element.label),
        )
        .element(&element.key);
    }
}
