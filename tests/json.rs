#![cfg(not(target_arch = "wasm32"))]
//! Sift's own JSON reader and writer: it reads what other JSON tools write (checked against
//! serde_json), refuses what is not JSON with an error value, and what it writes reads back.

use proptest::prelude::*;
use sift::json::{parse, to_string, to_string_pretty, NotJson, Value, MAX_DEPTH};

/// serde_json's reading of text that Sift wrote.
fn reference(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn reads_every_kind_of_value() {
    let text = r#" { "a" : [ 1, -2.5e3, 0, true, false, null ], "b": {}, "c": [], "d": "x" } "#;
    let value = parse(text).unwrap();
    let object = value.as_object().unwrap();
    let a = object.get("a").and_then(Value::as_array).unwrap();
    assert_eq!(a[0].as_usize(), Some(1));
    assert_eq!(a[1], Value::Number("-2.5e3".into()));
    assert_eq!(a[1].as_usize(), None, "not a count");
    assert_eq!(
        &a[3..],
        [Value::Bool(true), Value::Bool(false), Value::Null]
    );
    assert_eq!(object.get("d").and_then(Value::as_str), Some("x"));
    assert_eq!(reference(&to_string(&value)), reference(text));
}

#[test]
fn decodes_escapes_and_keeps_other_text_as_it_is() {
    let value = parse(r#""a\"b\\c\/d\b\f\n\r\t \u00e9 \ud83d\ude42 é 🙂 “q”""#).unwrap();
    assert_eq!(
        value.as_str(),
        Some("a\"b\\c/d\u{8}\u{c}\n\r\t é 🙂 é 🙂 “q”")
    );
}

#[test]
fn refuses_what_is_not_json() {
    for text in [
        "",
        " ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "{a:1}",
        "{\"a\" 1}",
        "[1 2]",
        "01",
        "1.",
        ".5",
        "1e",
        "-",
        "+1",
        "tru",
        "nul",
        "\"open",
        "\"tab\there\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud83d\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ude42\"",
        "[1] 2",
        "NaN",
        "'single'",
    ] {
        assert_eq!(parse(text), Err(NotJson), "{text:?} must be refused");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse(&deep), Err(NotJson));
    let deep_objects = "{\"a\":".repeat(100_000);
    assert_eq!(parse(&deep_objects), Err(NotJson));
}

#[test]
fn writes_control_characters_quotes_and_backslashes_escaped() {
    let s = "quote \" backslash \\ nl \n cr \r tab \t bell \u{7} nul \u{0} esc \u{1b} é 🙂";
    let written = to_string(&Value::from(s));
    assert_eq!(
        written,
        r#""quote \" backslash \\ nl \n cr \r tab \t bell \u0007 nul \u0000 esc \u001b é 🙂""#
    );
    assert_eq!(reference(&written), serde_json::Value::from(s));
}

#[test]
fn indents_two_spaces_with_empty_containers_on_one_line() {
    let value = Value::object([
        (
            "a",
            Value::array([Value::from(1usize), Value::object([("b", "x, {y}".into())])]),
        ),
        ("e", Value::array([])),
        ("o", Value::object([])),
        ("n", Value::from(None::<&str>)),
    ]);
    let expected =
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x, {y}\"\n    }\n  ],\n  \"e\": [],\n  \"o\": {},\n  \"n\": null\n}";
    assert_eq!(to_string_pretty(&value), expected);
    assert_eq!(
        to_string(&value),
        r#"{"a":[1,{"b":"x, {y}"}],"e":[],"o":{},"n":null}"#
    );
}

/// Any JSON value serde_json can write, up to four levels deep.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn reads_what_serde_json_writes_and_writes_it_back(value in any_json(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let ours = parse(&text).unwrap();
        // Compared with serde_json's reading of the same text: its float parsing is not exact.
        let want = reference(&text);
        prop_assert_eq!(reference(&to_string(&ours)), want.clone());
        prop_assert_eq!(reference(&to_string_pretty(&ours)), want);
    }

    #[test]
    fn agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}\",:0-9eE.+\\-tfnrul \\\\a-z]{0,40}") {
        match (parse(&text), serde_json::from_str::<serde_json::Value>(&text)) {
            (Ok(_), Ok(_)) | (Err(NotJson), Err(_)) => {}
            // Sift keeps numbers as text, so it has no range to overflow.
            (Ok(_), Err(e)) if e.to_string().contains("out of range") => {}
            (ours, theirs) => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
        }
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = parse(&text);
    }
}
