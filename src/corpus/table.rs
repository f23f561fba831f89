//! CSV of articles, read with the csv crate: a header row naming a `text` column, and optional
//! `title` and `url` columns (in any order and case); one article per row.

use super::{Incoming, Read};

pub fn read(name: &str, contents: &str, read: &mut Read) {
    let contents = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    let mut rows = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(contents.as_bytes());
    let headers = match rows.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            read.problems
                .push(format!("“{name}”: its header row cannot be read ({e})."));
            return;
        }
    };
    let column = |wanted: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(wanted))
    };
    let Some(text) = column("text") else {
        read.problems.push(format!(
            "“{name}” has no “text” column: its first row must name the columns, one of them “text”."
        ));
        return;
    };
    let (title, url) = (column("title"), column("url"));
    for row in rows.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                read.problems
                    .push(format!("“{name}”, line {line}: it cannot be read ({e})."));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        let place = format!("“{name}”, line {line}");
        let field = |i: Option<usize>| i.and_then(|i| row.get(i)).map(str::to_string);
        let Some(text) = field(Some(text)) else {
            read.problems
                .push(format!("{place}: the row has no “text” field."));
            continue;
        };
        read.push(Incoming {
            place,
            text,
            title: field(title).filter(|t| !t.trim().is_empty()),
            url: field(url),
            ..Incoming::default()
        });
    }
}
