//! Review filters: which sentences to list when the reader checks their work.

use super::{Label, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Labelled(Label),
    Unlabelled,
    WithNote,
    /// Sentences new or edited since the previous version. They are listed from
    /// `versions::Changes`, which the session does not hold, so `matches` finds none.
    Changed,
}

impl Filter {
    pub const ALL: [Filter; 5] = [
        Filter::Labelled(Label::Claim),
        Filter::Labelled(Label::Fact),
        Filter::Labelled(Label::Context),
        Filter::Unlabelled,
        Filter::WithNote,
    ];

    /// The name of the filter's control ("Only claims").
    pub fn name(self) -> &'static str {
        match self {
            Filter::Labelled(Label::Claim) => "Only claims",
            Filter::Labelled(Label::Fact) => "Only facts",
            Filter::Labelled(Label::Context) => "Only context",
            Filter::Unlabelled => "Only unlabelled",
            Filter::WithNote => "Only with notes",
            Filter::Changed => "Only changes",
        }
    }

    pub fn matches(self, session: &Session, index: usize) -> bool {
        match self {
            Filter::Labelled(label) => session.label(index) == Some(label),
            Filter::Unlabelled => session.label(index).is_none(),
            Filter::WithNote => session.note(index).is_some(),
            Filter::Changed => false,
        }
    }

    /// The indices of the matching sentences, in document order.
    pub fn matching(self, session: &Session) -> Vec<usize> {
        (0..session.doc.len())
            .filter(|&i| self.matches(session, i))
            .collect()
    }
}
