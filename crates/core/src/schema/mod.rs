//! Element schemas: which elements an item has, how department headers map onto them, what
//! values they take, and which item types require them.
//!
//! Schemas are TOML (see `schemas/national.toml`). The national standard and the township profile
//! are compiled into the binary; a user's schema may `extends` either of them or another file.

mod load;
mod rule_keys;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

pub use load::{SchemaError, check_schema_file, load_catalog_schema, load_schema};
pub use rule_keys::RuleKey;

use crate::text::{fold_width, has_full_width, is_full_width, trim};

pub const BUILTIN_SCHEMAS: &[(&str, &str)] = &[
    (
        "national",
        include_str!("../../../../schemas/national.toml"),
    ),
    (
        "township",
        include_str!("../../../../schemas/township.toml"),
    ),
];

/// The value type of an element, which decides how a cell is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementType {
    Text,
    Code,
    Uscc,
    Phone,
    LegalBasis,
    Enum,
    Materials,
    TimeLimit,
    Integer,
    Bool,
    OnlineDepth,
}

impl ElementType {
    pub const ALL: &[(&'static str, ElementType)] = &[
        ("text", ElementType::Text),
        ("code", ElementType::Code),
        ("uscc", ElementType::Uscc),
        ("phone", ElementType::Phone),
        ("legal_basis", ElementType::LegalBasis),
        ("enum", ElementType::Enum),
        ("materials", ElementType::Materials),
        ("time_limit", ElementType::TimeLimit),
        ("integer", ElementType::Integer),
        ("bool", ElementType::Bool),
        ("online_depth", ElementType::OnlineDepth),
    ];

    pub fn from_name(name: &str) -> Option<ElementType> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map(|(n, _)| *n)
            .expect("every type is listed")
    }

    /// Types whose values come from a fixed list.
    pub fn is_enum(self) -> bool {
        matches!(self, ElementType::Enum | ElementType::OnlineDepth)
    }

