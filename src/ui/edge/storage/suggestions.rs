//! The suggestions' settings (on or off, the order) and their tally, kept in this browser as
//! one small JSON record beside the library. A setting, like the theme: a record that cannot
//! be read counts as none (suggestions on, likely claims first, nothing tallied yet).

use serde::{Deserialize, Serialize};

use super::{get, set, StoreError};
use crate::suggest::{Order, Tally};
use crate::wire;

const KEY: &str = "sift.suggestions";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kept {
    pub off: bool,
    pub order: Order,
    pub tally: Tally,
}

/// The record as stored. Its tally is only handed on to the worker, which checks it
/// (`Tally::checked`) before using it.
pub fn kept() -> Kept {
    let raw = get(KEY).ok().flatten().unwrap_or_default();
    wire::read_stored(raw.as_bytes()).unwrap_or_default()
}

pub fn keep(kept: &Kept) -> Result<(), StoreError> {
    set(KEY, &wire::write(kept))
}
