//! The side panel's lists of the document's claims and of its notes, each entry jumping to its
//! sentence.

use yew::prelude::*;

use crate::model::{Label, Session};

/// Entries listed at most; the list says how many more there are.
pub const LIST_LIMIT: usize = 100;

/// A plain view, not a component: every component type adds to the page weight.
/// `notes_count`: how many sentences have a note, which the review has counted already.
pub fn outline(session: &Session, notes_count: usize, on_jump: &Callback<usize>) -> Html {
    let claims = (0..session.doc.len()).filter(|&i| session.label(i) == Some(Label::Claim));
    let notes = (0..session.doc.len()).filter_map(|i| Some((i, session.note(i)?)));
    let jump = |i: usize, content: Html| entry(i, content, on_jump);
    let doc = &session.doc;
    html! {
        <section class="outline" aria-label="Claims and notes">
            <h3 id="claims-heading">{ format!("Claims ({})", session.counts.claim) }</h3>
            <ol class="matches" aria-labelledby="claims-heading">
                { for claims.take(LIST_LIMIT).map(|i| jump(i, html! { doc.sentence_text(i) })) }
                { rest(session.counts.claim, "No sentence is labelled a claim yet.") }
            </ol>
            <h3 id="notes-heading">{ format!("Notes ({notes_count})") }</h3>
            <ol class="matches" aria-labelledby="notes-heading">
                { for notes.take(LIST_LIMIT).map(|(i, note)| jump(i, html! {
                    <>
                        <span class="note-text">{ note }</span>
                        <span class="note-quote">{ doc.sentence_text(i) }</span>
                    </>
                })) }
                { rest(notes_count, "No notes yet: press E to write one.") }
            </ol>
        </section>
    }
}

/// A list entry that jumps to sentence `i`.
pub fn entry(i: usize, content: Html, on_jump: &Callback<usize>) -> Html {
    let on_jump = on_jump.clone();
    html! {
        <li key={i}>
            <button type="button" class="match" onclick={move |_| on_jump.emit(i)}>
                <span class="match-index">{ format!("Go to sentence {}: ", i + 1) }</span>
                { content }
            </button>
        </li>
    }
}

/// What a list of `total` entries says under its first `LIST_LIMIT`.
pub fn rest(total: usize, empty: &str) -> Html {
    match total {
        0 => html! { <li class="more">{ empty }</li> },
        n if n > LIST_LIMIT => {
            html! { <li class="more">{ format!("and {} more", n - LIST_LIMIT) }</li> }
        }
        _ => html! {},
    }
}
