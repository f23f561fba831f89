//! The backups on the start page: values Sift could not read, kept untouched, each to download
//! or delete. A plain view: it holds no state.

use yew::prelude::*;

use crate::schema::backed_up_key;

pub struct Backups<'a> {
    /// Backup keys.
    pub keys: &'a [String],
    pub on_download: &'a Callback<String>,
    pub on_delete: &'a Callback<String>,
}

pub fn backups(props: Backups) -> Html {
    if props.keys.is_empty() {
        return html! {};
    }
    html! {
        <section class="backups" aria-labelledby="backups-title">
            <h2 id="backups-title">{ "Backups of data Sift could not read" }</h2>
            <ul>
                { for props.keys.iter().map(|key| {
                    let of = backed_up_key(key).map_or(key.as_str(), |(of, _)| of);
                    let (on_download, on_delete) = (props.on_download.clone(), props.on_delete.clone());
                    let (download_key, delete_key) = (key.clone(), key.clone());
                    html! {
                        <li key={key.clone()} data-backup={key.clone()}>
                            <span>{ format!("{key} (of {of})") }</span>
                            <button type="button" onclick={move |_| on_download.emit(download_key.clone())}>
                                { "Download" }
                            </button>
                            <button type="button" class="quiet" aria-label={format!("Delete the backup {key}")}
                                onclick={move |_| on_delete.emit(delete_key.clone())}>{ "Delete" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
