//! The bars above the article: the sticky one with label buttons, edits and undo, and the
//! document's own with its title, source and downloads.

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::details::DetailsEditor;
use super::rename::RenameField;

use crate::export::Format;
use crate::keymap::Shortcut;
use crate::model::{Action, Details, Label};

/// The sticky bar. A plain view, not a component: it is cheap to render, and every component
/// type adds to the page weight.
pub struct Toolbar<'a> {
    /// How many sentences are selected (0: the buttons that act on them are disabled).
    pub selected: usize,
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
                { for Label::ALL.into_iter().map(|l| label_button(Some(l))) }
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

#[derive(Properties, PartialEq)]
pub struct DocumentBarProps {
    pub title: AttrValue,
    pub details: Details,
    pub on_download: Callback<Format>,
    pub on_new: Callback<()>,
    pub on_rename: Callback<String>,
    pub on_details: Callback<Details>,
}

/// Which of the document's fields is being edited in place.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Nothing,
    Title,
    Details,
}

/// The open document's title and source (edited in place), Download JSON, the Export menu with
/// every other format, and the way back to the library.
#[function_component(DocumentBar)]
pub fn document_bar(props: &DocumentBarProps) -> Html {
    let editing = use_state(|| Editing::Nothing);
    let edit = |what: Editing| {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(what))
    };
    let done = edit(Editing::Nothing);
    let on_save_title = {
        let (done, on_rename) = (done.clone(), props.on_rename.clone());
        Callback::from(move |title: String| {
            on_rename.emit(title);
            done.emit(());
        })
    };
    let on_save_details = {
        let (done, on_details) = (done.clone(), props.on_details.clone());
        Callback::from(move |details: Details| {
            on_details.emit(details);
            done.emit(());
        })
    };
    // The menu closes once a format is chosen, and on Escape (which then goes no further).
    let menu = use_node_ref();
    let close_menu = {
        let menu = menu.clone();
        move || {
            if let Some(menu) = menu.cast::<Element>() {
                let _ = menu.remove_attribute("open");
            }
        }
    };
    let download = |format: Format| {
        let (on_download, close_menu) = (props.on_download.clone(), close_menu.clone());
        move |_| {
            close_menu();
            on_download.emit(format);
        }
    };
    let menu_keys = {
        let close_menu = close_menu.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                close_menu();
            }
        }
    };
    let source = match (&props.details.url, &props.details.language) {
        (None, None) => html! {},
        (url, language) => html! {
            <p class="doc-source">
                if let Some(url) = url {
                    { "Source: " }<a href={url.clone()} rel="noopener noreferrer" target="_blank">{ url }</a>
                }
                if let Some(language) = language { <span class="doc-language">{ format!(" Language: {language}") }</span> }
            </p>
        },
    };
    html! {
        <div class="doc-title">
            <div class="doc-heading">
                if *editing == Editing::Title {
                    <RenameField field_id="title-field" label="Title" title={props.title.clone()}
                        on_save={on_save_title} on_cancel={done.clone()} />
                } else {
                    <h2>{ props.title.clone() }</h2>
                }
                if *editing == Editing::Details {
                    <DetailsEditor details={props.details.clone()} on_save={on_save_details} on_cancel={done} />
                } else {
                    { source }
                }
            </div>
            <div class="file-actions">
                if *editing == Editing::Nothing {
                    <button type="button" class="quiet" onclick={edit(Editing::Title).reform(|_| ())}>{ "Rename" }</button>
                    <button type="button" class="quiet" onclick={edit(Editing::Details).reform(|_| ())}>{ "Source and language" }</button>
                }
                <button type="button" onclick={download(Format::Native)}>{ Format::Native.control() }</button>
                <details class="export-menu" ref={menu} onkeydown={menu_keys}>
                    <summary>{ "Export" }</summary>
                    <ul>
                        { for Format::ALL.into_iter().filter(|&f| f != Format::Native).map(|format| html! {
                            <li>
                                <button type="button" onclick={download(format)}>{ format.control() }</button>
                                <span class="format-purpose">{ format.purpose() }</span>
                            </li>
                        }) }
                    </ul>
                </details>
                <button type="button" class="quiet" onclick={props.on_new.reform(|_| ())}>{ "New article" }</button>
            </div>
        </div>
    }
}
