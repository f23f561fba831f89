//! Versions in the side panel: what changed since the previous version (how many sentences are
//! new or edited, the button that shows the focused one's words, the sentences removed), and
//! what an earlier version open to read offers. Plain views.

use yew::prelude::*;

use crate::model::{Document, Session};
use crate::versions::{Change, Changes};

/// What the changes section shows.
pub struct Since<'a> {
    pub session: &'a Session,
    pub previous: &'a Document,
    pub changes: &'a Changes,
    /// Show the word diff of the focused sentence.
    pub on_diff: &'a Callback<()>,
}

pub fn changes_section(props: Since) -> Html {
    let Since {
        session,
        previous,
        changes,
        ..
    } = props;
    let (mut edited, mut inserted) = (0, 0);
    for i in 0..session.doc.len() {
        match changes.of(i) {
            Some(Change::Edited) => edited += 1,
            Some(Change::Inserted) => inserted += 1,
            None => {}
        }
    }
    let focus = session.selection.map(|s| s.focus);
    let focus_edited = focus.and_then(|i| changes.of(i)) == Some(Change::Edited);
    let removed = changes.removed.iter().map(|&i| {
        html! {
            <li key={i}>{ previous.sentence_text(i) }</li>
        }
    });
    html! {
        <section class="changes" aria-labelledby="changes-heading">
            <h3 id="changes-heading">{ format!("Changes since version {}", previous.version) }</h3>
            <p>{ format!("{edited} edited · {inserted} new · {} removed.", changes.removed.len()) }</p>
            <p class="hint">{ "Badges mark the edited and new sentences in the text. Press c for the next change." }</p>
            <button type="button" disabled={!focus_edited} onclick={props.on_diff.reform(|_| ())}>
                { "What changed in this sentence (d)" }
            </button>
            if !changes.removed.is_empty() {
                <h4 id="removed-heading">{ "Removed sentences" }</h4>
                <ol class="removed" aria-labelledby="removed-heading">{ for removed }</ol>
            }
        </section>
    }
}

/// What an earlier version, open to read, offers.
pub struct ReadOnly {
    pub version: u32,
    pub on_make_current: Callback<()>,
    /// Back to the article's current version, when it is still stored.
    pub on_back: Option<Callback<()>>,
}

pub fn read_only_section(props: ReadOnly) -> Html {
    html! {
        <section class="read-only" aria-labelledby="read-only-heading">
            <h3 id="read-only-heading">{ format!("Version {}, read only", props.version) }</h3>
            <p>{ "An earlier version of this article: read it, download it; nothing in it can be changed here." }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={props.on_make_current.reform(|_| ())}>
                    { format!("Make version {} current", props.version) }
                </button>
                if let Some(on_back) = props.on_back {
                    <button type="button" onclick={on_back.reform(|_| ())}>{ "Back to the current version" }</button>
                }
            </div>
        </section>
    }
}
