//! The span contract of the splitter, over arbitrary and news-like text: spans are ordered,
//! disjoint, on char boundaries, trimmed, cover every non-whitespace char, never cross a blank
//! line, and the splitter never panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sift::segment::segment;

fn check_contract(text: &str) -> Result<(), TestCaseError> {
    let segments = segment(text);
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0;
    for span in &segments.sentences {
        prop_assert!(span.start < span.end, "empty span {:?}", span);
        prop_assert!(span.start >= prev_end, "spans overlap or go backwards");
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let s = span.of(text);
        prop_assert_eq!(s.trim(), s, "span is not trimmed");
        prop_assert!(!has_blank_line(s), "sentence crosses a blank line: {:?}", s);
        covered[span.start..span.end]
            .iter_mut()
            .for_each(|c| *c = true);
        prev_end = span.end;
    }
    for (i, c) in text.char_indices() {
        prop_assert!(
            c.is_whitespace() || covered[i],
            "char {:?} at {} is in no sentence",
            c,
            i
        );
    }
    let mut next = 0;
    for p in &segments.paragraphs {
        prop_assert_eq!(
            p.sentences.start,
            next,
            "paragraphs skip or repeat sentences"
        );
        prop_assert!(!p.sentences.is_empty());
        for i in p.sentences.clone() {
            let s = segments.sentences[i];
            prop_assert!(
                p.span.start <= s.start && s.end <= p.span.end,
                "sentence outside its paragraph"
            );
        }
        next = p.sentences.end;
    }
    prop_assert_eq!(next, segments.sentences.len());
    Ok(())
}

/// A blank line inside a (trimmed) sentence: two line breaks with only spaces between them.
fn has_blank_line(s: &str) -> bool {
    s.replace("\r\n", "\n")
        .split(['\n', '\r'])
        .any(|line| line.trim().is_empty())
}

/// Pieces that stress the rules: marks, quotes, abbreviations, list markers, line breaks.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("a.m.".to_string()),
        Just("etc.".to_string()),
        Just("1.".to_string()),
        Just("ii)".to_string()),
        Just("•".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("\"".to_string()),
        Just("[3]".to_string()),
        Just("。".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9]{1,4}",
        Just(" ".to_string()),
        Just(" ".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_keeps_the_contract(text in any::<String>()) {
        check_contract(&text)?;
    }

    #[test]
    fn news_like_text_keeps_the_contract(pieces in prop::collection::vec(news_piece(), 0..80)) {
        check_contract(&pieces.concat())?;
    }

    #[test]
    fn whitespace_heavy_text_keeps_the_contract(text in "[ \\t\\r\\n\u{a0}a.?!\"”“'1]{0,60}") {
        check_contract(&text)?;
    }
}
