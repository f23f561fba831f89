//! What the app shows around the document, kept by one reducer: the panel open over the
//! article, the review filter, and the messages (problems, a failed save, a notice).

use std::rc::Rc;

use yew::Reducible;

use super::storage::Problem;
use crate::model::Filter;

/// A panel open over the article. A sentence is held by the byte where it starts, not by its
/// index, which another tab's split or merge can change while the panel is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Help,
    Note(usize),
    Split(usize),
    /// What changed in an edited sentence since the previous version.
    Diff(usize),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shell {
    pub panel: Option<Panel>,
    pub filter: Option<Filter>,
    /// One-off problems, oldest first; each can be dismissed.
    pub problems: Vec<Problem>,
    /// Why the last save failed; shown until a save succeeds.
    pub save_error: Option<String>,
    /// Something worth knowing that is not a failure ("already in your library").
    pub notice: Option<String>,
}

pub enum ShellAction {
    Show(Option<Panel>),
    Filter(Option<Filter>),
    /// Adds problems to those shown.
    Report(Vec<Problem>),
    Dismiss(usize),
    /// The outcome of the last save: `None` when it succeeded.
    SaveError(Option<String>),
    Notify(String),
}

impl Reducible for Shell {
    type Action = ShellAction;

    /// Actions apply in order, each to the latest state (two reports in one turn both show);
    /// one that changes nothing re-renders nothing.
    fn reduce(self: Rc<Self>, action: ShellAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ShellAction::Show(panel) => next.panel = panel,
            ShellAction::Filter(filter) => next.filter = filter,
            ShellAction::Report(found) => next.problems.extend(found),
            ShellAction::Dismiss(index) if index < next.problems.len() => {
                next.problems.remove(index);
            }
            ShellAction::Dismiss(_) => {}
            ShellAction::SaveError(error) => next.save_error = error,
            ShellAction::Notify(message) => next.notice = Some(message),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
