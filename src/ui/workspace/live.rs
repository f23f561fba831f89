//! What is open as of the latest render, for work that finishes after the render it was started
//! in.

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::State;

/// What is open as of the latest render, for what runs later than the render it was started
/// in (a file read, another tab's write): handles cloned into it hold their render's values.
#[derive(Default)]
pub struct Live {
    pub state: State,
    pub comparing: bool,
}

pub type Latest = Rc<RefCell<Live>>;
