//! The staff manual (docs/使用手册.md) as one self-contained HTML page to read and print: what
//! `svcat manual` writes and the Windows package carries, for staff who never open a Markdown
//! file. Built into the binary, so the manual always matches the program it came with.

use std::fmt::Write;

use base64::Engine;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// The manual's Markdown, as the repository holds it.
pub const MANUAL_MARKDOWN: &str = include_str!("../../../docs/使用手册.md");

/// The images the manual shows, by the path it links them with (relative to docs/).
const IMAGES: &[(&str, &[u8])] = &[
    (
        "images/网页-选择目录.png",
        include_bytes!("../../../docs/images/网页-选择目录.png"),
    ),
    (
        "images/网页-检查结果.png",
        include_bytes!("../../../docs/images/网页-检查结果.png"),
    ),
    (
        "images/网页-问题清单.png",
        include_bytes!("../../../docs/images/网页-问题清单.png"),
    ),
];

/// The manual as a complete HTML document: GitHub-style heading anchors (the table of contents
/// links to them), images inlined, A4 print styles, no scripts and nothing fetched.
pub fn manual_html() -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let mut title = String::new();
    let mut in_h1 = false;
    let mut heading: Option<(HeadingLevel, Vec<Event>)> = None;
    let mut events = Vec::new();
    for event in Parser::new_ext(MANUAL_MARKDOWN, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_h1 = level == HeadingLevel::H1;
                heading = Some((level, Vec::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                in_h1 = false;
                // The anchor GitHub gives the heading, so the manual's own links work here too.
                if let Some((level, inner)) = heading.take() {
                    let text: String = inner
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            _ => None,
                        })
                        .collect();
                    let open = format!("<{level} id=\"{}\">", slug(&text));
                    events.push(Event::Html(CowStr::from(open)));
                    events.extend(inner);
                    events.push(Event::Html(CowStr::from(format!("</{level}>\n"))));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let inlined = image_uri(&dest_url).map_or(dest_url, CowStr::from);
                push(
                    &mut heading,
                    &mut events,
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url: inlined,
                        title,
                        id,
                    }),
                );
            }
            // The manual is the project's own text; raw HTML in it (the generated section's
            // markers) stays out of the page all the same.
            Event::Html(_) | Event::InlineHtml(_) => {}
            other => {
                if in_h1 && let Event::Text(t) = &other {
                    title.push_str(t);
                }
                push(&mut heading, &mut events, other);
            }
        }
    }
    let mut body = String::new();
    html::push_html(&mut body, events.into_iter());
    let mut page = String::with_capacity(body.len() + 4096);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n\
         </body>\n</html>\n",
        svcat_core::escape::html(&title)
    );
    page
}

fn push<'a>(
    heading: &mut Option<(HeadingLevel, Vec<Event<'a>>)>,
    events: &mut Vec<Event<'a>>,
    event: Event<'a>,
) {
    match heading {
        Some((_, inner)) => inner.push(event),
        None => events.push(event),
    }
}

/// The anchor GitHub gives a heading: lower case, spaces as hyphens, punctuation dropped (CJK
/// punctuation too: "一、安装" → "一安装").
fn slug(text: &str) -> String {
    text.trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn image_uri(path: &str) -> Option<String> {
    let (_, bytes) = IMAGES.iter().find(|(p, _)| *p == path)?;
    Some(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    ))
}

const STYLE: &str = r#"
html{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Hiragino Sans GB","WenQuanYi Micro Hei",sans-serif;font-size:12pt;line-height:1.7;color:#1f2933;background:#fff}
main{max-width:46em;margin:2em auto;padding:0 1.2em}
h1{font-size:1.9em;border-bottom:3px solid #1d4ed8;padding-bottom:.3em}
h2{font-size:1.4em;margin-top:2em;border-bottom:1px solid #cbd5e1;padding-bottom:.2em}
h3{font-size:1.15em;margin-top:1.5em}
h4{font-size:1em;margin:1.4em 0 .3em}
h1,h2,h3,h4{break-after:avoid;word-break:keep-all}
pre{background:#f1f5f9;border:1px solid #cbd5e1;border-radius:4px;padding:.7em 1em;overflow-x:auto;font-size:.9em;line-height:1.45;break-inside:avoid}
code{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",Consolas,monospace;font-size:.92em}
:not(pre)>code{background:#f1f5f9;padding:.05em .3em;border-radius:3px;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.95em}
th,td{border:1px solid #94a3b8;padding:.35em .55em;text-align:left;vertical-align:top}
th{background:#e2e8f0}
tr{break-inside:avoid}
thead{display:table-header-group}
img{max-width:100%;border:1px solid #cbd5e1;break-inside:avoid}
a{color:#1d4ed8}
@page{size:A4;margin:16mm 15mm 18mm}
@media print{html{font-size:11pt}main{max-width:none;margin:0;padding:0}a{color:inherit;text-decoration:none}}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_githubs() {
        assert_eq!(slug("一、安装"), "一安装");
        assert_eq!(slug("九、目录设置：catalog.toml"), "九目录设置catalogtoml");
        assert_eq!(
            slug("十、svcat 拒绝读取文件时怎么办"),
            "十svcat-拒绝读取文件时怎么办"
        );
        assert_eq!(slug("二、用网页检查（推荐）"), "二用网页检查推荐");
    }

    #[test]
    fn every_contents_link_has_its_heading() {
        let page = manual_html();
        let link = regex::Regex::new(r##"href="#([^"]+)""##).unwrap();
        let mut links = 0;
        for caps in link.captures_iter(&page) {
            links += 1;
            // The renderer percent-encodes the link; a browser decodes it to find the heading.
            let bytes = caps[1].as_bytes();
            let mut decoded = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'%' {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                    decoded.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 3;
                } else {
                    decoded.push(bytes[i]);
                    i += 1;
                }
            }
            let id = String::from_utf8(decoded).unwrap();
            assert!(
                page.contains(&format!("id=\"{id}\"")),
                "no heading for #{id}"
            );
        }
        assert!(links >= 11, "{links} links");
        assert!(page.contains("<title>svcat 使用手册</title>"));
        assert!(!page.contains("<script"));
        assert!(!page.contains("规则说明开始"));
        // Every image the manual shows is inside the page.
        assert_eq!(page.matches("<img src=\"data:image/png;base64,").count(), 3);
        assert!(!page.contains("<img src=\"images/"));
    }
}
