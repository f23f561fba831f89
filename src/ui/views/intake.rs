//! Importing articles into the library: how far an import has come (with "Cancel import"), and
//! the question asked when imported texts resemble articles already there.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use crate::ui::workspace::Intaking;

/// The progress of an import; `on_cancel` stops it.
pub fn intake_progress(intaking: &Intaking, on_cancel: &Callback<()>) -> Html {
    let (text, done, total) = match *intaking {
        Intaking::Reading(done, total) => {
            (format!("Reading files: {done} of {total}"), done, total)
        }
        Intaking::Making(done, total) => (
            format!("Importing articles: {done} of {total}"),
            done,
            total,
        ),
    };
    html! {
        <div class="progress intake" role="status">
            <p>{ text }</p>
            <progress max={total.to_string()} value={done.to_string()} aria-label="Importing articles"></progress>
            <button type="button" onclick={on_cancel.reform(|_| ())}>{ "Cancel import" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResemblingProps {
    /// The titles of the imported texts that resemble articles in the library.
    pub titles: Vec<String>,
    pub on_versions: Callback<()>,
    pub on_articles: Callback<()>,
}

/// The imported texts that resemble articles in the library: new versions of them (the
/// default, focused, as for a paste), or articles of their own?
#[function_component(ResemblingChoice)]
pub fn resembling_choice(props: &ResemblingProps) -> Html {
    const SHOWN: usize = 5;
    let default = use_focus_on_mount(false);
    let titles = &props.titles;
    let mut named = titles
        .iter()
        .take(SHOWN)
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ");
    if titles.len() > SHOWN {
        named += &format!(" and {} more", titles.len() - SHOWN);
    }
    let (heading, these) = match titles.len() {
        1 => (
            "Is an imported text a new version of an article you annotated?".to_string(),
            "it",
        ),
        n => (
            format!("Are {n} imported texts new versions of articles you annotated?"),
            "them",
        ),
    };
    html! {
        <section class="choice" aria-labelledby="resembling-heading">
            <h2 id="resembling-heading">{ heading }</h2>
            <p>{ format!("Most of the text of {named} is also in your library. As new versions, your labels and notes \
                carry over to the sentences that stayed or changed a little, and every change is marked.") }</p>
            <div class="actions">
                <button type="button" class="primary" ref={default} onclick={props.on_versions.reform(|_| ())}>
                    { format!("Import {these} as new versions") }
                </button>
                <button type="button" onclick={props.on_articles.reform(|_| ())}>{ format!("Import {these} as articles of their own") }</button>
            </div>
        </section>
    }
}
