//! What a guide says about one item, before any format: sections under plain headings, each a
//! list of blocks (paragraphs, facts, a checklist, steps), every missing element marked, plus
//! the one-time notice and the item's readability figures. The HTML and Markdown renderers only
//! lay this out; `page.rs` writes it from a catalog item.

use svcat_plain::plain_text::{Note, Plain};

/// What a guide shows where an element is missing (or only a placeholder such as 无 or 见附件).
pub const MISSING: &str = "此项信息待补充";

/// The plain headings, in the order a resident asks the questions.
pub const HEADINGS: [&str; 10] = [
    "这件事能帮您办什么",
    "谁可以办",
    "需要带什么",
    "怎么办",
    "多久能办好",
    "要不要花钱",
    "要跑几次",
    "在哪里办、什么时候办",
    "办好了怎么拿到",
    "有问题找谁",
];

/// The heading of the small-print legal basis, last on the page.
pub const BASIS_HEADING: &str = "办理依据";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(Plain),
    /// "地点：……"; None shows [`MISSING`].
    Fact {
        label: &'static str,
        value: Option<Plain>,
    },
    /// The whole section is missing.
    Missing,
    Checklist(Checklist),
    Steps(Vec<Step>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checklist {
    pub lines: Vec<CheckLine>,
    /// Explanations of words in the lines' details (原件, 复印件), shown under the list.
    pub notes: Vec<Note>,
}

/// One material to bring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckLine {
    pub name: Plain,
    /// "原件和复印件，1份"; empty when the catalog says neither.
    pub details: String,
    pub optional: bool,
    /// Where to get it (来源渠道), when the catalog says.
    pub source: Option<Plain>,
    pub notes: Option<Plain>,
}

impl CheckLine {
    /// The line as plain text: "户口簿（也就是户口本）：原件和复印件，1份".
    pub fn text(&self) -> String {
        let mut s = self.name.inline();
        let mut details = Vec::new();
        if !self.details.is_empty() {
            details.push(self.details.clone());
        }
        if self.optional {
            details.push("不是必须的".to_string());
        }
        if !details.is_empty() {
            s.push('：');
            s.push_str(&details.join("，"));
        }
        if let Some(notes) = &self.notes {
            s.push('；');
            s.push_str(&notes.inline());
        }
        if let Some(source) = &self.source {
            s.push_str("；到哪里拿：");
            s.push_str(&source.inline());
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// "受理", when the step starts with a short name and a colon.
    pub label: Option<Plain>,
    pub text: Plain,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

/// The one-time notice (一次性告知单): everything to bring and every condition, on one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub conditions: Option<Plain>,
    pub materials: Option<Checklist>,
    /// Whether some material is only a placeholder (见附件): the list is incomplete.
    pub materials_incomplete: bool,
    pub facts: Vec<(&'static str, Option<Plain>)>,
}

/// Readability figures of one item's prose, after rewriting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemStats {
    pub sentences: usize,
    pub characters: usize,
    pub longest: usize,
    pub longest_sentence: String,
    /// Per glossary marker, in its order.
    pub markers: Vec<usize>,
    /// Where the guide shows [`MISSING`], by heading and label.
    pub missing: Vec<String>,
    pub unexplained: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideItem {
    /// 1-based position in the booklet.
    pub number: usize,
    /// File name stem and anchor: the code when it is a safe file name, else item-00001.
    pub slug: String,
    pub code: String,
    pub name: String,
    pub department: String,
    pub sections: Vec<Section>,
    /// None shows [`MISSING`].
    pub basis: Option<Plain>,
    /// The one-time notice (一次性告知单) for an application; None for items nobody applies for
    /// (penalties, inspections, enforcement), which have no materials to bring and nothing to sign.
    pub notice: Option<Notice>,
    pub stats: ItemStats,
}
