//! The suggestions of the document page. When the document opens (or its sentences change,
//! or suggestions are switched on), the background worker learns every label of the library
//! and scores the document; each label the reader then sets is sent to it to tally and learn,
//! and its answers come back as the scores the article shows. The settings and the tally are
//! kept in this browser (`storage::suggestions`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::jobs::{Answer, Job};
use crate::model::{Document, Label, Session};
use crate::suggest::{likeliest, next_in, ranked, Labelled, Order, Scores, Suggestions};
use crate::ui::edge::background::{self, Running};
use crate::ui::edge::storage::suggestions::{keep, kept, Kept};
use crate::ui::workspace::Workspace;

/// What the page knows of the suggestions: the settings and the worker's latest answer.
#[derive(Clone, PartialEq)]
pub struct Suggested {
    pub on: bool,
    pub order: Order,
    /// Scores, tally and the number of labels learned, as far as shown (see `Shown`); none
    /// until the worker first answers.
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
        Some(likeliest(self.answer.as_ref()?.scores.get(index)?).0)
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
/// tally kept, the sentences to score. Each answer's tally is kept, and the answer shown.
fn start(ws: &Workspace, doc: &Document, labels: &[Option<Label>], shown: Shown) -> Running {
    let job = Job::Suggest {
        library: ws.labelled_library(&doc.id),
        labelled: Labelled::of(doc, labels, 0..labels.len()),
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
            shown.arrive(Rc::new(suggestions));
        }
    })
}

/// Work waiting for the next paint: the frame, then the task after it.
type Waiting = Rc<RefCell<Option<(AnimationFrame, Option<Timeout>)>>>;

/// Runs `work` after the next paint (in the task after the next frame), unless `waiting` is
/// emptied first.
fn after_paint(waiting: &Waiting, work: impl FnOnce() + 'static) {
    let slot = waiting.clone();
    let frame = request_animation_frame(move |_| {
        if let Some((_, later)) = slot.borrow_mut().as_mut() {
            *later = Some(Timeout::new(0, work));
        }
    });
    *waiting.borrow_mut() = Some((frame, None));
}

/// Sentences whose new scores are shown in one task: an answer changes every sentence's
/// scores, and re-drawing all of a long article's at once would hold up the reader's next key.
const FILL: usize = 512;

/// How long the page waits after an answer before showing it (unless it is the first): while
/// the reader labels sentence after sentence, each label's answer replaces the one before, and
/// the scores are redrawn once they pause.
const SETTLE_MS: u32 = 400;

/// What the article shows of the worker's answers, filled in `FILL` sentences a task.
#[derive(Clone)]
struct Shown {
    suggestions: Rc<RefCell<Option<Rc<Suggestions>>>>,
    filling: Rc<RefCell<Option<Timeout>>>,
    redraw: UseForceUpdateHandle,
}

impl Shown {
    /// Shows `target`'s scores of sentences `from..from + FILL` (and its tally), then goes on
    /// in the next task. A newer answer takes over from where it starts.
    fn arrive(&self, target: Rc<Suggestions>) {
        if self.suggestions.borrow().is_none() {
            return self.fill(target, 0);
        }
        let shown = self.clone();
        *self.filling.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || shown.fill(target, 0)));
    }

    fn fill(&self, target: Rc<Suggestions>, from: usize) {
        let mut scores = self
            .suggestions
            .borrow()
            .as_ref()
            .map(|s| s.scores.clone())
            .unwrap_or_default();
        let to = (from + FILL).min(target.scores.len());
        scores.truncate(target.scores.len());
        for i in from..to {
            match scores.get_mut(i) {
                Some(slot) => *slot = target.scores[i],
                None => scores.push(target.scores[i]),
            }
        }
        *self.suggestions.borrow_mut() = Some(Rc::new(Suggestions {
            scores,
            tally: target.tally.clone(),
            learned: target.learned,
        }));
        self.redraw.force_update();
        let next = (to < target.scores.len()).then(|| {
            let shown = self.clone();
            Timeout::new(0, move || shown.fill(target, to))
        });
        *self.filling.borrow_mut() = next;
    }

    fn clear(&self) {
        self.filling.borrow_mut().take();
        if self.suggestions.borrow_mut().take().is_some() {
            self.redraw.force_update();
        }
    }
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
    let shown = Shown {
        suggestions: use_mut_ref(|| None),
        filling: use_mut_ref(|| None),
        redraw: use_force_update(),
    };
    let running: Rc<RefCell<Option<Running>>> = use_mut_ref(|| None);
    let waiting: Waiting = use_mut_ref(|| None);
    // The labels as of the latest render: what the worker has learned, or will start from.
    let told = use_mut_ref(|| session.labels.clone());
    let on = !settings.off;
    {
        let (ws, running, told, shown) = (ws.clone(), running.clone(), told.clone(), shown.clone());
        let (waiting, labels) = (waiting.clone(), session.labels.clone());
        use_effect_with((session.doc.clone(), on), move |(doc, on)| {
            running.borrow_mut().take();
            if *on {
                // After the document's first paint: reading the library and loading the
                // worker wait for it.
                *told.borrow_mut() = labels.clone();
                let (doc, running) = (doc.clone(), running.clone());
                after_paint(&waiting, move || {
                    // The labels as they are by then.
                    let labels = told.borrow().clone();
                    *running.borrow_mut() = Some(start(&ws, &doc, &labels, shown));
                });
            } else {
                shown.clear();
            }
            move || {
                waiting.borrow_mut().take();
                running.borrow_mut().take();
            }
        });
    }
    {
        let (running, told, doc) = (running.clone(), told.clone(), session.doc.clone());
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
            job.send(if changed.clone().any(|i| told[i].is_some()) {
                // A label taken back or changed (an undo, another tab): the model is built anew
                // from the library and the labels as they now are.
                Job::Relearn(Labelled::of(&doc, labels, 0..labels.len()))
            } else {
                Job::Learn(Labelled::of(&doc, labels, changed))
            });
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
        answer: shown.suggestions.borrow().clone(),
    };
    (suggested, on_setting)
}
