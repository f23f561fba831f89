//! The library as the reader asks to see it: searched by title and text, filtered by progress,
//! sorted, and cut into pages that never run past the end.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use sift::listing::{listing, needle, Query, Show, Sort, TextSearch, PAGE};
use sift::schema::{articles, LibraryEntry};

fn entry(n: usize, title: &str, sentences: usize, claim: usize, fact: usize) -> LibraryEntry {
    LibraryEntry {
        id: format!("doc-{n:04}"),
        title: title.into(),
        created: "2026-12-07T10:00:00Z".into(),
        // Newest first, as the library keeps them.
        updated: format!("2026-12-07T10:{:02}:00Z", 59 - n),
        sentences,
        claim,
        fact,
        context: 0,
        notes: 0,
        version: 1,
        previous: None,
        sketch: Vec::new(),
        pack: None,
    }
}

fn library() -> Vec<LibraryEntry> {
    vec![
        entry(0, "Fares rise", 10, 0, 0),
        entry(1, "bridge closed", 10, 3, 2),
        entry(2, "Apple harvest", 4, 2, 2),
        entry(3, "Council budget", 8, 0, 1),
    ]
}

fn titles(
    entries: &[LibraryEntry],
    query: &Query,
    texts: &HashMap<String, String>,
) -> (usize, Vec<String>) {
    let mut search = TextSearch::default();
    search.update(&needle(query), texts);
    let shown = listing(articles(entries), query, |id| search.holds(id));
    (
        shown.total,
        shown
            .articles
            .iter()
            .map(|a| a.current.title.clone())
            .collect(),
    )
}

#[test]
fn a_search_finds_titles_and_known_texts_without_case() {
    let entries = library();
    let texts = HashMap::from([(
        "doc-0003".to_string(),
        "the mayor said taxes rise".to_string(),
    )]);
    let search = |s: &str| Query {
        search: s.into(),
        ..Query::default()
    };
    assert_eq!(
        titles(&entries, &search("  RISE "), &texts),
        (2, vec!["Fares rise".into(), "Council budget".into()])
    );
    assert_eq!(titles(&entries, &search("mayor"), &texts).0, 1);
    assert_eq!(titles(&entries, &search(""), &texts).0, 4);
    assert_eq!(titles(&entries, &search("nowhere"), &texts), (0, vec![]));
}

#[test]
fn filters_keep_articles_by_their_progress() {
    let entries = library();
    let show = |show| {
        titles(
            &entries,
            &Query {
                show,
                ..Query::default()
            },
            &HashMap::new(),
        )
        .1
    };
    assert_eq!(show(Show::NotStarted), ["Fares rise"]);
    assert_eq!(show(Show::InProgress), ["bridge closed", "Council budget"]);
    assert_eq!(show(Show::Done), ["Apple harvest"]);
    assert_eq!(show(Show::HasClaims), ["bridge closed", "Apple harvest"]);
}

#[test]
fn sorts_by_title_and_by_what_is_left_to_do() {
    let entries = library();
    let sort = |sort| {
        titles(
            &entries,
            &Query {
                sort,
                ..Query::default()
            },
            &HashMap::new(),
        )
        .1
    };
    assert_eq!(
        sort(Sort::Changed),
        [
            "Fares rise",
            "bridge closed",
            "Apple harvest",
            "Council budget"
        ]
    );
    assert_eq!(
        sort(Sort::Title),
        [
            "Apple harvest",
            "bridge closed",
            "Council budget",
            "Fares rise"
        ]
    );
    assert_eq!(
        sort(Sort::Progress),
        [
            "Fares rise",
            "Council budget",
            "bridge closed",
            "Apple harvest"
        ]
    );
}

#[test]
fn pages_hold_twenty_and_a_page_past_the_end_shows_the_last() {
    let entries: Vec<LibraryEntry> = (0..45)
        .map(|n| entry(n, &format!("Report {n}"), 5, 0, 0))
        .collect();
    let page = |page| {
        listing(
            articles(&entries),
            &Query {
                page,
                ..Query::default()
            },
            |_| false,
        )
    };
    let first = page(0);
    assert_eq!(
        (first.total, first.pages, first.articles.len()),
        (45, 3, PAGE)
    );
    assert_eq!(
        first.found.len(),
        45,
        "every article found, to select them all"
    );
    let last = page(9);
    assert_eq!((last.page, last.articles.len()), (2, 5));
    assert_eq!(last.articles[0].current.title, "Report 40");
}

/// The search kept from one key press to the next gives, at every step, what a search from
/// scratch gives: typing on narrows it, a deleted letter widens it, and texts read meanwhile
/// are searched too.
#[test]
fn a_search_kept_between_key_presses_finds_what_a_fresh_one_finds() {
    let mut texts: HashMap<String, String> = HashMap::new();
    let words = [
        "harbour",
        "harvest",
        "hard rain",
        "budget",
        "bridge",
        "harbour budget",
    ];
    let mut kept = TextSearch::default();
    let steps = [
        "h",
        "ha",
        "har",
        "harb",
        "har",
        "ha",
        "bu",
        "bud",
        "b",
        "harbour b",
    ];
    for (step, typed) in steps.iter().enumerate() {
        // One more text read before each key press.
        if let Some(word) = words.get(step) {
            texts.insert(format!("doc-{step}"), format!("the {word} story"));
        }
        kept.update(typed, &texts);
        let mut fresh = TextSearch::default();
        fresh.update(typed, &texts);
        for id in texts.keys() {
            assert_eq!(
                kept.holds(id),
                fresh.holds(id),
                "“{typed}”, {id}: {}",
                texts[id]
            );
            assert_eq!(kept.holds(id), texts[id].contains(typed), "“{typed}”, {id}");
        }
    }
}
