//! Grading against a key: the key is picked among the annotators, and each other one gets
//! accuracy, κ against the key, and precision, recall and F1 per label; the table downloads
//! as CSV.

use web_sys::{Event, HtmlSelectElement};
use yew::prelude::*;

use crate::compare::{Figure, Summary};
use crate::model::Label;

pub struct Grading<'a> {
    pub summary: &'a Summary,
    pub names: &'a [String],
    pub key: Option<usize>,
    pub on_key: &'a Callback<Option<usize>>,
    pub on_csv: &'a Callback<()>,
}

fn cell(figure: Figure) -> Html {
    match figure {
        Figure::Value(_) => html! { <td>{ figure.show() }</td> },
        Figure::Undefined(why) => html! { <td title={why}>{ "—" }</td> },
    }
}

pub fn grading(props: Grading) -> Html {
    let on_key = props.on_key.clone();
    let onchange = move |e: Event| {
        let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
            return;
        };
        on_key.emit(select.value().parse().ok());
    };
    let table = (!props.summary.grades.is_empty()).then(|| {
        let on_csv = props.on_csv.reform(|_| ());
        html! {
            <>
                <div class="table-scroll" role="region" aria-label="Grades" tabindex="0">
                    <table class="grades">
                        <thead>
                            <tr>
                                <th scope="col" rowspan="2">{ "Annotator" }</th>
                                <th scope="col" rowspan="2">{ "Units" }</th>
                                <th scope="col" rowspan="2">{ "Accuracy" }</th>
                                <th scope="col" rowspan="2">{ "κ" }</th>
                                { for Label::ALL.iter().map(|l| html! { <th scope="colgroup" colspan="3">{ l.title() }</th> }) }
                            </tr>
                            <tr>
                                { for Label::ALL.iter().flat_map(|_| ["Precision", "Recall", "F1"]).map(|h| html! { <th scope="col">{ h }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for props.summary.grades.iter().map(|(who, grade)| html! {
                                <tr>
                                    <th scope="row">{ &props.names[*who] }</th>
                                    <td>{ grade.compared }</td>
                                    { cell(grade.accuracy) }
                                    { cell(grade.kappa) }
                                    { for grade.labels.iter().flat_map(|s| [s.precision, s.recall, s.f1]).map(cell) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="hint">{ "“—”: the figure is undefined there, for example a label neither the key nor the annotator ever gave. Point at it for the reason." }</p>
                <button type="button" onclick={on_csv}>{ "Download grading CSV" }</button>
            </>
        }
    });
    html! {
        <section class="grading" aria-labelledby="grading-title">
            <h3 id="grading-title">{ "Grading" }</h3>
            <label class="field">{ "Grade against " }
                <select {onchange}>
                    <option value="" selected={props.key.is_none()}>{ "no key" }</option>
                    { for props.names.iter().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={props.key == Some(i)}>{ name }</option>
                    }) }
                </select>
            </label>
            { for table }
        </section>
    }
}
