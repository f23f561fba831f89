//! The effects at the border with the browser: storage (local and per tab), reading picked
//! files, the background worker, downloads, the keyboard, the clock, the theme, and going to
//! another of its pages.

pub mod background;
pub mod clock;
pub mod download;
pub mod files;
pub mod keys;
pub mod route;
pub mod storage;
pub mod theme;
