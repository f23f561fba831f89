//! Articles imported by the hundred: the files read (with progress), the documents made by the
//! background worker, stored as each slice of them arrives, and what came of it told at the
//! end. Storage filling up stops the import with what is left named; texts that resemble
//! articles in the library wait for the reader to say whether they are new versions.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo_file::File;
use wasm_bindgen_futures::spawn_local;

use super::handle::Workspace;
use super::stored::StoredAction;
use crate::jobs::{Answer, Arrived, Job};
use crate::model::GOLD_SUFFIX;
use crate::schema::{decode_session, upsert, LibraryEntry};
use crate::sizes::size;
use crate::ui::edge::background::{self, Running};
use crate::ui::edge::clock;
use crate::ui::edge::files::{read_all, ARTICLES};
use crate::ui::edge::storage::{self, Problem, StoreError, QUOTA_BYTES};
use crate::versions::new_version;
use crate::workspace::recognised;

/// How far an import of articles has come, as the start page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intaking {
    /// Files read, of how many.
    Reading(usize, usize),
    /// Articles made into documents, of how many.
    Making(usize, usize),
}

/// An import under way: its job in the worker, and what it has done so far.
#[derive(Default)]
pub struct Run {
    /// When it started: what tells it from an import started after it was cancelled.
    started: f64,
    job: Option<Running>,
    files: usize,
    imported: usize,
    skipped: usize,
    problems: Vec<String>,
    resembling: Vec<Arrived>,
    /// Why storing stopped (storage full), and the articles not stored since.
    stopped: Option<StoreError>,
    not_stored: usize,
    first_not_stored: Option<String>,
}

pub type RunRef = Rc<RefCell<Option<Run>>>;

/// Problems listed in full in the message at the end; the others are counted.
const LISTED: usize = 10;

impl Workspace {
    pub fn intaking(&self) -> Option<&Intaking> {
        self.intaking.as_ref()
    }

    /// Articles resembling ones in the library, waiting for the reader's answer.
    pub fn resembling(&self) -> Option<&[Arrived]> {
        self.resembling.as_deref().map(Vec::as_slice)
    }

    /// Imports every article in `files` into the library.
    pub fn import_articles(&self, files: Vec<File>) {
        if files.is_empty() {
            return;
        }
        if self.run.borrow().is_some() {
            return self.report(
                "Sift is still importing articles: wait for it, or cancel it, first.".into(),
            );
        }
        let total = files.len();
        let started = clock::ms();
        *self.run.borrow_mut() = Some(Run {
            started,
            files: total,
            ..Run::default()
        });
        self.intaking.set(Some(Intaking::Reading(0, total)));
        let library: Vec<(String, Vec<u64>)> = self
            .library()
            .iter()
            .filter(|e| !e.id.ends_with(GOLD_SUFFIX))
            .map(|e| (e.id.clone(), e.sketch.clone()))
            .collect();
        let ws = self.clone();
        spawn_local(async move {
            let shown = ws.intaking.clone();
            let progress = move |done| shown.set(Some(Intaking::Reading(done, total)));
            let picked = read_all(files, &ARTICLES, progress).await;
            let mut files = Vec::new();
            {
                let mut run = ws.run.borrow_mut();
                // Cancelled while the files were read (and maybe another import started).
                let Some(run) = run.as_mut().filter(|r| r.started == started) else {
                    return;
                };
                for (name, text) in picked {
                    match text {
                        Ok(text) => files.push((name, text)),
                        Err(message) => run.problems.push(message),
                    }
                }
            }
            let job = Job::Articles {
                files,
                library,
                now: clock::now(),
            };
            let answers = ws.clone();
            let job = background::start(job, move |answer| answers.arrived(answer));
            if let Some(run) = ws
                .run
                .borrow_mut()
                .as_mut()
                .filter(|r| r.started == started)
            {
                run.job = Some(job);
            }
        });
    }

    /// Stops the import under way: what is stored stays.
    pub fn cancel_articles(&self) {
        if let Some(run) = self.run.borrow_mut().take() {
            self.notify(format!(
                "Import cancelled: {} imported before it stopped stay in your library.",
                articles(run.imported)
            ));
        }
        self.intaking.set(None);
    }

