//! The effects at the border with the browser: storage (local and per tab), reading picked
//! files, the background worker, downloads, the keyboard, the clock and the theme.

pub mod background;
pub mod clock;
pub mod download;
pub mod files;
pub mod keys;
pub mod storage;
pub mod theme;
