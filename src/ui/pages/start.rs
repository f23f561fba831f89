//! The start page: paste an article (or try the sample), answer whether a paste is a new
//! version of one in the library, import Sift's JSON or many articles at once, and the library
//! itself. A plain view: what
//! it shows is the workspace's (the library, the question) and its views' own.

use yew::prelude::*;

use super::{by_id, to};
use crate::ui::edge::storage::QUOTA_BYTES;
use crate::ui::views::choice::VersionChoice;
use crate::ui::views::import::import_button;
use crate::ui::views::intake::{intake_progress, ResemblingChoice};
use crate::ui::views::library::{library_being_read, Library};
use crate::ui::views::paste::Paste;
use crate::ui::views::pickers::articles_input;
use crate::ui::workspace::Workspace;

pub fn start_page(ws: &Workspace) -> Html {
    let on_rename = to(ws, |ws, (id, title): (String, String)| {
        ws.rename(&id, title)
    });
    html! {
        <>
            <Paste on_annotate={to(ws, Workspace::paste)} />
            if let Some(pending) = ws.pending() {
                <VersionChoice title={pending.found.title.clone()} number={pending.found.number}
                    on_version={to(ws, |ws, ()| ws.take_as_version())}
                    on_document={to(ws, |ws, ()| ws.take_as_new())} />
            }
            <div class="import-row">
                { import_button(&to(ws, Workspace::import)) }
                { articles_input(&to(ws, Workspace::import_articles)) }
            </div>
            if let Some(intaking) = ws.intaking() {
                { intake_progress(intaking, &to(ws, |ws, ()| ws.cancel_articles())) }
            }
            if let Some(waiting) = ws.resembling() {
                <ResemblingChoice
                    titles={waiting.iter().map(|a| a.title.clone()).collect::<Vec<_>>()}
                    on_versions={to(ws, |ws, ()| ws.import_as_versions())}
                    on_articles={to(ws, |ws, ()| ws.import_as_articles())} />
            }
            if ws.listed() {
                <Library entries={ws.entries()} backups={ws.backups().to_vec()}
                    measure={to(ws, |ws, ()| ws.used_bytes())} room={ws.room()} quota={QUOTA_BYTES}
                    on_open={by_id(ws, Workspace::open)} {on_rename}
                    on_delete={by_id(ws, Workspace::delete)} on_read={by_id(ws, Workspace::read_version)}
                    on_make_current={by_id(ws, Workspace::make_current)}
                    on_download_backup={by_id(ws, Workspace::download_backup)}
                    on_delete_backup={by_id(ws, Workspace::delete_backup)}
                    texts={ws.texts()} on_read_texts={to(ws, |ws, ()| ws.read_texts())}
                    exporting={ws.exporting()} on_export={to(ws, Workspace::export_library)}
                    on_delete_selected={to(ws, Workspace::delete_articles)}
                    removed={ws.removed().map(|r| r.articles)} on_undo_delete={to(ws, |ws, ()| ws.undo_delete())} />
            } else {
                { library_being_read() }
            }
        </>
    }
}