    /// Values of this type are the cell's text, unparsed (the checks read them).
    pub fn is_plain_text(self) -> bool {
        matches!(
            self,
            ElementType::Text
                | ElementType::Code
                | ElementType::Uscc
                | ElementType::Phone
                | ElementType::LegalBasis
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    pub value: String,
    pub codes: Vec<String>,
    pub synonyms: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Element {
    pub key: String,
    pub label: String,
    pub aliases: Vec<String>,
    pub ty: ElementType,
    /// Item-type groups (or item-type names) for which this element must be filled in.
    pub required: Vec<String>,
    pub multiple: bool,
    /// Whether a blank cell in this column takes the value above it in formats that do not record
    /// merged cells (ods, csv): true for columns departments merge down, such as 实施部门.
    pub fill_down: bool,
    pub values: Vec<EnumValue>,
    pub description: Option<String>,
    pub example: Option<String>,
}

/// A rule's severity as a schema sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleLevel {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleLevel {
    pub fn from_name(name: &str) -> Option<RuleLevel> {
        Some(match name {
            "off" | "allow" => RuleLevel::Off,
            "info" | "note" => RuleLevel::Info,
            "warning" | "warn" => RuleLevel::Warning,
            "error" | "deny" => RuleLevel::Error,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub name: String,
    pub title: String,
    pub version: Option<String>,
    /// The level (行使层级) catalogs under this schema are expected to have, when it fixes one.
    pub level: Option<String>,
    pub groups: BTreeMap<String, Vec<String>>,
    pub elements: Vec<Element>,
    pub index_aliases: Vec<String>,
    /// Headers real catalogs use for columns that are not standard elements (联办机构, 是否网办):
    /// kept in `extra`, never taken for a misspelt standard header.
    pub known_columns: Vec<String>,
    /// How the names of offices end (办, 所, 中心 …): a file or sheet name gives a department only
    /// when it ends so.
    pub department_endings: Vec<String>,
    pub skip_sheets: Vec<String>,
    pub placeholders: Vec<String>,
    pub placeholder_prefixes: Vec<String>,
    /// Rule ID → level, as the schema overrides the defaults.
    pub rules: BTreeMap<String, RuleLevel>,
    /// Where each `[rules]` key was written, so the rules layer can point at an unknown ID.
    pub rule_keys: Vec<RuleKey>,
    /// Official single names that look like bundles (they contain 和、及 …) but are one service.
    pub name_exceptions: Vec<String>,
    /// How time limits are written: unit words and the words for "on the spot".
    pub limit_notation: crate::limit_notation::LimitNotation,
    /// Items for which "none" (无, or nothing) is the true answer to an element.
    pub none_allowed: Vec<NoneRule>,
    /// Verbs that each name a service of their own (设立, 变更, 补发 …): a name that joins two of
    /// them with 、 及 和 或 bundles two services (G001).
    pub action_words: Vec<String>,
    /// The ways codes are written, and the 事项类型 segment tables of 基本编码 per region.
    pub code_forms: crate::code_forms::CodeForms,
    /// The kinds of list a sheet may be (实施清单, 目录), in the order they are recognised.
    pub list_kinds: Vec<ListKind>,
    /// The TOML the schema was built from, after `extends` (for `schema show`).
    pub sources: Vec<(String, String)>,
    header_index: HashMap<String, Vec<usize>>,
    index_headers: Vec<String>,
    /// Per element: normalised value, code or synonym → index into `values`.
    enum_index: Vec<HashMap<String, usize, crate::text::FastHash>>,
    /// Per item type: which elements are required (indexed like `elements`).
    required_by_kind: HashMap<String, Vec<bool>, crate::text::FastHash>,
    /// The same for items whose type is unknown: the general group.
    required_default: Vec<bool>,
    /// Placeholders with width folded, for matching.
    folded_placeholders: std::collections::HashSet<String, crate::text::FastHash>,
    longest_placeholder: usize,
    /// Characters of the longest normalised header (label, alias or index header).
    longest_header: usize,
    /// The first characters of the normalised headers, sorted.
    header_starts: Vec<char>,
    /// Per element: its key as a JSON string followed by `": "`, as the canonical JSON writes it
    /// before every value.
    json_keys: Vec<Box<str>>,
}

/// Where "none" is an answer: for items of these types (and, when `name_endings` is given, whose
/// names end in one of these words: …查询, …公示, …咨询), these elements may say 无 or be empty;
/// with `together`, only when every one of them does (a public service asking nothing at all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoneRule {
    pub elements: Vec<String>,
    pub kinds: Vec<String>,
    pub name_endings: Vec<String>,
    pub together: bool,
}

impl NoneRule {
    fn allows(
        &self,
        element: &str,
        kind: Option<&str>,
        name: Option<&str>,
        says_none: &dyn Fn(&str) -> bool,
    ) -> bool {
        self.elements.iter().any(|e| e == element)
            && kind.is_some_and(|k| self.kinds.iter().any(|x| x == k))
            && (self.name_endings.is_empty()
                || name.is_some_and(|n| {
                    let n = strip_trailing_note(n.trim());
                    self.name_endings
                        .iter()
                        .any(|end| n.ends_with(end.as_str()))
                }))
            && (!self.together || self.elements.iter().all(|e| says_none(e)))
    }
}

/// A name without a trailing bracketed note: "政策咨询（线上）" → "政策咨询".
fn strip_trailing_note(name: &str) -> &str {
    let mut name = name;
    while let Some(rest) = name
        .strip_suffix('）')
        .and_then(|r| r.rfind('（').map(|at| &r[..at]))
        .or_else(|| {
            name.strip_suffix(')')
                .and_then(|r| r.rfind('(').map(|at| &r[..at]))
        })
    {
        if rest.is_empty() {
            break;
        }
        name = rest.trim_end();
    }
    name
}

/// A kind of list (清单类型): what a sheet is, judged by its columns, and which required elements
/// it must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListKind {
    /// The name `--kind` and `kind` in catalog.toml take: 实施清单, 目录.
    pub name: String,
    /// What messages call it: 政务服务事项实施清单.
    pub title: String,
    /// A sheet with a column for any of these elements is of this kind (empty: any sheet).
    pub detect: Vec<String>,
    /// The required elements this kind must carry; empty: every element the schema requires.
    pub required: Vec<String>,
}

/// What a header cell maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderMatch {
    /// The running number column (序号).
    Index,
    /// One or more elements (收费标准及依据 feeds two).
    Elements(Vec<usize>),
    Unknown,
}

/// A header after normalisation, with the unit its brackets named, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedHeader {
    pub key: String,
    pub unit: Option<String>,
}

/// The characters a header's key is made of, before marks and a unit come off: the header
/// trimmed, width folded, without whitespace, asterisks and ※. [`Schema::match_header`] counts
/// them to rule out long texts without normalising them.
fn header_key_chars(header: &str) -> impl Iterator<Item = char> + '_ {
    trim(header)
        .chars()
        .map(crate::text::fold_char)
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '※')
}

