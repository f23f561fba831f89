//! What a shortcut does on the document page, from a key or from a button: the same requests,
//! except that while a panel is open its keys belong to it, and a button pressed is always
//! meant.

use std::ops::RangeInclusive;

use crate::keymap::Shortcut;
use crate::model::{Action, Label};
use crate::versions::{Change, Changes};

use super::panel::Panel;
use super::suggesting::Suggested;

/// What the routing depends on, as of the latest render.
pub struct Context<'a> {
    pub panel: Option<Panel>,
    pub read_only: bool,
    /// The focused sentence: its index and the byte where it starts.
    pub focus: Option<(usize, usize)>,
    /// What changed since the previous version, when there is one.
    pub changes: Option<&'a Changes>,
    pub selected: Option<RangeInclusive<usize>>,
    pub labels: &'a [Option<Label>],
    pub suggested: &'a Suggested,
}

/// What to do.
#[derive(Debug, PartialEq)]
pub enum Routed {
    Act(Action),
    Show(Option<Panel>),
    /// Select this sentence and bring it into view.
    Jump(usize),
    Nothing,
}

pub fn route(shortcut: Shortcut, from_keyboard: bool, cx: &Context) -> Routed {
    let (index, at) = (cx.focus.map(|(i, _)| i), cx.focus.map(|(_, start)| start));
    match (shortcut, cx.panel) {
        // A version open to read has no note or split to edit.
        (Shortcut::Note | Shortcut::Split, _) if cx.read_only => Routed::Nothing,
        (Shortcut::Help, Some(Panel::Help)) | (Shortcut::Act(Action::ClearSelection), Some(_)) => {
            Routed::Show(None)
        }
        (Shortcut::Help, _) => Routed::Show(Some(Panel::Help)),
        (_, Some(_)) if from_keyboard => Routed::Nothing,
        (Shortcut::Act(action), _) => Routed::Act(action),
        (Shortcut::Note, _) => Routed::Show(at.map(Panel::Note)),
        (Shortcut::Split, _) => Routed::Show(at.map(Panel::Split)),
        (Shortcut::Diff, _) => {
            let edited = index.zip(cx.changes).and_then(|(i, c)| c.of(i));
            match edited {
                Some(Change::Edited) => Routed::Show(at.map(Panel::Diff)),
                _ => Routed::Nothing,
            }
        }
        (Shortcut::Change(by), _) => match cx.changes.and_then(|c| c.next(index, by)) {
            Some(index) => Routed::Jump(index),
            None => Routed::Nothing,
        },
        (Shortcut::Accept, _) if cx.read_only => Routed::Nothing,
        (Shortcut::Accept, _) => {
            let accepted = cx
                .suggested
                .accepted(cx.selected.clone().into_iter().flatten(), cx.labels);
            match accepted.is_empty() {
                true => Routed::Nothing,
                false => Routed::Act(Action::SetLabels(accepted)),
            }
        }
        (Shortcut::NextSuggestion, _) => match cx.suggested.next(index, cx.labels) {
            Some(index) => Routed::Jump(index),
            None => Routed::Nothing,
        },
    }
}
