//! The workspace: the one owner of which document is open and of what happens to it. The app
//! makes it (`use_new_workspace`) and hands the handle to the page it shows (a prop, not a
//! context: Yew's context machinery costs 3 KB of page, and the pages are the app's only
//! children); its workflows (`flows`) each do their storage, their reducer action and their
//! message in one place, around the pure decisions of `crate::workspace`.

mod bringing;
mod comparing;
mod documents;
mod downloads;
mod flows;
mod handle;
mod intake;
mod listing;
mod live;
mod notices;
mod outtake;
mod packing;
mod removal;
mod stored;
mod sync;
mod texts;

use std::rc::Rc;

use yew::prelude::*;

pub use handle::{Importing, Pending, Workspace};
pub use intake::Intaking;
pub use outtake::Exporting;
pub use removal::Removed;
pub use stored::Entries;
pub use texts::Texts;

use handle::Handles;
pub use notices::{NoticeAction, Notices};

use crate::model::{apply, Action, State};
use crate::ui::edge::clock;
use crate::ui::edge::storage;
use crate::ui::edge::storage::tab;
use crate::wire;
use comparing::Comparing;
use listing::Listing;
use live::Live;
use stored::Stored;
use sync::{use_other_tabs, use_persistence, Saved};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match apply(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// Makes the workspace: reopens the last open document (and the comparison this tab had open
/// over it), lists the library after the first render, and keeps storage in step with every
/// change.
#[hook]
pub fn use_new_workspace() -> Workspace {
    let boot = use_memo((), |_| storage::restore(&clock::now()));
    let state = use_reducer(|| State {
        session: boot.session.clone(),
        read_only: false,
    });
    let stored = use_reducer(Stored::default);
    let listing = use_mut_ref(|| Listing::Reading(storage::Listing::after(boot.problems.clone())));
    let notices = use_reducer(|| {
        let carried = tab::carried_notices().and_then(|raw| wire::read_stored(raw.as_bytes()).ok());
        let mut notices: Notices = carried.unwrap_or_default();
        notices.problems.extend(boot.problems.iter().cloned());
        notices
    });
    let comparing = use_reducer(|| Comparing::restore(boot.session.as_ref()));
    let pending = use_state(|| None);
    let importing = use_state(|| None);
    let running = use_mut_ref(|| None);
    let intaking = use_state(|| None);
    let run = use_mut_ref(|| None);
    let resembling = use_state(|| None);
    let texts = (*use_memo((), |_| Texts::default())).clone();
    let exporting = use_state(|| None);
    let export_job = use_mut_ref(|| None);
    let removed = use_state(|| None);
    // What was restored at start is already in storage.
    let saved = use_mut_ref(|| boot.session.as_ref().map(Saved::of).unwrap_or_default());
    let latest = use_mut_ref(Live::default);
    *latest.borrow_mut() = Live {
        state: (*state).clone(),
        comparing: comparing.0.is_some(),
    };

    let notify = notices
        .dispatcher()
        .to_callback()
        .reform(NoticeAction::Notify);
    let save_error = notices
        .dispatcher()
        .to_callback()
        .reform(NoticeAction::SaveError);
    use_persistence(&state, saved.clone(), stored.dispatcher(), save_error);
    use_other_tabs(
        &state,
        latest.clone(),
        saved.clone(),
        stored.dispatcher(),
        notify,
    );
    comparing::use_kept(&comparing, state.session.as_ref());
    let ws = Workspace::new(Handles {
        state,
        stored,
        listing,
        notices,
        comparing,
        pending,
        importing,
        running,
        saved,
        latest,
        intaking,
        run,
        resembling,
        texts,
        exporting,
        export_job,
        removed,
    });
    {
        let ws = ws.clone();
        use_effect_with((), move |_| ws.list_library());
    }
    ws
}
