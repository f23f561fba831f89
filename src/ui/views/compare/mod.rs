//! The comparison view: who is compared (named, renamed, removed), the agreement figures, the
//! grading, and the units side by side with their disagreements, settled into a gold version by
//! click or key.

mod figures;
mod grading;
mod rows;
mod settle;

use std::rc::Rc;

use gloo_file::File;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

use super::article::scroll_into_view;
use super::pickers::compare_input;
use crate::compare::{gold_version, grading_csv, Comparison, ComparisonAction, Reading, Summary};
use crate::export::file_name;
use crate::keymap::{compare_key_for, CompareKey};
use crate::model::{Action, Label, Session};
use crate::ui::edge::keys::use_shortcuts;
use crate::ui::edge::{clock, download};
use rows::{pager, unit_id, unit_row, UnitRow, PAGE};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub session: Session,
    pub comparison: Comparison,
    /// Whether the keys are the comparison's (not while a panel is open).
    pub keys: bool,
    pub on_change: Callback<Option<ComparisonAction>>,
    /// Changes to the gold version, when it is the open document.
    pub on_action: Callback<Action>,
    /// Settle into this new gold version (or the one already in the library).
    pub on_gold: Callback<Session>,
    /// Whether the library already holds this article's gold version (settled here before, or
    /// imported from a file): then it is opened rather than started.
    pub gold_stored: bool,
    pub on_help: Callback<()>,
    pub on_report: Callback<String>,
    /// More annotators' files.
    pub on_compare: Callback<Vec<File>>,
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let comparison = &props.comparison;
    let session = &props.session;
    let settling = session.doc.is_gold();
    let summary = {
        let gold = settling.then(|| (session.doc.clone(), session.labels.clone()));
        let deps = (comparison.annotators.clone(), gold, comparison.key);
        let text = session.doc.text.clone();
        use_memo(deps, move |(annotators, gold, key)| {
            let gold = gold.as_ref().map(|(doc, labels)| Reading {
                spans: &doc.sentences,
                labels,
            });
            Summary::new(&text, annotators, gold, *key)
        })
    };
    let names = use_memo(comparison.annotators.clone(), |annotators| {
        annotators
            .iter()
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
    });
    let shown: Rc<Vec<usize>> = {
        // By address: a summary is only ever replaced, never changed.
        let deps = (Rc::as_ptr(&summary) as usize, comparison.only_disagreements);
        let summary = summary.clone();
        use_memo(deps, move |(_, only)| {
            (0..summary.agree.len())
                .filter(|&u| !only || !summary.agree[u])
                .collect()
        })
    };
    let current = comparison
        .current
        .min(summary.agree.len().saturating_sub(1));
    // The page of units shown: the one holding the current unit (or where it would be).
    let at = shown.partition_point(|&u| u < current);
    let first = at.min(shown.len().saturating_sub(1)) / PAGE * PAGE;
    let page = first..(first + PAGE).min(shown.len());
    use_effect_with((current, comparison.follow), |&(current, follow)| {
        if follow {
            scroll_into_view(&unit_id(current));
        }
    });

    // A label into the gold version, on the sentence of the gold version over unit `u`.
    let take = {
        let (on_action, doc, summary) = (
            props.on_action.clone(),
            session.doc.clone(),
            summary.clone(),
        );
        Callback::from(move |(u, label): (usize, Option<Label>)| {
            let Some(range) = summary.units.spans.get(u) else {
                return;
            };
            let index = doc.sentences.partition_point(|s| s.end <= range.start);
            if doc
                .sentences
                .get(index)
                .is_some_and(|s| s.start < range.end)
            {
                on_action.emit(Action::SetLabelAt { index, label });
            }
        })
    };
    let pick = props
        .on_change
        .reform(|u| Some(ComparisonAction::Current(u)));
    let move_to = props
        .on_change
        .reform(|u| Some(ComparisonAction::MoveTo(u)));
    let on_key = {
        let (move_to, take, shown, summary) = (
            move_to.clone(),
            take.clone(),
            shown.clone(),
            summary.clone(),
        );
        let (on_action, on_help) = (props.on_action.clone(), props.on_help.clone());
        let annotators = comparison.annotators.len();
        Callback::from(move |key: CompareKey| match key {
            CompareKey::Move(by) => {
                // From the current unit, or from where it would be when the filter hides it.
                let at = match shown.binary_search(&current) {
                    Ok(at) => at.saturating_add_signed(by),
                    Err(at) if by > 0 => at,
                    Err(at) => at.saturating_sub(1),
                };
                let at = at.min(shown.len().saturating_sub(1));
                if let Some(&u) = shown.get(at) {
                    move_to.emit(u);
                }
            }
            CompareKey::Disagreement(by) => {
                if let Some(u) = summary.disagreement(current, by) {
                    move_to.emit(u);
                }
            }
            CompareKey::Take(a) if settling && a < annotators => {
                if let Some(&Some(c)) = summary.units.ratings.get(current).and_then(|r| r.get(a)) {
                    take.emit((current, crate::compare::CATEGORIES[c]));
                }
            }
            CompareKey::Set(label) if settling => take.emit((current, label)),
            CompareKey::Undo if settling => on_action.emit(Action::Undo),
            CompareKey::Redo if settling => on_action.emit(Action::Redo),
            CompareKey::Help => on_help.emit(()),
            _ => {}
        })
    };
    use_shortcuts(props.keys, compare_key_for, on_key);

    let on_key_choice = props
        .on_change
        .reform(|key| Some(ComparisonAction::Key(key)));
    let on_csv = {
        let (summary, names, report) = (summary.clone(), names.clone(), props.on_report.clone());
        let (key, title) = (comparison.key, session.doc.title.clone());
        Callback::from(move |()| {
            let Some(key) = key else { return };
            let graded: Vec<(&str, &_)> = summary
                .grades
                .iter()
                .map(|(who, grade)| (names[*who].as_str(), grade))
                .collect();
            let now = clock::now();
            let saved = grading_csv(&names[key], &graded).and_then(|csv| {
                let name = file_name(&format!("{title} grading"), &now, "csv");
                download::save_file(&name, "text/csv", &csv)
            });
            if let Err(e) = saved {
                report.emit(format!("Sift could not make the grading CSV: {e}"));
            }
        })
    };
    let on_only = {
        let on_change = props.on_change.clone();
        move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_change.emit(Some(ComparisonAction::OnlyDisagreements(input.checked())));
            }
        }
    };
    let on_start_gold = {
        let (on_gold, doc, summary, report) = (
            props.on_gold.clone(),
            session.doc.clone(),
            summary.clone(),
            props.on_report.clone(),
        );
        let annotators = comparison.annotators.len();
        Callback::from(
            move |_| match gold_version(&doc, &summary, annotators, &clock::now()) {
                Some(gold) => on_gold.emit(gold),
                None => report.emit(
                    "There is nothing to settle: no annotator has a sentence in this text.".into(),
                ),
            },
        )
    };

    let annotator_list = comparison.annotators.iter().enumerate().map(|(i, a)| {
        let on_rename = {
            let on_change = props.on_change.clone();
            move |e: Event| {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    let name = input.value().trim().to_string();
                    if !name.is_empty() {
                        on_change.emit(Some(ComparisonAction::Rename(i, name)));
                    }
                }
            }
        };
        let on_remove = props.on_change.reform(move |_| Some(ComparisonAction::Remove(i)));
        html! {
            <li>
                <span class="annotator-number">{ format!("{}", i + 1) }</span>
                <input type="text" value={a.name.clone()} aria-label={format!("Name of annotator {}", i + 1)}
                    onchange={on_rename} />
                <button type="button" class="quiet" onclick={on_remove}>{ format!("Remove {}", a.name) }</button>
            </li>
        }
    });
    let disagreements = summary.agree.iter().filter(|a| !**a).count();
    let units = summary.agree.len();
    let settle = settle::settle(settle::Settle {
        settling,
        summary: &summary,
        annotators: names.len(),
        current,
        title: &session.doc.title,
        gold_stored: props.gold_stored,
        on_take: &take,
        on_start_gold,
    });
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <div class="compare-head">
                <h2 id="compare-title">{ format!("Comparing {} annotators", comparison.annotators.len()) }</h2>
                <div class="file-actions">
                    { compare_input(&props.on_compare) }
                    <button type="button" onclick={props.on_change.reform(|_| None)}>{ "Close comparison" }</button>
                </div>
            </div>
            <ol class="annotators">{ for annotator_list }</ol>
            <section aria-labelledby="agreement-title">
                <h3 id="agreement-title">{ "Agreement" }</h3>
                { figures::figures(&summary, &names) }
            </section>
            { grading::grading(grading::Grading { summary: &summary, names: &names, key: comparison.key,
                on_key: &on_key_choice, on_csv: &on_csv }) }
            <section class="units" aria-labelledby="units-title">
                <h3 id="units-title">{ "Units" }</h3>
                <p>{ format!("{disagreements} disagreements in {units} units. Keys: n and p go to the next and previous disagreement; press ? for all.") }</p>
                <label class="field"><input type="checkbox" checked={comparison.only_disagreements} onchange={on_only} />{ " Only disagreements" }</label>
                { settle }
                { pager(&shown, page.clone(), &pick) }
                <table class="unit-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Unit" }</th>
                            { for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                            if settling { <th scope="col">{ "Gold" }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        { for shown[page.clone()].iter().map(|&u| unit_row(UnitRow {
                            index: u,
                            text: session.doc.text[summary.units.spans[u].clone()].trim(),
                            ratings: &summary.units.ratings[u],
                            agree: summary.agree[u],
                            names: &names,
                            current: u == current,
                            settling,
                            gold: summary.gold(u, names.len()),
                            on_pick: &pick,
                            on_take: &take,
                        })) }
                    </tbody>
                </table>
                // Below the table, a new page starts out of view: it is brought in.
                { pager(&shown, page, &move_to) }
            </section>
        </section>
    }
}
