//! Export library: every article of the library (or those selected) in one file of the format
//! chosen. The stored records are gathered a slice at a time, and the background worker writes
//! the file with its progress.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;

use super::handle::Workspace;
use crate::export::{file_name, Format, LibraryFile};
use crate::jobs::{Answer, Job};
use crate::schema::articles;
use crate::ui::edge::background;
use crate::ui::edge::{clock, download, storage};

/// Documents whose records are read in one go (about 1 MB).
const SLICE: usize = 250;

/// How far an export of the library has come: documents gathered, then written, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exporting {
    pub done: usize,
    pub total: usize,
}

impl Workspace {
    pub fn exporting(&self) -> Option<Exporting> {
        *self.exporting
    }

    /// Exports the articles whose current versions are `chosen` (all of them when it is
    /// empty) in `format`: Sift's JSON keeps every version, oldest first, so that it imports
    /// back whole; the other formats take each article's current version.
    pub fn export_library(&self, (format, chosen): (Format, Rc<HashSet<String>>)) {
        if self.exporting.is_some() {
            return;
        }
        let ids: Vec<(String, String, Option<String>)> = articles(&self.library())
            .into_iter()
            .filter(|a| chosen.is_empty() || chosen.contains(&a.current.id))
            .flat_map(|a| match format {
                Format::Native => a.versions.into_iter().rev().collect(),
                _ => vec![a.current],
            })
            .map(|e| (e.id.clone(), e.updated.clone(), e.pack.clone()))
            .collect();
        let total = ids.len();
        if total == 0 {
            return;
        }
        self.exporting.set(Some(Exporting { done: 0, total }));
        let ws = self.clone();
        spawn_local(async move {
            let now = clock::now();
            // Read pack by pack, so that each is unpacked once, and written in the library's
            // order.
            let mut by_pack: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
            for (i, (_, _, pack)) in ids.iter().enumerate() {
                by_pack.entry(pack.as_deref()).or_default().push(i);
            }
            let order: Vec<usize> = by_pack.into_values().flatten().collect();
            let mut read = vec![None; total];
            for slice in order.chunks(SLICE) {
                for &i in slice {
                    let (id, modified, _) = &ids[i];
                    read[i] = storage::records(id, &now)
                        .map(|(text, record)| (text, record, modified.clone()));
                }
                clock::next_task().await;
            }
            let documents: Vec<_> = read.into_iter().flatten().collect();
            let job = Job::ExportLibrary {
                documents,
                format,
                exported_at: now.clone(),
                generator: download::page_address(),
                annotator: storage::reader_name(),
            };
            let name = file_name("library", &now, LibraryFile::extension(format));
            let answers = ws.clone();
            let job = background::start(job, move |answer| answers.exported(&name, format, answer));
            *ws.export_job.borrow_mut() = Some(job);
        });
    }

    fn exported(&self, name: &str, format: Format, answer: Answer) {
        match answer {
            Answer::Progress { done, total } => {
                self.exporting.set(Some(Exporting { done, total }));
            }
            Answer::Library {
                file,
                documents,
                problems,
            } => {
                self.export_job.borrow_mut().take();
                self.exporting.set(None);
                match download::save_file(name, format.mime(), &file) {
                    Ok(()) => self.notify(format!(
                        "Exported {documents} {} to “{name}”.",
                        if documents == 1 {
                            "document"
                        } else {
                            "documents"
                        }
                    )),
                    Err(e) => self.report(e),
                }
                self.report_all(problems.into_iter().map(storage::Problem::new).collect());
            }
            Answer::Failed(e) => {
                self.export_job.borrow_mut().take();
                self.exporting.set(None);
                self.report(format!("Sift could not write “{name}”: {e}."));
            }
            _ => {}
        }
    }
}
