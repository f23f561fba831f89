//! The panel open over the article (the keys, a note, a split, what changed in a sentence):
//! which one is open, and the view of it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, Document, Session};
use crate::ui::views::diff::DiffPanel;
use crate::ui::views::help::Help;
use crate::ui::views::note::NoteEditor;
use crate::ui::views::split::SplitEditor;
use crate::versions::Changes;

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

/// What the open panel shows and does.
pub struct Open<'a> {
    pub panel: Panel,
    pub session: &'a Session,
    /// The previous version and what changed since, when there is one.
    pub since: Option<(&'a Document, &'a Changes)>,
    pub on_action: &'a Callback<Action>,
    pub on_close: &'a Callback<()>,
}

/// The panel, for the sentence it is for wherever it is now; nothing once that sentence is
/// gone.
pub fn open_panel(props: Open) -> Html {
    let Open {
        panel,
        session,
        on_action,
        on_close,
        ..
    } = props;
    let at = match panel {
        Panel::Help => return html! { <Help on_close={on_close.clone()} /> },
        Panel::Note(at) | Panel::Split(at) | Panel::Diff(at) => at,
    };
    let Some(index) = session.doc.sentence_at(at) else {
        return html! {};
    };
    let sentence = AttrValue::from(session.doc.sentence_text(index).to_string());
    // Saving a note or splitting closes the panel.
    match panel {
        Panel::Note(_) => {
            let (on_action, on_close) = (on_action.clone(), on_close.clone());
            let on_save = Callback::from(move |note: Option<String>| {
                on_action.emit(Action::SetNoteAt { at, note });
                on_close.emit(());
            });
            html! {
                <NoteEditor key={at} {index} {sentence}
                    note={session.note(index).map(|n| AttrValue::from(n.to_string()))}
                    {on_save} on_close={props.on_close.clone()} />
            }
        }
        Panel::Split(_) => {
            let (on_action, on_close) = (on_action.clone(), on_close.clone());
            let on_split = Callback::from(move |at: usize| {
                on_action.emit(Action::Split { index, at });
                on_close.emit(());
            });
            html! {
                <SplitEditor key={at} {index} start={session.doc.sentences[index].start} {sentence}
                    {on_split} on_close={props.on_close.clone()} />
            }
        }
        Panel::Diff(_) => match props.since {
            Some((previous, changes)) => {
                let old: Vec<&str> = changes
                    .sources(index)
                    .into_iter()
                    .map(|i| previous.sentence_text(i))
                    .collect();
                html! {
                    <DiffPanel key={at} {index} old={old.join(" ")} new={sentence}
                        on_close={props.on_close.clone()} />
                }
            }
            None => html! {},
        },
        Panel::Help => html! {},
    }
}

/// The previous version and what changed since, as the panel and the side take them.
pub fn since<'a>(
    previous: &'a Option<Rc<Document>>,
    changes: &'a Option<Rc<Changes>>,
) -> Option<(&'a Document, &'a Changes)> {
    Some((previous.as_deref()?, changes.as_deref()?))
}
