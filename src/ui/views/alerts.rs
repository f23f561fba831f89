//! Messages the reader must see: problems with stored data (with their backup to download),
//! failed saves, failed downloads and imports; and quieter notices.

use yew::prelude::*;

use crate::ui::edge::storage::Problem;

/// What the alerts show. A plain view, not a component: it is cheap to render, and every
/// component type adds to the page weight.
pub struct Alerts<'a> {
    /// One-off problems; each can be dismissed.
    pub problems: &'a [Problem],
    /// The last save failed; shown until a save succeeds.
    pub save_error: Option<&'a str>,
    /// Something worth knowing that is not a failure ("already in your library").
    pub notice: Option<&'a str>,
    pub on_dismiss: &'a Callback<usize>,
    /// Download the raw data kept under this key.
    pub on_download_backup: &'a Callback<String>,
}

pub fn alerts(props: Alerts) -> Html {
    let problems = props.problems.iter().enumerate().map(|(i, problem)| {
        let on_dismiss = props.on_dismiss.clone();
        let backup = problem.backup.clone().map(|key| {
            let on_download = props.on_download_backup.clone();
            html! { <button type="button" onclick={move |_| on_download.emit(key.clone())}>{ "Download the unreadable data" }</button> }
        });
        html! {
            <div class="alert" role="alert" key={format!("p{i}")}>
                <p>{ &problem.message }</p>
                { for backup }
                <button type="button" class="quiet" onclick={move |_| on_dismiss.emit(i)}>{ "Dismiss" }</button>
            </div>
        }
    });
    html! {
        <div class="alerts">
            if let Some(error) = props.save_error {
                <div class="alert" role="alert" key="save">
                    <p>{ error }</p>
                </div>
            }
            { for problems }
            <div class="notice" role="status" aria-live="polite">
                if let Some(notice) = props.notice {
                    <p>{ notice }</p>
                }
            </div>
        </div>
    }
}
