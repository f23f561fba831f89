//! The start view: a text area for the article, the "Annotate" button, and a sample article
//! for a first visit.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// A short article written for Sift, so that a first-time visitor sees it work at once; its
/// quotes, abbreviations and decimals show the splitter at its job.
pub const SAMPLE: &str = include_str!("../../../assets/sample-article.txt");

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub on_annotate: Callback<String>,
}

#[function_component(Paste)]
pub fn paste(props: &PasteProps) -> Html {
    let area = use_node_ref();
    let empty = use_state(|| false);
    let onclick = {
        let (area, empty, on_annotate) = (area.clone(), empty.clone(), props.on_annotate.clone());
        move |_| {
            let Some(area) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            let blank = text.trim().is_empty();
            empty.set(blank);
            if !blank {
                on_annotate.emit(text);
            }
        }
    };
    html! {
        <section class="paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading">{ "Paste an article" }</h2>
            <p class="hint">
                { "Sift splits it into sentences; you tag each one as a claim, a fact or context. \
                   Everything stays in this browser." }
            </p>
            <label for="article-text">{ "Article text" }</label>
            <textarea id="article-text" ref={area} rows="14" spellcheck="false"
                placeholder="Paste the headline, byline and body of a news article here…" />
            if *empty {
                <p class="alert" role="alert">{ "There is no text to annotate yet: paste an article first." }</p>
            }
            <div class="actions">
                <button type="button" class="primary" {onclick}>{ "Annotate" }</button>
                <button type="button" class="quiet" onclick={props.on_annotate.reform(|_| SAMPLE.to_string())}>
                    { "Try a sample article" }
                </button>
            </div>
        </section>
    }
}
