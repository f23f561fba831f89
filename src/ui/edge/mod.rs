//! The effects at the border with the browser: storage (local and per tab), reading picked
//! files, the background worker, downloads, the keyboard, the clock, the theme, going to
//! another of its pages, and the still start page shown while the module loads, with the
//! preview of a pressed article drawn on it.

pub mod background;
pub mod clock;
pub mod download;
pub mod files;
pub mod keys;
pub mod name;
pub mod preview;
pub mod route;
pub mod shell;
pub mod storage;
pub mod theme;
