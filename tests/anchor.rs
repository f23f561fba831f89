//! Anchoring another tool's annotation in the open text: by its quote and the text around it,
//! its position only a hint (in code points or UTF-16 units), and fuzzily when the text changed.

use sift::foreign::{Anchored, Quote, Target};
use sift::model::Document;

fn doc(text: &str) -> Document {
    Document::new(text.to_string(), "2026-11-27T10:00:00Z")
}

fn exact(text: &str, quote: Quote, hint: Option<usize>) -> Option<Anchored> {
    let d = doc(text);
    Target::new(&d.text, &d.sentences).anchor(quote, hint)
}

#[test]
fn a_quote_found_once_is_anchored_exactly() {
    let text = "Fares rise by 8%. The operator blamed fuel.";
    let quote = Quote {
        exact: "blamed fuel",
        ..Quote::default()
    };
    let at = text.find("blamed").unwrap();
    assert_eq!(exact(text, quote, None), Some(Anchored::Exact(at..at + 11)));
}

#[test]
fn the_text_around_a_quote_tells_its_occurrences_apart_whatever_the_hint() {
    let text = "He said no. She said no. They said yes.";
    let quote = Quote {
        exact: "said no",
        prefix: "She ",
        suffix: ".",
    };
    let second = text.find("She said").unwrap() + 4;
    // A hint pointing at the first occurrence does not outweigh the context.
    assert_eq!(
        exact(text, quote, Some(3)),
        Some(Anchored::Exact(second..second + 7))
    );
}

#[test]
fn a_position_hint_in_utf16_units_or_code_points_picks_between_equal_occurrences() {
    let text = format!("Yes. {} Yes.", "🙂".repeat(10));
    let quote = Quote {
        exact: "Yes.",
        ..Quote::default()
    };
    let second = text.rfind("Yes.").unwrap();
    // The second "Yes." starts at code point 16 and at UTF-16 unit 26.
    assert_eq!(
        exact(&text, quote, Some(26)),
        Some(Anchored::Exact(second..second + 4))
    );
    assert_eq!(
        exact(&text, quote, Some(16)),
        Some(Anchored::Exact(second..second + 4))
    );
    assert_eq!(
        exact(&text, quote, None),
        Some(Anchored::Exact(0..4)),
        "the first, without a hint"
    );
}

#[test]
fn a_quote_edited_since_is_anchored_fuzzily_to_its_sentence_and_a_stranger_not_at_all() {
    let text = "Fares rise by 8%. The operator blamed rising fuel costs on Monday. Talks resume.";
    let quote = Quote {
        exact: "The operator blamed fuel costs on Monday.",
        ..Quote::default()
    };
    let start = text.find("The operator").unwrap();
    let end = text.find(" Talks").unwrap();
    assert_eq!(exact(text, quote, None), Some(Anchored::Fuzzy(start..end)));
    let stranger = Quote {
        exact: "A storm closed the harbour.",
        ..Quote::default()
    };
    assert_eq!(exact(text, stranger, None), None);
    assert_eq!(
        exact(text, Quote::default(), Some(0)),
        None,
        "a position alone is never trusted"
    );
}
