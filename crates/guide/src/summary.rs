//! The guide's readability summary: per item and in total, the average and longest sentence, the
//! count of each filler marker, jargon left unexplained, and where "此项信息待补充" is shown.
//! Written to `summary.json` (contract `guide/1`) and, shorter, to stderr.

use serde_json::{Map, Value, json};

use super::{Guide, GuideFormat};
use svcat_core::escape::terminal;

pub const SUMMARY_FILE: &str = "summary.json";
pub const SUMMARY_CONTRACT: &str = "guide/1";

/// Totals over the whole guide.
pub struct Totals {
    pub items: usize,
    pub sentences: usize,
    pub characters: usize,
    pub longest: usize,
    /// The item with the longest sentence (index into the guide's items).
    pub longest_item: Option<usize>,
    pub markers: Vec<usize>,
    pub missing: usize,
    pub items_missing: usize,
    pub unexplained: usize,
}

impl Totals {
    pub fn of(guide: &Guide) -> Totals {
        let mut t = Totals {
            items: guide.items.len(),
            sentences: 0,
            characters: 0,
            longest: 0,
            longest_item: None,
            markers: vec![0; guide.markers.len()],
            missing: 0,
            items_missing: 0,
            unexplained: 0,
        };
        for (i, item) in guide.items.iter().enumerate() {
            let s = &item.stats;
            t.sentences += s.sentences;
            t.characters += s.characters;
            if s.longest > t.longest {
                t.longest = s.longest;
                t.longest_item = Some(i);
            }
            for (total, n) in t.markers.iter_mut().zip(&s.markers) {
                *total += n;
            }
            t.missing += s.missing.len();
            t.items_missing += usize::from(!s.missing.is_empty());
            t.unexplained += s.unexplained.len();
        }
        t
    }
}

/// Average characters per sentence, to one decimal place (0 when there are no sentences).
fn average(characters: usize, sentences: usize) -> f64 {
    if sentences == 0 {
        return 0.0;
    }
    (characters as f64 / sentences as f64 * 10.0).round() / 10.0
}

fn markers_json(names: &[String], counts: &[usize]) -> Value {
    let mut map = Map::new();
    for (name, n) in names.iter().zip(counts) {
        map.insert(name.clone(), json!(n));
    }
    Value::Object(map)
}

pub fn summary_json(guide: &Guide, format: GuideFormat, files: &[String]) -> Value {
    let t = Totals::of(guide);
    let ext = match format {
        GuideFormat::Html => "html",
        GuideFormat::Markdown => "md",
    };
    let items: Vec<Value> = guide
        .items
        .iter()
        .map(|item| {
            let s = &item.stats;
            let mut v = json!({
                "number": item.number,
                "code": item.code,
                "name": item.name,
                "department": item.department,
                "page": format!("items/{}.{ext}", item.slug),
                "sentences": s.sentences,
                "average_sentence": average(s.characters, s.sentences),
                "longest_sentence": s.longest,
                "markers": markers_json(&guide.markers, &s.markers),
                "missing": s.missing.len(),
                "missing_where": s.missing,
                "unexplained_terms": s.unexplained,
            });
            if format == GuideFormat::Html && item.notice.is_some() {
                v["notice"] = json!(format!("notices/{}.html", item.slug));
            }
            v
        })
        .collect();
    json!({
        "svcat": SUMMARY_CONTRACT,
        "format": ext,
        "catalog": {
            "region": guide.meta.region,
            "version": guide.meta.version,
            "date": guide.meta.date,
        },
        "max_sentence": guide.max_sentence,
        "total": {
            "items": t.items,
            "sentences": t.sentences,
            "average_sentence": average(t.characters, t.sentences),
            "longest_sentence": t.longest,
            "markers": markers_json(&guide.markers, &t.markers),
            "missing": t.missing,
            "items_with_missing": t.items_missing,
            "unexplained_terms": t.unexplained,
        },
        "items": items,
        "files": files,
    })
}

/// The summary for stderr: totals and the items most worth a look. Item names and the output
/// directory are made safe for the terminal.
pub fn summary_text(guide: &Guide, format: GuideFormat, dir: &str) -> String {
    let t = Totals::of(guide);
    let dir = terminal(dir);
    let mut s = String::new();
    let index = match format {
        GuideFormat::Html => "index.html",
        GuideFormat::Markdown => "index.md",
    };
    s.push_str(&format!(
        "办事指南：{dir}/{index}（{} 个事项）；每个事项一页：{dir}/items/",
        t.items
    ));
    if format == GuideFormat::Html {
        s.push_str(&format!("；一次性告知单：{dir}/notices/"));
    }
    s.push('\n');
    s.push_str(&format!(
        "句子：共 {} 句，平均每句 {:.1} 字，最长 {} 字",
        t.sentences,
        average(t.characters, t.sentences),
        t.longest
    ));
    if let Some(i) = t.longest_item {
        s.push_str(&format!("（{}）", terminal(&guide.items[i].name)));
    }
    s.push('\n');
    let over = guide
        .items
        .iter()
        .filter(|i| i.stats.longest > guide.max_sentence)
        .count();
    s.push_str(&format!(
        "超过 {} 字的长句所在事项：{over} 个\n",
        guide.max_sentence
    ));
    let markers: Vec<String> = guide
        .markers
        .iter()
        .zip(&t.markers)
        .map(|(m, n)| format!("{} {n}", terminal(m)))
        .collect();
    s.push_str(&format!("空话套话：{}\n", markers.join("，")));
    s.push_str(&format!("没有解释的难词：{} 处\n", t.unexplained));
    s.push_str(&format!(
        "“此项信息待补充”：{} 处，涉及 {} 个事项",
        t.missing, t.items_missing
    ));
    let mut worst: Vec<&super::GuideItem> = guide
        .items
        .iter()
        .filter(|i| !i.stats.missing.is_empty())
        .collect();
    worst.sort_by(|a, b| {
        b.stats
            .missing
            .len()
            .cmp(&a.stats.missing.len())
            .then(a.number.cmp(&b.number))
    });
    if !worst.is_empty() {
        let top: Vec<String> = worst
            .iter()
            .take(3)
            .map(|i| format!("{}（{} 处）", terminal(&i.name), i.stats.missing.len()))
            .collect();
        s.push_str(&format!("，最多的是：{}", top.join("、")));
    }
    s.push('\n');
    s.push_str(&format!("逐项数据：{dir}/{SUMMARY_FILE}\n"));
    s
}
