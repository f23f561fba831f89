//! Bringing in another tool's annotations: the file read, its quotes anchored in the open
//! document a slice of time at a time (with progress, and Cancel), then laid on as one change.

use std::cell::Cell;
use std::rc::Rc;

use gloo_file::File;
use wasm_bindgen_futures::spawn_local;

use super::handle::{Importing, Workspace};
use crate::foreign::{lay_on, read as read_foreign, Anchored, Anchoring, Foreign};
use crate::model::{Action, Annotations, Session};
use crate::ui::edge::clock;
use crate::ui::edge::files::Picked;
use crate::workspace::{brought_message, Target};

/// How long one slice of anchoring may run before the page gets to paint and answer input:
/// well under the 200 ms a reader feels as lag.
const SLICE_MS: f64 = 40.0;
/// How often the progress shown is brought up to date: each update renders the page.
const PROGRESS_MS: f64 = 250.0;

impl Workspace {
    /// Another tool's annotations, anchored by their quotes in the open document, and laid on
    /// as one change onto its labels as they are when the anchoring is done.
    pub fn bring_in(&self, files: Vec<File>) {
        if let Some(importing) = self.importing() {
            return self.report(format!(
                "Sift is still importing “{}”: wait for it, or cancel it, first.",
                importing.file
            ));
        }
        self.read_then(files, Workspace::bring_in_read);
    }

    fn bring_in_read(&self, target: Option<Target>, picked: Vec<Picked>) {
        let (Some(target), Some((name, bytes))) = (target, picked.into_iter().next()) else {
            return;
        };
        let started = match target.annotates(self.open_now().as_ref(), &name) {
            Ok(session) => session.clone(),
            Err(message) => return self.report(message),
        };
        let found = match bytes.and_then(|b| read_foreign(&b)) {
            Ok(found) if !found.is_empty() => found,
            Ok(_) => {
                return self.report(format!(
                    "“{name}” holds no annotation that quotes the text. Nothing was changed."
                ))
            }
            Err(e) => {
                return self.report(format!(
                    "Sift could not import “{name}”: {e}. Nothing was changed."
                ))
            }
        };
        let ws = self.clone();
        spawn_local(async move {
            let places = ws.anchor_in_slices(&target, &name, &started, &found).await;
            ws.importing.set(None);
            if let Some(places) = places {
                ws.lay_on(&target, &name, &started, &found, &places);
            }
        });
    }

    /// Anchors `found` in `started`'s text, yielding to the page between slices and showing
    /// the progress; stops, and says so, when cancelled or when the document is closed.
    async fn anchor_in_slices(
        &self,
        target: &Target,
        name: &str,
        started: &Session,
        found: &[Foreign],
    ) -> Option<Vec<Option<Anchored>>> {
        let cancel = Rc::new(Cell::new(false));
        let show = |done: usize| {
            self.importing.set(Some(Rc::new(Importing {
                file: name.to_string(),
                done,
                total: found.len(),
                cancel: cancel.clone(),
            })))
        };
        show(0);
        let mut anchoring = Anchoring::new(&started.doc.text, &started.doc.sentences, found);
        let mut shown = clock::ms();
        loop {
            let until = clock::ms() + SLICE_MS;
            if anchoring.go_on(|| clock::ms() < until) {
                return Some(anchoring.places());
            }
            if clock::ms() - shown >= PROGRESS_MS {
                show(anchoring.progress().0);
                shown = clock::ms();
            }
            clock::next_task().await;
            if cancel.get() {
                self.notify(format!(
                    "Import of “{name}” cancelled. Nothing was changed."
                ));
                return None;
            }
            if let Err(message) = target.annotates(self.open_now().as_ref(), name) {
                self.report(message);
                return None;
            }
        }
    }

    /// Lays the anchored annotations onto the document as it is now, if it is still the one
    /// they were anchored in, with the same text.
    fn lay_on(
        &self,
        target: &Target,
        name: &str,
        started: &Session,
        found: &[Foreign],
        places: &[Option<Anchored>],
    ) {
        let open = self.open_now();
        let session = match target.annotates(open.as_ref(), name) {
            Ok(session) if session.doc.text == started.doc.text => session,
            Ok(_) => {
                return self.report(format!(
                "The text of “{}” changed while “{name}” was being imported. Nothing was changed.",
                target.title
            ))
            }
            Err(message) => return self.report(message),
        };
        let brought = lay_on(&session.doc, &session.labels, &session.notes, found, places);
        self.notify(brought_message(name, found.len(), &brought));
        let annotations = Annotations {
            labels: brought.labels,
            notes: brought.notes,
        };
        self.act(Action::Adopt(annotations, brought.orphans));
    }
}
