//! Code structures and check digits: 统一社会信用代码 (GB 32100-2015), 组织机构代码 (GB 11714),
//! and the 31-character 实施编码 split. Code forms and the 事项类型 segment tables are schema data
//! (`crate::code_forms`).

/// GB 32100 charset: digits and capitals without I, O, S, V, Z; a character's value is its index.
const USCC_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// Why a 统一社会信用代码 is invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsccProblem {
    Length(usize),
    /// Lowercase letters: invalid as written; the uppercase form is offered as a fix.
    Lowercase,
    /// A character outside the charset, at this 1-based position.
    Character {
        position: usize,
        found: char,
    },
    /// The 18th character should be this.
    CheckDigit {
        expected: char,
    },
    /// The embedded 组织机构代码 (characters 9–17) has a wrong check character.
    OrganizationCode {
        expected: char,
    },
}

impl UsccProblem {
    pub fn describe(&self) -> String {
        match self {
            UsccProblem::Length(n) => format!("长度为{n}位，应为18位"),
            UsccProblem::Lowercase => "含有小写字母，代码只能用大写字母".to_string(),
            UsccProblem::Character { position, found } => format!(
                "第{position}位“{found}”不是允许的字符（只能用数字和除 I、O、S、V、Z 以外的大写字母）"
            ),
            UsccProblem::CheckDigit { expected } => {
                format!("校验位（第18位）不正确，按 GB 32100 计算应为“{expected}”")
            }
            UsccProblem::OrganizationCode { expected } => format!(
                "其中的组织机构代码（第9–17位）校验位不正确，按 GB 11714 计算应为“{expected}”"
            ),
        }
    }
}

fn uscc_value(c: char) -> Option<u32> {
    USCC_CHARSET.find(c).map(|i| i as u32)
}

/// The GB 32100 check character for the first 17 characters.
pub fn uscc_check_char(first17: &str) -> Option<char> {
    let mut sum = 0;
    for (c, w) in first17.chars().zip(USCC_WEIGHTS) {
        sum += uscc_value(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    USCC_CHARSET.chars().nth(check as usize)
}

/// The GB 11714 check character for the first 8 characters of an organisation code.
pub fn org_check_char(first8: &str) -> Option<char> {
    let mut sum = 0;
    for (c, w) in first8.chars().zip(ORG_WEIGHTS) {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        n => char::from_digit(n, 10).expect("digit"),
    })
}

/// Validates a 统一社会信用代码.
pub fn check_uscc(code: &str) -> Result<(), UsccProblem> {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        return Err(UsccProblem::Length(chars.len()));
    }
    if chars.iter().any(|c| c.is_ascii_lowercase()) {
        return Err(UsccProblem::Lowercase);
    }
    if let Some((i, &c)) = chars
        .iter()
        .enumerate()
        .find(|(_, c)| uscc_value(**c).is_none())
    {
        return Err(UsccProblem::Character {
            position: i + 1,
            found: c,
        });
    }
    let first17: String = chars[..17].iter().collect();
    let expected = uscc_check_char(&first17).expect("charset checked");
    if chars[17] != expected {
        return Err(UsccProblem::CheckDigit { expected });
    }
    let org: String = chars[8..16].iter().collect();
    if let Some(expected) = org_check_char(&org)
        && chars[16] != expected
    {
        return Err(UsccProblem::OrganizationCode { expected });
    }
    Ok(())
}

/// Splits a 31-character 实施编码 into (USCC, level digit, 基本编码).
pub fn split_implementation_code(code: &str) -> Option<(&str, &str, &str)> {
    if code.len() != 31 || !code.is_ascii() {
        return None;
    }
    Some((&code[..18], &code[18..19], &code[19..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_usccs_from_the_standard() {
        for code in [
            "11440100007482575H",
            "12441500196720244T",
            "91350100M000100Y43",
        ] {
            assert_eq!(check_uscc(code), Ok(()), "{code}");
        }
    }

    #[test]
    fn invalid_usccs() {
        assert_eq!(
            check_uscc("11440100007482575J"),
            Err(UsccProblem::CheckDigit { expected: 'H' })
        );
        assert_eq!(check_uscc("1144010000748257"), Err(UsccProblem::Length(16)));
        assert_eq!(
            check_uscc("91350100m000100Y43"),
            Err(UsccProblem::Lowercase)
        );
        assert!(matches!(
            check_uscc("11440100007482575I"),
            Err(UsccProblem::Character { position: 18, .. })
        ));
    }

    #[test]
    fn organization_code_check() {
        // 00748257-5 is the organisation code inside 11440100007482575H.
        assert_eq!(org_check_char("00748257"), Some('5'));
    }
}
