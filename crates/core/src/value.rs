//! Typed element values.

use serde::{Deserialize, Serialize};

/// A time-limit unit: the canonical JSON writes 工作日, 自然日 or 即办.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TimeUnit {
    #[serde(rename = "工作日")]
    WorkingDays,
    #[serde(rename = "自然日")]
    CalendarDays,
    #[serde(rename = "即办")]
    Immediate,
}

impl TimeUnit {
    pub fn label(self) -> &'static str {
        match self {
            TimeUnit::WorkingDays => "工作日",
            TimeUnit::CalendarDays => "自然日",
            TimeUnit::Immediate => "即办",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeLimit {
    pub value: u32,
    pub unit: TimeUnit,
}

impl TimeLimit {
    pub const IMMEDIATE: TimeLimit = TimeLimit {
        value: 0,
        unit: TimeUnit::Immediate,
    };

    pub fn is_immediate(&self) -> bool {
        self.unit == TimeUnit::Immediate || self.value == 0
    }

    /// The limit in working days, for comparing limits given in different units. Calendar days
    /// convert at 5 working days a week, unrounded: 15 calendar days (≈ 10.7 working days) is
    /// longer than 10 working days, which fit in 14 calendar days.
    pub fn working_days(&self) -> f64 {
        match self.unit {
            TimeUnit::Immediate => 0.0,
            TimeUnit::WorkingDays => f64::from(self.value),
            TimeUnit::CalendarDays => f64::from(self.value) * 5.0 / 7.0,
        }
    }

    /// Whether `text` is the limit written the standard way ([`TimeLimit::render`]), decided
    /// without writing it.
    pub fn renders_as(&self, text: &str) -> bool {
        let suffix = match self.unit {
            TimeUnit::Immediate => return text == "即办",
            TimeUnit::WorkingDays => "个工作日",
            TimeUnit::CalendarDays => "个自然日",
        };
        text.strip_suffix(suffix)
            .is_some_and(|number| number == itoa::Buffer::new().format(self.value))
    }

    /// The standard way of writing the limit: "20个工作日", "30个自然日", "即办".
    pub fn render(&self) -> String {
        match self.unit {
            TimeUnit::Immediate => "即办".to_string(),
            TimeUnit::WorkingDays => format!("{}个工作日", self.value),
            TimeUnit::CalendarDays => format!("{}个自然日", self.value),
        }
    }
}

/// One application material (申请材料).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Material {
    pub name: String,
    /// 原件, 复印件, 原件及复印件, 电子版 …
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub form: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub copies: Option<u32>,
    #[serde(default = "yes")]
    pub required: bool,
    /// 来源渠道: 申请人自备, 政府部门核发 …
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sample: Option<String>,
}

fn yes() -> bool {
    true
}

impl Material {
    /// "身份证（原件及复印件，1份）"
    pub fn render(&self) -> String {
        let mut details = Vec::new();
        if let Some(form) = &self.form {
            details.push(form.clone());
        }
        if let Some(copies) = self.copies {
            details.push(format!("{copies}份"));
        }
        if !self.required {
            details.push("非必要".to_string());
        }
        let mut text = self.name.clone();
        if !details.is_empty() {
            text.push('（');
            text.push_str(&details.join("，"));
            text.push('）');
        }
        if let Some(notes) = &self.notes {
            text.push('（');
            text.push_str(notes);
            text.push('）');
        }
        text
    }
}

/// An element's value. A cell that cannot be read as its element's type is kept as `Text`, so no
/// data is lost and the checks can say what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// One allowed enum value, as the schema names it.
    Enum(String),
    /// Several allowed enum values.
    List(Vec<String>),
    Materials(Vec<Material>),
    Limit(TimeLimit),
    Integer(i64),
    Bool(bool),
}

impl Value {
    /// The value written the standard way, as one line of text (materials joined by "；").
    pub fn render(&self) -> String {
        match self {
            Value::Text(t) | Value::Enum(t) => t.clone(),
            Value::List(values) => values.join(";"),
            Value::Materials(materials) => materials
                .iter()
                .enumerate()
                .map(|(i, m)| format!("{}.{}", i + 1, m.render()))
                .collect::<Vec<_>>()
                .join("；"),
            Value::Limit(limit) => limit.render(),
            Value::Integer(n) => n.to_string(),
            Value::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        }
    }

    /// Whether `text` is the value written the standard way ([`Value::render`]), decided without
    /// writing it where that is cheap.
    pub fn renders_as(&self, text: &str) -> bool {
        match self {
            Value::Text(t) | Value::Enum(t) => t == text,
            Value::Limit(limit) => limit.renders_as(text),
            Value::Integer(n) => itoa::Buffer::new().format(*n) == text,
            Value::Bool(b) => text == if *b { "是" } else { "否" },
            Value::List(_) | Value::Materials(_) => self.render() == text,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) | Value::Enum(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_limit(&self) -> Option<TimeLimit> {
        match self {
            Value::Limit(limit) => Some(*limit),
            _ => None,
        }
    }

    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Integer(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_materials(&self) -> Option<&[Material]> {
        match self {
            Value::Materials(m) => Some(m),
            _ => None,
        }
    }

    /// Enum values, whether one or several.
    pub fn enum_values(&self) -> Vec<&str> {
        match self {
            Value::Enum(v) => vec![v.as_str()],
            Value::List(values) => values.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// A value that is only text where its element expects a typed value: the cell could not be
    /// read as that type.
    pub fn is_text(&self) -> bool {
        matches!(self, Value::Text(_))
    }
}
