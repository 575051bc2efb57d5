//! The formats svcat's workbooks share.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

/// The formats svcat's workbooks share, so every file looks like one publication.
pub struct Styles {
    pub title: Format,
    pub subtitle: Format,
    pub section: Format,
    pub header: Format,
    /// A header of an element that must be filled in (the template marks them).
    pub header_required: Format,
    pub body: Format,
    /// Data sheets (a format per column, no borders): wrapped, top-aligned text.
    pub data: Format,
    pub data_number: Format,
    pub center: Format,
    pub number: Format,
    pub percent: Format,
    pub total: Format,
    pub note: Format,
}

impl Default for Styles {
    fn default() -> Self {
        Self::new()
    }
}

impl Styles {
    pub fn new() -> Styles {
        let border = Color::RGB(0xA6A6A6);
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_border_color(border)
            .set_align(FormatAlign::Top)
            .set_text_wrap();
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color(Color::RGB(0xDDEBF7))
            .set_border(FormatBorder::Thin)
            .set_border_color(border);
        Styles {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            subtitle: Format::new()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_font_color(Color::RGB(0x404040)),
            section: Format::new().set_bold().set_font_size(12),
            header_required: header
                .clone()
                .set_font_color(Color::RGB(0xC00000))
                .set_background_color(Color::RGB(0xFCE4D6)),
            header,
            body: cell.clone(),
            data: Format::new().set_align(FormatAlign::Top).set_text_wrap(),
            data_number: Format::new()
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Center),
            center: cell.clone().set_align(FormatAlign::Center),
            number: cell
                .clone()
                .set_align(FormatAlign::Center)
                .set_num_format("0"),
            percent: cell.clone().set_num_format("0.0%"),
            total: cell.clone().set_bold(),
            note: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}
