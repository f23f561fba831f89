//! The annotator's state and `apply`, the one function that changes it.

use std::collections::HashSet;
use std::rc::Rc;

use super::history::Step;
use super::orphans::{unlisted, Listed, Orphan};
use super::stamps::restamp;
use super::{Annotations, Counts, Details, Label, Selection, Session};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    /// `None` until an article is pasted or restored.
    pub session: Option<Session>,
    /// An earlier version of an article, open to read: nothing in it can be changed.
    pub read_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this document (just pasted, or restored from storage).
    Open(Session),
    /// Show this document to read only (an earlier version of an article).
    OpenReadOnly(Session),
    /// Leave the document to paste another one.
    Close,
    /// Select one sentence (a click).
    Select(usize),
    /// Extend the selection from its anchor to this sentence (a Shift+click, a drag).
    ExtendTo(usize),
    /// Move the focus by `by` sentences; with `extend`, keep the anchor (Shift+arrow).
    Move {
        by: isize,
        extend: bool,
    },
    /// Select the next sentence without a label, after the focus (wrapping around).
    NextUnlabelled,
    ClearSelection,
    /// Set (or with `None`, clear) the label of every selected sentence.
    SetLabel(Option<Label>),
    /// Set (or clear) the label of one sentence, leaving the selection alone (settling a gold
    /// version from the comparison).
    SetLabelAt {
        index: usize,
        label: Option<Label>,
    },
    /// Set these sentences' labels (accepting suggestions): one change to undo.
    SetLabels(Vec<(usize, Label)>),
    /// Set (or with `None`, remove) the note of one sentence.
    SetNote {
        index: usize,
        note: Option<String>,
    },
    /// The same for the sentence holding byte `at` of the text when the action applies: what a
    /// note panel saves, since another tab's split or merge can move the sentence's index
    /// between the panel's last render and the save.
    SetNoteAt {
        at: usize,
        note: Option<String>,
    },
    /// Split sentence `index` at byte offset `at` of the text; both halves keep its label and note.
    Split {
        index: usize,
        at: usize,
    },
    /// Merge the focused sentence with the next; the first label and both notes are kept.
    MergeWithNext,
    Undo,
    Redo,
    /// Give the document a new title (an empty one brings back the default, its first line).
    Rename(String),
    /// Set the article's source URL and language (checked already: see `Details::new`).
    SetDetails(Details),
    /// Take these labels and notes, for the same sentences (an import), and list these orphans:
    /// one undoable change.
    Adopt(Annotations, Vec<Orphan>),
    /// Give this orphan's label and note to the focused sentence, and take it off the list.
    Attach(Listed),
    /// Take this orphan off the list.
    Dismiss(Listed),
    /// Take in another tab's version of the document, merged with this one (`model::merge`;
    /// `synced` is the tick this tab last wrote or read). The other tab's changes are not this
    /// tab's to undo, unless they replaced a change of ours, which Undo then brings back.
    Sync {
        theirs: Box<Session>,
        synced: u64,
    },
}

