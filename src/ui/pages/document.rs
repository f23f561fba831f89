//! The document page: the document's bar, then the comparison when one is open, or else the
//! side panel, the coverage strip and the article. It owns the panel open over the article and
//! the review's filter, and routes the keys.

use std::rc::Rc;

use yew::prelude::*;

use super::compare::{CompareArgs, CompareBody};
use super::panel::{open_panel, since, Open, Panel};
use super::route::{route, Context, Routed};
use super::side::{side, Side};
use super::suggesting::use_suggestions;
use super::to;
use crate::keymap::{shortcut_for, Shortcut};
use crate::model::{Action, Filter, Session};
use crate::ui::edge::keys::use_shortcuts;
use crate::ui::views::article::{scroll_into_view, Article};
use crate::ui::views::coverage::{coverage_strip, Strip};
use crate::ui::views::document_bar::DocumentBar;
use crate::ui::views::paragraph::sentence_id;
use crate::ui::workspace::Workspace;
use crate::versions::changes;

/// What the page shows besides the document: the panel open over the article and the review's
/// filter. One reducer, so a key and a click in one turn both take effect.
#[derive(Clone, Copy, Default, PartialEq)]
struct Shown {
    panel: Option<Panel>,
    filter: Option<Filter>,
}

enum Show {
    Panel(Option<Panel>),
    Filter(Option<Filter>),
}

impl Reducible for Shown {
    type Action = Show;

    fn reduce(self: Rc<Self>, action: Show) -> Rc<Self> {
        let mut next = *self;
        match action {
            Show::Panel(panel) => next.panel = panel,
            Show::Filter(filter) => next.filter = filter,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The callbacks the page hands down, made once: the article and the review then re-render
/// only when what they show changes.
struct Stable {
    on_action: Callback<Action>,
    /// Select a sentence and bring it into view, even when it is selected already.
    on_jump: Callback<usize>,
    on_filter: Callback<Option<Filter>>,
    show: Callback<Option<Panel>>,
}

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub ws: Workspace,
    /// The open document (the page is keyed by its id: another document gets a fresh page).
    pub session: Session,
    /// How a comparison is shown, on the comparison page.
    pub compare: Option<CompareBody>,
}

#[function_component(DocumentPage)]
pub fn document_page(props: &DocumentProps) -> Html {
    let ws = &props.ws;
    let session = &props.session;
    let shown = use_reducer(Shown::default);
    // The version the open one was made from, and what changed since.
    let previous = {
        let ws = ws.clone();
        use_memo(session.doc.previous.clone(), move |id| {
            id.as_deref().and_then(|id| ws.version(id))
        })
    };
    let changed = use_memo(
        (session.doc.clone(), (*previous).clone()),
        |(doc, previous)| Some(Rc::new(changes(previous.as_ref()?, doc))),
    );

    let (suggested, on_setting) = use_suggestions(ws, session);

    let stable = {
        let (state, shown) = (ws.dispatcher(), shown.dispatcher());
        use_memo((), move |_| {
            let on_action = state.to_callback();
            let jump = on_action.clone();
            Stable {
                on_jump: Callback::from(move |index| {
                    scroll_into_view(&sentence_id(index));
                    jump.emit(Action::Select(index));
                }),
                on_action,
                on_filter: shown.to_callback().reform(Show::Filter),
                show: shown.to_callback().reform(Show::Panel),
            }
        })
    };
    let Stable {
        on_action,
        on_jump,
        on_filter,
        show,
    } = &*stable;
    let panel = shown.panel;
    let close_panel = show.reform(|()| None);

    let focus = session
        .selection
        .and_then(|s| Some((s.focus, session.doc.sentences.get(s.focus)?.start)));
    let routed = |from_keyboard: bool| {
        let (on_action, on_jump, show, panel) =
            (on_action.clone(), on_jump.clone(), show.clone(), panel);
        let (changed, read_only) = ((*changed).clone(), ws.read_only());
        let (selected, labels, suggested) = (
            session.selection.map(|s| s.range()),
            session.labels.clone(),
            suggested.clone(),
        );
        Callback::from(move |shortcut: Shortcut| {
            let cx = Context {
                panel,
                read_only,
                focus,
                changes: changed.as_deref(),
                selected: selected.clone(),
                labels: &labels,
                suggested: &suggested,
            };
            match route(shortcut, from_keyboard, &cx) {
                Routed::Act(action) => on_action.emit(action),
                Routed::Show(panel) => show.emit(panel),
                Routed::Jump(index) => on_jump.emit(index),
                Routed::Nothing => {}
            }
        })
    };
    // While comparing, the comparison has the keys, except those that close a panel.
    let comparing = ws.comparison().is_some();
    use_shortcuts(!comparing || panel.is_some(), shortcut_for, routed(true));

    let help_open = panel == Some(Panel::Help);
    let open = panel.map(|panel| {
        open_panel(Open {
            panel,
            session,
            since: since(&previous, &changed),
            on_action,
            on_close: &close_panel,
        })
    });
    let body = match (ws.comparison(), props.compare) {
        (Some(comparison), Some(CompareBody(body))) => body(CompareArgs {
            ws,
            session,
            comparison,
            keys: panel.is_none(),
            on_action,
            show,
        }),
        // The app is on its way to the comparison page.
        (Some(_), None) => {
            html! { <p class="hint" role="status">{ "Opening the comparison…" }</p> }
        }
        (None, _) => html! {
            // Beside the article on a wide screen, above it otherwise.
            <div class="workspace">
                { side(Side {
                    ws,
                    session,
                    panel: open.clone().filter(|_| !help_open),
                    since: since(&previous, &changed),
                    changes: (*changed).clone(),
                    filter: shown.filter,
                    on_action,
                    on_shortcut: &routed(false),
                    on_diff: &show.reform(move |()| focus.map(|(_, at)| Panel::Diff(at))),
                    on_filter,
                    on_jump,
                    suggested: &suggested,
                    on_setting: &on_setting,
                }) }
                { coverage_strip(Strip { labels: &session.labels, focus: session.selection.map(|s| s.focus),
                    on_jump }) }
                <Article doc={session.doc.clone()} labels={session.labels.clone()} notes={session.notes.clone()}
                    selection={session.selection} changes={(*changed).clone()} on_action={on_action.clone()}
                    suggestions={suggested.answer.clone().filter(|_| suggested.on)}
                    suggest_labels={suggested.shows_labels()} />
            </div>
        },
    };
    html! {
        <>
            <DocumentBar title={session.doc.title.clone()} details={session.doc.details.clone()}
                on_download={to(ws, Workspace::download)} on_new={to(ws, |ws, ()| ws.close())}
                on_rename={on_action.reform(Action::Rename)} on_details={on_action.reform(Action::SetDetails)}
                read_only={ws.read_only()} />
            { body }
            if help_open { { open.unwrap_or_default() } }
        </>
    }
}