/// Normalises a header for matching: width folded, whitespace, asterisks and "（必填）"-style marks
/// removed, and a bracketed unit ("（工作日）") split off.
pub fn normalize_header(header: &str) -> NormalizedHeader {
    let mut key: String = header_key_chars(header).collect();
    for mark in [
        "(必填)",
        "(必填项)",
        "(选填)",
        "(选填项)",
        "(可选)",
        "(非必填)",
        "【必填】",
        "【选填】",
    ] {
        // Data rows are probed for a repeated header: most texts hold no mark.
        if key.contains(mark) {
            key = key.replace(mark, "");
        }
    }
    key = key.trim_end_matches([':', '：']).to_string();
    let mut unit = None;
    for (mark, name) in [
        ("(工作日)", "工作日"),
        ("(自然日)", "自然日"),
        ("(日)", "自然日"),
        ("(天)", "自然日"),
        ("(个工作日)", "工作日"),
        ("(次)", "次"),
        ("(个)", "个"),
    ] {
        if key.ends_with(mark) {
            key.truncate(key.len() - mark.len());
            unit = Some(name.to_string());
            break;
        }
    }
    NormalizedHeader {
        key: key.to_ascii_lowercase(),
        unit,
    }
}

impl Schema {
    /// An element's key as a quoted JSON string followed by `": "`.
    pub fn json_key(&self, element: usize) -> &str {
        &self.json_keys[element]
    }

    /// Builds the lookup tables once every element is final.
    pub fn index(&mut self) {
        let mut header_index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, element) in self.elements.iter().enumerate() {
            for name in std::iter::once(&element.label).chain(&element.aliases) {
                let entry = header_index.entry(normalize_header(name).key).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
        // An alias listed under several elements feeds all of them only when each lists it
        // explicitly (收费标准及依据); a label always wins over an alias of another element.
        for (key, elements) in header_index.iter_mut() {
            if let Some(labelled) = elements
                .iter()
                .copied()
                .find(|&i| normalize_header(&self.elements[i].label).key == *key)
            {
                elements.retain(|&i| i == labelled);
            }
        }
        self.header_index = header_index;
        self.json_keys = self
            .elements
            .iter()
            .map(|e| {
                let mut quoted = Vec::new();
                crate::json_writer::string(&mut quoted, &e.key);
                quoted.extend_from_slice(b": ");
                String::from_utf8(quoted).expect("JSON of a string").into()
            })
            .collect();
        let mask = |kind: Option<&str>| -> Vec<bool> {
            self.elements
                .iter()
                .map(|e| self.compute_required(e, kind))
                .collect()
        };
        let required_default = mask(None);
        let required_by_kind = self
            .groups
            .values()
            .flatten()
            .map(|kind| (kind.clone(), mask(Some(kind))))
            .collect();
        self.required_default = required_default;
        self.required_by_kind = required_by_kind;
        self.folded_placeholders = self.placeholders.iter().map(|p| fold_width(p)).collect();
        self.longest_placeholder = self
            .placeholders
            .iter()
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0);
        self.enum_index = self
            .elements
            .iter()
            .map(|element| {
                let mut map = HashMap::default();
                let names = || {
                    element.values.iter().enumerate().flat_map(|(i, v)| {
                        std::iter::once(&v.value)
                            .chain(&v.codes)
                            .chain(&v.synonyms)
                            .map(move |name| (i, name))
                    })
                };
                for (i, name) in names() {
                    map.entry(enum_key(name)).or_insert(i);
                }
                // Every name also as the schema writes it ("镇（乡、街道）级", whose key has
                // half-width brackets), for `enum_value` to find without making a key: a name's
                // key leads to its own value, so this adds no other answer.
                for (i, name) in names() {
                    if !enum_key(name).is_empty() {
                        map.entry(name.clone()).or_insert(i);
                    }
                }
                map
            })
            .collect();
        self.index_headers = self
            .index_aliases
            .iter()
            .map(|a| normalize_header(a).key)
            .collect();
        self.longest_header = self
            .header_index
            .keys()
            .chain(&self.index_headers)
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(0);
        let mut starts: Vec<char> = self
            .header_index
            .keys()
            .chain(&self.index_headers)
            .filter_map(|k| k.chars().next())
            .collect();
        starts.sort_unstable();
        starts.dedup();
        self.header_starts = starts;
    }