/// The new state after `action`, or `None` when nothing changes (so nothing re-renders).
pub fn apply(state: &State, action: Action) -> Option<State> {
    let session = match action {
        Action::Open(session) => return Some(State::open(session, false)),
        Action::OpenReadOnly(session) => return Some(State::open(session, true)),
        // An earlier version open to read takes no change, not even another tab's.
        _ if state.read_only && is_change(&action) => return None,
        Action::Sync { theirs, synced } => {
            let session = state.session.as_ref()?;
            let merged = super::merge(session, &theirs, synced)?;
            return sync(session, merged.session, !merged.conflicts.is_empty());
        }
        Action::Close => {
            state.session.as_ref()?;
            return Some(State::default());
        }
        _ => state.session.as_ref()?,
    };
    let last = session.doc.len().checked_sub(1)?;
    let mut next = session.clone();
    // Whether the change is one Undo takes back.
    let mut undoable = false;
    match action {
        Action::Open(_) | Action::OpenReadOnly(_) | Action::Close | Action::Sync { .. } => {
            unreachable!("handled above")
        }
        Action::Select(index) => next.selection = Some(Selection::one(index.min(last))),
        Action::ExtendTo(index) => {
            let anchor = session.selection.map_or(index, |s| s.anchor);
            next.selection = Some(Selection {
                anchor,
                focus: index.min(last),
            });
        }
        Action::Move { by, extend } => {
            next.selection = Some(match session.selection {
                None => Selection::one(if by < 0 { last } else { 0 }),
                Some(s) => {
                    let focus = s.focus.saturating_add_signed(by).min(last);
                    Selection {
                        anchor: if extend { s.anchor } else { focus },
                        focus,
                    }
                }
            });
        }
        Action::NextUnlabelled => {
            let from = session.selection.map_or(0, |s| s.focus + 1);
            let found = (from..=last)
                .chain(0..from.min(last + 1))
                .find(|&i| session.labels[i].is_none())?;
            next.selection = Some(Selection::one(found));
        }
        Action::ClearSelection => next.selection = None,
        Action::SetLabel(label) | Action::SetLabelAt { label, .. } => {
            let range = match action {
                Action::SetLabelAt { index, .. } if index <= last => index..=index,
                Action::SetLabelAt { .. } => return None,
                _ => session.selection?.range(),
            };
            if session.labels[range.clone()].iter().all(|&l| l == label) {
                return None;
            }
            undoable = true;
            let labels = Rc::make_mut(&mut next.content.labels);
            for slot in &mut labels[range] {
                next.counts.shift(*slot, label);
                *slot = label;
            }
        }
        Action::SetLabels(set) => {
            let set: Vec<(usize, Label)> = set
                .into_iter()
                .filter(|&(i, label)| i <= last && session.labels[i] != Some(label))
                .collect();
            if set.is_empty() {
                return None;
            }
            undoable = true;
            let labels = Rc::make_mut(&mut next.content.labels);
            for (i, label) in set {
                next.counts.shift(labels[i], Some(label));
                labels[i] = Some(label);
            }
        }
        Action::SetNote { .. } | Action::SetNoteAt { .. } => {
            let (index, note) = match action {
                Action::SetNoteAt { at, note } => (session.doc.sentence_at(at)?, note),
                Action::SetNote { index, note } => (index, note),
                _ => unreachable!("matched above"),
            };
            let note = note.as_deref().and_then(note_text);
            if index > last || session.notes[index] == note {
                return None;
            }
            undoable = true;
            Rc::make_mut(&mut next.content.notes)[index] = note;
        }
        Action::Split { index, at } => {
            let doc = session.doc.split(index, at)?;
            undoable = true;
            next.content.doc = Rc::new(doc);
            Rc::make_mut(&mut next.content.labels).insert(index, session.labels[index]);
            Rc::make_mut(&mut next.content.notes).insert(index, session.notes[index].clone());
            next.counts = Counts::of(&next.labels);
            next.selection = Some(Selection::one(index));
        }
        Action::MergeWithNext => {
            let index = session.selection?.focus;
            let doc = session.doc.merge_with_next(index)?;
            undoable = true;
            next.content.doc = Rc::new(doc);
            Rc::make_mut(&mut next.content.labels).remove(index + 1);
            let notes = Rc::make_mut(&mut next.content.notes);
            let second = notes.remove(index + 1);
            notes[index] = join_notes(notes[index].take(), second);
            next.counts = Counts::of(&next.labels);
            next.selection = Some(Selection::one(index));
        }
        Action::Rename(title) => {
            let title = title.trim();
            let title = if title.is_empty() {
                super::default_title(&session.doc.text)
            } else {
                title.to_string()
            };
            if title == session.doc.title {
                return None;
            }
            undoable = true;
            let mut doc = (*session.doc).clone();
            doc.title = title;
            next.content.doc = Rc::new(doc);
        }
        Action::SetDetails(details) => {
            if details == session.doc.details {
                return None;
            }
            undoable = true;
            let mut doc = (*session.doc).clone();
            doc.details = details;
            next.content.doc = Rc::new(doc);
        }
        Action::Adopt(annotations, orphans) => {
            let n = session.doc.len();
            if annotations.labels.len() != n || annotations.notes.len() != n {
                return None;
            }
            let same = *session.labels == annotations.labels && *session.notes == annotations.notes;
            let orphans = unlisted(&session.orphans, orphans);
            if same && orphans.is_empty() {
                return None;
            }
            undoable = true;
            if !same {
                next.counts = Counts::of(&annotations.labels);
                next.content.labels = Rc::new(annotations.labels);
                next.content.notes = Rc::new(annotations.notes);
            }
            if !orphans.is_empty() {
                let listed = orphans.into_iter().map(|orphan| Listed { tick: 0, orphan });
                Rc::make_mut(&mut next.content.orphans).extend(listed);
            }
        }
        Action::Dismiss(listed) => {
            unlist(&mut next, &listed)?;
            undoable = true;
        }
        Action::Attach(listed) => {
            let index = session.selection?.focus;
            unlist(&mut next, &listed)?;
            undoable = true;
            let Orphan { label, note, .. } = listed.orphan;
            if label.is_some() && session.labels[index] != label {
                next.counts.shift(session.labels[index], label);
                Rc::make_mut(&mut next.content.labels)[index] = label;
            }
            if let Some(note) = note {
                let joined = join_notes(session.notes[index].clone(), Some(note));
                Rc::make_mut(&mut next.content.notes)[index] = joined;
            }
        }
        Action::Undo => {
            let previous = Rc::make_mut(&mut next.history).undo(session.snapshot())?;
            next.restore(previous);
        }
        Action::Redo => {
            let following = Rc::make_mut(&mut next.history).redo(session.snapshot())?;
            next.restore(following);
        }
    }
    if !next.content.same_parts(&session.content) {
        next.clock = session.clock + 1;
        next.stamps = Rc::new(restamp(
            &session.content,
            &session.stamps,
            &next.content,
            next.clock,
        ));
        // An orphan listed now (or again, by undo) carries this tick, so another tab that
        // has not seen it keeps it (see `merge_orphans`).
        if !Rc::ptr_eq(&next.orphans, &session.orphans) {
            let before: HashSet<&Orphan> = session.orphans.iter().map(|l| &l.orphan).collect();
            for listed in Rc::make_mut(&mut next.content.orphans) {
                if !before.contains(&listed.orphan) {
                    listed.tick = next.clock;
                }
            }
        }
    }
    // After the ticks are set, so that undo finds the orphans as they were listed.
    if undoable {
        record(session, &mut next);
    }
    (next != *session).then_some(State::open(next, state.read_only))
}

