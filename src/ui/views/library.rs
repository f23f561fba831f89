//! The library: every saved document with its progress, to open, rename or delete, searched by
//! title and text, filtered by progress, sorted and in pages; the backups of data Sift could not
//! read; and how much of the browser's storage Sift uses.

use std::collections::HashSet;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::backups::{backups, Backups};
use super::library_actions::{actions, Actions};
use super::library_query::{found, pager, tools};
use super::rename::RenameField;

use crate::export::Format;
use crate::listing::{listing, needle, Query, TextSearch};
use crate::model::Label;
use crate::schema::{articles, Article, LibraryEntry};
use crate::sizes::{percent, size};
use crate::ui::workspace::{Entries, Exporting, Texts};

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub entries: Entries,
    /// Keys of the backups of unreadable data.
    pub backups: Vec<String>,
    /// Bytes used in storage (reading every stored value: asked again only when the library
    /// or `room` changes), and the browser's usual limit.
    pub measure: Callback<(), usize>,
    pub room: u32,
    pub quota: usize,
    pub on_open: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_delete: Callback<String>,
    /// Open an earlier version to read, or make it the current one.
    pub on_read: Callback<String>,
    pub on_make_current: Callback<String>,
    pub on_download_backup: Callback<String>,
    pub on_delete_backup: Callback<String>,
    /// The texts the search has read, and reading the next slice of them (how many were read).
    pub texts: Texts,
    pub on_read_texts: Callback<(), usize>,
    /// Export library (the articles selected, or all), and how far it has come.
    pub exporting: Option<Exporting>,
    pub on_export: Callback<(Format, Rc<HashSet<String>>)>,
    /// Deleting the articles selected, every version; how many were deleted last, for Undo.
    pub on_delete_selected: Callback<Rc<HashSet<String>>>,
    pub removed: Option<usize>,
    pub on_undo_delete: Callback<()>,
}

/// The library's place while its records are read, the moments after the page starts.
pub fn library_being_read() -> Html {
    html! {
        <section class="library" aria-labelledby="library-title" aria-busy="true">
            <h2 id="library-title">{ "Your library" }</h2>
            <p class="hint" role="status">{ "Reading your library…" }</p>
        </section>
    }
}

#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    let confirming = use_state(|| None::<String>);
    let renaming = use_state(|| None::<String>);
    let query = use_state(Query::default);
    // The current versions of the articles selected.
    let selected = use_state(|| Rc::new(HashSet::<String>::new()));
    // Bumped after each slice of texts is read, so the search goes on over them.
    let read = use_state(|| 0usize);
    {
        let (read, on_read) = (read.clone(), props.on_read_texts.clone());
        let searching = !query.search.trim().is_empty();
        use_effect_with(
            (searching, *read, props.entries.len()),
            move |&(searching, n, _)| {
                let timer = searching.then(|| {
                    Timeout::new(0, move || {
                        if on_read.emit(()) > 0 {
                            read.set(n + 1);
                        }
                    })
                });
                move || drop(timer)
            },
        );
    }
    // Which texts hold the search, kept from one render to the next.
    let search = use_mut_ref(TextSearch::default);
    let all = articles(&props.entries);
    let count = all.len();
    let texts = props.texts.0.borrow();
    let needle = needle(&query);
    if !needle.is_empty() {
        search.borrow_mut().update(&needle, &texts);
    }
    let search = search.borrow();
    let shown = listing(all, &query, |id| search.holds(id));
    let unread = !needle.is_empty() && texts.len() < count;
    let used = {
        let measure = props.measure.clone();
        *use_memo((props.entries.clone(), props.room), move |_| {
            measure.emit(())
        })
    };
    let percent = percent(used, props.quota);
    let usage = format!(
        "Sift uses {} of about {} this browser allows ({percent}%).",
        size(used),
        size(props.quota)
    );
    html! {
        <section class="library" aria-labelledby="library-title">
            <h2 id="library-title">{ "Your library" }</h2>
            if percent >= 80 {
                <p class="alert" role="alert">{ format!("{usage} Storage is nearly full: download and delete articles you have finished.") }</p>
            } else {
                <p class="hint">{ usage }</p>
            }
            if props.entries.is_empty() {
                <p class="hint">{ "Articles you annotate appear here." }</p>
            } else {
                { tools(&query) }
                <p class="hint" aria-live="polite">{ found(shown.total, count, unread) }</p>
            }
            { actions(Actions {
                count,
                found: &shown.found,
                selected: &selected,
                exporting: props.exporting,
                removed: props.removed,
                on_export: &props.on_export,
                on_delete: &props.on_delete_selected,
                on_undo: &props.on_undo_delete,
            }) }
            <ul class="documents" data-library-total={shown.total.to_string()}>
                { for shown.articles.iter().map(|article| {
                    let entry = article.current;
                    let id = entry.id.clone();
                    let row = if confirming.as_deref() == Some(id.as_str()) {
                        let (on_delete, confirming_yes, confirming_no) = (props.on_delete.clone(), confirming.clone(), confirming.clone());
                        let id_yes = id.clone();
                        html! {
                            <div class="confirm" role="group" aria-label={format!("Delete {}?", entry.title)}>
                                <span>{ match article.versions.len() {
                                    1 => format!("Delete “{}” and its labels? This cannot be undone.", entry.title),
                                    _ => format!("Delete version {} of “{}” and its labels? The other versions stay. This cannot be undone.", entry.version, entry.title),
                                } }</span>
                                <button type="button" class="danger" onclick={move |_| { confirming_yes.set(None); on_delete.emit(id_yes.clone()); }}>{ "Delete for good" }</button>
                                <button type="button" onclick={move |_| confirming_no.set(None)}>{ "Keep it" }</button>
                            </div>
                        }
                    } else if renaming.as_deref() == Some(id.as_str()) {
                        let (on_rename, done, cancel) = (props.on_rename.clone(), renaming.clone(), renaming.clone());
                        let rename_id = id.clone();
                        html! {
                            <RenameField field_id={format!("rename-{id}")} label="New title" title={entry.title.clone()}
                                on_save={Callback::from(move |title: String| {
                                    on_rename.emit((rename_id.clone(), title));
                                    done.set(None);
                                })}
                                on_cancel={Callback::from(move |()| cancel.set(None))} />
                        }
                    } else {
                        let on_open = props.on_open.clone();
                        let (open_id, rename_id, delete_id) = (id.clone(), id.clone(), id.clone());
                        let (renaming, confirming) = (renaming.clone(), confirming.clone());
                        let picked = selected.contains(&id);
                        let toggle = {
                            let (selected, id) = (selected.clone(), id.clone());
                            move |_| {
                                let mut next = (**selected).clone();
                                if !next.remove(&id) {
                                    next.insert(id.clone());
                                }
                                selected.set(Rc::new(next));
                            }
                        };
                        html! {
                            <div class="entry">
                                <input type="checkbox" class="pick" checked={picked} onchange={toggle}
                                    aria-label={format!("Select “{}”", entry.title)} />
                                <button type="button" class="open" onclick={move |_| on_open.emit(open_id.clone())}>
                                    { format!("Open “{}”", entry.title) }
                                </button>
                                <p class="meta">{ describe(entry) }</p>
                                <div class="row-actions">
                                    <button type="button" class="quiet" aria-label={format!("Rename “{}”", entry.title)}
                                        onclick={move |_| renaming.set(Some(rename_id.clone()))}>{ "Rename" }</button>
                                    <button type="button" class="quiet" aria-label={format!("Delete “{}”", entry.title)}
                                        onclick={move |_| confirming.set(Some(delete_id.clone()))}>{ "Delete" }</button>
                                </div>
                                { versions(article, props) }
                            </div>
                        }
                    };
                    html! { <li key={entry.id.clone()}>{ row }</li> }
                }) }
            </ul>
            { pager(&query, shown.page, shown.pages) }
            { backups(Backups { keys: &props.backups, on_download: &props.on_download_backup, on_delete: &props.on_delete_backup }) }
        </section>
    }
}

