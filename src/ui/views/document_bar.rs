//! The open document's own bar: its title and source (edited in place), Download JSON, the
//! Export menu with every other format, and the way back to the library.

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::details::DetailsEditor;
use super::rename::RenameField;
use crate::export::Format;
use crate::model::Details;

#[derive(Properties, PartialEq)]
pub struct DocumentBarProps {
    pub title: AttrValue,
    pub details: Details,
    pub on_download: Callback<Format>,
    pub on_new: Callback<()>,
    pub on_rename: Callback<String>,
    pub on_details: Callback<Details>,
    /// An earlier version, open to read: its title and source cannot be edited.
    #[prop_or_default]
    pub read_only: bool,
}

/// Which of the document's fields is being edited in place.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Nothing,
    Title,
    Details,
}

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
                if *editing == Editing::Nothing && !props.read_only {
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
