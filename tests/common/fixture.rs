//! Catalogs built in the test: a valid base item — every element the township schema requires,
//! with values no rule objects to — changed by header label, written as UTF-8 csv or as xlsx into
//! a temporary directory, and checked there.
//!
//! ```ignore
//! let dir = Fixture::item()
//!     .set("法定办结时限", "20个工作日")
//!     .set("承诺办结时限", "30个工作日")
//!     .csv();
//! assert_eq!(check(dir.path()), [("C001", "Q2")]);
//! ```
//!
//! The base item's columns are those of the rule fixtures in tests/fixtures/rules/ (序号 in A, …,
//! 承诺办结时限 in Q, 监督投诉电话 in Y), so cells read the same; a label the base lacks is added
//! as a new column after them. The directory's catalog.toml names the township schema.

use std::fmt;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

use super::svcat;

/// The cell of a finding about a whole sheet or file (its `cell` is null).
pub const WHOLE: &str = "—";

/// The base item's header labels and values, in column order.
const BASE: [(&str, &str); 25] = [
    ("序号", "1"),
    ("实施编码", "11370112004325179B5370511003000"),
    ("事项名称", "临时救助"),
    ("事项类型", "行政给付"),
    ("行使层级", "镇（乡、街道）级"),
    ("权力来源", "法定本级行使"),
    ("实施部门", "青石镇民政办"),
    ("实施主体编码", "11370112004325179B"),
    ("实施主体性质", "法定机关"),
    ("服务对象", "自然人"),
    ("设定依据", "《社会救助暂行办法》第四十七条至第五十条"),
    (
        "受理条件",
        "因意外事件或家庭成员突发重大疾病，基本生活暂时出现严重困难的本镇居民家庭",
    ),
    (
        "申请材料",
        "1.临时救助申请书1份；2.居民身份证原件及复印件1份；3.医疗费用票据或事故证明1份",
    ),
    ("办理流程", "受理—审核—审批—发放"),
    ("特别程序", "无"),
    ("法定办结时限", "20个工作日"),
    ("承诺办结时限", "10个工作日"),
    ("办件类型", "承诺件"),
    ("是否收费", "否"),
    ("到办事现场次数", "1"),
    ("必须现场办理原因说明", "需现场核验身份证件原件"),
    ("办理地点", "青石镇便民服务中心1号窗口"),
    ("办理时间", "周一至周五 9:00-12:00 13:30-17:00"),
    ("咨询电话", "0531-88101201"),
    ("监督投诉电话", "0531-88101100"),
];

/// Names and 实施编码 of distinct items of the same 民政办 (`Fixture::item_no`): items sharing a
/// name or a code in one catalog are findings of their own (X001–X003).
const DISTINCT: [(&str, &str); 5] = [
    ("临时救助", "11370112004325179B5370511003000"),
    ("最低生活保障审核确认", "11370112004325179B5370511001000"),
    ("特困人员救助供养审核", "11370112004325179B5370511002000"),
    ("惠民殡葬补贴申领", "11370112004325179B5370511008000"),
    ("高龄津贴申请", "11370112004325179B5370511005000"),
];

/// One item: (header label, value) in column order.
#[derive(Debug, Clone)]
pub struct Item {
    cells: Vec<(String, String)>,
}

impl Item {
    /// Sets the value under `label`; a label the item lacks becomes a new last column.
    pub fn set(mut self, label: &str, value: &str) -> Self {
        match self.cells.iter_mut().find(|(l, _)| l == label) {
            Some(cell) => cell.1 = value.to_string(),
            None => self.cells.push((label.to_string(), value.to_string())),
        }
        self
    }

    /// Empties these cells (the columns stay).
    pub fn empty(self, labels: &[&str]) -> Self {
        labels.iter().fold(self, |item, label| item.set(label, ""))
    }

    /// Drops the column `label` (not just its value): the sheet has no such column.
    pub fn without(mut self, label: &str) -> Self {
        let before = self.cells.len();
        self.cells.retain(|(l, _)| l != label);
        assert!(self.cells.len() < before, "the item has no column {label}");
        self
    }

    /// The item alone in a csv.
    pub fn csv(self) -> TempDir {
        Fixture::items([self]).csv()
    }

    /// The item alone in an xlsx.
    pub fn xlsx(self) -> TempDir {
        Fixture::items([self]).xlsx()
    }
}

/// Sheets of items, and the catalog.toml written beside them.
#[derive(Debug, Clone)]
pub struct Fixture {
    sheets: Vec<(String, Vec<Item>)>,
    toml: Vec<String>,
}

