//! The orphans (labels and notes that found no sentence), a page at a time, each with what
//! attaches it to the focused sentence or dismisses it: an import can leave thousands.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, Listed};

/// How many orphans one page lists.
const PAGE: usize = 50;

#[derive(Properties)]
pub struct OrphansProps {
    pub orphans: Rc<Vec<Listed>>,
    /// The focused sentence, to attach to.
    pub focus: Option<usize>,
    pub on_action: Callback<Action>,
}

/// The list is the same one when it is the same value, whatever its length.
impl PartialEq for OrphansProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.orphans, &other.orphans)
            && self.focus == other.focus
            && self.on_action == other.on_action
    }
}

#[function_component(Orphans)]
pub fn orphans(props: &OrphansProps) -> Html {
    let first = use_state(|| 0);
    let total = props.orphans.len();
    if total == 0 {
        return html! {};
    }
    // Attached or dismissed ones shrink the list: the last page is shown if this one is gone.
    let start = if *first < total {
        *first
    } else {
        (total - 1) / PAGE * PAGE
    };
    let end = (start + PAGE).min(total);
    let attach_name = match props.focus {
        Some(i) => format!("Attach to sentence {}", i + 1),
        None => "Attach to the selected sentence".into(),
    };
    let item = |listed: &Listed| {
        let orphan = &listed.orphan;
        let act = |make: fn(Listed) -> Action| {
            let listed = listed.clone();
            props.on_action.reform(move |_| make(listed.clone()))
        };
        html! {
            <li>
                if let Some(l) = orphan.label {
                    <span class="chip" data-label={l.as_str()}>{ l.as_str() }</span>
                }
                <q>{ &orphan.text }</q>
                if let Some(note) = &orphan.note {
                    <span class="note-text">{ format!("Note: {note}") }</span>
                }
                <span class="row-actions">
                    <button type="button" disabled={props.focus.is_none()}
                        onclick={act(Action::Attach)}>{ &attach_name }</button>
                    <button type="button" class="quiet" onclick={act(Action::Dismiss)}>{ "Dismiss" }</button>
                </span>
            </li>
        }
    };
    let to = |at: Option<usize>, name: String| {
        let first = first.clone();
        html! {
            <button type="button" disabled={at.is_none()}
                onclick={move |_| if let Some(at) = at { first.set(at) }}>{ name }</button>
        }
    };
    html! {
        <section class="orphans" aria-labelledby="orphans-heading">
            <h3 id="orphans-heading">{ format!("Orphans ({total})") }</h3>
            <p class="hint">{ "Labels and notes that found no sentence. Select a sentence to attach one to it." }</p>
            <ul data-orphans="">{ for props.orphans[start..end].iter().map(item) }</ul>
            if total > PAGE {
                <div class="pager">
                    { to(start.checked_sub(PAGE), format!("Previous {PAGE}")) }
                    <span>{ format!("{}–{end} of {total}", start + 1) }</span>
                    { to((end < total).then_some(end), format!("Next {PAGE}")) }
                </div>
            }
        </section>
    }
}
