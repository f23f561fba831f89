//! "Your name": the reader's name, kept as a setting (`storage::reader_name`) and written into
//! every export (W3C `creator`, Sift JSON `annotator`, the line formats' `annotator`). What is
//! typed is checked (`model::reader_name`) before it is kept; a name refused says why.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::storage;
use crate::model::{reader_name, MAX_NAME_CHARS};

#[function_component(NameField)]
pub fn name_field() -> Html {
    // What the field shows: the kept name, then what the reader last committed (the input's
    // `value` is reapplied on every render).
    let shown = use_state(|| storage::reader_name().unwrap_or_default());
    let problem = use_state(|| None::<String>);
    let onchange = {
        let (shown, problem) = (shown.clone(), problem.clone());
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            let outcome = reader_name(&typed).and_then(|name| {
                storage::set_reader_name(name.as_deref()).map_err(|e| e.to_string())?;
                Ok(name.unwrap_or_default())
            });
            match outcome {
                Ok(name) => {
                    shown.set(name);
                    problem.set(None);
                }
                Err(why) => {
                    shown.set(typed);
                    problem.set(Some(format!("Your name was not kept: {why}.")));
                }
            }
        })
    };
    html! {
        <div class="your-name">
            <label for="reader-name">{ "Your name" }</label>
            <input id="reader-name" type="text" maxlength={MAX_NAME_CHARS.to_string()}
                autocomplete="name" spellcheck="false" placeholder="in your exports"
                value={(*shown).clone()} {onchange} />
            if let Some(problem) = &*problem {
                <p class="field-problem" role="alert">{ problem }</p>
            }
        </div>
    }
}
