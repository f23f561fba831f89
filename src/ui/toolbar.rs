//! The bar above the article: label buttons with their keys, edits, undo, and downloads.

use yew::prelude::*;

use crate::export::Format;
use crate::keymap::Shortcut;
use crate::model::{Action, Label};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub title: AttrValue,
    /// How many sentences are selected (0: the buttons that act on them are disabled).
    pub selected: usize,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The same entry point the keyboard uses.
    pub on_shortcut: Callback<Shortcut>,
    pub on_download: Callback<Format>,
    pub on_new: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let none = props.selected == 0;
    let button = |name: String, keys: &str, class: &str, disabled: bool, shortcut: Shortcut| {
        let on_shortcut = props.on_shortcut.clone();
        html! {
            <button type="button" class={class.to_string()} {disabled} aria-keyshortcuts={keys.to_string()}
                onclick={move |_| on_shortcut.emit(shortcut.clone())}>{ name }</button>
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
        button(
            format!("{name} ({key})"),
            &key,
            &class,
            none,
            Shortcut::Act(Action::SetLabel(label)),
        )
    };
    html! {
        <div class="toolbar-main">
            <div class="doc-title">
                <h2>{ props.title.clone() }</h2>
                <div class="file-actions">
                    { for Format::ALL.into_iter().map(|format| {
                        let on_download = props.on_download.clone();
                        html! { <button type="button" onclick={move |_| on_download.emit(format)}>{ format.control() }</button> }
                    }) }
                    <button type="button" class="quiet" onclick={props.on_new.reform(|_| ())}>{ "New article" }</button>
                </div>
            </div>
            <div class="labels" role="group" aria-label="Label the selected sentences">
                { for Label::ALL.into_iter().map(|l| label_button(Some(l))) }
                { label_button(None) }
                <span class="selected-count">
                    { match props.selected { 0 => "Nothing selected".to_string(), 1 => "1 selected".to_string(), n => format!("{n} selected") } }
                </span>
            </div>
            <div class="edits" role="group" aria-label="Edit">
                { button("Next unlabelled (N)".into(), "N", "", false, Shortcut::Act(Action::NextUnlabelled)) }
                { button("Note (E)".into(), "E", "", none, Shortcut::Note) }
                { button("Split (S)".into(), "S", "", none, Shortcut::Split) }
                { button("Merge with next (M)".into(), "M", "", none, Shortcut::Act(Action::MergeWithNext)) }
                { button("Undo (Ctrl+Z)".into(), "Control+Z Meta+Z", "", !props.can_undo, Shortcut::Act(Action::Undo)) }
                { button("Redo (Ctrl+Shift+Z)".into(), "Control+Shift+Z Control+Y Meta+Shift+Z", "", !props.can_redo, Shortcut::Act(Action::Redo)) }
                { button("Keys (?)".into(), "Shift+?", "quiet", false, Shortcut::Help) }
            </div>
        </div>
    }
}
