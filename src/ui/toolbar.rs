//! The bar above the article: label buttons with their keys, counts per label, and file actions.

use yew::prelude::*;

use crate::model::{Counts, Label};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub title: AttrValue,
    pub counts: Counts,
    /// How many sentences are selected (0: the label buttons are disabled).
    pub selected: usize,
    pub on_label: Callback<Option<Label>>,
    pub on_download: Callback<()>,
    pub on_new: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let disabled = props.selected == 0;
    let label_button = |label: Option<Label>| {
        let on_label = props.on_label.clone();
        let (name, key, class) = match label {
            Some(l) => (l.title(), l.digit().to_string(), l.as_str()),
            None => ("Clear label", "0".to_string(), "clear"),
        };
        html! {
            <button type="button" class={classes!("label-button", class)} {disabled}
                aria-keyshortcuts={key.clone()} onclick={move |_| on_label.emit(label)}>
                { format!("{name} ({key})") }
            </button>
        }
    };
    let counts = &props.counts;
    let total = counts.labelled() + counts.unlabelled;
    let on_download = props.on_download.reform(|_| ());
    let on_new = props.on_new.reform(|_| ());
    html! {
        <div class="toolbar">
            <div class="doc-title">
                <h2>{ props.title.clone() }</h2>
                <div class="file-actions">
                    <button type="button" onclick={on_download}>{ "Download JSON" }</button>
                    <button type="button" class="quiet" onclick={on_new}>{ "New article" }</button>
                </div>
            </div>
            <div class="labels" role="group" aria-label="Label the selected sentences">
                { for Label::ALL.into_iter().map(|l| label_button(Some(l))) }
                { label_button(None) }
                <span class="selected-count">
                    { match props.selected { 0 => "Nothing selected".to_string(), 1 => "1 selected".to_string(), n => format!("{n} selected") } }
                </span>
            </div>
            <p class="counts" role="status" aria-live="polite">
                { for Label::ALL.into_iter().map(|l| html! {
                    <span class="count" data-label={l.as_str()}>
                        <span class="swatch" aria-hidden="true"></span>
                        { format!("{} {}", l.title(), counts.get(Some(l))) }
                    </span>
                }) }
                <span class="count">{ format!("Unlabelled {}", counts.unlabelled) }</span>
                <span class="count progress">{ format!("{} of {} labelled", counts.labelled(), total) }</span>
            </p>
        </div>
    }
}
