//! A text file's encoding: a BOM decides; else valid UTF-8 is UTF-8; else GB18030.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use svcat_core::error::Error;

/// How a text file's bytes were decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// True when no BOM or valid UTF-8 said so and the encoding is a guess (GB18030).
    pub guessed: bool,
}

/// Decodes a text file: a BOM decides; else valid UTF-8 is UTF-8; else GB18030 (a superset of GBK
/// and GB2312, which is what Chinese Excel and WPS write as "CSV").
pub fn decode(bytes: &[u8], display: &str) -> Result<Decoded, Error> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(Error::unreadable(
                display,
                None,
                format!(
                    "文件以 {} 的字节顺序标记开头，但内容不是有效的 {}",
                    encoding.name(),
                    encoding.name()
                ),
            ));
        }
        let name = if encoding == UTF_8 {
            "UTF-8"
        } else if encoding == UTF_16LE {
            "UTF-16LE"
        } else if encoding == UTF_16BE {
            "UTF-16BE"
        } else {
            encoding.name()
        };
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: name,
            guessed: false,
        });
    }
    if looks_binary(bytes) {
        return Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: "文件含有二进制内容，不是文本格式的 CSV".to_string(),
            help: Some(
                "如果这是 Excel 文件，请把扩展名改为 .xlsx 或 .xls；否则请另存为 CSV（UTF-8）"
                    .into(),
            ),
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            guessed: false,
        });
    }
    let (text, _, had_errors) = GB18030.decode(bytes);
    if had_errors {
        return Err(Error::Unreadable {
            file: display.to_string(),
            sheet: None,
            cell: None,
            message: "文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本".to_string(),
            help: Some("请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”".into()),
        });
    }
    Ok(Decoded {
        text: match text {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => s,
        },
        encoding: "GB18030",
        guessed: true,
    })
}

/// NUL bytes or many control characters mean a binary file, not text.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 20 > sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_gbk_and_utf8() {
        let (gbk, _, _) = GB18030.encode("事项名称,受理条件");
        let d = decode(&gbk, "x.csv").unwrap();
        assert_eq!(d.text, "事项名称,受理条件");
        assert!(d.guessed);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend("事项名称".as_bytes());
        let d = decode(&bom, "x.csv").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.guessed),
            ("事项名称", "UTF-8", false)
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("名称".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16, "x.csv").unwrap().text, "名称");
        assert!(decode(b"PK\x03\x04\0\0\0", "x.csv").is_err());
    }
}
