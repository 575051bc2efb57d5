//! Markdown guides for portals and wikis: `index.md` (contents by department) and one file per
//! item. Catalog text is escaped so that it can neither format the page nor carry HTML.

use super::Guide;
use super::content::{BASIS_HEADING, Block, Checklist, GuideItem, MISSING};
use svcat_plain::plain_text::{Piece, Plain};

/// Escapes catalog text for the guide's Markdown: the project's one Markdown escaper
/// ([`svcat_core::escape::markdown_paragraph`]), which also keeps text at the start of a line from
/// becoming a list.
pub fn escape(text: &str) -> String {
    svcat_core::escape::markdown_paragraph(text)
}

fn plain(p: &Plain) -> String {
    let mut s = String::new();
    for piece in &p.pieces {
        match piece {
            Piece::Text(t) => s.push_str(&escape(t)),
            Piece::Note(n) => {
                s.push('（');
                s.push_str(&escape(&n.explain));
                s.push('）');
            }
        }
    }
    s
}

fn value(v: &Option<Plain>) -> String {
    match v {
        Some(p) => plain(p),
        None => format!("**{MISSING}**"),
    }
}

fn title(guide: &Guide) -> String {
    format!(
        "{}政务服务办事指南",
        guide.meta.region.as_deref().unwrap_or("")
    )
}

/// The index: title, catalog version and date, contents by department with links.
pub fn index(guide: &Guide) -> String {
    let mut s = format!("# {}\n\n", escape(&title(guide)));
    let mut meta = Vec::new();
    if let Some(v) = &guide.meta.version {
        meta.push(format!("目录版本：{}", escape(v)));
    }
    if let Some(d) = &guide.meta.date {
        meta.push(format!("日期：{}", escape(d)));
    }
    meta.push(format!(
        "共 {} 个事项，{} 个部门",
        guide.items.len(),
        guide.departments.len()
    ));
    s.push_str(&meta.join(" · "));
    s.push_str("\n\n");
    s.push_str(&format!(
        "每个事项依次回答：能办什么、谁可以办、要带什么、怎么办、多久能办好、要不要花钱、要跑几次、\
         在哪里办、怎么拿到结果、有问题找谁。标着“{MISSING}”的地方，目录里还没有写明，请打咨询电话问清楚。\n"
    ));
    for dept in &guide.departments {
        s.push_str(&format!(
            "\n## {}（{} 项）\n\n",
            escape(&dept.name),
            dept.items.len()
        ));
        for &i in &dept.items {
            let item = &guide.items[i];
            s.push_str(&format!(
                "- {}　[{}](items/{}.md)\n",
                item.number,
                escape(&item.name),
                item.slug
            ));
        }
    }
    s
}

fn checklist(s: &mut String, list: &Checklist) {
    for line in &list.lines {
        s.push_str("- [ ] **");
        s.push_str(&plain(&line.name));
        s.push_str("**");
        let mut details = Vec::new();
        if !line.details.is_empty() {
            details.push(escape(&line.details));
        }
        if line.optional {
            details.push("不是必须的".to_string());
        }
        if !details.is_empty() {
            s.push('：');
            s.push_str(&details.join("，"));
        }
        if let Some(notes) = &line.notes {
            s.push('；');
            s.push_str(&plain(notes));
        }
        if let Some(source) = &line.source {
            s.push_str("；到哪里拿：");
            s.push_str(&plain(source));
        }
        s.push('\n');
    }
    if !list.notes.is_empty() {
        let notes: Vec<String> = list
            .notes
            .iter()
            .map(|n| format!("{}：{}", escape(&n.term), escape(&n.explain)))
            .collect();
        s.push_str(&format!("\n{}", notes.join("；")));
    }
}

/// One item's page.
pub fn item_page(guide: &Guide, item: &GuideItem) -> String {
    let mut s = format!("# {}\n\n", escape(&item.name));
    let mut line = Vec::new();
    if !item.department.is_empty() {
        line.push(escape(&item.department));
    }
    line.push(format!("第 {} 项", item.number));
    if !item.code.is_empty() {
        line.push(format!("事项编码：{}", escape(&item.code)));
    }
    s.push_str(&line.join(" · "));
    s.push_str("\n\n");
    for section in &item.sections {
        s.push_str(&format!("## {}\n\n", section.heading));
        for block in &section.blocks {
            match block {
                Block::Para(p) => s.push_str(&format!("{}\n\n", plain(p))),
                Block::Fact { label, value: v } => {
                    s.push_str(&format!("**{label}：** {}\n\n", value(v)))
                }
                Block::Missing => s.push_str(&format!("**{MISSING}**\n\n")),
                Block::Checklist(list) => {
                    checklist(&mut s, list);
                    s.push('\n');
                    if !list.notes.is_empty() {
                        s.push('\n');
                    }
                }
                Block::Steps(steps) => {
                    for (i, step) in steps.iter().enumerate() {
                        s.push_str(&format!("{}. ", i + 1));
                        if let Some(label) = &step.label {
                            s.push_str(&format!("**{}**：", plain(label)));
                        }
                        s.push_str(&plain(&step.text));
                        s.push('\n');
                    }
                    s.push('\n');
                }
            }
        }
    }
    s.push_str(&format!("---\n\n{BASIS_HEADING}：{}\n", value(&item.basis)));
    let _ = guide;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("*粗* [链接](x)"), "\\*粗\\* \\[链接\\](x)");
        assert_eq!(escape("1.受理"), "1\\.受理");
    }
}
