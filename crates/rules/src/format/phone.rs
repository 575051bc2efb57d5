//! Phone cells: the numbers in them, what is wrong with each, and the standard writing of a
//! landline written another way (F008, F013).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use svcat_core::text::{Memo, fold_width, memoized};

static LANDLINE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$").expect("valid regex"));
static MOBILE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^1[3-9]\d{9}$").expect("valid regex"));
/// The numbering plan's short service numbers, alone or after an area code ("020-12316" is the
/// city's agriculture line): 1XXXX (12345, 12316, 12333, 12366, 11183 …), 95XXX(X) and 96XXX(X)
/// (95598), 110-style three-digit numbers; each may be followed by the keys of its voice menu
/// ("12333-9-3"). 400 and 800 numbers, however they are grouped ("400-7000-690").
static HOTLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:0\d{2,3}-?)?(?:1[0-2]\d{3}|9[56]\d{3,4})(?:-\d{1,2})*|11[029]|[48]00(?:-?\d){7})$",
    )
    .expect("valid regex")
});
static LOCAL_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{7,8}$").expect("valid regex"));
/// An area code, a hyphen, then a number of some other length.
static AREA_CODE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(0\d{2,3})-(\d+)$").expect("valid regex"));
static NUMBER_RUN_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][0-9\-—–－ ]{2,}[0-9]").expect("valid regex"));
/// What looks like digits in a phone cell but is no number to dial: web and mail addresses,
/// clock times ("08:30-12:00"), postcodes, account names.
static NOT_A_PHONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)https?://[^\s，。；、,;()（）]*|www\.[^\s，。；、,;()（）]*|[\w.\-]+@[\w.\-]+|\d{1,2}:\d{2}|(?:邮政编码|邮编)[:：]?\s*\d{6}|(?:微信号?|微博|QQ)[:：]?\s*[\w\-]+",
    )
    .expect("valid regex")
});
/// A country code before an area code written without its 0: "(8620)2236 0123", "86 20 87512631",
/// "+86-20-…".
static COUNTRY_CODE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|[^\d\-])(?:[(（]\+?86[)）]?|\+86|86[\- ])[\- ]?[(（]?([1-9]\d{1,2})[)）]?[\- ]?(\d)",
    )
    .expect("valid regex")
});

thread_local! {
    /// Phone cells repeat across a department's items (one office, one number).
    static PHONE_FACTS: Memo<PhoneFacts> = RefCell::new(HashMap::default());
}

/// A phone cell's standard writing (when it is written another way) and its problem, if any.
pub(super) type PhoneFacts = (Option<String>, Option<String>);

/// A phone cell's standard writing when it is written another way, and what is wrong with it.
pub(super) fn phone_facts(text: &str) -> PhoneFacts {
    memoized(&PHONE_FACTS, text, || {
        (standard_phone(text), phone_problem(text.trim()))
    })
}

/// What is wrong with a phone cell, if anything. A cell may hold several numbers, prose around
/// them ("咨询电话号码：020-86351130，受理时间：…"), extensions and menu keys; a run of four digits
/// or fewer (a room, a key) is not a number, and a local number after one with an area code
/// shares its area code ("020-83133283、83134746").
fn phone_problem(text: &str) -> Option<String> {
    let folded = fold_width(text);
    let cleaned = NOT_A_PHONE_RE.replace_all(&folded, " ");
    let cleaned = COUNTRY_CODE_RE.replace_all(&cleaned, "${1}0$2-$3");
    let mut numbers: Vec<String> = Vec::new();
    for m in NUMBER_RUN_RE.find_iter(&cleaned) {
        // Digits inside a word ("gh_a1e9527141a4") are not a number.
        let before = cleaned[..m.start()].chars().next_back();
        let after = cleaned[m.end()..].chars().next();
        if [before, after]
            .into_iter()
            .flatten()
            .any(|c| c.is_ascii_alphabetic() || c == '_')
        {
            continue;
        }
        numbers.push(normalize_number(m.as_str()));
    }
    let mut area_code_seen = false;
    let mut found_any = false;
    for n in &numbers {
        let digits_only = n.replace('-', "");
        if digits_only.len() <= 4 {
            continue;
        }
        found_any = true;
        if LANDLINE_RE.is_match(n) || MOBILE_RE.is_match(&digits_only) || HOTLINE_RE.is_match(n) {
            area_code_seen |= n.starts_with('0');
            continue;
        }
        // A local number never starts with 0: "0531-8810" has its area code, and too few digits
        // after it.
        if !n.starts_with('0') && LOCAL_RE.is_match(&digits_only) {
            if area_code_seen {
                continue;
            }
            return Some(format!("电话“{n}”缺少区号"));
        }
        if let Some(caps) = AREA_CODE_RE.captures(n) {
            return Some(format!(
                "电话“{n}”区号{}后的号码有{}位，固定电话应为7或8位",
                &caps[1],
                caps[2].len()
            ));
        }
        return Some(format!("“{n}”不是有效的电话号码"));
    }
    if !found_any {
        return Some(format!("“{text}”中没有电话号码"));
    }
    None
}