    /// A slice of the worker's documents: each is stored, until storage is full.
    fn arrived(&self, answer: Answer) {
        let (arrived, packs, skipped, problems, done, total) = match answer {
            Answer::Articles {
                arrived,
                packs,
                skipped,
                problems,
                done,
                total,
            } => (arrived, packs, skipped, problems, done, total),
            Answer::Failed(message) => {
                self.run.borrow_mut().take();
                self.intaking.set(None);
                return self.report(message);
            }
            _ => return,
        };
        let mut slot = self.run.borrow_mut();
        // Cancelled: the answer is for nothing.
        let Some(run) = slot.as_mut() else { return };
        run.skipped += skipped;
        run.problems.extend(problems);
        // Each pack goes in before the documents in it; a pack none of whose documents went
        // in (storage filled up) is taken out again.
        let mut unused: HashSet<String> = HashSet::new();
        for (name, raw) in &packs {
            if run.stopped.is_none() {
                if let Err(e) = storage::put_pack(name, raw) {
                    run.stopped = Some(e);
                    continue;
                }
            }
            unused.insert(name.clone());
        }
        let mut entries = Vec::new();
        for a in arrived {
            if a.resembles.is_some() {
                run.resembling.push(a);
                continue;
            }
            let stored = run
                .stopped
                .is_none()
                .then(|| storage::put(&a.id, a.text.as_deref(), &a.record));
            match (stored, LibraryEntry::of_record(&a.record)) {
                (Some(Ok(())), Ok(entry)) => {
                    entry.pack.as_ref().map(|p| unused.remove(p));
                    entries.push(entry);
                    run.imported += 1;
                }
                (stored, _) => {
                    if let Some(Err(e)) = stored {
                        run.stopped = Some(e);
                    }
                    run.not_stored += 1;
                    run.first_not_stored.get_or_insert(a.place);
                }
            }
        }
        for name in unused.iter().filter(|_| run.stopped.is_some()) {
            let _ = storage::remove_pack(name);
        }
        if !entries.is_empty() {
            self.stored.dispatch(StoredAction::Add(entries));
        }
        if run.stopped.is_some() {
            run.not_stored += total - done;
        } else if done < total {
            self.intaking.set(Some(Intaking::Making(done, total)));
            return;
        }
        let run = slot.take().unwrap_or_default();
        drop(slot);
        self.intaking.set(None);
        self.finish(run);
    }

    /// Tells the reader what the import did, and asks about the resembling texts.
    fn finish(&self, run: Run) {
        let mut message = format!(
            "Imported {} from {}.",
            articles(run.imported),
            match run.files {
                1 => "1 file".to_string(),
                n => format!("{n} files"),
            }
        );
        if run.skipped > 0 {
            message += &format!(
                " {} already in your library, so {} left out.",
                match run.skipped {
                    1 => "1 text was".to_string(),
                    n => format!("{n} texts were"),
                },
                if run.skipped == 1 {
                    "it was"
                } else {
                    "they were"
                }
            );
        }
        self.notify(message);
        let mut problems = Vec::new();
        if let Some(stopped) = &run.stopped {
            problems.push(Problem::new(not_stored(&run, stopped, self.used_bytes())));
        }
        if !run.problems.is_empty() {
            let mut listed = run.problems[..run.problems.len().min(LISTED)].join(" ");
            if run.problems.len() > LISTED {
                listed += &format!(" And {} more.", run.problems.len() - LISTED);
            }
            problems.push(Problem::new(format!(
                "Some of what you imported was left out, and the rest came in. {listed}"
            )));
        }
        self.report_all(problems);
        if !run.resembling.is_empty() {
            self.resembling.set(Some(Rc::new(run.resembling)));
        }
    }

    /// The resembling texts are their articles' new versions: each article's labels and notes
    /// carry over to it.
    pub fn import_as_versions(&self) {
        self.store_resembling(true);
    }

    /// The resembling texts are articles of their own.
    pub fn import_as_articles(&self) {
        self.store_resembling(false);
    }

    fn store_resembling(&self, as_versions: bool) {
        let Some(waiting) = self.resembling.as_ref().map(Rc::clone) else {
            return;
        };
        self.resembling.set(None);
        let now = clock::now();
        // Each new version is in the library before the next is numbered.
        let mut library = self.library().to_vec();
        let mut added = Vec::new();
        for a in waiting.iter() {
            let Some(Ok(mut session)) = a.text.as_deref().map(|t| decode_session(t, &a.record))
            else {
                continue;
            };
            let found = a
                .resembles
                .as_deref()
                .and_then(|id| recognised(&library, id));
            if let Some(found) = found.filter(|_| as_versions) {
                let Some(old) = self.stored(&found.current) else {
                    continue;
                };
                session = new_version(&old, (*session.doc).clone(), found.number).0;
            }
            if !self.check(
                storage::save(&session, &now, true),
                &format!("Sift could not import {}", a.place),
            ) {
                break;
            }
            let entry = LibraryEntry::of(&session, &now);
            library = upsert(&library, entry.clone());
            added.push(entry);
        }
        self.notify(format!(
            "Imported {} {}.",
            articles(added.len()),
            if as_versions {
                "as new versions of articles in your library"
            } else {
                "as articles of their own"
            }
        ));
        self.stored.dispatch(StoredAction::Add(added));
    }
}

/// "1 article", "12 articles".
fn articles(n: usize) -> String {
    match n {
        1 => "1 article".into(),
        n => format!("{n} articles"),
    }
}

/// Why the import stopped before the end, how much is left, and what the reader can do.
fn not_stored(run: &Run, stopped: &StoreError, used: usize) -> String {
    let first = run
        .first_not_stored
        .as_deref()
        .map(|p| format!(", from {p} on"))
        .unwrap_or_default();
    format!(
        "The import stopped: {stopped}. {} were not imported{first}. Sift uses {} of about {}. To make room, download the articles you have finished (Export library) and delete them, then import the same files again: what is already in your library is left out.",
        articles(run.not_stored),
        size(used),
        size(QUOTA_BYTES)
    )
}
