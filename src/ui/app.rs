//! The app: owns the state (one reducer over `model::apply`), restores and saves it, and lays
//! out the views.

use std::rc::Rc;

use yew::prelude::*;

use super::alerts::Alerts;
use super::article::Article;
use super::paste::Paste;
use super::toolbar::Toolbar;
use super::{clock, download, storage};
use crate::export::{file_name, native_json};
use crate::model::{apply, Action, Document, Label, Session, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match apply(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let boot = use_memo((), |_| storage::restore(&clock::now()));
    let state = use_reducer(|| State {
        session: boot.session.clone(),
    });
    let problems = use_state(|| boot.problems.clone());
    let save_error = use_state(|| None::<String>);
    use_persistence(&state, save_error.setter());

    let dispatcher = state.dispatcher();
    let on_action = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
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
                let (session, problems) = (session.clone(), problems.clone());
                Callback::from(move |()| {
                    let now = clock::now();
                    let name = file_name(&session.doc.title, &now, "json");
                    if let Err(e) =
                        download::save_file(&name, "application/json", &native_json(&session, &now))
                    {
                        let mut all = (*problems).clone();
                        all.push(e);
                        problems.set(all);
                    }
                })
            };
            let on_new = {
                let on_action = on_action.clone();
                Callback::from(move |()| {
                    // Only the pointer to the open document is dropped; the document stays stored.
                    let _ = storage::forget_current();
                    on_action.emit(Action::Close);
                })
            };
            let selected = session.selection.map_or(0, |s| s.range().count());
            html! {
                <>
                    <Toolbar title={session.doc.title.clone()} counts={session.counts} {selected}
                        on_label={on_action.reform(Action::SetLabel)} {on_download} {on_new} />
                    <Article doc={session.doc.clone()} labels={session.labels.clone()}
                        selection={session.selection} on_action={on_action.clone()} />
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
                { "Nothing you paste leaves this browser: Sift has no server, and your work is kept in this browser's storage." }
            </footer>
        </div>
    }
}

/// What was last written to storage, by pointer: a state whose parts are the same `Rc`s needs
/// no write.
type Saved = (Option<*const Document>, Option<*const Vec<Option<Label>>>);

/// Saves the document when it is opened and the labels whenever they change. A failure is
/// shown and the work stays in memory; the next save that succeeds writes everything again.
#[hook]
fn use_persistence(state: &UseReducerHandle<State>, save_error: UseStateSetter<Option<String>>) {
    let pointers =
        |s: &Session| -> Saved { (Some(Rc::as_ptr(&s.doc)), Some(Rc::as_ptr(&s.labels))) };
    // What was restored at start is already in storage.
    let saved = use_mut_ref(|| state.session.as_ref().map_or((None, None), pointers));
    let session = state.session.clone();
    let deps = session
        .as_ref()
        .map(|s| (Rc::as_ptr(&s.doc) as usize, Rc::as_ptr(&s.labels) as usize));
    use_effect_with(deps, move |_| {
        let Some(session) = session else { return };
        let (doc, labels) = pointers(&session);
        let result = (|| {
            let mut saved = saved.borrow_mut();
            if saved.0 != doc {
                storage::save_document(&session.doc)?;
                *saved = (doc, None);
            }
            if saved.1 != labels {
                storage::save_labels(&session.doc.id, &session.labels, &clock::now())?;
                saved.1 = labels;
            }
            Ok::<(), storage::StoreError>(())
        })();
        save_error.set(result.err().map(|e| {
            format!("Your last change is not saved: {e}. It is kept in this tab; use Download JSON to keep a copy.")
        }));
    });
}
