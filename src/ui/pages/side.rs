//! The side panel of the document page: the toolbar (or, for an earlier version, what it
//! offers), the panel open over the article, the orphans, the changes since the previous
//! version, the file pickers and the review. A plain view over the page's state.

use std::rc::Rc;

use yew::prelude::*;

use super::suggesting::{Setting, Suggested};
use super::{by_id, to};
use crate::keymap::Shortcut;
use crate::model::{Action, Document, Filter, Session};
use crate::schema::article_of;
use crate::ui::views::changes::{changes_section, read_only_section, ReadOnly, Since};
use crate::ui::views::orphans::Orphans;
use crate::ui::views::pickers::{annotations_input, compare_input, import_progress};
use crate::ui::views::review::Review;
use crate::ui::views::suggestions::{suggestions_view, SuggestionsView};
use crate::ui::views::toolbar::{toolbar, Toolbar};
use crate::ui::workspace::Workspace;
use crate::versions::Changes;

pub struct Side<'a> {
    pub ws: &'a Workspace,
    pub session: &'a Session,
    /// The panel open over the article, unless it is the keys (which open over the page).
    pub panel: Option<Html>,
    pub since: Option<(&'a Document, &'a Changes)>,
    pub changes: Option<Rc<Changes>>,
    pub filter: Option<Filter>,
    pub on_action: &'a Callback<Action>,
    /// What the toolbar's buttons ask for: the same entry point the keyboard uses.
    pub on_shortcut: &'a Callback<Shortcut>,
    /// Show what changed in the focused sentence.
    pub on_diff: &'a Callback<()>,
    pub on_filter: &'a Callback<Option<Filter>>,
    pub on_jump: &'a Callback<usize>,
    pub suggested: &'a Suggested,
    pub on_setting: &'a Callback<Setting>,
}

pub fn side(props: Side) -> Html {
    let Side { ws, session, .. } = props;
    let read_only = ws.read_only();
    let top = if read_only {
        let id = session.doc.id.clone();
        // The article's current version, to go back to.
        let current = article_of(&ws.entries(), &id).map(|a| a.current.id.clone());
        let by_id = |id: String, flow| by_id(ws, flow).reform(move |()| id.clone());
        html! {
            <>
                { read_only_section(ReadOnly {
                    version: session.doc.version,
                    on_make_current: by_id(id, Workspace::make_current),
                    on_back: current.map(|current| by_id(current, Workspace::open)),
                }) }
                { props.panel.unwrap_or_default() }
            </>
        }
    } else {
        html! {
            <div class="toolbar">
                { toolbar(Toolbar { selected: session.selection.map_or(0, |s| s.range().count()),
                    counts: session.counts, can_undo: session.history.can_undo(),
                    can_redo: session.history.can_redo(), on_shortcut: props.on_shortcut }) }
                { props.panel.unwrap_or_default() }
            </div>
        }
    };
    let suggested = props.suggested;
    let suggestions = (!read_only).then(|| {
        let selected = session.selection.map(|s| s.range()).into_iter().flatten();
        suggestions_view(SuggestionsView {
            on: suggested.on,
            order: suggested.order,
            answer: suggested.answer.as_deref(),
            shows_labels: suggested.shows_labels(),
            acceptable: suggested.accepted(selected, &session.labels).len(),
            on_switch: &props.on_setting.reform(Setting::On),
            on_order: &props.on_setting.reform(Setting::Order),
            on_shortcut: props.on_shortcut,
        })
    });
    // While annotations are imported, their progress stands in for a second import.
    let bring_in = match ws.importing() {
        Some(i) => {
            let ws = ws.clone();
            let on_cancel = Callback::from(move |()| ws.cancel_import());
            import_progress(&i.file, i.done, i.total, &on_cancel)
        }
        None => annotations_input(&to(ws, Workspace::bring_in)),
    };
    let since = match props.since {
        Some((previous, changes)) => changes_section(Since {
            session,
            previous,
            changes,
            on_diff: props.on_diff,
        }),
        None => html! {},
    };
    html! {
        <div class="side">
            { top }
            { suggestions.unwrap_or_default() }
            <Orphans orphans={session.orphans.clone()} focus={session.selection.map(|s| s.focus)}
                on_action={props.on_action.clone()} />
            { since }
            if !read_only {
                <div class="compare-entry">
                    { compare_input(&to(ws, Workspace::compare)) }
                    { bring_in }
                </div>
            }
            <Review session={session.clone()} filter={props.filter} changes={props.changes}
                on_filter={props.on_filter.clone()} on_jump={props.on_jump.clone()} />
        </div>
    }
}
