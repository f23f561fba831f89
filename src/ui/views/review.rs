//! The review: progress, the filters that list only claims, facts, context, unlabelled
//! sentences or those with notes, and the lists of claims and notes; each entry jumps to its
//! sentence in the article.

use std::rc::Rc;

use yew::prelude::*;

use super::outline::{entry, outline, rest, LIST_LIMIT};
use crate::model::{Filter, Label, Session};
use crate::versions::Changes;

#[derive(Properties)]
pub struct ReviewProps {
    pub session: Session,
    pub filter: Option<Filter>,
    /// What changed since the previous version, when there is one.
    pub changes: Option<Rc<Changes>>,
    pub on_filter: Callback<Option<Filter>>,
    /// Select this sentence and bring it into view.
    pub on_jump: Callback<usize>,
}

/// Equal when the review would show and do the same: the same document, labels, notes,
/// filter and callbacks (the page keeps them stable). A move of the selection (a click, j or k)
/// then re-renders none of it.
impl PartialEq for ReviewProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.session, &other.session);
        self.filter == other.filter
            && self.changes == other.changes
            && self.on_filter == other.on_filter
            && self.on_jump == other.on_jump
            && Rc::ptr_eq(&a.doc, &b.doc)
            && Rc::ptr_eq(&a.labels, &b.labels)
            && Rc::ptr_eq(&a.notes, &b.notes)
    }
}

#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let matching = {
        let session = props.session.clone();
        let deps = (
            props.filter,
            session.labels.clone(),
            session.notes.clone(),
            props.changes.clone(),
        );
        use_memo(deps, move |(filter, _, _, changes)| {
            filter.map(|f| match (f, changes) {
                (Filter::Changed, Some(changes)) => Rc::new(changes.changed()),
                (f, _) => Rc::new(f.matching(&session)),
            })
        })
    };
    let option = |filter: Option<Filter>, name: &str, count: usize| {
        let on_filter = props.on_filter.clone();
        let pressed = props.filter == filter;
        html! {
            <button type="button" class="filter" aria-pressed={if pressed { "true" } else { "false" }}
                onclick={move |_| on_filter.emit(if pressed { None } else { filter })}>
                { format!("{name} ({count})") }
            </button>
        }
    };
    let session = &props.session;
    let notes = session.notes.iter().filter(|n| n.is_some()).count();
    let count = |f: Filter| match f {
        Filter::Labelled(label) => session.counts.get(Some(label)),
        Filter::Unlabelled => session.counts.unlabelled,
        Filter::WithNote => notes,
        Filter::Changed => props.changes.as_ref().map_or(0, |c| c.changed().len()),
    };
    let counts = session.counts;
    html! {
        <section class="review" aria-label="Review">
            <div class="progress">
                <p role="status" aria-live="polite" aria-label="Progress">
                    { format!("{} of {} labelled", counts.labelled(), session.doc.len()) }
                    <span class="unlabelled">{ format!(" · {} unlabelled", counts.unlabelled) }</span>
                </p>
                <progress max={session.doc.len().max(1).to_string()} value={counts.labelled().to_string()}
                    aria-hidden="true"></progress>
            </div>
            // On screen the counts beside the label buttons show each label's look; on paper
            // this says it in words.
            <p class="legend">
                <span class="legend-title">{ "Legend:" }</span>
                { for Label::ALL.into_iter().map(|l| html! {
                    <span class="sample" data-label={l.as_str()}>{ legend_text(l) }</span>
                }) }
            </p>
            <div class="filters" role="group" aria-label="Show">
                { option(None, "All sentences", session.doc.len()) }
                { for Filter::ALL.into_iter().map(|f| option(Some(f), f.name(), count(f))) }
                if props.changes.is_some() {
                    { option(Some(Filter::Changed), Filter::Changed.name(), count(Filter::Changed)) }
                }
            </div>
            if let (Some(filter), Some(list)) = (props.filter, matching.as_ref()) {
                <ol class="matches" aria-label={filter.name()}>
                    { for list.iter().take(LIST_LIMIT).map(|&i| {
                        entry(i, html! { session.doc.sentence_text(i) }, &props.on_jump)
                    }) }
                    { rest(list.len(), "No sentence matches.") }
                </ol>
            }
            { outline(session, notes, &props.on_jump) }
        </section>
    }
}

/// How each label looks besides its colour.
fn legend_text(label: Label) -> &'static str {
    match label {
        Label::Claim => "solid underline",
        Label::Fact => "double underline",
        Label::Context => "dotted underline",
    }
}
