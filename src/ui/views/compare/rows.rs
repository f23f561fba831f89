//! The units side by side: each unit's text and every annotator's label, disagreements marked
//! (`data-agree`), and the gold version's label where one is being settled. One row is the
//! current one, which the keys act on; a page of them at a time.

use yew::prelude::*;

use crate::compare::CATEGORIES;
use crate::model::Label;

/// Units shown at once: a page renders and lays out quickly however long the article.
pub const PAGE: usize = 20;

/// The element id of unit `index`'s row, to bring it into view.
pub fn unit_id(index: usize) -> String {
    format!("u-{index}")
}

/// One row. A plain view, not a component: a page holds 20 rows, and making a component each
/// cost more when a page opens than re-rendering them all costs on a label.
pub struct UnitRow<'a> {
    pub index: usize,
    /// The unit's text.
    pub text: &'a str,
    /// Each annotator's category (`None`: no sentence there).
    pub ratings: &'a [Option<usize>],
    pub agree: bool,
    pub names: &'a [String],
    pub current: bool,
    /// Whether a gold version is open: each label can then be taken into it.
    pub settling: bool,
    /// The gold version's label of the unit, while one is open.
    pub gold: Option<Label>,
    pub on_pick: &'a Callback<usize>,
    pub on_take: &'a Callback<(usize, Option<Label>)>,
}

/// A label's chip: its colour, underline and name, so no cue is colour alone.
fn look(label: Option<Label>) -> (&'static str, &'static str) {
    label.map_or(("chip none", "none"), |l| ("chip", l.title()))
}

fn chip(label: Option<Label>) -> Html {
    let (class, text) = look(label);
    html! { <span {class} data-label={label.map(Label::as_str)}>{ text }</span> }
}

pub fn unit_row(props: UnitRow) -> Html {
    let i = props.index;
    let annotators = props.names.len();
    let agree = props.agree;
    let onclick = {
        let on_pick = props.on_pick.clone();
        move |_| on_pick.emit(i)
    };
    // Each answer says whose it is (`data-who`), shown when a phone stacks the columns.
    let answer = |(a, rating): (usize, &Option<usize>)| {
        let name = props.names[a].clone();
        let Some(c) = *rating else {
            return html! { <td class="left-out" data-who={name}>{ "not a sentence" }</td> };
        };
        let label = CATEGORIES[c];
        if !props.settling {
            return html! { <td data-who={name}>{ chip(label) }</td> };
        }
        // The chip is the button that takes its label into the gold version.
        let (class, text) = look(label);
        let on_take = props.on_take.clone();
        html! {
            <td data-who={name.clone()}>
                <button type="button" class={classes!(class, "take")} data-label={label.map(Label::as_str)}
                    aria-label={format!("{text} from {name}")} onclick={move |_| on_take.emit((i, label))}>{ text }</button>
            </td>
        }
    };
    html! {
        <tr key={i} id={unit_id(i)} data-agree={if agree { "true" } else { "false" }}
            class={classes!(props.current.then_some("current"))} aria-current={props.current.then_some("true")}>
            <th scope="row" {onclick}>
                <span class="unit-number">{ i + 1 }</span>
                { props.text.to_string() }
            </th>
            { for props.ratings[..annotators].iter().enumerate().map(answer) }
            if props.settling {
                <td class="gold" data-who="Gold">{ chip(props.gold) }</td>
            }
        </tr>
    }
}

/// Where the page shown lies among the units, and buttons to the pages before and after.
pub fn pager(shown: &[usize], page: std::ops::Range<usize>, pick: &Callback<usize>) -> Html {
    if shown.len() <= PAGE {
        return html! {};
    }
    let to = |at: Option<usize>, name: &str| {
        let pick = pick.clone();
        let target = at.and_then(|at| shown.get(at).copied());
        html! {
            <button type="button" disabled={target.is_none()}
                onclick={move |_| if let Some(u) = target { pick.emit(u) }}>{ name.to_string() }</button>
        }
    };
    html! {
        <div class="pager">
            { to(page.start.checked_sub(PAGE), &format!("Previous {PAGE}")) }
            <span>{ format!("{}–{} of {}", page.start + 1, page.end, shown.len()) }</span>
            { to((page.end < shown.len()).then_some(page.end), &format!("Next {PAGE}")) }
        </div>
    }
}
