//! The grading table as CSV, one row per graded annotator: what a teacher opens in a
//! spreadsheet. Figures are rounded to 3 decimals as on screen; an undefined one is left empty.
//! Annotators are named after their files, which anyone names: a name a spreadsheet would read
//! as a formula is written inert, as OWASP recommends for CSV.

use std::borrow::Cow;

use serde::Serialize;

use super::grading::Grade;
use super::Figure;

#[derive(Serialize)]
struct Row<'a> {
    annotator: Cow<'a, str>,
    key: Cow<'a, str>,
    units: usize,
    accuracy: Option<String>,
    kappa: Option<String>,
    claim_precision: Option<String>,
    claim_recall: Option<String>,
    claim_f1: Option<String>,
    fact_precision: Option<String>,
    fact_recall: Option<String>,
    fact_f1: Option<String>,
    context_precision: Option<String>,
    context_recall: Option<String>,
    context_f1: Option<String>,
}

/// `cell` as text a spreadsheet shows as it is: one that starts as a formula would (`=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
pub fn inert(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn rounded(figure: Figure) -> Option<String> {
    figure.value().map(|_| figure.show())
}

/// The grades of `graded` (name and grade) against the annotator named `key`, as CSV with a
/// header row.
pub fn grading_csv(key: &str, graded: &[(&str, &Grade)]) -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    for &(annotator, grade) in graded {
        let label = |i: usize| grade.labels.get(i);
        let score = |i: usize, pick: fn(&super::grading::LabelScore) -> Figure| {
            label(i).and_then(|s| rounded(pick(s)))
        };
        let row = Row {
            annotator: inert(annotator),
            key: inert(key),
            units: grade.compared,
            accuracy: rounded(grade.accuracy),
            kappa: rounded(grade.kappa),
            claim_precision: score(0, |s| s.precision),
            claim_recall: score(0, |s| s.recall),
            claim_f1: score(0, |s| s.f1),
            fact_precision: score(1, |s| s.precision),
            fact_recall: score(1, |s| s.recall),
            fact_f1: score(1, |s| s.f1),
            context_precision: score(2, |s| s.precision),
            context_recall: score(2, |s| s.recall),
            context_f1: score(2, |s| s.f1),
        };
        out.serialize(row).map_err(|e| e.to_string())?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
