//! The question asked when a pasted text resembles an article in the library: make it that
//! article's new version (the default, focused), or a document of its own.

use yew::prelude::*;

use super::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The article's title, and the number the new version would get.
    pub title: AttrValue,
    pub number: u32,
    pub on_version: Callback<()>,
    pub on_document: Callback<()>,
}

#[function_component(VersionChoice)]
pub fn version_choice(props: &ChoiceProps) -> Html {
    let default = use_focus_on_mount(false);
    html! {
        <section class="choice" aria-labelledby="choice-heading">
            <h2 id="choice-heading">{ "Is this a new version of an article you annotated?" }</h2>
            <p>
                { format!("Most of this text is also in “{}”. As its version {}, your labels and notes \
                    carry over to the sentences that stayed or changed a little, and every change is marked.",
                    props.title, props.number) }
            </p>
            <div class="actions">
                <button type="button" class="primary" ref={default} onclick={props.on_version.reform(|_| ())}>
                    { format!("New version of ‘{}’", props.title) }
                </button>
                <button type="button" onclick={props.on_document.reform(|_| ())}>{ "New document" }</button>
            </div>
        </section>
    }
}
