//! The comparison page's body (`compare.html`, a module of its own in the build): the
//! comparison of annotators in place of the article. Only the comparison page's entry point
//! (`ui::run_compare`) names it, so the annotating page's module is built without it.

use yew::prelude::*;

use super::panel::Panel;
use super::to;
use crate::compare::{gold_id, Comparison};
use crate::model::{Action, Session};
use crate::ui::views::compare::CompareView;
use crate::ui::workspace::Workspace;

/// What the document page hands the comparison.
pub struct CompareArgs<'a> {
    pub ws: &'a Workspace,
    pub session: &'a Session,
    pub comparison: &'a Comparison,
    /// Whether the keys are the comparison's (not while a panel is open).
    pub keys: bool,
    pub on_action: &'a Callback<Action>,
    pub show: &'a Callback<Option<Panel>>,
}

/// How a page shows a comparison: given on the comparison page, absent on the annotating one.
#[derive(Clone, Copy)]
pub struct CompareBody(pub fn(CompareArgs) -> Html);

/// The body never changes while the app runs.
impl PartialEq for CompareBody {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub fn compare_body(args: CompareArgs) -> Html {
    let CompareArgs {
        ws,
        session,
        comparison,
        ..
    } = args;
    html! {
        <CompareView session={session.clone()} comparison={comparison.clone()} keys={args.keys}
            on_change={ws.comparison_callback()} on_action={args.on_action.clone()}
            on_gold={to(ws, Workspace::start_gold)}
            gold_stored={ws.entries().iter().any(|e| e.id == gold_id(&session.doc))}
            on_help={args.show.reform(|()| Some(Panel::Help))}
            on_compare={to(ws, Workspace::compare)}
            on_report={to(ws, Workspace::report)} />
    }
}
