//! The first result before the app is there: a module of its own (`sift-preview`, about 30 KB
//! gzipped) that splits the article pressed on the still start page and draws its sentences,
//! as the app will, while the app's module (hundreds of kilobytes, seconds on a phone) loads.
//! It draws once and holds no state: the app takes over what was pressed (`shell`), opens the
//! article itself, and the preview goes with the still page. No Yew here: its runtime alone
//! would be most of this module, and nothing here changes after it is drawn.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlTextAreaElement};

use crate::model::default_title;
use crate::segment::segment;
use crate::ui::views::article::BLOCK_SENTENCES;
use crate::ui::views::paragraph::blocks;
use crate::ui::views::paste::SAMPLE;

/// Shows the pressed article now if a button was pressed on the still page, or when one is
/// (boot.js sends `sift:start` from the still page when it is).
pub fn start() {
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

/// Draws the pressed article in place of the still page's paste box, which stays in the page,
/// hidden, for the app to take its text from.
fn show(shell: &Element) {
    let document = gloo_utils::document();
    let text = match shell.get_attribute("data-start").as_deref() {
        Some("sample") => SAMPLE.to_string(),
        Some("annotate") => match document
            .get_element_by_id("shell-text")
            .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
        {
            Some(area) => area.value(),
            None => return,
        },
        _ => return,
    };
    let (Some(main), Some(paste)) = (
        shell.query_selector("main").ok().flatten(),
        shell.query_selector(".paste").ok().flatten(),
    ) else {
        return;
    };
    let _ = paste.set_attribute("hidden", "");
    let _ = shell.class_list().add_1("open");
    let heading = element(&document, "div", "doc-title");
    let title = element(&document, "h2", "");
    title.set_text_content(Some(&default_title(&text)));
    let _ = heading.append_child(&title);
    let status = element(&document, "p", "hint");
    let _ = status.set_attribute("role", "status");
    status.set_text_content(Some(
        "Sift is still loading: you can tag these sentences in a moment.",
    ));
    let _ = main.append_child(&heading);
    let _ = main.append_child(&status);
    let _ = main.append_child(&article(&document, &text));
}

/// How many of the app's blocks of sentences the preview draws, at most (about 500 sentences):
/// more than a reader gets through before the app is there, and a long article's whole would
/// be drawn twice, once here and once by the app.
const BLOCKS: usize = 8;

/// The sentences of `text` drawn as the app's article draws them (`views::paragraph`), in
/// blocks of paragraphs. Only drawn: none of the app's hooks (no listbox, no
/// `data-sentence-index`), so people and automation that wait for those wait for the app, which
/// answers them.
fn article(document: &Document, text: &str) -> Element {
    let segments = segment(text);
    let list = element(document, "div", "article");
    let _ = list.set_attribute("aria-busy", "true");
    for paragraphs in blocks(&segments.paragraphs, BLOCK_SENTENCES)
        .into_iter()
        .take(BLOCKS)
    {
        let block = element(document, "div", "block");
        for paragraph in &segments.paragraphs[paragraphs] {
            let group = element(document, "p", "paragraph");
            for span in &segments.sentences[paragraph.sentences.clone()] {
                let sentence = element(document, "span", "sentence");
                sentence.set_text_content(Some(span.of(text)));
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