/// One run of digits as a number: dashes of every width are hyphens; a space between digit groups
/// is grouping ("8923 2806"), and next to a hyphen it is nothing.
fn normalize_number(run: &str) -> String {
    let unified = run.replace(['—', '–', '－'], "-");
    let mut out = String::with_capacity(unified.len());
    let chars: Vec<char> = unified.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            ' ' => {
                // Grouping inside the subscriber number: join; after an area code: a separator.
                let prev_group: String =
                    out.rsplit('-').next().unwrap_or_default().chars().collect();
                let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if next_is_digit && prev_group.starts_with('0') && !out.contains('-') {
                    out.push('-');
                }
            }
            '-' => {
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
            _ => out.push(c),
        }
    }
    out.trim_matches('-').to_string()
}

static LANDLINE_STYLES_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[（(]?\s*(0\d{2,3})\s*[）)]?\s*[-—–－ ]?\s*(\d{7,8})$").expect("valid regex")
});

/// The standard writing of one landline written another way: "（0531）88880001" → "0531-88880001".
fn standard_phone(text: &str) -> Option<String> {
    let folded = fold_width(text.trim());
    let caps = LANDLINE_STYLES_RE.captures(&folded)?;
    let standard = format!("{}-{}", &caps[1], &caps[2]);
    (standard != text.trim()).then_some(standard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert_eq!(phone_problem("0531-88880001"), None);
        assert_eq!(phone_problem("053188880001"), None);
        assert_eq!(phone_problem("13812345678"), None);
        assert_eq!(phone_problem("12345"), None);
        assert_eq!(phone_problem("0546-12345"), None);
        assert_eq!(phone_problem("0531-88880001；12345"), None);
        assert_eq!(phone_problem("88880001").unwrap(), "电话“88880001”缺少区号");
        assert!(phone_problem("找窗口").is_some());
        assert_eq!(
            phone_problem("0531-888").unwrap(),
            "电话“0531-888”区号0531后的号码有3位，固定电话应为7或8位"
        );
        // Eight digits in all, but an area code and four: not a local number without one.
        assert_eq!(
            phone_problem("0531-8810").unwrap(),
            "电话“0531-8810”区号0531后的号码有4位，固定电话应为7或8位"
        );
        assert_eq!(phone_problem("8810120").unwrap(), "电话“8810120”缺少区号");
        assert_eq!(
            phone_problem("1381234567").unwrap(),
            "“1381234567”不是有效的电话号码"
        );
    }

    /// Service numbers, menu keys, 400 numbers and prose as real portals write them.
    #[test]
    fn phones_as_portals_write_them() {
        for ok in [
            "020-12316",
            "020- 12316",
            "12367",
            "020-95598",
            "020-12333-9-3",
            "12333-9-3",
            "020-12345-1",
            "020--12345-1",
            "020—12366-2-4",
            "020-12333–9",
            "020-12333-9-1或2-3",
            "400-7000-690",
            "020-83133283、83134746",
            "020-8923 2806",
            "027 87253659",
            "(8620)2236 0123",
            "86 20 87512631",
            "027-87576380（妇幼处）；027-87895530（药具站）",
            "020-83827812-12345、11111 （工作日：8:00-12:00，14:00-17:00）",
            "020-86350153，受理时间：周一至周五（法定节假日除外）上午08：30-12:00，下午14:00-17:30",
            "窗口咨询地址：广州市越秀区较场西路16号1525房。咨询电话号码：020-83815010。网址：http://www.tyj.gd.gov.cn/content/column/4294436。微信号：gh_a1e9527141a4。邮政编码：510405。",
        ] {
            assert_eq!(phone_problem(ok), None, "{ok}");
        }
        assert_eq!(
            phone_problem("020-327605405").unwrap(),
            "电话“020-327605405”区号020后的号码有9位，固定电话应为7或8位"
        );
        assert_eq!(phone_problem("37885230").unwrap(), "电话“37885230”缺少区号");
        assert_eq!(
            phone_problem("020-37288-27").unwrap(),
            "“020-37288-27”不是有效的电话号码"
        );
        assert_eq!(
            phone_problem("0000swjw").unwrap(),
            "“0000swjw”中没有电话号码"
        );
    }

    #[test]
    fn phone_styles() {
        assert_eq!(
            standard_phone("（0531）88880001").as_deref(),
            Some("0531-88880001")
        );
        assert_eq!(
            standard_phone("0531 88880001").as_deref(),
            Some("0531-88880001")
        );
        assert_eq!(
            standard_phone("053188880001").as_deref(),
            Some("0531-88880001")
        );
        assert_eq!(standard_phone("0531-88880001"), None);
        assert_eq!(standard_phone("12345"), None);
    }
}
