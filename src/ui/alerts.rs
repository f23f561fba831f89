//! Messages the reader must see: problems with stored data, failed saves, failed downloads.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlertsProps {
    /// One-off problems; each can be dismissed.
    pub problems: Vec<String>,
    /// The last save failed; shown until a save succeeds.
    pub save_error: Option<String>,
    pub on_dismiss: Callback<usize>,
}

#[function_component(Alerts)]
pub fn alerts(props: &AlertsProps) -> Html {
    let problems = props.problems.iter().enumerate().map(|(i, message)| {
        let on_dismiss = props.on_dismiss.clone();
        html! {
            <div class="alert" role="alert" key={format!("p{i}")}>
                <p>{ message }</p>
                <button type="button" class="quiet" onclick={move |_| on_dismiss.emit(i)}>{ "Dismiss" }</button>
            </div>
        }
    });
    html! {
        <div class="alerts">
            if let Some(error) = &props.save_error {
                <div class="alert" role="alert" key="save">
                    <p>{ error }</p>
                </div>
            }
            { for problems }
        </div>
    }
}
