//! The annotated article: a listbox of sentences grouped in blocks and paragraphs, selection
//! by click, Shift+click and drag, and keeping the focused sentence in view.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{
    Element, FocusOptions, HtmlElement, MouseEvent, ScrollIntoViewOptions, ScrollLogicalPosition,
};
use yew::prelude::*;

use super::paragraph::{blocks, sentence_id, Block, View};
use crate::model::{Action, Document, Label, Selection};
use crate::suggest::Suggestions;
use crate::versions::Changes;

/// Sentences per block: a key press re-renders one block, and the article compares one
/// block's worth of props per block.
pub const BLOCK_SENTENCES: usize = 64;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Rc<Document>,
    pub labels: Rc<Vec<Option<Label>>>,
    pub notes: Rc<Vec<Option<Rc<str>>>>,
    pub selection: Option<Selection>,
    pub changes: Option<Rc<Changes>>,
    pub on_action: Callback<Action>,
    /// The suggestions' scores while they are on, and whether suggested labels are shown.
    #[prop_or_default]
    pub suggestions: Option<Rc<Suggestions>>,
    #[prop_or_default]
    pub suggest_labels: bool,
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let list = use_node_ref();
    // Where the button went down, while it is held. Text that moves under a still pointer (the
    // page reflowing after the press) also fires mouseover; only a pointer that really moved
    // drags a selection.
    let pressed_at = use_mut_ref(|| None::<(i32, i32)>);
    // A sentence chosen with the pointer is already in view: scrolling then would move the
    // text under the pointer mid-drag. Keys and jumps from the review list do scroll.
    let pointer_moved = use_mut_ref(|| false);
    let focus = props.selection.map(|s| s.focus);
    {
        let pointer_moved = pointer_moved.clone();
        use_effect_with(focus, move |focus| {
            let by_pointer = std::mem::take(&mut *pointer_moved.borrow_mut());
            if let (Some(i), false) = (focus, by_pointer) {
                scroll_into_view(&sentence_id(*i));
            }
        });
    }

    // Press selects (Shift extends), moving with the button held extends: whole sentences only.
    let onmousedown = {
        let (on_action, pressed_at, list) =
            (props.on_action.clone(), pressed_at.clone(), list.clone());
        let pointer_moved = pointer_moved.clone();
        move |e: MouseEvent| {
            let Some(index) = sentence_index(&e) else {
                return;
            };
            if e.button() != 0 {
                return;
            }
            // No text selection while dragging across sentences; the listbox takes the focus.
            e.prevent_default();
            // Without scrolling: focusing the listbox would otherwise scroll the page to show
            // more of it, moving the text under the pointer as it is pressed.
            if let Some(list) = list.cast::<HtmlElement>() {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = list.focus_with_options(&options);
            }
            *pressed_at.borrow_mut() = Some((e.client_x(), e.client_y()));
            *pointer_moved.borrow_mut() = true;
            on_action.emit(select(&e, index));
        }
    };
    let onmouseover = {
        let (on_action, pressed_at) = (props.on_action.clone(), pressed_at.clone());
        move |e: MouseEvent| {
            let moved = pressed_at
                .borrow()
                .is_some_and(|(x, y)| (e.client_x() - x).abs() + (e.client_y() - y).abs() > 3);
            if moved && e.buttons() & 1 == 1 {
                if let Some(index) = sentence_index(&e) {
                    *pointer_moved.borrow_mut() = true;
                    on_action.emit(Action::ExtendTo(index));
                }
            }
        }
    };
    let onmouseup = move |_: MouseEvent| *pressed_at.borrow_mut() = None;
    // A click that no pointer press came before (a screen reader activating an option, a
    // script): select as a press would.
    let onclick = {
        let on_action = props.on_action.clone();
        move |e: MouseEvent| {
            if e.detail() == 0 {
                if let Some(index) = sentence_index(&e) {
                    on_action.emit(select(&e, index));
                }
            }
        }
    };

    let doc = &props.doc;
    let block_ranges = use_memo(doc.clone(), |doc| blocks(&doc.paragraphs, BLOCK_SENTENCES));
    let view = View {
        doc: doc.clone(),
        labels: props.labels.clone(),
        notes: props.notes.clone(),
        selection: props.selection,
        changes: props.changes.clone(),
        suggestions: props.suggestions.clone(),
        suggest_labels: props.suggest_labels,
    };
    html! {
        <div class="article" role="listbox" aria-label="Sentences" aria-multiselectable="true" tabindex="0"
            ref={list} aria-activedescendant={focus.map(sentence_id)}
            data-sentence-count={doc.len().to_string()} {onmousedown} {onmouseover} {onmouseup} {onclick}>
            { for block_ranges.iter().map(|paragraphs| html! {
                <Block key={paragraphs.start} view={view.clone()} paragraphs={paragraphs.clone()} />
            }) }
        </div>
    }
}

/// A press or click on sentence `index` selects it; with Shift, extends the selection to it.
fn select(event: &MouseEvent, index: usize) -> Action {
    if event.shift_key() {
        Action::ExtendTo(index)
    } else {
        Action::Select(index)
    }
}

/// The `data-sentence-index` of the sentence under the pointer, if any.
fn sentence_index(event: &MouseEvent) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let sentence = target.closest("[data-sentence-index]").ok()??;
    sentence.get_attribute("data-sentence-index")?.parse().ok()
}

/// Scrolls the element with this id just into view, if it is not already.
pub fn scroll_into_view(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
