//! Browser tests (wasm32, headless Chromium): the app's components and its storage layer.
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use sift::model::{Label, Session};
use sift::schema::{
    decode_session, doc_key, legacy_labels_key, text_key, version, BACKUP_PREFIX, CURRENT_KEY,
};
use sift::ui::{storage, App, AppProps, Early};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, Storage};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "Ferry fares to rise\n\nBy Tom Okafor\n\nFares on the island ferry will rise by 8% in Jan. 2027, the operator said. Mr. Reyes called it “unfair.” Others agreed.";

fn local_storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh root element with the app rendered into it, storage cleared first.
async fn mount() -> Element {
    local_storage().clear().unwrap();
    mount_keeping_storage().await
}

async fn mount_keeping_storage() -> Element {
    let document = gloo_utils_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            compare: None,
            early: Early::Nothing,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn button(root: &Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().starts_with(name))
        .unwrap_or_else(|| panic!("no button named {name}"))
}

async fn annotate(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = find(root, "textarea").dyn_into().unwrap();
    area.set_value(text);
    button(root, "Annotate").click();
    yew::scheduler::flush().await;
}

fn sentences(root: &Element) -> Vec<(String, Option<String>, bool)> {
    let list = root.query_selector_all("[data-sentence-index]").unwrap();
    (0..list.length())
        .map(|i| {
            let el: Element = list.item(i).unwrap().dyn_into().unwrap();
            (
                el.text_content().unwrap_or_default(),
                el.get_attribute("data-label"),
                el.get_attribute("aria-selected").as_deref() == Some("true"),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn pasting_an_article_shows_its_sentences_in_order() {
    let root = mount().await;
    annotate(&root, ARTICLE).await;
    let texts: Vec<String> = sentences(&root).into_iter().map(|(t, _, _)| t).collect();
    assert_eq!(
        texts,
        [
            "Ferry fares to rise",
            "By Tom Okafor",
            "Fares on the island ferry will rise by 8% in Jan. 2027, the operator said.",
            "Mr. Reyes called it “unfair.”",
            "Others agreed."
        ]
    );
    let listbox = find(&root, "[role=listbox]");
    assert_eq!(
        listbox.get_attribute("aria-multiselectable").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn clicking_and_the_label_button_tag_the_sentence_and_save_it() {
    let root = mount().await;
    annotate(&root, ARTICLE).await;
    find(&root, "[data-sentence-index='3']").click();
    yew::scheduler::flush().await;
    assert!(sentences(&root)[3].2, "the clicked sentence is selected");
    button(&root, "Claim").click();
    yew::scheduler::flush().await;
    assert_eq!(sentences(&root)[3].1.as_deref(), Some("claim"));
    let claims = find(&root, "[role=group] [data-label=claim]");
    assert_eq!(
        claims.text_content().as_deref(),
        Some("1"),
        "the count beside Claim"
    );
    assert!(find(&root, "[role=status][aria-label=Progress]")
        .text_content()
        .unwrap()
        .contains("1 of "));

    let id = local_storage()
        .get_item(CURRENT_KEY)
        .unwrap()
        .expect("the open document is remembered");
    let stored = local_storage()
        .get_item(&doc_key(&id))
        .unwrap()
        .expect("labels are saved at once");
    let text = local_storage().get_item(&text_key(&id)).unwrap().unwrap();
    assert!(text.contains("the operator said"));
    assert_eq!(digits(&decode_session(&text, &stored).unwrap()), "00010");
}

#[wasm_bindgen_test]
async fn a_new_mount_restores_the_document_and_its_labels() {
    let root = mount().await;
    annotate(&root, ARTICLE).await;
    find(&root, "[data-sentence-index='2']").click();
    yew::scheduler::flush().await;
    button(&root, "Fact").click();
    yew::scheduler::flush().await;
    root.remove();

    let again = mount_keeping_storage().await;
    let restored = sentences(&again);
    assert_eq!(restored.len(), 5);
    assert_eq!(restored[2].1.as_deref(), Some("fact"));
    again.remove();
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_backed_up_shown_and_never_overwritten() {
    let storage = local_storage();
    storage.clear().unwrap();
    storage.set_item(CURRENT_KEY, "doc-broken").unwrap();
    storage
        .set_item(
            &doc_key("doc-broken"),
            "{\"schema\":1,\"text\":\"half a rec",
        )
        .unwrap();

    let restored = storage::restore("2026-11-26T10:00:00Z");
    assert!(restored.session.is_none());
    assert_eq!(restored.problems.len(), 1);
    let problem = &restored.problems[0];
    assert!(
        problem.message.contains("could not read"),
        "{}",
        problem.message
    );
    assert!(
        problem
            .backup
            .as_deref()
            .is_some_and(|k| k.starts_with(BACKUP_PREFIX)),
        "the backup is offered"
    );

    let original = storage.get_item(&doc_key("doc-broken")).unwrap();
    assert_eq!(
        original.as_deref(),
        Some("{\"schema\":1,\"text\":\"half a rec"),
        "the raw value is untouched"
    );
    let backups: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        storage.get_item(&backups[0]).unwrap(),
        original,
        "the backup holds the raw value"
    );

    let root = mount_keeping_storage().await;
    let alert = find(&root, "[role=alert]");
    assert!(
        alert.text_content().unwrap().contains(&backups[0]),
        "the alert names the backup key"
    );
    let backups_now = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .count();
    assert_eq!(
        backups_now, 1,
        "loading the same bad data again reuses its backup"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn data_saved_by_version_1_opens_is_listed_and_is_written_anew_on_the_next_change() {
    let storage = local_storage();
    storage.clear().unwrap();
    let id = "doc-fixture0000000001";
    storage.set_item(CURRENT_KEY, id).unwrap();
    storage
        .set_item(&doc_key(id), include_str!("fixtures/stored-v1-doc.json"))
        .unwrap();
    storage
        .set_item(
            &legacy_labels_key(id),
            include_str!("fixtures/stored-v1-labels.json"),
        )
        .unwrap();

    storage
        .set_item("sift.library", "{\"schema\":2,\"docs\":[]}")
        .unwrap();
    let restored = storage::restore("2026-11-26T10:00:00Z");
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
    let session = restored.session.expect("the v1 document opens");
    assert_eq!(session.counts.context + session.counts.fact, 2);
    let mut problems = Vec::new();
    assert_eq!(
        storage::library("2026-11-26T10:00:00Z", &mut problems).len(),
        1,
        "the library is read from the documents"
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert!(
        storage.get_item("sift.library").unwrap().is_none(),
        "the old shared list is gone"
    );

    // Its next save writes schema 5: the text apart, the rest in one record.
    let root = mount_keeping_storage().await;
    find(&root, "[data-sentence-index='2']").click();
    yew::scheduler::flush().await;
    button(&root, "Claim").click();
    yew::scheduler::flush().await;
    let record = storage.get_item(&doc_key(id)).unwrap().unwrap();
    let text = storage.get_item(&text_key(id)).unwrap().unwrap();
    assert_eq!(version(&record), Ok(5));
    assert_eq!(digits(&decode_session(&text, &record).unwrap()), "321");
    // Its text, which was in the version 1 record, is kept: it opens again, whole.
    let again = storage::restore("2026-11-26T10:00:00Z");
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(digits(&again.session.expect("it opens again")), "321");
    assert!(storage.get_item(&legacy_labels_key(id)).unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
fn problems_reported_in_one_turn_all_show_and_a_successful_save_changes_nothing() {
    use sift::ui::storage::Problem;
    use sift::ui::workspace::{NoticeAction, Notices};
    use std::rc::Rc;
    use yew::Reducible;

    let messages = |notices: &Notices| -> Vec<String> {
        notices.problems.iter().map(|p| p.message.clone()).collect()
    };
    let start = Rc::new(Notices::default());
    let first = start.reduce(NoticeAction::Report(vec![Problem::new("first".into())]));
    let both = first.reduce(NoticeAction::Report(vec![Problem::new("second".into())]));
    assert_eq!(messages(&both), ["first", "second"]);
    let saved = both.clone().reduce(NoticeAction::SaveError(None));
    assert!(Rc::ptr_eq(&saved, &both), "nothing to re-render");
    let left = both.reduce(NoticeAction::Dismiss(0));
    assert_eq!(messages(&left), ["second"]);
    assert_eq!(
        messages(&left.clone().reduce(NoticeAction::Dismiss(7))),
        ["second"]
    );
}

/// The wasm memory the page has, in bytes (it only ever grows, so this is the high-water mark).
fn wasm_memory_bytes() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

/// A 19 MB hostile import (arrays nested or side by side, where Sift reads and where it skips)
/// is refused within 64 MB of wasm memory: the file's bytes, held as the app holds them after
/// reading the file, and serde_json's stack for skipping nested arrays (a byte a level); never a
/// tree of the file. (Measured here: 52 MB at the high-water mark.)
#[wasm_bindgen_test]
fn a_19_mb_hostile_import_stays_within_64_mb_of_wasm_memory() {
    const SIZE: usize = 19 << 20;
    // A Sift export's first fields, then 19 MB of arrays in `field`: nested, or side by side.
    let hostile = |field: &str, nested: bool| {
        let mut bytes = Vec::with_capacity(SIZE + 64);
        bytes.extend_from_slice(
            format!(r#"{{"format":"sift-annotations","version":2,"{field}":"#).as_bytes(),
        );
        if nested {
            let half = (SIZE - bytes.len()) / 2;
            bytes.resize(bytes.len() + half, b'[');
            bytes.resize(bytes.len() + half, b']');
        } else {
            bytes.push(b'[');
            while bytes.len() < SIZE {
                bytes.extend_from_slice(b"[],");
            }
            bytes.extend_from_slice(b"[]]");
        }
        bytes.push(b'}');
        bytes
    };
    let cases = [
        ("sentences", true, "nested where Sift reads"),
        ("padding", true, "nested where Sift skips"),
        ("sentences", false, "wide where Sift reads"),
        ("padding", false, "wide where Sift skips"),
    ];
    for (field, nested, name) in cases {
        let bytes = hostile(field, nested);
        assert!(bytes.len() >= SIZE);
        assert!(sift::import::parse(&bytes).is_err(), "{name}: refused");
        drop(bytes);
        let used = wasm_memory_bytes();
        assert!(
            used <= 64 << 20,
            "{name}: wasm memory grew to {} MB",
            used >> 20
        );
    }
}

/// Makes the `k`th localStorage write fail (`full`: every write from the `k`th on), as a full
/// or failing storage does, and counts the writes; `k` of 0 only counts.
fn inject_write_faults(k: u32, full: bool) {
    let patch = js_sys::Function::new_with_args(
        "k, full",
        "const write = window.originalSetItem ??= Storage.prototype.setItem;
         window.writes = 0;
         Storage.prototype.setItem = function (key, value) {
           window.writes += 1;
           if (k > 0 && (window.writes === k || (full && window.writes > k))) {
             throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
           }
           return write.call(this, key, value);
         };",
    );
    patch
        .call2(&wasm_bindgen::JsValue::NULL, &k.into(), &full.into())
        .unwrap();
}

fn writes_made() -> u32 {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::get(&window, &"writes".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0) as u32
}

/// A whole session through the model and the storage layer, saving after each change as the
/// app does (the text until it is stored, then one record per change): paste, labels, a note,
/// split, merge, rename, import of a second article, delete of the first. Returns the states of
/// both documents after each step, as storage must be able to give them back.
fn faulty_session() -> Vec<(Option<Session>, Option<Session>)> {
    use sift::import::{into_library, parse};
    use sift::model::{apply, Action, Document, Label, State};
    const NOW: &str = "2026-11-26T10:00:00Z";
    let other = {
        let doc = Document::new("Bridge closes\n\nTraffic will be diverted.".into(), NOW);
        let state = State {
            session: Some(Session::new(doc)),
            read_only: false,
        };
        let labelled = apply(&state, Action::Select(1))
            .and_then(|s| apply(&s, Action::SetLabel(Some(Label::Context))))
            .unwrap();
        sift::export::native_json(labelled.session.as_ref().unwrap(), NOW, None)
    };
    let mut first = State {
        session: Some(Session::new(Document::new(ARTICLE.into(), NOW))),
        read_only: false,
    };
    let mut text_stored = [false, false];
    let mut save = |which: usize, session: &Session| {
        if storage::save(session, NOW, !text_stored[which]).is_ok() {
            text_stored[which] = true;
        }
    };
    let mut states = vec![(None, None)];
    save(0, first.session.as_ref().unwrap());
    states.push((first.session.clone(), None));
    let at = ARTICLE.find(" in Jan.").unwrap();
    for actions in [
        vec![Action::Select(3), Action::SetLabel(Some(Label::Claim))],
        vec![Action::Select(4), Action::SetLabel(Some(Label::Fact))],
        vec![Action::SetNote {
            index: 4,
            note: Some("Check the minutes".into()),
        }],
        vec![Action::Split { index: 2, at }],
        vec![Action::Select(4), Action::MergeWithNext],
        vec![Action::Rename("Ferry fares".into())],
    ] {
        for action in actions {
            first = apply(&first, action).unwrap_or(first);
        }
        save(0, first.session.as_ref().unwrap());
        states.push((first.session.clone(), None));
    }
    let imported = into_library(parse(other.as_bytes()).unwrap(), None).session;
    save(1, &imported);
    states.push((first.session.clone(), Some(imported.clone())));
    let _ = storage::delete(&first.session.as_ref().unwrap().doc.id);
    states.push((None, Some(imported)));
    states
}

/// Fault injection over a whole session, in the browser's own storage: for every k, the kth
/// write fails; and, apart, storage is full from the kth write on. After each run, what storage
/// gives back is, document by document, a state the reader had: no label on another sentence,
/// no document without its text.
#[wasm_bindgen_test]
fn every_failed_write_leaves_each_document_in_a_state_the_reader_had() {
    local_storage().clear().unwrap();
    inject_write_faults(0, false);
    let states = faulty_session();
    let writes = writes_made();
    assert!(writes >= 9, "a session of {writes} writes");
    // What the reader sees: the text, title and bounds, the labels and the notes.
    let same = |a: &Option<Session>, b: &Option<Session>| match (a, b) {
        (Some(a), Some(b)) => a.doc == b.doc && a.labels == b.labels && a.notes == b.notes,
        (None, None) => true,
        _ => false,
    };
    let mut runs = 0;
    for full in [false, true] {
        for k in 1..=writes {
            local_storage().clear().unwrap();
            inject_write_faults(k, full);
            faulty_session();
            inject_write_faults(0, false);
            let library = storage::library("2026-11-26T11:00:00Z", &mut Vec::new());
            let mut found: [Option<Session>; 2] = [None, None];
            for entry in &library {
                let mut problems = Vec::new();
                let session = storage::load(&entry.id, "t", &mut problems);
                assert!(problems.is_empty(), "run {k} (full: {full}): {problems:?}");
                let which = usize::from(entry.title.starts_with("Bridge"));
                found[which] = session;
            }
            for (which, doc) in found.iter().enumerate() {
                let had = states
                    .iter()
                    .any(|s| same(if which == 0 { &s.0 } else { &s.1 }, doc));
                assert!(
                    had,
                    "run {k} (full: {full}): document {which} is in no state the reader had"
                );
            }
            runs += 1;
        }
    }
    inject_write_faults(0, false);
    web_sys::console::log_1(
        &format!("fault injection: {writes} writes in the session, {runs} runs").into(),
    );
}

/// Backups of unreadable data: one per distinct value, at most three per key, and names that
/// never collide, even within one second.
#[wasm_bindgen_test]
fn backups_are_deduplicated_bounded_and_never_collide() {
    let storage = local_storage();
    storage.clear().unwrap();
    let key = doc_key("doc-broken");
    let backups_of_key = || {
        storage::backups()
            .into_iter()
            .filter(|b| b.contains(&key))
            .collect::<Vec<_>>()
    };
    for (i, value) in [
        "{\"schema\":4,\"a",
        "{\"schema\":4,\"b",
        "{\"schema\":4,\"b",
        "{\"c",
        "{\"d",
        "{\"e",
    ]
    .iter()
    .enumerate()
    {
        storage.set_item(&key, value).unwrap();
        let mut problems = Vec::new();
        storage::library("2026-11-26T10:00:00Z", &mut problems);
        assert_eq!(problems.len(), 1, "value {i} is reported");
        let kept = backups_of_key();
        assert!(kept.len() <= storage::BACKUPS_PER_KEY, "{kept:?}");
        let newest = kept
            .iter()
            .map(|b| storage.get_item(b).unwrap().unwrap())
            .collect::<Vec<_>>();
        assert!(
            newest.contains(&value.to_string()),
            "value {i} is backed up"
        );
    }
    let mut kept = backups_of_key();
    kept.sort();
    let contents: Vec<String> = kept
        .iter()
        .map(|b| storage.get_item(b).unwrap().unwrap())
        .collect();
    assert_eq!(
        contents,
        ["{\"c", "{\"d", "{\"e"],
        "the newest three, each once"
    );
    storage.clear().unwrap();
}

/// A stored session's labels, one digit per sentence, as storage writes them.
fn digits(session: &Session) -> String {
    session
        .labels
        .iter()
        .map(|l| l.map_or('0', Label::digit))
        .collect()
}

/// The library is listed after the page's first render, a slice of records a task. A paste
/// made before then still finds the stored article it resembles (the rest is read at once),
/// and the library, once listed, holds every stored article once.
#[wasm_bindgen_test]
async fn a_paste_before_the_library_is_listed_still_finds_the_article_it_resembles() {
    use sift::model::Document;
    const NOW: &str = "2026-11-26T10:00:00Z";
    local_storage().clear().unwrap();
    let story = |i: usize, ending: &str| {
        format!(
            "Harbour {i} reopens\n\nThe harbour at site {i} reopened on Monday after repairs. \
             Boats queued from dawn. The mayor said the work cost less than planned. \
             Fishers welcomed the news. {ending}"
        )
    };
    // More articles than one slice reads.
    for i in 0..450 {
        let doc = Document::new(story(i, "More work follows in spring."), NOW);
        storage::save(&Session::new(doc), NOW, true).unwrap();
    }
    let root = mount_keeping_storage().await;
    assert!(
        root.text_content()
            .unwrap()
            .contains("Reading your library"),
        "the library is not yet listed when the page first answers"
    );
    annotate(&root, &story(7, "More work follows in autumn.")).await;
    assert!(
        button(&root, "New version of")
            .text_content()
            .unwrap()
            .contains("Harbour 7 reopens"),
        "the paste is recognised as a new version of the stored article"
    );
    assert_eq!(
        find(&root, "[data-library-total]").get_attribute("data-library-total"),
        Some("450".into()),
        "every stored article is listed, once"
    );
    root.remove();
}
