//! Bringing in another tool's annotations: the file read, then its quotes anchored in the open
//! document by the background worker (with progress, and Cancel), then laid on as one change.

use std::rc::Rc;

use gloo_file::File;

use super::handle::{Importing, Workspace};
use crate::foreign::{lay_on, Anchored, Foreign};
use crate::jobs::{Answer, Job};
use crate::model::{Action, Annotations, Session};
use crate::ui::edge::background;
use crate::ui::edge::files::Picked;
use crate::workspace::{brought_message, Target};

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
        let (Some(target), Some((name, text))) = (target, picked.into_iter().next()) else {
            return;
        };
        let started = match target.annotates(self.open_now().as_ref(), &name) {
            Ok(session) => session.clone(),
            Err(message) => return self.report(message),
        };
        let file = match text {
            Ok(file) => file,
            Err(message) => return self.report(message),
        };
        let job = Job::Anchor {
            name: name.clone(),
            file,
            text: started.doc.text.to_string(),
            sentences: started.doc.sentences.to_vec(),
        };
        self.show_importing(&name, 0, 0);
        let ws = self.clone();
        let running = background::start(job, move |answer| match answer {
            Answer::Progress { done, total } => {
                // Closed meanwhile: the work is for nothing, and its progress would show on
                // another document.
                if let Err(message) = target.annotates(ws.open_now().as_ref(), &name) {
                    ws.stop_importing();
                    ws.report(message);
                } else {
                    ws.show_importing(&name, done, total);
                }
            }
            Answer::Anchored { found, places } => {
                ws.stop_importing();
                ws.lay_on(&target, &name, &started, &found, &places);
            }
            Answer::Failed(message) => {
                ws.stop_importing();
                ws.report(message);
            }
            _ => {}
        });
        *self.running.borrow_mut() = Some(running);
    }

    fn show_importing(&self, file: &str, done: usize, total: usize) {
        self.importing.set(Some(Rc::new(Importing {
            file: file.to_string(),
            done,
            total,
        })));
    }

    fn stop_importing(&self) {
        self.running.borrow_mut().take();
        self.importing.set(None);
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
