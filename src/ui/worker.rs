//! The background worker (its own wasm module, `src/bin/sift-worker.rs`): runs the jobs of
//! `crate::jobs` off the page's thread (reading files to import or compare, anchoring other
//! tools' annotations, writing exports; making documents of imported articles; keeping the
//! suggestions of the open document). Anchoring and importing answer with their progress
//! between slices, and stop when the page drops the job.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo_worker::{HandlerId, Registrable, Worker, WorkerScope};
use wasm_bindgen_futures::spawn_local;

use super::edge::background::Json;
use super::edge::clock;
use crate::export::Stamp;
use crate::foreign::Anchoring;
use crate::jobs::{
    compare, export, import, pack, read_annotations, repack, Answer, Intake, Job, Outtake, Sliced,
};
use crate::suggest::{prior, Suggester};

/// How long one slice of anchoring or importing runs before the worker reports its progress and sees
/// whether the job was cancelled.
const SLICE_MS: f64 = 100.0;

/// Registers the worker in the worker's global scope.
pub fn run() {
    Files::registrar().encoding::<Json>().register();
}

pub struct Files {
    /// The jobs whose page dropped them.
    dropped: Rc<RefCell<HashSet<HandlerId>>>,
    /// The suggestions of the open document, and the job they answer.
    suggesting: Option<(HandlerId, Suggester)>,
}

impl Files {
    /// Runs `job` a slice at a time, answering after each, until it is done or the page
    /// dropped it.
    fn in_slices(&self, scope: &WorkerScope<Self>, id: HandlerId, mut job: impl Sliced + 'static) {
        let (scope, dropped) = (scope.clone(), self.dropped.clone());
        spawn_local(async move {
            loop {
                let until = clock::ms() + SLICE_MS;
                let finished = job.go_on(|| clock::ms() < until);
                scope.respond(id, job.answer());
                if finished {
                    return;
                }
                clock::next_task().await;
                if dropped.borrow().contains(&id) {
                    return;
                }
            }
        });
    }

    /// Changes the open document's suggestions, if `id` is their job, and answers with them.
    fn suggest(
        &mut self,
        scope: &WorkerScope<Self>,
        id: HandlerId,
        change: impl FnOnce(&mut Suggester),
    ) {
        if let Some((_, suggester)) = self.suggesting.as_mut().filter(|(job, _)| *job == id) {
            change(suggester);
            scope.respond(id, Answer::Suggested(suggester.suggestions()));
        }
    }
}

impl Worker for Files {
    type Message = ();
    type Input = Job;
    type Output = Answer;

    fn create(_: &WorkerScope<Self>) -> Files {
        Files {
            dropped: Rc::default(),
            suggesting: None,
        }
    }

    fn update(&mut self, _: &WorkerScope<Self>, (): ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, id: HandlerId) {
        match job {
            Job::Import { file } => scope.respond(id, import(&file)),
            Job::Repack { packs } => scope.respond(id, repack(&packs)),
            Job::Pack { texts, now } => scope.respond(id, pack(&texts, &now)),
            Job::Compare { files, text, title } => {
                scope.respond(id, compare(&files, &text, &title));
            }
            Job::Anchor {
                name,
                file,
                text,
                sentences,
            } => {
                let (scope, dropped) = (scope.clone(), self.dropped.clone());
                spawn_local(async move {
                    let found = match read_annotations(&name, &file) {
                        Ok(found) => found,
                        Err(message) => return scope.respond(id, Answer::Failed(message)),
                    };
                    drop(file);
                    let mut anchoring = Anchoring::new(&text, &sentences, &found);
                    loop {
                        let until = clock::ms() + SLICE_MS;
                        if anchoring.go_on(|| clock::ms() < until) {
                            break;
                        }
                        let (done, total) = anchoring.progress();
                        scope.respond(id, Answer::Progress { done, total });
                        clock::next_task().await;
                        if dropped.borrow().contains(&id) {
                            return;
                        }
                    }
                    let places = anchoring.places();
                    scope.respond(id, Answer::Anchored { found, places });
                });
            }
            Job::Export {
                native,
                format,
                exported_at,
                modified,
                generator,
            } => {
                let stamp = Stamp {
                    exported_at: &exported_at,
                    modified: &modified,
                    generator: &generator,
                    annotator: None,
                };
                let answer = match export(&native, format, &stamp) {
                    Ok(file) => Answer::Exported(file),
                    Err(e) => Answer::Failed(e),
                };
                scope.respond(id, answer);
            }
            Job::Articles {
                files,
                library,
                now,
            } => self.in_slices(scope, id, Intake::new(files, library, now)),
            Job::ExportLibrary {
                documents,
                format,
                exported_at,
                generator,
                annotator,
            } => {
                let outtake = Outtake::new(documents, format, exported_at, generator, annotator);
                self.in_slices(scope, id, outtake);
            }
            Job::Suggest {
                library,
                labelled,
                tally,
                sentences,
            } => {
                let suggester = Suggester::new(
                    prior::bundled(),
                    library,
                    &labelled,
                    tally.checked(),
                    &sentences,
                );
                scope.respond(id, Answer::Suggested(suggester.suggestions()));
                self.suggesting = Some((id, suggester));
            }
            Job::Learn(labelled) => self.suggest(scope, id, |s| s.learn(&labelled)),
            Job::Relearn(labelled) => self.suggest(scope, id, |s| s.relearn(&labelled)),
        }
    }

    fn disconnected(&mut self, _: &WorkerScope<Self>, id: HandlerId) {
        self.dropped.borrow_mut().insert(id);
        if self.suggesting.as_ref().is_some_and(|(job, _)| *job == id) {
            self.suggesting = None;
        }
    }
}
