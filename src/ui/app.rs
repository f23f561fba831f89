//! The app: owns the state (one reducer over `model::apply`), routes shortcuts, opens, imports
//! and deletes documents, and lays out the views.

use std::rc::Rc;

use yew::prelude::*;

use super::alerts::{alerts, Alerts};
use super::article::{scroll_into_view, Article};
use super::changes::{changes_section, orphans_section, read_only_section, ReadOnly, Since};
use super::choice::VersionChoice;
use super::compare::{is_gold, restore as restore_comparison, use_kept, CompareView, Comparing};
use super::coverage::{coverage_strip, Strip};
use super::diff::DiffPanel;
use super::document_bar::DocumentBar;
use super::help::Help;
use super::import::ImportButton;
use super::keys::use_shortcuts;
use super::library::Library;
use super::note::NoteEditor;
use super::paragraph::sentence_id;
use super::paste::Paste;
use super::pickers::{annotations_input, compare_input, Picked};
use super::review::Review;
use super::shell::{Panel, Shell, ShellAction};
use super::split::SplitEditor;
use super::storage::{Problem, QUOTA_BYTES};
use super::store::{use_restored, use_store, Recognised};
use super::theme::ThemeSwitch;
use super::toolbar::{toolbar, Toolbar};
use super::{clock, download};
use crate::compare::{annotator, Annotator, Change};
use crate::export::{file_name, Format, Stamp};
use crate::import::{into_library, parse, IntoLibrary};
use crate::keymap::{shortcut_for, Shortcut};
use crate::model::{apply, document_id, Action, Annotations, Document, Session, State};
use crate::schema::article_of;
use crate::versions::{self, bring_in, changes, new_version, read_foreign};

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
    let boot = use_restored();
    let state = use_reducer(|| State {
        session: boot.session.clone(),
        read_only: false,
    });
    let shell = use_reducer(|| Shell {
        problems: boot.problems.clone(),
        ..Shell::default()
    });
    let show = shell.dispatcher();
    let notify = show.to_callback().reform(ShellAction::Notify);
    let add_problems = show.to_callback().reform(ShellAction::Report);
    let store = use_store(
        &state,
        &boot,
        add_problems.clone(),
        notify.clone(),
        show.to_callback().reform(ShellAction::SaveError),
    );
    // Reading every stored value (the articles too) is not free: only on the start page, which
    // shows it, and when the library changes there; never per label.
    let on_start_page = state.session.is_none();
    let used = {
        let store = store.clone();
        use_memo(
            (on_start_page, store.library().to_vec()),
            move |(on_start_page, _)| on_start_page.then(|| store.used_bytes()).unwrap_or(0),
        )
    };

    let dispatcher = state.dispatcher();
    let on_action = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
    let report = add_problems.reform(|message: String| vec![Problem::new(message)]);
    // The version the open one was made from, and what changed since.
    let previous = {
        let store = store.clone();
        let id = state.session.as_ref().and_then(|s| s.doc.previous.clone());
        use_memo(id, move |id| id.as_deref().and_then(|id| store.version(id)))
    };
    let changed = {
        let doc = state.session.as_ref().map(|s| s.doc.clone());
        use_memo((doc, (*previous).clone()), |(doc, previous)| {
            match (doc, previous) {
                (Some(doc), Some(previous)) => Some(Rc::new(changes(previous, doc))),
                _ => None,
            }
        })
    };
    // Where the focused sentence starts: what a note or split panel holds on to.
    let focus = state
        .session
        .as_ref()
        .and_then(|s| Some(s.doc.sentences.get(s.selection?.focus)?.start));
    // Keys and buttons ask for the same things; while a panel is open its keys belong to it,
    // but a button pressed is always meant.
    let route = |from_keyboard: bool| {
        let (on_action, show, panel) = (on_action.clone(), show.clone(), shell.panel);
        let (changed, at, read_only) = (
            (*changed).clone(),
            state
                .session
                .as_ref()
                .and_then(|s| s.selection)
                .map(|s| s.focus),
            state.read_only,
        );
        Callback::from(move |shortcut: Shortcut| match (shortcut, panel) {
            // A version open to read has no note or split to edit.
            (Shortcut::Note | Shortcut::Split, _) if read_only => {}
            (Shortcut::Help, Some(Panel::Help))
            | (Shortcut::Act(Action::ClearSelection), Some(_)) => {
                show.dispatch(ShellAction::Show(None))
            }
            (Shortcut::Help, _) => show.dispatch(ShellAction::Show(Some(Panel::Help))),
            (_, Some(_)) if from_keyboard => {}
            (Shortcut::Act(action), _) => on_action.emit(action),
            (Shortcut::Note, _) => show.dispatch(ShellAction::Show(focus.map(Panel::Note))),
            (Shortcut::Split, _) => show.dispatch(ShellAction::Show(focus.map(Panel::Split))),
            (Shortcut::Diff, _) => {
                let edited = at.zip(changed.as_ref()).map(|(i, c)| c.of(i));
                if edited == Some(Some(versions::Change::Edited)) {
                    show.dispatch(ShellAction::Show(focus.map(Panel::Diff)));
                }
            }
            (Shortcut::Change(by), _) => {
                if let Some(index) = changed.as_ref().and_then(|c| c.next(at, by)) {
                    scroll_into_view(&sentence_id(index));
                    on_action.emit(Action::Select(index));
                }
            }
        })
    };
    let on_shortcut = route(true);
    let on_button = route(false);
    let comparing = use_reducer(|| {
        Comparing(
            boot.session
                .as_ref()
                .and_then(|s| restore_comparison(&s.doc.text)),
        )
    });
    use_kept(
        comparing.0.as_ref(),
        state.session.as_ref().map(|s| s.doc.text.clone()),
    );
    // While comparing, the comparison has the keys, except those that close a panel.
    let article_keys = comparing.0.is_none() || shell.panel.is_some();
    use_shortcuts(
        state.session.is_some() && article_keys,
        shortcut_for,
        on_shortcut.clone(),
    );

    // Opens a stored document, or reports why it cannot be read.
    let open_stored = {
        let (on_action, store) = (on_action.clone(), store.clone());
        Callback::from(move |id: String| {
            if let Some(session) = store.open(&id) {
                on_action.emit(Action::Open(session));
            }
        })
    };
    // A pasted text that resembles an article in the library waits here for the reader's choice.
    let choice = use_state(|| None::<Rc<(Document, Recognised)>>);
    {
        // Asked on the start page only: a document opened otherwise drops the question.
        let choice = choice.clone();
        use_effect_with(state.session.is_some(), move |open| {
            if *open {
                choice.set(None);
            }
        });
    }
    let on_annotate = {
        let (on_action, notify, store) = (on_action.clone(), notify.clone(), store.clone());
        let choice = choice.clone();
        Callback::from(move |text: String| {
            let id = document_id(&text);
            if store.has(&id) {
                if let Some(session) = store.open_pasted(&id, &text) {
                    notify.emit(
                        "This article is already in your library, so Sift opened it with your labels."
                            .into(),
                    );
                    on_action.emit(Action::Open(session));
                }
            } else {
                let doc = Document::new(text, &clock::now());
                match store.version_of(&doc.sketch) {
                    Some(found) => choice.set(Some(Rc::new((doc, found)))),
                    None => on_action.emit(Action::Open(Session::new(doc))),
                }
            }
        })
    };
    let on_version = {
        let (on_action, notify, store, choice) = (
            on_action.clone(),
            notify.clone(),
            store.clone(),
            choice.clone(),
        );
        Callback::from(move |()| {
            let Some(pasted) = (*choice).clone() else {
                return;
            };
            let (doc, found) = &*pasted;
            let Some(old) = store.open(&found.current) else {
                return;
            };
            let (session, carried) = new_version(&old, doc.clone(), found.number);
            let count = |n: usize, one: &str, many: &str| match n {
                0 => format!("no {many}"),
                1 => format!("1 {one}"),
                n => format!("{n} {many}"),
            };
            let labels = carried.labels.iter().filter(|l| l.is_some()).count();
            let notes = carried.notes.iter().filter(|n| n.is_some()).count();
            notify.emit(format!(
                "This is version {} of “{}”: {} and {} carried over; {} waiting for a sentence.",
                found.number,
                found.title,
                count(labels, "label", "labels"),
                count(notes, "note", "notes"),
                count(carried.orphans.len(), "orphan", "orphans"),
            ));
            on_action.emit(Action::Open(session));
        })
    };
    let on_separate = {
        let (on_action, choice) = (on_action.clone(), choice.clone());
        Callback::from(move |()| {
            if let Some(pasted) = (*choice).clone() {
                on_action.emit(Action::Open(Session::new(pasted.0.clone())));
            }
        })
    };
    let on_import = {
        let (on_action, report, notify, store) = (
            on_action.clone(),
            report.clone(),
            notify.clone(),
            store.clone(),
        );
        Callback::from(move |file: Result<Vec<u8>, String>| {
            let imported = match file.map(|bytes| {
                parse(&bytes).map_err(|e| {
                    format!("Sift could not import that file: {e}. Nothing was changed.")
                })
            }) {
                Ok(Ok(imported)) => imported,
                Ok(Err(message)) | Err(message) => return report.emit(message),
            };
            let id = imported.doc.id.clone();
            let stored = if store.has(&id) {
                store.open(&id)
            } else {
                None
            };
            let IntoLibrary {
                session,
                change,
                message,
            } = into_library(imported, stored);
            notify.emit(message);
            on_action.emit(Action::Open(session));
            // Laid onto the stored document as one change, which Undo takes back.
            if let Some(annotations) = change {
                on_action.emit(Action::Adopt(annotations, Vec::new()));
            }
        })
    };
    let on_dismiss = show.to_callback().reform(ShellAction::Dismiss);
    let on_download_backup = {
        let (report, store) = (report.clone(), store.clone());
        Callback::from(move |key: String| {
            let saved = match store.backup(&key) {
                Some(raw) => download::save_file(
                    &format!("sift-backup-{}.txt", file_safe(&key)),
                    "text/plain",
                    &raw,
                ),
                _ => Err(format!("There is nothing stored under “{key}” any more.")),
            };
            if let Err(e) = saved {
                report.emit(e);
            }
        })
    };

    let body = match &state.session {
        None => {
            let on_rename = {
                let store = store.clone();
                Callback::from(move |(id, title): (String, String)| store.rename(&id, title))
            };
            let on_delete = {
                let (store, notify) = (store.clone(), notify.clone());
                Callback::from(move |id: String| {
                    let title = store
                        .library()
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| e.title.clone())
                        .unwrap_or_default();
                    if store.delete(&id) {
                        notify.emit(format!("Deleted “{title}”."));
                    }
                })
            };
            let on_delete_backup = {
                let store = store.clone();
                Callback::from(move |key: String| store.delete_backup(&key))
            };
            let on_read = {
                let (on_action, store) = (on_action.clone(), store.clone());
                Callback::from(move |id: String| {
                    if let Some(session) = store.stored(&id) {
                        on_action.emit(Action::OpenReadOnly(session));
                    }
                })
            };
            let on_make_current = {
                let (on_action, store) = (on_action.clone(), store.clone());
                Callback::from(move |id: String| {
                    if let Some(session) = store.make_current(&id) {
                        on_action.emit(Action::Open(session));
                    }
                })
            };
            html! {
                <>
                    <Paste {on_annotate} />
                    if let Some(pasted) = &*choice {
                        <VersionChoice title={pasted.1.title.clone()} number={pasted.1.number}
                            {on_version} on_document={on_separate} />
                    }
                    <div class="import-row"><ImportButton on_file={on_import.clone()} /></div>
                    <Library entries={store.library().to_vec()} backups={store.backups().to_vec()}
                        used={*used} quota={QUOTA_BYTES} on_open={open_stored.clone()} {on_rename} {on_delete}
                        {on_read} {on_make_current}
                        on_download_backup={on_download_backup.clone()} {on_delete_backup} />
                </>
            }
        }
        Some(session) => {
            let on_download = {
                let (session, report, store) = (session.clone(), report.clone(), store.clone());
                Callback::from(move |format: Format| {
                    let now = clock::now();
                    let modified = store
                        .library()
                        .iter()
                        .find(|e| e.id == session.doc.id)
                        .map_or_else(|| now.clone(), |e| e.updated.clone());
                    let stamp = Stamp {
                        exported_at: &now,
                        modified: &modified,
                        generator: &page_address(),
                    };
                    let name = file_name(&session.doc.title, &now, format.extension());
                    if let Err(e) =
                        download::save_file(&name, format.mime(), &format.render(&session, &stamp))
                    {
                        report.emit(e);
                    }
                })
            };
            let on_compare = {
                let (comparing, report, session) =
                    (comparing.clone(), report.clone(), session.clone());
                Callback::from(move |picked: Vec<Picked>| {
                    let mut found = Vec::new();
                    // The open document is the first annotator, unless it is the gold version.
                    if comparing.0.is_none() && !is_gold(&session) {
                        found.push(Annotator::of("You", &session.doc, &session.labels));
                    }
                    let own = found.len();
                    for (name, bytes) in picked {
                        match bytes.and_then(|bytes| annotator(&bytes, &name, &session.doc)) {
                            Ok(a) => found.push(a),
                            Err(message) => report.emit(message),
                        }
                    }
                    if found.len() > own {
                        comparing.dispatch(Some(Change::Add(found)));
                    }
                })
            };
            let on_gold = {
                let (on_action, notify, store) = (on_action.clone(), notify.clone(), store.clone());
                Callback::from(move |gold: Session| {
                    let id = gold.doc.id.clone();
                    let session = if store.has(&id) {
                        notify.emit("This article's gold version is already in your library, so Sift opened it to go on settling.".into());
                        store.open(&id)
                    } else {
                        Some(gold)
                    };
                    if let Some(session) = session {
                        on_action.emit(Action::Open(session));
                    }
                })
            };
            let on_new = {
                let (on_action, show, store, comparing) = (
                    on_action.clone(),
                    show.clone(),
                    store.clone(),
                    comparing.clone(),
                );
                Callback::from(move |()| {
                    comparing.dispatch(None);
                    // Only the pointer to the open document is dropped; the document stays stored.
                    store.leave();
                    show.dispatch(ShellAction::Show(None));
                    on_action.emit(Action::Close);
                })
            };
            // Another tool's annotations, anchored by their quotes and laid on as one change.
            let on_bring = {
                let (on_action, notify, report, session) = (
                    on_action.clone(),
                    notify.clone(),
                    report.clone(),
                    session.clone(),
                );
                Callback::from(move |picked: Vec<Picked>| {
                    let Some((name, bytes)) = picked.into_iter().next() else {
                        return;
                    };
                    let found = match bytes.and_then(|b| read_foreign(&b)) {
                        Ok(found) if !found.is_empty() => found,
                        Ok(_) => return report.emit(format!("“{name}” holds no annotation that quotes the text. Nothing was changed.")),
                        Err(e) => return report.emit(format!("Sift could not import “{name}”: {e}. Nothing was changed.")),
                    };
                    let brought = bring_in(&session.doc, &session.labels, &session.notes, &found);
                    let none = found.len() - brought.exact - brought.fuzzy;
                    notify.emit(format!(
                        "“{name}”: {} annotations, {} anchored exactly, {} fuzzily and {none} not at all. {} waiting for a sentence under Orphans.",
                        found.len(), brought.exact, brought.fuzzy, brought.orphans.len()
                    ));
                    let annotations = Annotations {
                        labels: brought.labels,
                        notes: brought.notes,
                    };
                    on_action.emit(Action::Adopt(annotations, brought.orphans));
                })
            };
            let read_only = state.read_only.then(|| {
                let (make, back) = (on_action.clone(), on_action.clone());
                let (store_make, store_back) = (store.clone(), store.clone());
                let id = session.doc.id.clone();
                // The article's current version, to go back to.
                let current = article_of(store.library(), &id).map(|a| a.current.id.clone());
                read_only_section(ReadOnly {
                    version: session.doc.version,
                    on_make_current: Callback::from(move |()| {
                        if let Some(s) = store_make.make_current(&id) {
                            make.emit(Action::Open(s))
                        }
                    }),
                    on_back: current.map(|current| {
                        Callback::from(move |()| {
                            if let Some(s) = store_back.open(&current) {
                                back.emit(Action::Open(s))
                            }
                        })
                    }),
                })
            });
            let on_diff = show
                .to_callback()
                .reform(move |()| ShellAction::Show(focus.map(Panel::Diff)));
            let since = match (&*changed, &*previous) {
                (Some(changes), Some(previous)) => changes_section(Since {
                    session,
                    previous,
                    changes,
                    on_diff: &on_diff,
                }),
                _ => html! {},
            };
            let close_panel = show.to_callback().reform(|()| ShellAction::Show(None));
            // Scrolled now as well as when the selection changes: a jump to the sentence that
            // is already selected changes nothing, yet the reader asked to see it.
            let on_jump = on_action.reform(|index| {
                scroll_into_view(&sentence_id(index));
                Action::Select(index)
            });
            let on_filter = show.to_callback().reform(ShellAction::Filter);
            let on_rename = on_action.reform(Action::Rename);
            let on_details = on_action.reform(Action::SetDetails);
            let selected = session.selection.map_or(0, |s| s.range().count());
            // The sentence a panel is for, wherever it is now.
            let panel = shell.panel.and_then(|panel| match panel {
                Panel::Help => Some((panel, 0)),
                Panel::Note(at) | Panel::Split(at) | Panel::Diff(at) => {
                    Some((panel, session.doc.sentence_at(at)?))
                }
            });
            let open_panel = match panel {
                Some((Panel::Help, _)) => html! { <Help on_close={close_panel.clone()} /> },
                Some((Panel::Note(at), index)) => {
                    let on_save = {
                        let (on_action, close) = (on_action.clone(), close_panel.clone());
                        Callback::from(move |note: Option<String>| {
                            on_action.emit(Action::SetNoteAt { at, note });
                            close.emit(());
                        })
                    };
                    html! {
                        <NoteEditor key={at} {index} sentence={session.doc.sentence_text(index).to_string()}
                            note={session.note(index).map(|n| AttrValue::from(n.to_string()))}
                            {on_save} on_close={close_panel.clone()} />
                    }
                }
                Some((Panel::Split(at), index)) => {
                    let on_split = {
                        let (on_action, close) = (on_action.clone(), close_panel.clone());
                        Callback::from(move |at: usize| {
                            on_action.emit(Action::Split { index, at });
                            close.emit(());
                        })
                    };
                    html! {
                        <SplitEditor key={at} {index} start={session.doc.sentences[index].start}
                            sentence={session.doc.sentence_text(index).to_string()}
                            {on_split} on_close={close_panel.clone()} />
                    }
                }
                Some((Panel::Diff(at), index)) => match (&*changed, &*previous) {
                    (Some(changes), Some(previous)) => {
                        let old: Vec<&str> = changes
                            .sources(index)
                            .into_iter()
                            .map(|i| previous.sentence_text(i))
                            .collect();
                        html! {
                            <DiffPanel key={at} {index} old={old.join(" ")} new={session.doc.sentence_text(index).to_string()}
                                on_close={close_panel.clone()} />
                        }
                    }
                    _ => html! {},
                },
                None => html! {},
            };
            html! {
                <>
                    <DocumentBar title={session.doc.title.clone()} details={session.doc.details.clone()}
                        {on_download} {on_new} {on_rename} {on_details} read_only={state.read_only} />
                    if let Some(comparison) = &comparing.0 {
                        <CompareView session={session.clone()} comparison={comparison.clone()} keys={shell.panel.is_none()}
                            on_change={comparing.dispatcher().to_callback()} on_action={on_action.clone()} {on_gold}
                            on_help={show.to_callback().reform(|()| ShellAction::Show(Some(Panel::Help)))}
                            on_compare={on_compare.clone()}
                            on_report={report.clone()} />
                    } else {
                        // Beside the article on a wide screen, above it otherwise.
                        <div class="workspace">
                            <div class="side">
                                if let Some(read_only) = read_only {
                                    { read_only }
                                    if !matches!(shell.panel, Some(Panel::Help)) { { open_panel.clone() } }
                                } else {
                                    <div class="toolbar">
                                        { toolbar(Toolbar { selected, counts: session.counts, can_undo: session.history.can_undo(),
                                            can_redo: session.history.can_redo(), on_shortcut: &on_button }) }
                                        if !matches!(shell.panel, Some(Panel::Help)) { { open_panel.clone() } }
                                    </div>
                                }
                                { orphans_section(session, &on_action) }
                                { since }
                                if !state.read_only {
                                    <div class="compare-entry">
                                        { compare_input(&on_compare) }
                                        { annotations_input(&on_bring) }
                                    </div>
                                }
                                <Review session={session.clone()} filter={shell.filter} changes={(*changed).clone()}
                                    {on_filter} on_jump={on_jump.clone()} />
                            </div>
                            { coverage_strip(Strip { labels: &session.labels, focus: session.selection.map(|s| s.focus),
                                on_jump: &on_jump }) }
                            <Article doc={session.doc.clone()} labels={session.labels.clone()} notes={session.notes.clone()}
                                selection={session.selection} changes={(*changed).clone()} on_action={on_action.clone()} />
                        </div>
                    }
                    if matches!(shell.panel, Some(Panel::Help)) { { open_panel } }
                </>
            }
        }
    };

    html! {
        <div class={classes!("app", state.session.is_some().then_some("open"))}>
            <header class="masthead">
                <h1>{ "Sift" }</h1>
                <p class="tagline">{ "Tag every sentence of an article as claim, fact or context." }</p>
                <ThemeSwitch />
            </header>
            { alerts(Alerts { problems: &shell.problems, save_error: shell.save_error.as_deref(),
                notice: shell.notice.as_deref(), on_dismiss: &on_dismiss, on_download_backup: &on_download_backup }) }
            <main>{ body }</main>
            <footer class="privacy">
                { "Nothing you paste leaves this browser: Sift has no server, and your work is kept in this browser's storage. Press ? for the keyboard shortcuts." }
            </footer>
        </div>
    }
}

/// The address this Sift runs at, without query or fragment: the exports' generator.
fn page_address() -> String {
    let location = gloo_utils::window().location();
    let part = |p: Result<String, _>| p.unwrap_or_default();
    format!("{}{}", part(location.origin()), part(location.pathname()))
}

/// A storage key as a file name: letters, digits and hyphens only.
fn file_safe(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
