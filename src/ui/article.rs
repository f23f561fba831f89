//! The annotated article: a listbox of sentences grouped in paragraphs, with mouse selection,
//! the keyboard shortcuts, and keeping the focused sentence in view.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::paragraph::{blocks, Block, View};
use crate::keymap::{action_for, Modifiers};
use crate::model::{Action, Document, Label, Selection};

/// Sentences per block: a key press re-renders one block, and the article compares one
/// block's worth of props per block.
const BLOCK_SENTENCES: usize = 64;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Rc<Document>,
    pub labels: Rc<Vec<Option<Label>>>,
    pub selection: Option<Selection>,
    pub on_action: Callback<Action>,
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    use_shortcuts(props.on_action.clone());
    let focus = props.selection.map(|s| s.focus);
    use_effect_with(focus, |focus| {
        if let Some(i) = focus {
            scroll_into_view(&format!("s-{i}"));
        }
    });

    let onclick = {
        let on_action = props.on_action.clone();
        move |e: MouseEvent| {
            if let Some(index) = sentence_index(&e) {
                on_action.emit(if e.shift_key() {
                    Action::ExtendTo(index)
                } else {
                    Action::Select(index)
                });
            }
        }
    };
    // Shift+click would otherwise also select text in the page.
    let onmousedown = |e: MouseEvent| {
        if e.shift_key() {
            e.prevent_default();
        }
    };
    let doc = &props.doc;
    let block_ranges = use_memo(doc.clone(), |doc| blocks(doc, BLOCK_SENTENCES));
    let view = View {
        doc: doc.clone(),
        labels: props.labels.clone(),
        selection: props.selection,
    };
    html! {
        <div class="article" role="listbox" aria-label="Sentences" aria-multiselectable="true" tabindex="0"
            aria-activedescendant={focus.map(|i| format!("s-{i}"))} {onclick} {onmousedown}
            data-sentence-count={doc.len().to_string()}>
            { for block_ranges.iter().map(|paragraphs| html! {
                <Block key={paragraphs.start} view={view.clone()} paragraphs={paragraphs.clone()} />
            }) }
        </div>
    }
}

/// Listens for the shortcuts on the whole page while the article is shown, except while the
/// reader types in a text field.
#[hook]
fn use_shortcuts(on_action: Callback<Action>) {
    use_effect_with(on_action, |on_action| {
        let on_action = on_action.clone();
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if typing_in_field(event) {
                    return;
                }
                let modifiers = Modifiers {
                    shift: event.shift_key(),
                    command: event.ctrl_key() || event.meta_key() || event.alt_key(),
                };
                if let Some(action) = action_for(&event.code(), modifiers) {
                    event.prevent_default();
                    on_action.emit(action);
                }
            })
        });
        move || drop(listener)
    });
}

fn typing_in_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}

/// The `data-sentence-index` of the sentence under the click, if any.
fn sentence_index(event: &MouseEvent) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let sentence = target.closest("[data-sentence-index]").ok()??;
    sentence.get_attribute("data-sentence-index")?.parse().ok()
}

fn scroll_into_view(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
