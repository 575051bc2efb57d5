//! Cell formats: a copied cell's by header row, merged region and severity mark, and the
//! severity fills the annotated list's legend and levels share with the copies.

use rust_xlsxwriter::{Color, Format, FormatAlign};

use svcat_core::finding::Severity;

/// The formats of copied cells: by header row, merged region and severity mark.
pub(crate) struct Formats {
    /// [header][merged][mark], mark 0 = none, then info, warning, error.
    cell: [[[Format; 4]; 2]; 2],
}

impl Formats {
    pub(crate) fn new() -> Self {
        let make = |header: bool, merged: bool, mark: usize| {
            let mut f = Format::new().set_text_wrap();
            f = if header || merged {
                f.set_align(FormatAlign::Center)
                    .set_align(FormatAlign::VerticalCenter)
            } else {
                f.set_align(FormatAlign::Top)
            };
            if header {
                f = f.set_bold();
            }
            match mark {
                0 => f,
                1 => severity_colors(f, Severity::Info),
                2 => severity_colors(f, Severity::Warning),
                _ => severity_colors(f, Severity::Error),
            }
        };
        let cell = std::array::from_fn(|h| {
            std::array::from_fn(|m| std::array::from_fn(|s| make(h == 1, m == 1, s)))
        });
        Formats { cell }
    }

    pub(crate) fn cell(&self, header: bool, merged: bool, mark: Option<Severity>) -> &Format {
        let mark = mark.map_or(0, |s| rank(s) + 1);
        &self.cell[usize::from(header)][usize::from(merged)][mark]
    }
}

/// Info 0, warning 1, error 2: an index into per-severity tables.
pub(crate) fn rank(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// Excel's own "Bad" and "Neutral" cell styles for errors and warnings, a light blue for infos.
pub(crate) fn severity_colors(format: Format, severity: Severity) -> Format {
    let (fill, font) = match severity {
        Severity::Error => (0xFFC7CE, 0x9C0006),
        Severity::Warning => (0xFFEB9C, 0x9C5700),
        Severity::Info => (0xDDEBF7, 0x1F4E78),
    };
    format
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(font))
}
