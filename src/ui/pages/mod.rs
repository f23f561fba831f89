//! The two pages: the start page (paste, import, the library) and the document page (the
//! article and its side panel, or, on the comparison page, the comparison). Each works through the workspace; the document
//! page owns what it shows besides the document (the panel, the filter), and the start page
//! has nothing of its own to keep (its views keep theirs).

mod compare;
mod document;
mod panel;
mod route;
mod side;
mod start;
mod suggesting;

use yew::Callback;

pub use compare::{compare_body, CompareBody};
pub use document::DocumentPage;
pub use start::start_page;

use crate::ui::workspace::Workspace;

/// A callback that hands its value to a workflow of the workspace. (A function, not any
/// closure: one copy of the callback's code serves every workflow that takes the same value.)
fn to<T: 'static, R: 'static>(ws: &Workspace, flow: fn(&Workspace, T) -> R) -> Callback<T, R> {
    let ws = ws.clone();
    Callback::from(move |value| flow(&ws, value))
}

/// The same, for a workflow that takes a document's id.
fn by_id(ws: &Workspace, flow: fn(&Workspace, &str)) -> Callback<String> {
    let ws = ws.clone();
    Callback::from(move |id: String| flow(&ws, &id))
}
