//! The review bar: show only claims, facts, context, unlabelled sentences or those with notes,
//! and jump from the list to a sentence in the article.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Filter, Label, Session};

/// Sentences listed at most; the count says how many more match.
const LIST_LIMIT: usize = 200;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub session: Session,
    pub filter: Option<Filter>,
    pub on_filter: Callback<Option<Filter>>,
    /// Select this sentence and bring it into view.
    pub on_jump: Callback<usize>,
}

#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let matching = use_memo(
        (props.filter, props.session.clone()),
        |(filter, session)| filter.map(|f| Rc::new(f.matching(session))),
    );
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
    let count = |f: Filter| match f {
        Filter::Labelled(label) => session.counts.get(Some(label)),
        Filter::Unlabelled => session.counts.unlabelled,
        Filter::WithNote => session.notes.iter().filter(|n| n.is_some()).count(),
    };
    let counts = session.counts;
    html! {
        <section class="review" aria-label="Review">
            <p class="counts" role="status" aria-live="polite" aria-label="Progress">
                { for Label::ALL.into_iter().map(|l| html! {
                    <span class="count" data-label={l.as_str()}>
                        <span class="swatch" aria-hidden="true"></span>
                        { format!("{} {}", l.title(), counts.get(Some(l))) }
                    </span>
                }) }
                <span class="count">{ format!("Unlabelled {}", counts.unlabelled) }</span>
                <span class="count progress">{ format!("{} of {} labelled", counts.labelled(), session.doc.len()) }</span>
            </p>
            <p class="legend">
                <span class="legend-title">{ "Legend:" }</span>
                { for Label::ALL.into_iter().map(|l| html! {
                    <span class="sample" data-label={l.as_str()}>{ legend_text(l) }</span>
                }) }
            </p>
            <div class="filters" role="group" aria-label="Show">
                { option(None, "All sentences", session.doc.len()) }
                { for Filter::ALL.into_iter().map(|f| option(Some(f), f.name(), count(f))) }
            </div>
            if let (Some(filter), Some(list)) = (props.filter, matching.as_ref()) {
                <ol class="matches" aria-label={filter.name()}>
                    { for list.iter().take(LIST_LIMIT).map(|&i| {
                        let on_jump = props.on_jump.clone();
                        html! {
                            <li key={i}>
                                <button type="button" class="match" onclick={move |_| on_jump.emit(i)}>
                                    <span class="match-index">{ format!("Go to sentence {}: ", i + 1) }</span>
                                    { session.doc.sentence_text(i) }
                                </button>
                            </li>
                        }
                    }) }
                    if list.len() > LIST_LIMIT {
                        <li class="more">{ format!("and {} more", list.len() - LIST_LIMIT) }</li>
                    }
                    if list.is_empty() {
                        <li class="more">{ "No sentence matches." }</li>
                    }
                </ol>
            }
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