/// This tab's session with the merged version in place of its own; the selection stays on the
/// same sentences (by where they start in the text), whatever the other tab split or merged
/// before them.
fn sync(session: &Session, merged: Session, undoable: bool) -> Option<State> {
    if merged.doc.id != session.doc.id || merged.clock < session.clock {
        return None;
    }
    let mut next = session.clone();
    let last = merged.doc.len().checked_sub(1)?;
    let follow = |i: usize| {
        let start = session.doc.sentences.get(i)?.start;
        merged.doc.sentence_at(start)
    };
    next.selection = session.selection.map(|s| Selection {
        anchor: follow(s.anchor).unwrap_or(s.anchor.min(last)),
        focus: follow(s.focus).unwrap_or(s.focus.min(last)),
    });
    next.counts = merged.counts;
    next.content = merged.content;
    next.stamps = merged.stamps;
    next.clock = merged.clock;
    if undoable {
        record(session, &mut next);
    }
    Some(State::open(next, false))
}

impl Session {
    /// This session renamed as `Action::Rename` renames the open one (a change other tabs
    /// merge), for a document that is not open; `None` when the title is the same.
    pub fn renamed(self, title: String) -> Option<Session> {
        apply(&State::open(self, false), Action::Rename(title))?.session
    }
}

impl State {
    fn open(session: Session, read_only: bool) -> State {
        State {
            session: Some(session),
            read_only,
        }
    }
}

/// Takes `listed` off the session's orphans; `None` when it is not there (another tab took it).
fn unlist(session: &mut Session, listed: &Listed) -> Option<()> {
    let at = session.orphans.iter().position(|l| l == listed)?;
    Rc::make_mut(&mut session.content.orphans).remove(at);
    Some(())
}

/// Whether `action` changes the document (not only what is shown of it).
fn is_change(action: &Action) -> bool {
    !matches!(
        action,
        Action::Open(_)
            | Action::OpenReadOnly(_)
            | Action::Close
            | Action::Select(_)
            | Action::ExtendTo(_)
            | Action::Move { .. }
            | Action::NextUnlabelled
            | Action::ClearSelection
    )
}

/// Remembers a change of `before` into `after`, for undo.
fn record(before: &Session, after: &mut Session) {
    let step = Step {
        before: before.snapshot(),
        after: after.snapshot(),
    };
    Rc::make_mut(&mut after.history).record(step);
}

/// A note as Sift keeps it: trimmed, and none at all when only whitespace is left.
pub fn note_text(raw: &str) -> Option<Rc<str>> {
    let note = raw.trim();
    (!note.is_empty()).then(|| note.into())
}

fn join_notes(first: Option<Rc<str>>, second: Option<Rc<str>>) -> Option<Rc<str>> {
    match (first, second) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}\n{b}").into()),
        (a, b) => a.or(b),
    }
}
