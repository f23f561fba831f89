//! The library as the reader asks to see it (pure): its articles searched by title and text,
//! filtered by progress, sorted, and cut into pages. Linear in the library (and in the texts
//! searched), so 5,000 articles answer as fast as one types.

use std::collections::{HashMap, HashSet};

use crate::schema::{Article, LibraryEntry};

/// Articles on one page of the library.
pub const PAGE: usize = 20;

/// The order of the library's articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Changed most recently first.
    #[default]
    Changed,
    /// By title, A to Z (ASCII letters compared without their case).
    Title,
    /// Least labelled first (the share of sentences labelled), to see what is left to do.
    Progress,
}

/// Which articles to show, by the progress of their current version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Show {
    #[default]
    All,
    NotStarted,
    InProgress,
    Done,
    HasClaims,
}

impl Show {
    pub const ALL: [Show; 5] = [
        Show::All,
        Show::NotStarted,
        Show::InProgress,
        Show::Done,
        Show::HasClaims,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Show::All => "All articles",
            Show::NotStarted => "Not started",
            Show::InProgress => "In progress",
            Show::Done => "Done",
            Show::HasClaims => "With claims",
        }
    }

    fn keeps(self, e: &LibraryEntry) -> bool {
        let labelled = e.labelled();
        match self {
            Show::All => true,
            Show::NotStarted => labelled == 0,
            Show::InProgress => labelled > 0 && labelled < e.sentences,
            Show::Done => labelled == e.sentences,
            Show::HasClaims => e.claim > 0,
        }
    }
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Changed, Sort::Title, Sort::Progress];

    pub fn name(self) -> &'static str {
        match self {
            Sort::Changed => "Changed last",
            Sort::Title => "Title",
            Sort::Progress => "Least done first",
        }
    }
}

/// What the reader asked to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub search: String,
    pub show: Show,
    pub sort: Sort,
    /// Counted from 0.
    pub page: usize,
}

/// One page of the articles the query finds.
#[derive(Debug, PartialEq)]
pub struct Listing<'a> {
    /// How many articles the search and filter find (`data-library-total`).
    pub total: usize,
    pub pages: usize,
    /// The page shown: the asked one, or the last when the list got shorter.
    pub page: usize,
    pub articles: Vec<Article<'a>>,
    /// The current version of every article found, on every page (to select them all).
    pub found: Vec<&'a str>,
}

/// The articles `query` finds, of `articles` (newest first, as `schema::articles` gives them);
/// `in_text` says whether the current version's text holds the search (`TextSearch::holds`; a
/// text not known yet is searched by its title alone).
pub fn listing<'a>(
    articles: Vec<Article<'a>>,
    query: &Query,
    in_text: impl Fn(&str) -> bool,
) -> Listing<'a> {
    let needle = needle(query);
    let found = |a: &Article| {
        let e = a.current;
        let title = e.title.as_bytes();
        let in_title = title
            .windows(needle.len().max(1))
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()));
        needle.is_empty() || in_title || in_text(&e.id)
    };
    let mut kept: Vec<Article<'a>> = articles
        .into_iter()
        .filter(|a| query.show.keeps(a.current) && found(a))
        .collect();
    if query.sort != Sort::Changed {
        kept.sort_by_cached_key(|a| sort_key(query.sort, a.current));
    }
    let total = kept.len();
    let pages = total.div_ceil(PAGE).max(1);
    let page = query.page.min(pages - 1);
    let found = kept.iter().map(|a| a.current.id.as_str()).collect();
    let articles = kept.into_iter().skip(page * PAGE).take(PAGE).collect();
    Listing {
        total,
        pages,
        page,
        articles,
        found,
    }
}

/// What the search looks for: its words as typed, ASCII letters lowercased.
pub fn needle(query: &Query) -> String {
    query.search.trim().to_ascii_lowercase()
}

/// Which of the library's texts hold the search, kept from one key press to the next, so that
/// no key press searches every text again when it need not: a text read since is searched
/// alone, and a longer search (one that holds the last) looks only among the texts the last
/// one found. Texts never change (a new version is a new document), only more are read.
#[derive(Debug, Default)]
pub struct TextSearch {
    needle: String,
    /// The texts searched for `needle`, and those that hold it, by document id.
    searched: HashSet<String>,
    found: HashSet<String>,
}

impl TextSearch {
    /// Brings the search up to `needle` over `texts` (by document id, ASCII letters
    /// lowercased). Linear in the texts not searched yet, and in those the last search found.
    pub fn update(&mut self, needle: &str, texts: &HashMap<String, String>) {
        // Built once for thousands of texts: memchr's search skips ahead on a rare byte of
        // the needle, where `str::contains` looks at every position.
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let holds = |text: &str| finder.find(text.as_bytes()).is_some();
        if needle != self.needle {
            if !self.needle.is_empty() && needle.contains(self.needle.as_str()) {
                // A text without the shorter search is without the longer one.
                self.found
                    .retain(|id| texts.get(id).is_some_and(|t| holds(t)));
            } else {
                self.searched.clear();
                self.found.clear();
            }
            self.needle = needle.to_string();
        }
        for (id, text) in texts {
            if !self.searched.contains(id) {
                self.searched.insert(id.clone());
                if holds(text) {
                    self.found.insert(id.clone());
                }
            }
        }
    }

    /// Whether the text of document `id` holds the search (as of the last update).
    pub fn holds(&self, id: &str) -> bool {
        self.found.contains(id)
    }
}

/// What an article is sorted by: its title, or the share of its sentences labelled (in
/// millionths). One key type for both, so the page carries one sort.
fn sort_key(sort: Sort, e: &LibraryEntry) -> (u64, String) {
    match sort {
        Sort::Title => (0, e.title.to_ascii_lowercase()),
        _ => {
            let share = e.labelled() as u64 * 1_000_000 / e.sentences.max(1) as u64;
            (share, String::new())
        }
    }
}