    pub fn element(&self, key: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.key == key)
    }

    pub fn element_index(&self, key: &str) -> Option<usize> {
        self.elements.iter().position(|e| e.key == key)
    }

    pub fn match_header(&self, header: &str) -> HeaderMatch {
        if !self.could_be_header(header) {
            return HeaderMatch::Unknown;
        }
        let normalized = normalize_header(header);
        if normalized.key.is_empty() {
            return HeaderMatch::Unknown;
        }
        if self.index_headers.contains(&normalized.key) {
            return HeaderMatch::Index;
        }
        match self.header_index.get(&normalized.key) {
            Some(elements) => HeaderMatch::Elements(elements.clone()),
            None => HeaderMatch::Unknown,
        }
    }

    /// Whether `text` is short enough to normalise to a header of this schema: normalising only
    /// drops characters (whitespace, `*`, marks such as "（必填）" and a unit such as "（工作日）"), so
    /// a text with many more characters than the longest header is data. The header search tries
    /// every cell of a sheet's first rows, which are mostly long data texts; counting stops as
    /// soon as the text is too long, where normalising would fold and copy it all.
    ///
    /// Nor can a text be a header whose first character, as normalising leaves it, starts none:
    /// only a mark, which begins with a bracket, can come off a header's front.
    fn could_be_header(&self, text: &str) -> bool {
        // Room for two marks and a unit beside the header itself.
        const MARKS: usize = 16;
        let mut kept = header_key_chars(text);
        let Some(first) = kept.next() else {
            return true;
        };
        let first = first.to_ascii_lowercase();
        let may_start =
            matches!(first, '(' | '【') || self.header_starts.binary_search(&first).is_ok();
        may_start && kept.nth(self.longest_header + MARKS - 1).is_none()
    }

    /// The element label or alias nearest to an unknown header, for "did you mean" help.
    pub fn nearest_element(&self, header: &str) -> Option<&Element> {
        let target = normalize_header(header).key;
        let target_len = target.chars().count();
        if target_len == 0
            || self
                .known_columns
                .iter()
                .any(|k| normalize_header(k).key == target)
        {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for (i, element) in self.elements.iter().enumerate() {
            for name in std::iter::once(&element.label).chain(&element.aliases) {
                let candidate = normalize_header(name).key;
                let distance = strsim::levenshtein(&target, &candidate);
                let candidate_len = candidate.chars().count();
                // A typing slip, not another concept: a character or two typed wrong in a header
                // as long as the known one ("受理条见"), or one character dropped or doubled. A
                // known header with words added ("事项名称短语", "联办机构") or other words of the
                // same shape ("是否网办" is not "是否收费") is a column of its own.
                // Headers shorter than four characters change meaning with one character
                // (主项 and 子项).
                let typo = if target_len < 4 {
                    false
                } else if target_len == candidate_len {
                    distance <= (target_len / 4).max(1)
                } else {
                    target_len.abs_diff(candidate_len) == 1
                        && distance == 1
                        && target_len.min(candidate_len) >= 4
                        && !target.contains(candidate.as_str())
                        && !candidate.contains(target.as_str())
                };
                if typo && best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, i));
                }
            }
        }
        best.map(|(_, i)| &self.elements[i])
    }

    /// Whether an element must be filled in for an item of this kind (事项类型). An item whose
    /// kind is unknown is held to the general group, the strictest common case.
    pub fn is_required(&self, element: &Element, kind: Option<&str>) -> bool {
        match (self.index_of(element), self.required_mask(kind)) {
            (Some(i), Some(mask)) => mask[i],
            _ => self.compute_required(element, kind),
        }
    }

    /// The index of one of this schema's elements, from its address (this runs for every value
    /// of every item); None for an element from elsewhere.
    fn index_of(&self, element: &Element) -> Option<usize> {
        let range = self.elements.as_ptr_range();
        let at = std::ptr::from_ref(element);
        range
            .contains(&at)
            .then(|| (at as usize - range.start as usize) / std::mem::size_of::<Element>())
    }

    /// Which elements an item of this kind must fill in, indexed like `elements` (None before the
    /// schema is indexed). An unknown kind is held to the general group.
    pub fn required_mask(&self, kind: Option<&str>) -> Option<&[bool]> {
        let mask = kind
            .and_then(|k| self.required_by_kind.get(k))
            .unwrap_or(&self.required_default);
        (mask.len() == self.elements.len()).then_some(mask.as_slice())
    }

    fn compute_required(&self, element: &Element, kind: Option<&str>) -> bool {
        let group_of_kind = kind.and_then(|kind| {
            self.groups
                .iter()
                .find(|(_, kinds)| kinds.iter().any(|k| k == kind))
                .map(|(group, _)| group.as_str())
        });
        let group = group_of_kind.unwrap_or("general");
        element
            .required
            .iter()
            .any(|r| r == "all" || r == group || Some(r.as_str()) == kind)
    }

    /// Maps a cell value onto one allowed enum value: by value, code or synonym, ignoring width and
    /// whitespace differences.
    pub fn enum_value<'a>(&self, element: &'a Element, text: &str) -> Option<&'a EnumValue> {
        // Longer than any allowed value: free text, not an enum value.
        if text.len() > 64 {
            return None;
        }
        let index = self.index_of(element).and_then(|i| self.enum_index.get(i));
        // Most cells hold a value exactly as the index has it (a key is its own key), which
        // spares making the key.
        if let Some(&i) = index
            .filter(|_| !text.is_empty())
            .and_then(|map| map.get(text))
        {
            return Some(&element.values[i]);
        }
        let wanted = enum_key_of(text);
        if wanted.is_empty() {
            return None;
        }
        match index {
            Some(map) => map.get(wanted.as_ref()).map(|&i| &element.values[i]),
            // An element from elsewhere (not this schema's): compare directly.
            None => element.values.iter().find(|v| {
                std::iter::once(&v.value)
                    .chain(&v.codes)
                    .chain(&v.synonyms)
                    .any(|name| enum_key(name) == *wanted)
            }),
        }
    }

    /// Whether "none" is the true answer to the element for an item of this type and name;
    /// `says_none` tells whether another element of the item says none too.
    pub fn none_is_answer(
        &self,
        element: &str,
        kind: Option<&str>,
        name: Option<&str>,
        says_none: &dyn Fn(&str) -> bool,
    ) -> bool {
        self.none_allowed
            .iter()
            .any(|rule| rule.allows(element, kind, name, says_none))
    }

    /// Whether a file's or sheet's name names an office (民政办, 社会保障服务中心), so that items
    /// from a sheet without a department column may take it as their department.
    pub fn looks_like_department(&self, name: &str) -> bool {
        let name = name.trim();
        !name.is_empty()
            && !name.is_ascii()
            && self
                .department_endings
                .iter()
                .any(|e| name.ends_with(e.as_str()))
    }

    /// The list kind named `name`, if the schema has one.
    pub fn list_kind(&self, name: &str) -> Option<&ListKind> {
        self.list_kinds.iter().find(|k| k.name == name)
    }

    /// The kind of list a sheet with these columns is: the first kind one of whose `detect`
    /// elements has a column, else the first kind without `detect`.
    pub fn list_kind_of<'c>(
        &self,
        columns: impl Iterator<Item = &'c [u16]> + Clone,
    ) -> Option<&ListKind> {
        let has = |key: &str| {
            self.element_index(key)
                .is_some_and(|e| columns.clone().any(|c| c.contains(&(e as u16))))
        };
        self.list_kinds
            .iter()
            .find(|k| !k.detect.is_empty() && k.detect.iter().any(|key| has(key)))
            .or_else(|| self.list_kinds.iter().find(|k| k.detect.is_empty()))
    }

    /// Per element, whether a list of this kind must carry it (when the item's type requires it):
    /// None when the kind carries every required element.
    pub fn list_mask(&self, kind: &ListKind) -> Option<Vec<bool>> {
        if kind.required.is_empty() {
            return None;
        }
        Some(
            self.elements
                .iter()
                .map(|e| kind.required.contains(&e.key))
                .collect(),
        )
    }

    pub fn is_placeholder(&self, text: &str) -> bool {
        let t = trim(text);
        let short = t.len() <= self.longest_placeholder * 4;
        (short
            && if has_full_width(t) {
                self.folded_placeholders.contains(&fold_width(t))
            } else {
                self.folded_placeholders.contains(t)
            })
            || self
                .placeholder_prefixes
                .iter()
                .any(|p| starts_with(t.as_bytes(), p.as_bytes()))
    }
}

