//! The grading table as CSV, one row per graded annotator: what a teacher opens in a
//! spreadsheet. Figures are rounded to 3 decimals as on screen; an undefined one is left empty.

use serde::Serialize;

use super::grading::Grade;
use super::Figure;

#[derive(Serialize)]
struct Row<'a> {
    annotator: &'a str,
    key: &'a str,
    units: usize,
    accuracy: Option<f64>,
    kappa: Option<f64>,
    claim_precision: Option<f64>,
    claim_recall: Option<f64>,
    claim_f1: Option<f64>,
    fact_precision: Option<f64>,
    fact_recall: Option<f64>,
    fact_f1: Option<f64>,
    context_precision: Option<f64>,
    context_recall: Option<f64>,
    context_f1: Option<f64>,
}

fn rounded(figure: Figure) -> Option<f64> {
    figure.value().map(|v| (v * 1000.0).round() / 1000.0)
}

/// The grades of `graded` (name and grade) against the annotator named `key`, as CSV with a
/// header row.
pub fn grading_csv(key: &str, graded: &[(&str, &Grade)]) -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    for &(annotator, grade) in graded {
        let label = |i: usize| grade.labels.get(i).copied();
        let score = |i: usize, pick: fn(&super::grading::LabelScore) -> Figure| {
            label(i).and_then(|s| rounded(pick(&s)))
        };
        let row = Row {
            annotator,
            key,
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
