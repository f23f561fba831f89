//! The first result before the app is there, drawn as the app will draw it while the app's
//! module (hundreds of kilobytes, seconds on a phone) loads, by one of two small modules of its
//! own. On a first visit, `sift-preview` (about 30 KB gzipped) splits the article pressed on
//! the still start page; on a visit that reopens a document, `sift-reopen` reads that document
//! from storage with the app's own reader and draws its first sentences with their labels. Two
//! modules, so that a first visit does not wait for a reader of storage it has no use for.
//! Each draws once, holds no state and writes nothing: the app takes over what was pressed
//! (`shell`), opens or reopens the article itself, and the drawing goes with the still page. No
//! Yew here: its runtime alone would be most of either module, and nothing here changes after
//! it is drawn.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlTextAreaElement};

use super::storage::{get, raw_records};
use super::theme;
use crate::model::{default_title, Label, Session};
use crate::schema::{decode_session, CURRENT_KEY};
use crate::segment::{segment, Paragraph, Span};
use crate::ui::views::article::BLOCK_SENTENCES;
use crate::ui::views::paragraph::blocks;
use crate::ui::views::paste::SAMPLE;

/// A first visit (`sift-preview`): shows the pressed article now if a button was pressed on
/// the still page, or when one is (boot.js sends `sift:start` from the still page when it is).
pub fn start() {
    theme::apply_stored();
    let Some(shell) = gloo_utils::document().get_element_by_id("shell") else {
        return;
    };
    if shell.has_attribute("data-start") {
        show(&shell);
    } else {
        let pressed = shell.clone();
        EventListener::once(&shell, "sift:start", move |_| show(&pressed)).forget();
    }
}

/// A visit that reopens a document (`sift-reopen`): draws the document open last, as storage
/// holds it, when its text is in a record of its own (a text imported in a pack, or a record
/// the app would have to repair or migrate, is left to the app). The app's reader checks every
/// bound against the text, so what it hands over is drawn as it is.
pub fn reopen() {
    theme::apply_stored();
    let Some(shell) = gloo_utils::document().get_element_by_id("shell") else {
        return;
    };
    let Ok(Some(id)) = get(CURRENT_KEY) else {
        return;
    };
    let Some((Some(text), record)) = raw_records(&id) else {
        return;
    };
    let Ok(Session { content, .. }) = decode_session(&text, &record) else {
        return;
    };
    let doc = &content.doc;
    if doc.id != id {
        return;
    }
    let sentences = Sentences {
        text: &doc.text,
        paragraphs: &doc.paragraphs,
        spans: &doc.sentences,
        labels: &content.labels,
    };
    draw(&shell, &doc.title, &sentences);
}

/// Draws the pressed article in place of the still page's paste box, which stays in the page,
/// hidden, for the app to take its text from.
fn show(shell: &Element) {
    let text = match shell.get_attribute("data-start").as_deref() {
        Some("sample") => SAMPLE.to_string(),
        Some("annotate") => match gloo_utils::document()
            .get_element_by_id("shell-text")
            .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
        {
            Some(area) => area.value(),
            None => return,
        },
        _ => return,
    };
    let segments = segment(&text);
    let sentences = Sentences {
        text: &text,
        paragraphs: &segments.paragraphs,
        spans: &segments.sentences,
        labels: &[],
    };
    draw(shell, &default_title(&text), &sentences);
}

/// An article's sentences as the preview draws them; `labels` may be shorter (a pressed
/// article has none).
struct Sentences<'a> {
    text: &'a str,
    paragraphs: &'a [Paragraph],
    spans: &'a [Span],
    labels: &'a [Option<Label>],
}

/// Draws `title` and the sentences in the still page's `<main>`, in place of its paste box.
fn draw(shell: &Element, title: &str, sentences: &Sentences) {
    let document = gloo_utils::document();
    let (Some(main), Some(paste)) = (
        shell.query_selector("main").ok().flatten(),
        shell.query_selector(".paste").ok().flatten(),
    ) else {
        return;
    };
    let _ = paste.set_attribute("hidden", "");
    let _ = main.remove_attribute("hidden");
    let _ = shell.class_list().add_1("open");
    let heading = element(&document, "div", "doc-title");
    let h2 = element(&document, "h2", "");
    h2.set_text_content(Some(title));
    let _ = heading.append_child(&h2);
    let status = element(&document, "p", "hint");
    let _ = status.set_attribute("role", "status");
    status.set_text_content(Some(
        "Sift is still loading: you can tag these sentences in a moment.",
    ));
    let _ = main.append_child(&heading);
    let _ = main.append_child(&status);
    let _ = main.append_child(&article(&document, sentences));
}

/// How many of the app's blocks of sentences the preview draws, at most (about 500 sentences):
/// more than a reader gets through before the app is there, and a long article's whole would
/// be drawn twice, once here and once by the app.
const BLOCKS: usize = 8;

/// The sentences drawn as the app's article draws them (`views::paragraph`), in blocks of
/// paragraphs, each with its label. Only drawn: none of the app's hooks (no listbox, no
/// `data-sentence-index`), so people and automation that wait for those wait for the app, which
/// answers them.
fn article(document: &Document, sentences: &Sentences) -> Element {
    let list = element(document, "div", "article");
    let _ = list.set_attribute("aria-busy", "true");
    for paragraphs in blocks(sentences.paragraphs, BLOCK_SENTENCES)
        .into_iter()
        .take(BLOCKS)
    {
        let block = element(document, "div", "block");
        for paragraph in &sentences.paragraphs[paragraphs] {
            let group = element(document, "p", "paragraph");
            for i in paragraph.sentences.clone() {
                let sentence = element(document, "span", "sentence");
                sentence.set_text_content(Some(sentences.spans[i].of(sentences.text)));
                if let Some(Some(label)) = sentences.labels.get(i) {
                    let _ = sentence.set_attribute("data-label", label.as_str());
                }
                let _ = group.append_child(&sentence);
                // As in the app: each sentence is followed by a space, so copied text reads as
                // prose.
                let _ = group.append_child(&document.create_text_node(" "));
            }
            let _ = block.append_child(&group);
        }
        let _ = list.append_child(&block);
    }
    list
}

/// A new element; `tag` is always one of this file's literal tag names, which the DOM never
/// refuses (it refuses only names that are not valid XML names).
fn element(document: &Document, tag: &str, class: &str) -> Element {
    let element = document
        .create_element(tag)
        .expect("a valid tag name is always created");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element
}
