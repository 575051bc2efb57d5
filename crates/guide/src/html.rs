//! HTML guides: the booklet (`index.html`), one page per item (`items/…`) and one one-time notice
//! per item (`notices/…`). Every file is self-contained (CSS inline, no scripts, nothing loaded from
//! elsewhere) and prints on A4. Text from the catalog only ever enters through [`Html::text`],
//! which escapes it.

use super::content::{
    BASIS_HEADING, Block, CheckLine, Checklist, GuideItem, MISSING, Notice, Section,
};
use super::{Department, Guide};
use svcat_plain::plain_text::{Piece, Plain};

/// Every page: colours, Chinese font families with fallbacks, the checklist, A4 print basics.
const BASE_CSS: &str = r#"
:root{--ink:#1b1b1b;--muted:#5a5f66;--line:#cfd4db;--accent:#0b5cad;--soft:#eef4fb;--warn:#b3261e}
*{box-sizing:border-box}
html{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Hiragino Sans GB","WenQuanYi Micro Hei",sans-serif;font-size:12pt;line-height:1.65;color:var(--ink);background:#f3f4f6}
body{margin:0}
.page{max-width:46em;margin:0 auto;background:#fff;padding:2em 2.2em}
h1,h2,h3{line-height:1.3;font-weight:700}
a{color:var(--accent)}
p{margin:.3em 0}
.item-code{color:var(--muted);font-size:.8em;margin:0;word-break:break-all}
.missing{color:var(--warn);font-weight:700;border:1px dashed var(--warn);border-radius:3px;padding:0 .3em;white-space:nowrap}
.note{color:var(--muted);font-size:.88em}
ul.checklist{list-style:none;padding:0;margin:.2em 0}
ul.checklist li{padding:.3em 0 .3em 1.7em;border-bottom:1px solid var(--line);position:relative}
ul.checklist .box{position:absolute;left:0;top:.1em;font-size:1.25em;line-height:1.4;font-family:"DejaVu Sans","Segoe UI Symbol","Noto Sans CJK SC",sans-serif}
.m-name{font-weight:700}
.m-source{display:block;color:var(--muted);font-size:.92em}
@page{size:A4;margin:16mm 15mm 18mm;@bottom-center{content:counter(page);font-size:9pt;color:#666}}
@media print{
html{background:none;font-size:10.5pt;line-height:1.5}
.page{max-width:none;margin:0;padding:0}
.screen-only{display:none}
a{color:inherit;text-decoration:none}
ul,ol,table,li,.fact,.basis{break-inside:avoid}
h2,h3,.item-head{break-after:avoid}
ul.checklist li{padding:.2em 0 .2em 1.7em}
}
"#;

/// An item's guide: plain headings, the steps as a flow, short answers two to a row.
const ITEM_CSS: &str = r#"
.item{padding-top:1em}
.item+.item{border-top:2px solid var(--line);margin-top:2em}
.item-head{border-bottom:3px solid var(--accent);margin-bottom:.8em;padding-bottom:.3em}
.item-head .dept{color:var(--muted);margin:0}
.item-head h2{font-size:1.65em;margin:.15em 0}
.q{margin:.9em 0 0}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 1.4em}
@media screen and (max-width:40em){.row{display:block}}
.q h3{font-size:1.12em;margin:0 0 .3em;padding:.1em .5em;border-left:5px solid var(--accent);background:var(--soft)}
.fact b{font-weight:700}
ol.steps{list-style:none;padding:0;margin:.3em 0;counter-reset:step}
ol.steps li{position:relative;padding:.15em 0 .55em 2.3em;counter-increment:step}
ol.steps li::before{content:counter(step);position:absolute;left:0;top:.15em;width:1.65em;height:1.65em;line-height:1.65em;border-radius:50%;background:var(--accent);color:#fff;text-align:center;font-weight:700;font-size:.95em}
ol.steps li:not(:last-child)::after{content:"";position:absolute;left:.8em;top:1.95em;bottom:.1em;border-left:2px solid var(--line)}
.step-label{font-weight:700}
.basis{margin-top:1.4em;padding-top:.4em;border-top:1px solid var(--line);font-size:.8em;color:var(--muted)}
.basis h3{font-size:1em;margin:0;font-weight:700}
.links{margin-top:1em;font-size:.9em}
@media print{
.q{margin-top:.6em}
.item-head h2{font-size:1.5em}
ol.steps li{padding-bottom:.35em}
.item{break-before:page;padding-top:0}
.item+.item{border-top:none;margin-top:0}
}
"#;

/// The booklet's cover and table of contents. Print engines that know `target-counter` (CSS
/// Paged Media: WeasyPrint, Prince, Vivliostyle) add page numbers to the contents; Chromium
/// ignores that rule, and the contents still work there by item number, which every page shows.
const BOOKLET_CSS: &str = r#"
.cover{text-align:center;padding:5em 1em 3em}
.cover .kicker{color:var(--accent);font-weight:700;letter-spacing:.2em}
.cover h1{font-size:2.6em;margin:.4em 0}
.cover dl{display:inline-grid;grid-template-columns:auto auto;gap:.2em 1em;text-align:left;margin:1.5em 0}
.cover dt{color:var(--muted)}
.cover dd{margin:0;font-weight:700}
.how{text-align:left;background:var(--soft);border-radius:6px;padding:.8em 1em;margin-top:2em}
.toc h2{font-size:1.5em;border-bottom:3px solid var(--accent)}
.toc h3{font-size:1.1em;margin:1em 0 .2em}
.toc ol{list-style:none;padding:0;margin:0}
.toc li{padding:.1em 0}
.toc a{display:flex;gap:.6em;text-decoration:none;color:var(--ink)}
.toc .no{color:var(--accent);font-weight:700;min-width:2.6em;text-align:right}
@page cover{@bottom-center{content:none}}
@media print{
.cover{page:cover;break-after:page;padding-top:40mm}
.toc{break-after:page}
.toc a::after{content:leader(dotted) target-counter(attr(href),page);margin-left:auto}
}
"#;

/// The one-time notice: one A4 page, tighter margins, no page number.
const NOTICE_CSS: &str = r#"
.notice{font-size:10.5pt;line-height:1.5}
.notice h1{font-size:1.7em;text-align:center;margin:.1em 0;letter-spacing:.3em}
.notice h2{font-size:1.25em;text-align:center;margin:.1em 0 .5em}
.notice h3{font-size:1.05em;margin:.7em 0 .2em;border-left:4px solid var(--accent);padding-left:.4em}
.notice .lead{background:var(--soft);padding:.4em .6em;border-radius:4px}
.notice ul.checklist li{padding:.15em 0 .15em 1.6em}
table.facts{border-collapse:collapse;width:100%;margin-top:.6em}
table.facts th,table.facts td{border:1px solid var(--line);padding:.25em .5em;text-align:left;vertical-align:top}
table.facts th{width:7.5em;background:var(--soft);white-space:nowrap}
.sign{display:flex;justify-content:space-between;gap:1em;margin-top:1.6em}
.sign span{flex:1;border-bottom:1px solid var(--ink);padding-bottom:1.4em}
@page{size:A4;margin:12mm 14mm;@bottom-center{content:none}}
@media print{.notice{font-size:10.5pt}}
"#;

/// An HTML string under construction: markup is added with [`Html::raw`] (svcat's own, fixed
/// text), anything from the catalog with [`Html::text`] or [`Html::plain`], which escape it.
struct Html {
    s: String,
}

impl Html {
    fn new(capacity: usize) -> Html {
        Html {
            s: String::with_capacity(capacity),
        }
    }

    fn raw(&mut self, markup: &str) -> &mut Html {
        self.s.push_str(markup);
        self
    }

    fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.s, text);
        self
    }

    fn plain(&mut self, plain: &Plain) -> &mut Html {
        for piece in &plain.pieces {
            match piece {
                Piece::Text(t) => {
                    self.text(t);
                }
                Piece::Note(n) => {
                    self.raw("<span class=\"note\">（")
                        .text(&n.explain)
                        .raw("）</span>");
                }
            }
        }
        self
    }

    fn missing(&mut self) -> &mut Html {
        self.raw("<span class=\"missing\">")
            .text(MISSING)
            .raw("</span>")
    }
}

/// Escapes text for element content and quoted attributes: the project's one HTML escaper
/// ([`svcat_core::escape::html_into`]). Line breaks become `<br>`; control characters are shown
/// visibly.
pub use svcat_core::escape::html_into as escape_into;

/// [`escape_into`] into a new string.
pub use svcat_core::escape::html as escape;

fn head(h: &mut Html, title: &str, css: &[&str]) {
    h.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"svcat\">\n<title>")
        .text(title)
        .raw("</title>\n<style>");
    for part in css {
        h.raw(part);
    }
    h.raw("</style>\n</head>\n<body>\n");
}

fn town(guide: &Guide) -> &str {
    guide.meta.region.as_deref().unwrap_or("")
}

fn booklet_title(guide: &Guide) -> String {
    format!("{}政务服务办事指南", town(guide))
}

/// The booklet: cover, table of contents by department, then every item on its own page.
pub fn booklet(guide: &Guide) -> String {
    let articles: Vec<String> = guide
        .items
        .iter()
        .map(|i| booklet_article(guide, i))
        .collect();
    booklet_of(guide, &articles)
}

/// One item's article as the booklet shows it (rendered on its own, so that items can be
/// rendered on every core).
pub fn booklet_article(guide: &Guide, item: &GuideItem) -> String {
    let mut h = Html::new(8 * 1024);
    item_article(&mut h, guide, item, Links::Booklet);
    h.s
}

/// The booklet around its articles, one per item in `guide.items` order (which is booklet order).
pub fn booklet_of(guide: &Guide, articles: &[String]) -> String {
    let mut out = Vec::new();
    write_booklet(&mut out, guide, articles).expect("writing to memory");
    String::from_utf8(out).expect("UTF-8")
}

/// Writes the booklet around its articles without joining them into one string first.
pub fn write_booklet(
    out: &mut dyn std::io::Write,
    guide: &Guide,
    articles: &[String],
) -> std::io::Result<()> {
    let mut h = Html::new(16 * 1024 + guide.items.len() * 128);
    head(
        &mut h,
        &booklet_title(guide),
        &[BASE_CSS, ITEM_CSS, BOOKLET_CSS],
    );
    h.raw("<main class=\"page\">\n");
    cover(&mut h, guide);
    toc(&mut h, guide);
    out.write_all(h.s.as_bytes())?;
    for article in articles {
        out.write_all(article.as_bytes())?;
    }
    out.write_all(b"</main>\n</body>\n</html>\n")
}

fn cover(h: &mut Html, guide: &Guide) {
    h.raw("<section class=\"cover\">\n<p class=\"kicker\">白话版 · 一看就懂</p>\n<h1>");
    if !town(guide).is_empty() {
        h.text(town(guide)).raw("<br>");
    }
    h.raw("政务服务办事指南</h1>\n<p>共 ")
        .text(&guide.items.len().to_string())
        .raw(" 个事项 · ")
        .text(&guide.departments.len().to_string())
        .raw(" 个部门</p>\n<dl>");
    for (label, value) in [
        ("目录版本", &guide.meta.version),
        ("日期", &guide.meta.date),
    ] {
        if let Some(v) = value {
            h.raw("<dt>")
                .text(label)
                .raw("</dt><dd>")
                .text(v)
                .raw("</dd>");
        }
    }
    h.raw("</dl>\n<div class=\"how\"><p><b>怎么用这本指南：</b>先在目录里找到要办的事，按编号翻到那一页。\
           每一页依次回答：能办什么、谁可以办、要带什么、怎么办、多久能办好、要不要花钱、要跑几次、在哪里办、\
           怎么拿到结果、有问题找谁。</p><p>标着“")
        .text(MISSING)
        .raw("”的地方，目录里还没有写明，请打这一页上的咨询电话问清楚。</p></div>\n</section>\n");
}

fn toc(h: &mut Html, guide: &Guide) {
    h.raw("<nav class=\"toc\">\n<h2>目录</h2>\n");
    for Department { name, items } in &guide.departments {
        h.raw("<h3>")
            .text(name)
            .raw("（")
            .text(&items.len().to_string())
            .raw(" 项）</h3>\n<ol>\n");
        for &i in items {
            let item = &guide.items[i];
            h.raw("<li><a href=\"#item-")
                .text(&item.slug)
                .raw("\"><span class=\"no\">")
                .text(&item.number.to_string())
                .raw("</span><span>")
                .text(&item.name)
                .raw("</span></a></li>\n");
        }
        h.raw("</ol>\n");
    }
    h.raw("</nav>\n");
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Links {
    /// Inside the booklet (index.html).
    Booklet,
    /// On the item's own page (items/…).
    ItemPage,
}

fn item_article(h: &mut Html, guide: &Guide, item: &GuideItem, links: Links) {
    h.raw("<article class=\"item\" id=\"item-")
        .text(&item.slug)
        .raw("\">\n<header class=\"item-head\">\n<p class=\"dept\">");
    if !item.department.is_empty() {
        h.text(&item.department).raw(" · ");
    }
    h.raw("第 ")
        .text(&item.number.to_string())
        .raw(" 项</p>\n<h2>")
        .text(&item.name)
        .raw("</h2>\n");
    if !item.code.is_empty() {
        h.raw("<p class=\"item-code\">事项编码：")
            .text(&item.code)
            .raw("</p>\n");
    }
    h.raw("</header>\n");
    // The long answers take the full width; the short ones (多久, 花钱, 跑几次, 地点, 拿结果,
    // 找谁) sit two to a row, so that most items fit on one A4 page.
    let mut sections = item.sections.iter().peekable();
    let mut index = 0;
    while let Some(section) = sections.next() {
        if index >= 4 {
            h.raw("<div class=\"row\">\n");
            section_html(h, section);
            if let Some(next) = sections.next() {
                section_html(h, next);
                index += 1;
            }
            h.raw("</div>\n");
        } else {
            section_html(h, section);
        }
        index += 1;
    }
    h.raw("<footer class=\"basis\">\n<h3>")
        .text(BASIS_HEADING)
        .raw("</h3>\n<p>");
    match &item.basis {
        Some(b) => h.plain(b),
        None => h.missing(),
    };
    h.raw("</p>\n</footer>\n<p class=\"links screen-only\">");
    let (notice, other) = match links {
        Links::Booklet => (
            format!("notices/{}.html", item.slug),
            (format!("items/{}.html", item.slug), "单独打开这一页"),
        ),
        Links::ItemPage => (
            format!("../notices/{}.html", item.slug),
            (format!("../index.html#item-{}", item.slug), "查看全部事项"),
        ),
    };
    // An item nobody applies for has no notice to print.
    if item.notice.is_some() {
        h.raw("<a href=\"")
            .text(&notice)
            .raw("\">打印一次性告知单</a> · ");
    }
    h.raw("<a href=\"")
        .text(&other.0)
        .raw("\">")
        .text(other.1)
        .raw("</a></p>\n</article>\n");
    let _ = guide;
}

fn section_html(h: &mut Html, section: &Section) {
    h.raw("<section class=\"q\">\n<h3>")
        .text(section.heading)
        .raw("</h3>\n");
    for block in &section.blocks {
        block_html(h, block);
    }
    h.raw("</section>\n");
}

fn block_html(h: &mut Html, block: &Block) {
    match block {
        Block::Para(p) => {
            h.raw("<p>").plain(p).raw("</p>\n");
        }
        Block::Fact { label, value } => {
            h.raw("<p class=\"fact\"><b>").text(label).raw("：</b>");
            match value {
                Some(v) => h.plain(v),
                None => h.missing(),
            };
            h.raw("</p>\n");
        }
        Block::Missing => {
            h.raw("<p>").missing().raw("</p>\n");
        }
        Block::Checklist(list) => checklist_html(h, list),
        Block::Steps(steps) => {
            h.raw("<ol class=\"steps\">\n");
            for step in steps {
                h.raw("<li>");
                if let Some(label) = &step.label {
                    h.raw("<span class=\"step-label\">")
                        .plain(label)
                        .raw("</span>：");
                }
                h.plain(&step.text).raw("</li>\n");
            }
            h.raw("</ol>\n");
        }
    }
}

fn checklist_html(h: &mut Html, list: &Checklist) {
    h.raw("<ul class=\"checklist\">\n");
    for line in &list.lines {
        check_line_html(h, line);
    }
    h.raw("</ul>\n");
    if !list.notes.is_empty() {
        h.raw("<p class=\"note\">");
        for (i, note) in list.notes.iter().enumerate() {
            if i > 0 {
                h.raw("；");
            }
            h.text(&note.term).raw("：").text(&note.explain);
        }
        h.raw("</p>\n");
    }
}

fn check_line_html(h: &mut Html, line: &CheckLine) {
    h.raw("<li><span class=\"box\" aria-hidden=\"true\">☐</span><span class=\"m-name\">")
        .plain(&line.name)
        .raw("</span>");
    let mut details = Vec::new();
    if !line.details.is_empty() {
        details.push(line.details.as_str());
    }
    if line.optional {
        details.push("不是必须的");
    }
    if !details.is_empty() {
        h.raw("：").text(&details.join("，"));
    }
    if let Some(notes) = &line.notes {
        h.raw("；").plain(notes);
    }
    if let Some(source) = &line.source {
        h.raw("<span class=\"m-source\">到哪里拿：")
            .plain(source)
            .raw("</span>");
    }
    h.raw("</li>\n");
}

/// One item's own page, for a website or a QR code at the window.
pub fn item_page(guide: &Guide, item: &GuideItem) -> String {
    let mut h = Html::new(16 * 1024);
    let title = match town(guide) {
        "" => item.name.clone(),
        t => format!("{} - {t}办事指南", item.name),
    };
    head(&mut h, &title, &[BASE_CSS, ITEM_CSS]);
    h.raw("<main class=\"page\">\n");
    item_article(&mut h, guide, item, Links::ItemPage);
    h.raw("</main>\n</body>\n</html>\n");
    h.s
}

/// The one-time notice (一次性告知单): every condition and material on one printable page.
pub fn notice_page(guide: &Guide, item: &GuideItem, n: &Notice) -> String {
    let mut h = Html::new(12 * 1024);
    head(
        &mut h,
        &format!("一次性告知单 - {}", item.name),
        &[BASE_CSS, NOTICE_CSS],
    );
    h.raw("<main class=\"page notice\">\n<header>\n<p class=\"item-code\">");
    let place: Vec<&str> = [town(guide), item.department.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    h.text(&place.join(" · "));
    if !item.code.is_empty() {
        h.raw(" · 事项编码 ").text(&item.code);
    }
    h.raw("</p>\n<h1>一次性告知单</h1>\n<h2>")
        .text(&item.name)
        .raw("</h2>\n</header>\n")
        .raw("<p class=\"lead\">您好！办这件事要满足的条件和要带的材料都在这一页上，请对照准备，一次带齐。</p>\n")
        .raw("<h3>需要满足的条件</h3>\n<p>");
    match &n.conditions {
        Some(c) => h.plain(c),
        None => h.missing(),
    };
    h.raw("</p>\n<h3>请一次带齐以下材料</h3>\n");
    match &n.materials {
        Some(list) => {
            checklist_html(&mut h, list);
            if n.materials_incomplete {
                h.raw("<p><b>其他材料：</b>").missing().raw("</p>\n");
            }
        }
        None => {
            h.raw("<p>").missing().raw("</p>\n");
        }
    }
    h.raw("<table class=\"facts\">\n");
    for (label, value) in &n.facts {
        h.raw("<tr><th>").text(label).raw("</th><td>");
        match value {
            Some(v) => h.plain(v),
            None => h.missing(),
        };
        h.raw("</td></tr>\n");
    }
    h.raw("</table>\n<div class=\"sign\"><span>告知人：</span><span>告知日期：</span><span>申请人签收：</span></div>\n")
        .raw("</main>\n</body>\n</html>\n");
    h.s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_be_markup() {
        assert_eq!(
            escape("<script>alert(\"x&y\")</script>'"),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;"
        );
        assert_eq!(escape("一\n二\u{7}"), "一<br>二␇");
    }
}
