//! Downloads: the open document in each export format, and the raw data kept in a backup.
//! Sift's own JSON is written at once; every other format by the background worker, from it.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;

use super::handle::Workspace;
use crate::export::{file_name, native_json, Format};
use crate::jobs::{Answer, Job};
use crate::ui::edge::background;
use crate::ui::edge::{clock, download, storage};

/// How long a download may take before the reader is told it is being written: the first
/// time, the worker has to load.
const PATIENCE_MS: u32 = 300;

impl Workspace {
    /// Downloads the open document in `format`.
    pub fn download(&self, format: Format) {
        let Some(session) = self.session() else {
            return;
        };
        let now = clock::now();
        let modified = self
            .entry(&session.doc.id)
            .map_or_else(|| now.clone(), |e| e.updated.clone());
        let name = file_name(&session.doc.title, &now, format.extension());
        let native = native_json(session, &now, storage::reader_name().as_deref());
        if format == Format::Native {
            return self.save(&name, format, &native);
        }
        let job = Job::Export {
            native,
            format,
            exported_at: now,
            modified,
            generator: download::page_address(),
        };
        let told = Rc::new(Cell::new(false));
        let slow = {
            let (ws, name, told) = (self.clone(), name.clone(), told.clone());
            Timeout::new(PATIENCE_MS, move || {
                told.set(true);
                ws.notify(format!("Writing “{name}”…"));
            })
        };
        let ws = self.clone();
        background::once(job, move |answer| {
            drop(slow);
            match answer {
                Answer::Exported(file) => {
                    ws.save(&name, format, &file);
                    if told.get() {
                        ws.notify(format!("“{name}” is downloaded."));
                    }
                }
                Answer::Failed(e) => ws.report(format!("Sift could not write “{name}”: {e}.")),
                _ => {}
            }
        });
    }

    fn save(&self, name: &str, format: Format, file: &str) {
        if let Err(e) = download::save_file(name, format.mime(), file) {
            self.report(e);
        }
    }
    /// Downloads the raw value kept under a backup (or a protected) key.
    pub fn download_backup(&self, key: &str) {
        let saved = match self.backup(key) {
            Some(raw) => download::save_file(
                &format!("sift-backup-{}.txt", download::file_safe(key)),
                "text/plain",
                &raw,
            ),
            None => Err(format!("There is nothing stored under “{key}” any more.")),
        };
        if let Err(e) = saved {
            self.report(e);
        }
    }
}
