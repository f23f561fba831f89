//! The app: owns the state (one reducer over `model::apply`), restores and saves it, routes
//! shortcuts and lays out the views.

use std::rc::Rc;

use yew::prelude::*;

use super::alerts::Alerts;
use super::article::Article;
use super::help::Help;
use super::keys::use_shortcuts;
use super::note::NoteEditor;
use super::paste::Paste;
use super::review::Review;
use super::split::SplitEditor;
use super::toolbar::{DocumentBar, Toolbar};
use super::{clock, download, storage};
use crate::export::{file_name, Format};
use crate::keymap::Shortcut;
use crate::model::{apply, Action, Document, Filter, Label, Session, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match apply(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// A panel open over the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Help,
    Note(usize),
    Split(usize),
}

#[function_component(App)]
pub fn app() -> Html {
    let boot = use_memo((), |_| storage::restore(&clock::now()));
    let state = use_reducer(|| State {
        session: boot.session.clone(),
    });
    let problems = use_state(|| boot.problems.clone());
    let save_error = use_state(|| None::<String>);
    let panel = use_state(|| None::<Panel>);
    let filter = use_state(|| None::<Filter>);
    use_persistence(&state, save_error.setter());

    let dispatcher = state.dispatcher();
    let on_action = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
    let report = {
        let problems = problems.clone();
        Callback::from(move |message: String| {
            let mut all = (*problems).clone();
            all.push(message);
            problems.set(all);
        })
    };
    let focus = state
        .session
        .as_ref()
        .and_then(|s| s.selection)
        .map(|s| s.focus);
    let on_shortcut = {
        let (on_action, panel) = (on_action.clone(), panel.clone());
        Callback::from(move |shortcut: Shortcut| match (shortcut, *panel) {
            (Shortcut::Help, Some(Panel::Help))
            | (Shortcut::Act(Action::ClearSelection), Some(_)) => panel.set(None),
            (Shortcut::Help, _) => panel.set(Some(Panel::Help)),
            // While a panel is open, keys belong to it.
            (_, Some(_)) => {}
            (Shortcut::Act(action), None) => on_action.emit(action),
            (Shortcut::Note, None) => panel.set(focus.map(Panel::Note)),
            (Shortcut::Split, None) => panel.set(focus.map(Panel::Split)),
        })
    };
    use_shortcuts(state.session.is_some(), on_shortcut.clone());

    let on_annotate = {
        let on_action = on_action.clone();
        Callback::from(move |text: String| {
            on_action.emit(Action::Open(Session::new(Document::new(
                text,
                &clock::now(),
            ))));
        })
    };
    let on_dismiss = {
        let problems = problems.clone();
        Callback::from(move |index: usize| {
            let mut rest = (*problems).clone();
            if index < rest.len() {
                rest.remove(index);
            }
            problems.set(rest);
        })
    };

    let body = match &state.session {
        None => html! { <Paste {on_annotate} /> },
        Some(session) => {
            let on_download = {
                let (session, report) = (session.clone(), report.clone());
                Callback::from(move |format: Format| {
                    let now = clock::now();
                    let name = file_name(&session.doc.title, &now, format.extension());
                    if let Err(e) =
                        download::save_file(&name, format.mime(), &format.render(&session, &now))
                    {
                        report.emit(e);
                    }
                })
            };
            let on_new = {
                let (on_action, panel, report) = (on_action.clone(), panel.clone(), report.clone());
                Callback::from(move |()| {
                    // Only the pointer to the open document is dropped; the document stays stored.
                    if let Err(e) = storage::forget_current() {
                        report.emit(format!("Sift could not update its storage: {e}."));
                    }
                    panel.set(None);
                    on_action.emit(Action::Close);
                })
            };
            let close_panel = {
                let panel = panel.clone();
                Callback::from(move |()| panel.set(None))
            };
            let on_jump = {
                let on_action = on_action.clone();
                Callback::from(move |index: usize| on_action.emit(Action::Select(index)))
            };
            let on_filter = {
                let filter = filter.clone();
                Callback::from(move |f: Option<Filter>| filter.set(f))
            };
            let selected = session.selection.map_or(0, |s| s.range().count());
            let open_panel = match *panel {
                Some(Panel::Help) => html! { <Help on_close={close_panel.clone()} /> },
                Some(Panel::Note(index)) if index < session.doc.len() => {
                    let on_save = {
                        let (on_action, close) = (on_action.clone(), close_panel.clone());
                        Callback::from(move |note: Option<String>| {
                            on_action.emit(Action::SetNote { index, note });
                            close.emit(());
                        })
                    };
                    html! {
                        <NoteEditor {index} sentence={session.doc.sentence_text(index).to_string()}
                            note={session.note(index).map(|n| AttrValue::from(n.to_string()))}
                            {on_save} on_close={close_panel.clone()} />
                    }
                }
                Some(Panel::Split(index)) if index < session.doc.len() => {
                    let on_split = {
                        let (on_action, close) = (on_action.clone(), close_panel.clone());
                        Callback::from(move |at: usize| {
                            on_action.emit(Action::Split { index, at });
                            close.emit(());
                        })
                    };
                    html! {
                        <SplitEditor {index} start={session.doc.sentences[index].start}
                            sentence={session.doc.sentence_text(index).to_string()}
                            {on_split} on_close={close_panel.clone()} />
                    }
                }
                _ => html! {},
            };
            html! {
                <>
                    <DocumentBar title={session.doc.title.clone()} {on_download} {on_new} />
                    <Review session={session.clone()} filter={*filter} {on_filter} {on_jump} />
                    <div class="toolbar">
                        <Toolbar {selected} can_undo={session.history.can_undo()} can_redo={session.history.can_redo()}
                            on_shortcut={on_shortcut.clone()} />
                        if !matches!(*panel, Some(Panel::Help)) { { open_panel.clone() } }
                    </div>
                    <Article doc={session.doc.clone()} labels={session.labels.clone()} notes={session.notes.clone()}
                        selection={session.selection} on_action={on_action.clone()} />
                    if matches!(*panel, Some(Panel::Help)) { { open_panel } }
                </>
            }
        }
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1>{ "Sift" }</h1>
                <p class="tagline">{ "Tag every sentence of an article as claim, fact or context." }</p>
            </header>
            <Alerts problems={(*problems).clone()} save_error={(*save_error).clone()} {on_dismiss} />
            <main>{ body }</main>
            <footer class="privacy">
                { "Nothing you paste leaves this browser: Sift has no server, and your work is kept in this browser's storage. Press ? for the keyboard shortcuts." }
            </footer>
        </div>
    }
}

/// What was last written to storage, by pointer: a state whose parts are the same `Rc`s needs
/// no write. (document, labels, notes)
type Saved = (
    *const Document,
    *const Vec<Option<Label>>,
    *const Vec<Option<Rc<str>>>,
);

fn pointers(session: &Session) -> Saved {
    (
        Rc::as_ptr(&session.doc),
        Rc::as_ptr(&session.labels),
        Rc::as_ptr(&session.notes),
    )
}

/// Saves the document when it is opened or its sentence bounds change, and the annotations
/// whenever they change. A failure is shown and the work stays in memory; the next save that
/// succeeds writes everything again.
#[hook]
fn use_persistence(state: &UseReducerHandle<State>, save_error: UseStateSetter<Option<String>>) {
    // What was restored at start is already in storage.
    let saved = use_mut_ref(|| state.session.as_ref().map(pointers));
    let session = state.session.clone();
    let deps = session.as_ref().map(|s| {
        let (doc, labels, notes) = pointers(s);
        (doc as usize, labels as usize, notes as usize)
    });
    use_effect_with(deps, move |_| {
        let Some(session) = session else { return };
        let now = pointers(&session);
        let result = (|| {
            let mut saved = saved.borrow_mut();
            if saved.map(|s| s.0) != Some(now.0) {
                storage::save_document(&session.doc)?;
                *saved = None;
            }
            if saved.map(|s| (s.1, s.2)) != Some((now.1, now.2)) {
                storage::save_annotations(&session, &clock::now())?;
            }
            *saved = Some(now);
            Ok::<(), storage::StoreError>(())
        })();
        save_error.set(result.err().map(|e| {
            format!("Your last change is not saved: {e}. It is kept in this tab; use Download JSON to keep a copy.")
        }));
    });
}
