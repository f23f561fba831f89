//! The label buttons, each with its count, and the edits and undo: a sticky bar above the
//! article, or the top of the side panel on a wide screen.

use yew::prelude::*;

use crate::keymap::Shortcut;
use crate::model::{Action, Counts, Label};

/// The sticky bar. A plain view, not a component: it is cheap to render, and every component
/// type adds to the page weight.
pub struct Toolbar<'a> {
    /// How many sentences are selected (0: the buttons that act on them are disabled).
    pub selected: usize,
    pub counts: Counts,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The same entry point the keyboard uses.
    pub on_shortcut: &'a Callback<Shortcut>,
}

pub fn toolbar(props: Toolbar) -> Html {
    let none = props.selected == 0;
    let button = |name: &str, keys: &str, class: &str, disabled: bool, shortcut: Shortcut| {
        let on_shortcut = props.on_shortcut.clone();
        html! {
            <button type="button" class={class.to_string()} {disabled} aria-keyshortcuts={keys.to_string()}
                onclick={move |_| on_shortcut.emit(shortcut.clone())}>{ name }</button>
        }
    };
    // Each count wears its label's look (colour, underline, badge): the legend on screen.
    let count = |label: Label| {
        html! {
            <span class="sample label-count" data-label={label.as_str()}>{ props.counts.get(Some(label)) }</span>
        }
    };
    let label_button = |label: Option<Label>| {
        let (name, key, class) = match label {
            Some(l) => (
                l.title(),
                l.digit().to_string(),
                format!("label-button {}", l.as_str()),
            ),
            None => (
                "Clear label",
                "0".to_string(),
                "label-button clear".to_string(),
            ),
        };
        let action = Shortcut::Act(Action::SetLabel(label));
        button(&format!("{name} ({key})"), &key, &class, none, action)
    };
    let selected = match props.selected {
        0 => "Nothing selected".to_string(),
        1 => "1 selected".to_string(),
        n => format!("{n} selected"),
    };
    html! {
        <div class="toolbar-main">
            <div class="labels" role="group" aria-label="Label the selected sentences">
                { for Label::ALL.into_iter().map(|l| html! { <>{ label_button(Some(l)) }{ count(l) }</> }) }
                { label_button(None) }
                <span class="selected-count">{ selected }</span>
            </div>
            <div class="edits" role="group" aria-label="Edit">
                { button("Next unlabelled (N)", "N", "", false, Shortcut::Act(Action::NextUnlabelled)) }
                { button("Note (E)", "E", "", none, Shortcut::Note) }
                { button("Split (S)", "S", "", none, Shortcut::Split) }
                { button("Merge with next (M)", "M", "", none, Shortcut::Act(Action::MergeWithNext)) }
                { button("Undo (Ctrl+Z)", "Control+Z Meta+Z", "", !props.can_undo, Shortcut::Act(Action::Undo)) }
                { button("Redo (Ctrl+Shift+Z)", "Control+Shift+Z Control+Y Meta+Shift+Z", "", !props.can_redo, Shortcut::Act(Action::Redo)) }
                { button("Keys (?)", "Shift+?", "quiet", false, Shortcut::Help) }
            </div>
        </div>
    }
}
