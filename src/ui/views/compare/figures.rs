//! The agreement figures, each with what it means: Cohen's κ, percent agreement, κ per label and
//! the confusion matrix for two annotators; Fleiss' κ, Krippendorff's α and pairwise κ for more.

use yew::prelude::*;

use crate::compare::agreement::decimal;
use crate::compare::{Figure, Overall, Summary, CATEGORIES};
use crate::model::Label;

/// A figure as the reader sees it: the number, or "—" followed by why there is none.
fn shown(figure: Figure) -> Html {
    match figure {
        Figure::Value(_) => html! { figure.show() },
        Figure::Undefined(why) => {
            html! { <>{ "—" }<span class="why">{ format!(" ({why})") }</span></> }
        }
    }
}

/// One headline figure with its hook (`data-agreement`, `data-value`) and its meaning.
fn headline(hook: &'static str, name: &str, figure: Figure, meaning: String) -> Html {
    html! {
        <div class="figure">
            <dt>{ name.to_string() }</dt>
            <dd class="value" data-agreement={hook} data-value={figure.value().map(|_| figure.show())}>{ shown(figure) }</dd>
            <dd class="meaning">{ meaning }</dd>
        </div>
    }
}

const KAPPA_SCALE: &str =
    "1 is complete agreement, 0 is no more than chance would give, below 0 is worse than chance.";

fn category_name(c: usize) -> &'static str {
    CATEGORIES[c].map_or("Unlabelled", Label::title)
}

pub fn figures(summary: &Summary, names: &[String]) -> Html {
    let units = summary.units.spans.len();
    match &summary.overall {
        Overall::Alone => html! {
            <p class="hint">{ "Add another annotator's export with “Compare with…” to see how far you agree." }</p>
        },
        Overall::Two {
            kappa,
            percent,
            per_label,
            confusion,
        } => {
            let percent_shown = match percent {
                Figure::Value(v) => html! { format!("{} %", decimal(v * 100.0, 1)) },
                undefined => shown(*undefined),
            };
            html! {
                <>
                    <dl class="figures">
                        { headline("kappa", "Cohen's κ", *kappa, format!(
                            "How far {} and {} agree on the {units} units beyond what chance would give: {KAPPA_SCALE}",
                            names[0], names[1])) }
                        <div class="figure">
                            <dt>{ "Agreement" }</dt>
                            <dd class="value">{ percent_shown }</dd>
                            <dd class="meaning">{ "The share of units both gave the same label, or both left unlabelled." }</dd>
                        </div>
                    </dl>
                    <table class="matrix">
                        <caption>{ "κ for each label: that label against all the others" }</caption>
                        <thead><tr>{ for Label::ALL.iter().map(|l| html! { <th scope="col">{ l.title() }</th> }) }</tr></thead>
                        <tbody><tr>{ for per_label.iter().map(|f| html! { <td>{ shown(*f) }</td> }) }</tr></tbody>
                    </table>
                    <table class="matrix">
                        <caption>{ format!("Units by label: {} down, {} across", names[0], names[1]) }</caption>
                        <thead><tr><td></td>{ for (0..CATEGORIES.len()).map(|c| html! { <th scope="col">{ category_name(c) }</th> }) }</tr></thead>
                        <tbody>
                            { for confusion.iter().enumerate().map(|(c, row)| html! {
                                <tr><th scope="row">{ category_name(c) }</th>
                                    { for row.iter().enumerate().map(|(d, n)| html! {
                                        <td class={(c == d).then_some("same")}>{ n }</td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </>
            }
        }
        Overall::Many {
            fleiss,
            alpha,
            pairwise,
        } => html! {
            <>
                <dl class="figures">
                    { headline("fleiss", "Fleiss' κ", *fleiss, format!(
                        "How far all {} annotators agree on the units every one of them labelled, beyond chance: {KAPPA_SCALE}",
                        names.len())) }
                    { headline("alpha", "Krippendorff's α", *alpha, format!(
                        "Agreement over all {units} units, counting a unit some annotators left out: 1 is complete agreement, 0 is chance; 0.8 and above is commonly taken as reliable.")) }
                </dl>
                <table class="matrix">
                    <caption>{ "Cohen's κ of each pair" }</caption>
                    <thead><tr><td></td>{ for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }</tr></thead>
                    <tbody>
                        { for pairwise.iter().zip(names).map(|(row, name)| html! {
                            <tr><th scope="row">{ name }</th>{ for row.iter().map(|f| html! { <td>{ shown(*f) }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
            </>
        },
    }
}