/// `text.starts_with(prefix)`, deciding most texts (which start with another character) on their
/// first three bytes, without the library call that compares slices (this runs on every cell).
fn starts_with(text: &[u8], prefix: &[u8]) -> bool {
    match (text.first_chunk::<3>(), prefix.first_chunk::<3>()) {
        (Some(a), Some(b)) if a != b => false,
        _ => text.starts_with(prefix),
    }
}

/// `enum_key`, without copying text that is already its own key (most enum cells).
fn enum_key_of(text: &str) -> Cow<'_, str> {
    let is_key = text.chars().all(|c| {
        !c.is_whitespace()
            && !c.is_ascii_lowercase()
            && !matches!(c, '\u{FEFF}' | '\u{200B}')
            && !is_full_width(c)
    });
    if is_key {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(enum_key(text))
    }
}

fn enum_key(text: &str) -> String {
    fold_width(trim(text))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn national() -> Schema {
        load_schema("national").expect("built-in schema loads")
    }

    #[test]
    fn headers_normalise() {
        let h = normalize_header(" 法定办结时限（工作日） ");
        assert_eq!(h.key, "法定办结时限");
        assert_eq!(h.unit.as_deref(), Some("工作日"));
        assert_eq!(normalize_header("*事项名称（必填）").key, "事项名称");
    }

    #[test]
    fn aliases_map_to_elements() {
        let s = national();
        let name = s.element_index("name").unwrap();
        assert_eq!(
            s.match_header("服务事项名称"),
            HeaderMatch::Elements(vec![name])
        );
        assert_eq!(
            s.match_header("事项名称（必填）"),
            HeaderMatch::Elements(vec![name])
        );
        assert_eq!(s.match_header("序号"), HeaderMatch::Index);
        let both = s.match_header("收费标准及依据");
        let fee = [
            s.element_index("fee_standard").unwrap(),
            s.element_index("fee_basis").unwrap(),
        ];
        assert_eq!(both, HeaderMatch::Elements(fee.to_vec()));
        assert_eq!(s.match_header("备注"), HeaderMatch::Unknown);
    }

    #[test]
    fn long_texts_are_not_headers() {
        let s = national();
        let longest = s
            .header_index
            .keys()
            .max_by_key(|k| k.chars().count())
            .unwrap()
            .clone();
        assert_eq!(s.longest_header, longest.chars().count());
        // The longest header, spaced out and marked, still matches.
        let spaced: String = longest.chars().flat_map(|c| [c, ' ', '\u{3000}']).collect();
        let marked = format!("※{spaced}（必填）（工作日）");
        assert!(matches!(s.match_header(&marked), HeaderMatch::Elements(_)));
        // A data text longer than any header with its marks is not read as one.
        let text = "因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭";
        assert!(!s.could_be_header(text));
        assert_eq!(s.match_header(text), HeaderMatch::Unknown);
        // Nor one that starts with a character no header starts with.
        assert!(!s.could_be_header("1"));
        assert!(!s.could_be_header(" １２"));
        assert!(s.could_be_header("（必填）事项名称"));
        assert!(matches!(
            s.match_header("（必填）事项名称"),
            HeaderMatch::Elements(_)
        ));
        assert!(matches!(s.match_header(" ＳＥＱ "), HeaderMatch::Unknown));
        // A byte-order mark or zero-width space stuck to a header is trimmed, as normalising
        // does, before its first character is looked at.
        for stuck in ["\u{FEFF}事项名称", "\u{200B}事项名称\u{200B}"] {
            assert!(
                matches!(s.match_header(stuck), HeaderMatch::Elements(_)),
                "{stuck:?}"
            );
        }
    }

    #[test]
    fn nearest_element_for_typos() {
        let s = national();
        assert_eq!(s.nearest_element("受理条见").unwrap().key, "conditions");
        assert!(s.nearest_element("备注").is_none());
        // Real portals' own columns are other concepts, not typos of a standard header.
        for header in [
            "事项名称短语",
            "联办机构",
            "是否网办",
            "在线预约地址",
            "日常用语",
        ] {
            assert!(s.nearest_element(header).is_none(), "{header}");
        }
    }

    #[test]
    fn enum_codes_and_synonyms() {
        let s = national();
        let kind = s.element("kind").unwrap();
        for text in ["1", "01", "行政许可", "XK", "０１"] {
            assert_eq!(
                s.enum_value(kind, text).unwrap().value,
                "行政许可",
                "{text}"
            );
        }
        let level = s.element("level").unwrap();
        assert_eq!(
            s.enum_value(level, "镇级").unwrap().value,
            "镇（乡、街道）级"
        );
        assert_eq!(
            s.enum_value(level, "镇（乡、街道）级").unwrap().value,
            "镇（乡、街道）级"
        );
        assert!(s.enum_value(kind, "行政审批").is_none());
    }

    #[test]
    fn required_depends_on_kind() {
        let s = national();
        let conditions = s.element("conditions").unwrap();
        assert!(s.is_required(conditions, Some("行政许可")));
        assert!(!s.is_required(conditions, Some("行政处罚")));
        assert!(s.is_required(conditions, None));
    }

    #[test]
    fn township_extends_national() {
        let t = load_schema("township").unwrap();
        assert_eq!(t.name, "township");
        assert_eq!(t.elements.len(), national().elements.len());
        let one_window = t.element("one_window").unwrap();
        assert!(one_window.aliases.iter().any(|a| a == "一窗受理"));
        assert!(one_window.aliases.iter().any(|a| a == "是否纳入一窗受理"));
        // Fixed by the county catalog: optional in township lists.
        assert!(t.element("power_source").unwrap().required.is_empty());
        assert!(
            !national()
                .element("power_source")
                .unwrap()
                .required
                .is_empty()
        );
        assert!(matches!(t.match_header("站所"), HeaderMatch::Elements(_)));
    }
}