impl Fixture {
    /// The base item: clean under the township (and the national) schema.
    pub fn item() -> Item {
        Item {
            cells: BASE
                .iter()
                .map(|(l, v)| (l.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// The base item as the `n`-th (1 to 5) of distinct items: its own 事项名称 and 实施编码, so
    /// items of one catalog do not duplicate each other. `item_no(1)` is `item()`.
    pub fn item_no(n: usize) -> Item {
        let (name, code) = DISTINCT[n - 1];
        Self::item().set("事项名称", name).set("实施编码", code)
    }

    /// One sheet, 实施清单, of these items (序号 numbered 1, 2, … unless set).
    pub fn items(items: impl IntoIterator<Item = Item>) -> Fixture {
        Fixture {
            sheets: Vec::new(),
            toml: vec![r#"schema = "township""#.to_string()],
        }
        .sheet("实施清单", items)
    }

    /// Adds a sheet (in csv: a file of its own, NAME.csv).
    pub fn sheet(mut self, name: &str, items: impl IntoIterator<Item = Item>) -> Fixture {
        self.sheets
            .push((name.to_string(), items.into_iter().collect()));
        self
    }

    /// Adds a line to catalog.toml, e.g. `max_visits = 1`.
    pub fn toml(mut self, line: &str) -> Fixture {
        self.toml.push(line.to_string());
        self
    }

    /// Another schema than township, in catalog.toml.
    pub fn schema(mut self, name: &str) -> Fixture {
        self.toml[0] = format!("schema = {name:?}");
        self
    }

    /// Writes every sheet as its own UTF-8 csv (no BOM), NAME.csv, and catalog.toml.
    pub fn csv(&self) -> TempDir {
        let dir = self.dir();
        for (name, items) in &self.sheets {
            let mut out =
                csv::Writer::from_path(dir.path().join(format!("{name}.csv"))).expect("csv file");
            for row in rows(items) {
                out.write_record(&row).expect("csv row");
            }
            out.flush().expect("csv written");
        }
        dir
    }

    /// Writes one workbook, 事项.xlsx, with a sheet per sheet (every cell a string), and
    /// catalog.toml.
    pub fn xlsx(&self) -> TempDir {
        let dir = self.dir();
        let mut book = rust_xlsxwriter::Workbook::new();
        for (name, items) in &self.sheets {
            let sheet = book.add_worksheet();
            sheet.set_name(name).expect("a sheet name");
            for (r, row) in rows(items).iter().enumerate() {
                for (c, value) in row.iter().enumerate() {
                    if !value.is_empty() {
                        sheet
                            .write_string(r as u32, c as u16, value)
                            .expect("a cell");
                    }
                }
            }
        }
        book.save(dir.path().join("事项.xlsx"))
            .expect("xlsx written");
        dir
    }

    fn dir(&self) -> TempDir {
        let dir = tempfile::tempdir().expect("a temp dir");
        let toml: String = self.toml.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(dir.path().join("catalog.toml"), toml).expect("catalog.toml");
        dir
    }
}

/// The header (every label in order of first appearance) and one row per item.
fn rows(items: &[Item]) -> Vec<Vec<String>> {
    let mut header: Vec<String> = Vec::new();
    for item in items {
        for (label, _) in &item.cells {
            if !header.contains(label) {
                header.push(label.clone());
            }
        }
    }
    let mut rows = vec![header.clone()];
    for (i, item) in items.iter().enumerate() {
        rows.push(
            header
                .iter()
                .map(|label| {
                    let value = item.cells.iter().find(|(l, _)| l == label);
                    match value {
                        // The base's 序号 is the item's place in the sheet.
                        Some((l, v)) if l == "序号" && v == "1" => (i + 1).to_string(),
                        Some((_, v)) => v.clone(),
                        None => String::new(),
                    }
                })
                .collect(),
        );
    }
    rows
}

// ------------------------------------------------------------------------------------ checking

/// What `svcat check DIR --format json` said.
pub struct Checked {
    pub code: i32,
    pub report: Value,
}

/// Runs `svcat check DIR --format json EXTRA…`.
pub fn check_with(dir: &Path, extra: &[&str]) -> Checked {
    let out = svcat()
        .arg("check")
        .arg(dir)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .expect("svcat runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 stdout");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e})\nstdout: {stdout}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report["svcat"], "report/1");
    Checked {
        code: out.status.code().expect("an exit code"),
        report,
    }
}

/// Every finding of `svcat check DIR` as (rule, cell), in report order: errors, warnings and
/// infos alike; [`WHOLE`] for a finding without a cell.
pub fn check(dir: &Path) -> Fired {
    fired(&check_with(dir, &[]).report)
}

/// A report's findings as (rule, cell).
pub fn fired(report: &Value) -> Fired {
    Fired(
        report["findings"]
            .as_array()
            .expect("findings array")
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().expect("a rule").to_string(),
                    f["cell"].as_str().unwrap_or(WHOLE).to_string(),
                )
            })
            .collect(),
    )
}

/// (rule, cell) pairs, comparable with an array of `(&str, &str)`.
#[derive(PartialEq, Eq)]
pub struct Fired(pub Vec<(String, String)>);

impl fmt::Debug for Fired {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(r, c)| (r.as_str(), c.as_str())))
            .finish()
    }
}

impl<const N: usize> PartialEq<[(&str, &str); N]> for Fired {
    fn eq(&self, other: &[(&str, &str); N]) -> bool {
        self.0.len() == N
            && self
                .0
                .iter()
                .zip(other)
                .all(|((r, c), (or, oc))| r == or && c == oc)
    }
}
