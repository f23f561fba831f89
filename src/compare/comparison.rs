//! A comparison in progress (pure): the annotators, the key chosen for grading, the filter and
//! the unit the keys act on; and what it shows, worked out from them and the gold version.

use std::rc::Rc;

use super::agreement::{alpha, cohen, cohen_one, confusion, fleiss, pairwise, percent, Figure};
use super::grading::{grade, Grade};
use super::units::{units, Reading, Units, CATEGORIES};
use super::Annotator;
use crate::model::{Document, Label};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// The open document's reading first (unless it is the gold version), then each file's.
    pub annotators: Rc<Vec<Annotator>>,
    /// The annotator the others are graded against.
    pub key: Option<usize>,
    pub only_disagreements: bool,
    /// The unit the keys act on.
    pub current: usize,
    /// Whether the view follows the current unit: it does when a key moved it there, not when
    /// the reader pointed at it.
    pub follow: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ComparisonAction {
    Add(Vec<Annotator>),
    Rename(usize, String),
    Remove(usize),
    Key(Option<usize>),
    OnlyDisagreements(bool),
    /// The reader pointed at this unit (it is in view).
    Current(usize),
    /// A key moved to this unit: bring it into view.
    MoveTo(usize),
}

impl Comparison {
    /// The comparison after `change`; the key follows its annotator when another is removed.
    pub fn apply(&self, change: ComparisonAction) -> Comparison {
        let mut next = self.clone();
        match change {
            ComparisonAction::Add(more) => Rc::make_mut(&mut next.annotators).extend(more),
            ComparisonAction::Rename(i, name) => {
                if let Some(a) = Rc::make_mut(&mut next.annotators).get_mut(i) {
                    a.name = name;
                }
            }
            ComparisonAction::Remove(i) if i < next.annotators.len() => {
                Rc::make_mut(&mut next.annotators).remove(i);
                next.key = match next.key {
                    Some(k) if k == i => None,
                    Some(k) if k > i => Some(k - 1),
                    key => key,
                };
            }
            ComparisonAction::Remove(_) => {}
            ComparisonAction::Key(key) => next.key = key.filter(|&k| k < next.annotators.len()),
            ComparisonAction::OnlyDisagreements(on) => next.only_disagreements = on,
            ComparisonAction::Current(unit) | ComparisonAction::MoveTo(unit) => {
                next.current = unit;
                next.follow = matches!(change, ComparisonAction::MoveTo(_));
            }
        }
        next
    }
}

/// The figure over everyone: Cohen's κ for two annotators, Fleiss' κ and Krippendorff's α for
/// more.
#[derive(Debug, Clone, PartialEq)]
pub enum Overall {
    /// Fewer than two annotators: nothing to compare yet.
    Alone,
    Two {
        kappa: Figure,
        percent: Figure,
        /// Each label against the rest, in the order of `Label::ALL`.
        per_label: [Figure; 3],
        /// Rows: the first annotator; columns: the second; categories as in `CATEGORIES`.
        confusion: Vec<Vec<usize>>,
    },
    Many {
        fleiss: Figure,
        alpha: Figure,
        pairwise: Vec<Vec<Figure>>,
    },
}

/// Everything the comparison shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Rated by every annotator, then by the gold version when there is one (its last column).
    pub units: Units,
    /// Per unit: whether every annotator gave it the same category.
    pub agree: Vec<bool>,
    pub overall: Overall,
    /// With a key: each other annotator's grade, by annotator index.
    pub grades: Vec<(usize, Grade)>,
}

impl Summary {
    pub fn new(
        text: &str,
        annotators: &[Annotator],
        gold: Option<Reading>,
        key: Option<usize>,
    ) -> Summary {
        let mut readings: Vec<Reading> = annotators.iter().map(Annotator::reading).collect();
        readings.extend(gold);
        let units = units(text, &readings);
        let n = annotators.len();
        let rated: Vec<Vec<Option<usize>>> =
            units.ratings.iter().map(|r| r[..n].to_vec()).collect();
        let agree = rated
            .iter()
            .map(|r| r.windows(2).all(|w| w[0] == w[1]))
            .collect();
        let k = CATEGORIES.len();
        let column = |a: usize| -> Vec<Option<usize>> { rated.iter().map(|r| r[a]).collect() };
        let overall = match n {
            0 | 1 => Overall::Alone,
            2 => {
                let (a, b) = (column(0), column(1));
                Overall::Two {
                    kappa: cohen(&a, &b, k),
                    percent: percent(&a, &b),
                    per_label: [1, 2, 3].map(|c| cohen_one(&a, &b, c)),
                    confusion: confusion(&a, &b, k),
                }
            }
            _ => Overall::Many {
                fleiss: fleiss(&rated, k),
                alpha: alpha(&rated, k),
                pairwise: pairwise(&rated, k),
            },
        };
        let grades = key
            .filter(|&key| key < n)
            .map(|key| {
                let truth = column(key);
                (0..n)
                    .filter(|&a| a != key)
                    .map(|a| (a, grade(&truth, &column(a), k)))
                    .collect()
            })
            .unwrap_or_default();
        Summary {
            units,
            agree,
            overall,
            grades,
        }
    }

    /// The label the gold version gives unit `u`, when there is a gold version.
    pub fn gold(&self, u: usize, annotators: usize) -> Option<Label> {
        let c = (*self.units.ratings.get(u)?.get(annotators)?)?;
        CATEGORIES[c]
    }

    /// The next disagreement after unit `from` (`by` 1) or before it (`by` −1), wrapping around.
    pub fn disagreement(&self, from: usize, by: isize) -> Option<usize> {
        let n = self.agree.len();
        (1..=n)
            .map(|step| (from as isize + by * step as isize).rem_euclid(n as isize) as usize)
            .find(|&u| !self.agree[u])
    }
}

/// What a gold version of `doc` is called and where it is kept: beside the document, never in
/// place of it, and found again by the same name.
pub fn gold_id(doc: &Document) -> String {
    format!(
        "{}{}",
        crate::model::document_id(&doc.text),
        crate::model::GOLD_SUFFIX
    )
}