/// Every version of an article with more than one, to read or to make current.
fn versions(article: &Article, props: &LibraryProps) -> Html {
    if article.versions.len() < 2 {
        return html! {};
    }
    let title = &article.current.title;
    let item = |v: &&LibraryEntry| {
        let (read, current) = (props.on_read.clone(), props.on_make_current.clone());
        let (read_id, current_id) = (v.id.clone(), v.id.clone());
        let is_current = v.id == article.current.id;
        html! {
            <li key={v.id.clone()} data-version={v.version.to_string()}>
                <span>{ format!("Version {}{} · {}", v.version, if is_current { " (current)" } else { "" }, describe(v)) }</span>
                if !is_current {
                    <span class="row-actions">
                        <button type="button" class="quiet" aria-label={format!("Read version {} of “{title}”", v.version)}
                            onclick={move |_| read.emit(read_id.clone())}>{ "Read" }</button>
                        <button type="button" class="quiet" aria-label={format!("Make version {} of “{title}” current", v.version)}
                            onclick={move |_| current.emit(current_id.clone())}>{ "Make current" }</button>
                    </span>
                }
            </li>
        }
    };
    html! {
        <details class="versions">
            <summary>{ format!("{} versions", article.versions.len()) }</summary>
            <ol>{ for article.versions.iter().map(item) }</ol>
        </details>
    }
}

/// "12 sentences · 5 of 12 labelled · claim 2, fact 2, context 1 · 1 note · created 2026-11-26 10:00 · changed …"
fn describe(entry: &LibraryEntry) -> String {
    let counts = [
        (Label::Claim, entry.claim),
        (Label::Fact, entry.fact),
        (Label::Context, entry.context),
    ]
    .iter()
    .map(|(l, n)| format!("{} {n}", l.as_str()))
    .collect::<Vec<_>>()
    .join(", ");
    let notes = match entry.notes {
        0 => String::new(),
        1 => " · 1 note".into(),
        n => format!(" · {n} notes"),
    };
    format!(
        "{} sentences · {} of {} labelled · {counts}{notes} · created {} · changed {}",
        entry.sentences,
        entry.labelled(),
        entry.sentences,
        when(&entry.created),
        when(&entry.updated)
    )
}

/// "2026-11-26T10:00:00Z" → "2026-11-26 10:00 UTC".
fn when(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(date), Some(time)) => format!("{date} {time} UTC"),
        _ => iso.to_string(),
    }
}
