//! The messages the reader must see, kept by one reducer: problems (each dismissed on its own),
//! why the last save failed, and a notice that is not a failure.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::edge::storage::Problem;

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Notices {
    /// One-off problems, oldest first; each can be dismissed.
    pub problems: Vec<Problem>,
    /// Why the last save failed; shown until a save succeeds.
    pub save_error: Option<String>,
    /// Something worth knowing that is not a failure ("already in your library").
    pub notice: Option<String>,
}

pub enum NoticeAction {
    /// Adds problems to those shown.
    Report(Vec<Problem>),
    Dismiss(usize),
    /// The outcome of the last save: `None` when it succeeded.
    SaveError(Option<String>),
    Notify(String),
}

impl Reducible for Notices {
    type Action = NoticeAction;

    /// Actions apply in order, each to the latest state (two reports in one turn both show);
    /// one that changes nothing re-renders nothing.
    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Report(found) => next.problems.extend(found),
            NoticeAction::Dismiss(index) if index < next.problems.len() => {
                next.problems.remove(index);
            }
            NoticeAction::Dismiss(_) => {}
            NoticeAction::SaveError(error) => next.save_error = error,
            NoticeAction::Notify(message) => next.notice = Some(message),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
