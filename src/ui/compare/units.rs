//! The units side by side: each unit's text and every annotator's label, disagreements marked
//! (`data-agree`), and the gold version's label where one is being settled. One row is the
//! current one, which the keys act on. A row re-renders only when what it shows changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::compare::CATEGORIES;
use crate::model::Label;

/// The element id of unit `index`'s row, to bring it into view.
pub fn unit_id(index: usize) -> String {
    format!("u-{index}")
}

#[derive(Properties, PartialEq)]
pub struct UnitRowProps {
    pub index: usize,
    /// The unit's text.
    pub text: AttrValue,
    /// Each annotator's category, then the gold version's when one is open (`None`: no
    /// sentence there).
    pub ratings: Vec<Option<usize>>,
    pub agree: bool,
    pub names: Rc<Vec<String>>,
    pub current: bool,
    /// Whether a gold version is open: each label can then be taken into it.
    pub settling: bool,
    pub on_pick: Callback<usize>,
    pub on_take: Callback<(usize, Option<Label>)>,
}

/// A label as a chip: its colour, underline and name, so no cue is colour alone.
fn chip(label: Option<Label>) -> Html {
    match label {
        Some(l) => html! { <span class="chip" data-label={l.as_str()}>{ l.title() }</span> },
        None => html! { <span class="chip none">{ "none" }</span> },
    }
}

#[function_component(UnitRow)]
pub fn unit_row(props: &UnitRowProps) -> Html {
    let i = props.index;
    let annotators = props.names.len();
    let agree = props.agree;
    let onclick = {
        let on_pick = props.on_pick.clone();
        move |_| on_pick.emit(i)
    };
    // On a phone the columns stack, and each answer says whose it is.
    let who = |name: &str| html! { <span class="who">{ name.to_string() }</span> };
    let answer = |(a, rating): (usize, &Option<usize>)| {
        let name = &props.names[a];
        let Some(c) = *rating else {
            return html! { <td class="left-out">{ who(name) }{ "not a sentence" }</td> };
        };
        let label = CATEGORIES[c];
        if !props.settling {
            return html! { <td>{ who(name) }{ chip(label) }</td> };
        }
        let on_take = props.on_take.clone();
        let take = format!("{} from {name}", label.map_or("none", Label::title));
        html! {
            <td>{ who(name) }<button type="button" class="take" aria-label={take} onclick={move |_| on_take.emit((i, label))}>
                { chip(label) }
            </button></td>
        }
    };
    html! {
        <tr id={unit_id(i)} data-agree={if agree { "true" } else { "false" }}
            class={classes!(props.current.then_some("current"))} aria-current={props.current.then_some("true")}>
            <th scope="row" {onclick}>
                <span class="unit-number">{ i + 1 }</span>
                { props.text.clone() }
            </th>
            { for props.ratings[..annotators].iter().enumerate().map(answer) }
            if props.settling {
                <td class="gold">{ who("Gold") }{ chip(props.ratings.get(annotators).copied().flatten().and_then(|c| CATEGORIES[c])) }</td>
            }
        </tr>
    }
}
