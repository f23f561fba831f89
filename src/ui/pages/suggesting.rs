//! The suggestions of the document page. When the document opens (or its sentences change,
//! or suggestions are switched on), the background worker learns every label of the library
//! and scores the document; each label the reader then sets is sent to it to tally and learn,
//! and its answers come back as the scores the article shows. The settings and the tally are
//! kept in this browser (`storage::suggestions`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::jobs::{Answer, Job};
use crate::model::{Document, Label, Session};
use crate::suggest::{next_in, ranked, Labelled, Order, Scores, Suggestions};
use crate::ui::edge::background::{self, Running};
use crate::ui::edge::storage::suggestions::{keep, kept, Kept};
use crate::ui::workspace::Workspace;

/// What the page knows of the suggestions: the settings and the worker's latest answer.
#[derive(Clone, PartialEq)]
pub struct Suggested {
    pub on: bool,
    pub order: Order,
    /// Scores, tally and the number of labels learned; none until the worker first answers.
    pub answer: Option<Rc<Suggestions>>,
}

impl Suggested {
    /// Whether suggested labels are shown (not only the ranking): once the model beats always
    /// answering the most common label.
    pub fn shows_labels(&self) -> bool {
        self.on
            && self
                .answer
                .as_ref()
                .is_some_and(|a| a.tally.beats_most_common())
    }

    fn scores(&self, index: usize) -> Option<Scores> {
        let t = self.answer.as_ref()?.scores.get(index)?;
        Some(Scores::new(t.map(|v| f32::from(v) / 1000.0)))
    }

    /// The label suggested for sentence `index`, if one is shown and it has no label.
    pub fn label_for(&self, index: usize, labels: &[Option<Label>]) -> Option<Label> {
        if !self.shows_labels() || labels.get(index)?.is_some() {
            return None;
        }
        Some(self.scores(index)?.best().0)
    }

    /// The suggested labels of the unlabelled sentences among `indices`: what `a` accepts.
    pub fn accepted(
        &self,
        indices: impl Iterator<Item = usize>,
        labels: &[Option<Label>],
    ) -> Vec<(usize, Label)> {
        indices
            .filter_map(|i| Some((i, self.label_for(i, labels)?)))
            .collect()
    }

    /// The unlabelled sentence after `from` in the chosen order.
    pub fn next(&self, from: Option<usize>, labels: &[Option<Label>]) -> Option<usize> {
        let answer = self.answer.as_ref().filter(|_| self.on)?;
        let scores: Vec<Scores> = (0..answer.scores.len())
            .filter_map(|i| self.scores(i))
            .collect();
        let unlabelled = (0..labels.len()).filter(|&i| labels[i].is_none());
        next_in(&ranked(self.order, &scores, unlabelled), from)
    }
}

/// Starts the suggestions' job for `doc`: the library's labels and the document's own, the
/// tally kept, the sentences to score. Each answer is shown, and its tally kept.
fn start(
    ws: &Workspace,
    doc: &Document,
    labels: &[Option<Label>],
    answer: UseStateHandle<Option<Rc<Suggestions>>>,
) -> Running {
    let mut library = ws.labelled_library(&doc.id);
    library.extend(labels.iter().enumerate().filter_map(|(i, label)| {
        Some(Labelled {
            text: doc.sentence_text(i).to_string(),
            label: (*label)?,
        })
    }));
    let job = Job::Suggest {
        library,
        tally: kept().tally,
        sentences: (0..doc.len())
            .map(|i| doc.sentence_text(i).to_string())
            .collect(),
    };
    background::start(job, move |reply| {
        if let Answer::Suggested(suggestions) = reply {
            // The tally outlives the page; a failed write loses only the latest labels' part.
            let _ = keep(&Kept {
                tally: suggestions.tally.clone(),
                ..kept()
            });
            answer.set(Some(Rc::new(suggestions)));
        }
    })
}

/// A change of setting from the suggestions' controls.
#[derive(Clone, Copy, PartialEq)]
pub enum Setting {
    On(bool),
    Order(Order),
}

#[hook]
pub fn use_suggestions(ws: &Workspace, session: &Session) -> (Suggested, Callback<Setting>) {
    let settings = use_state(kept);
    let answer = use_state(|| None::<Rc<Suggestions>>);
    let running: Rc<RefCell<Option<Running>>> = use_mut_ref(|| None);
    let waiting: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // The labels the worker has been told of.
    let told = use_mut_ref(|| session.labels.clone());
    let on = !settings.off;
    {
        let (ws, running, told, answer) =
            (ws.clone(), running.clone(), told.clone(), answer.clone());
        let (waiting, labels) = (waiting.clone(), session.labels.clone());
        use_effect_with((session.doc.clone(), on), move |(doc, on)| {
            running.borrow_mut().take();
            if *on {
                // Once the document is on screen: reading the library and loading the worker
                // wait for the first paint.
                let (doc, running, answer) = (doc.clone(), running.clone(), answer.clone());
                let start = move || {
                    *told.borrow_mut() = labels.clone();
                    *running.borrow_mut() = Some(start(&ws, &doc, &labels, answer));
                };
                *waiting.borrow_mut() = Some(Timeout::new(0, start));
            } else {
                answer.set(None);
            }
            move || {
                waiting.borrow_mut().take();
                running.borrow_mut().take();
            }
        });
    }
    {
        let (ws, running, told, doc) = (
            ws.clone(),
            running.clone(),
            told.clone(),
            session.doc.clone(),
        );
        let answer = answer.clone();
        use_effect_with(session.labels.clone(), move |labels| {
            let mut told = told.borrow_mut();
            // Not yet started, or the sentences changed: the job starts anew (above).
            let Some(job) = running
                .borrow()
                .as_ref()
                .filter(|_| told.len() == labels.len())
                .cloned()
            else {
                *told = labels.clone();
                return;
            };
            let changed = (0..labels.len()).filter(|&i| labels[i] != told[i]);
            if changed.clone().any(|i| told[i].is_some()) {
                // A label taken back or changed (an undo, another tab): the model learns the
                // library's labels as they now are, so that what it learned stays what is kept.
                *running.borrow_mut() = Some(start(&ws, &doc, labels, answer.clone()));
            } else {
                let set: Vec<Labelled> = changed
                    .filter_map(|i| {
                        Some(Labelled {
                            text: doc.sentence_text(i).to_string(),
                            label: labels[i]?,
                        })
                    })
                    .collect();
                job.send(Job::Learn(set));
            }
            *told = labels.clone();
        });
    }
    let on_setting = {
        let settings = settings.clone();
        Callback::from(move |setting: Setting| {
            let mut next = kept();
            match setting {
                Setting::On(on) => next.off = !on,
                Setting::Order(order) => next.order = order,
            }
            let _ = keep(&next);
            settings.set(next);
        })
    };
    let suggested = Suggested {
        on,
        order: settings.order,
        answer: (*answer)
            .clone()
            .filter(|a| a.scores.len() == session.doc.len()),
    };
    (suggested, on_setting)
}
