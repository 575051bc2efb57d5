//! Property test: the cell parsers take any string without panicking.

use proptest::prelude::*;
use svcat_core::schema::load_schema;
use svcat_ingest::parse::{
    parse_bool, parse_materials, parse_time_limit, parse_value, parse_visits,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn parsers_take_any_text(text in "\\PC{0,80}") {
        let notation = &load_schema("national").unwrap().limit_notation;
        let _ = parse_time_limit(&text, None, notation);
        let _ = parse_time_limit(&text, Some("自然日"), notation);
        let _ = parse_visits(&text);
        let _ = parse_bool(&text);
        for m in parse_materials(&text) {
            prop_assert!(!m.name.is_empty());
        }
    }

    #[test]
    fn chinese_shaped_text_never_panics(text in "[0-9０-９一二三十百（）()、；;，,.①②个工作日天月即办原件复印件份\\n ]{0,60}") {
        let schema = load_schema("national").unwrap();
        for element in &schema.elements {
            let _ = parse_value(&schema, element, &text, None);
        }
    }
}
