//! Agreement between annotators over the same units: percent agreement, Cohen's κ (two
//! annotators), Fleiss' κ and Krippendorff's α (nominal) for any number, a confusion matrix, and
//! pairwise κ. Categories are indices `0..k`; a rating of `None` means the annotator left the
//! unit out.

/// A figure, or why it has no value: κ is undefined when chance agreement is already total,
/// for example when every answer falls in one category. Never NaN.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Value(f64),
    Undefined(&'static str),
}

impl Figure {
    pub fn value(self) -> Option<f64> {
        match self {
            Figure::Value(v) => Some(v),
            Figure::Undefined(_) => None,
        }
    }

    /// Rounded to 3 decimals, or "—".
    pub fn show(self) -> String {
        match self {
            Figure::Value(v) => decimal(v, 3),
            Figure::Undefined(_) => "—".into(),
        }
    }
}

/// `v` rounded to `places` decimals ("0.667"). Written with integers: Rust's float formatting
/// would add tens of KB to the page for these few numbers.
pub fn decimal(v: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (v * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let n = scaled.unsigned_abs();
    let width = places as usize;
    format!("{sign}{}.{:0width$}", n / scale, n % scale)
}

const ONE_CATEGORY: &str =
    "every answer falls in one category, so agreement by chance is already total";
const NO_UNITS: &str = "there are no units that both annotators rated";

/// κ from observed and expected agreement.
fn kappa(observed: f64, expected: f64) -> Figure {
    if expected >= 1.0 - 1e-12 {
        Figure::Undefined(ONE_CATEGORY)
    } else {
        Figure::Value((observed - expected) / (1.0 - expected))
    }
}

/// The units both `a` and `b` rated, as pairs of categories.
fn paired<'a>(
    a: &'a [Option<usize>],
    b: &'a [Option<usize>],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    a.iter().zip(b).filter_map(|(&x, &y)| Some((x?, y?)))
}

/// How often `a` (rows) and `b` (columns) gave each pair of categories, over the units both
/// rated.
pub fn confusion(a: &[Option<usize>], b: &[Option<usize>], k: usize) -> Vec<Vec<usize>> {
    let mut matrix = vec![vec![0; k]; k];
    for (x, y) in paired(a, b) {
        matrix[x][y] += 1;
    }
    matrix
}

/// The share of units both rated on which they agree.
pub fn percent(a: &[Option<usize>], b: &[Option<usize>]) -> Figure {
    let (same, all) = paired(a, b).fold((0, 0), |(s, n), (x, y)| (s + usize::from(x == y), n + 1));
    if all == 0 {
        Figure::Undefined(NO_UNITS)
    } else {
        Figure::Value(same as f64 / all as f64)
    }
}

/// Cohen's κ of two annotators over the units both rated.
pub fn cohen(a: &[Option<usize>], b: &[Option<usize>], k: usize) -> Figure {
    let matrix = confusion(a, b, k);
    let n: usize = matrix.iter().flatten().sum();
    if n == 0 {
        return Figure::Undefined(NO_UNITS);
    }
    let n = n as f64;
    let observed = (0..k).map(|c| matrix[c][c] as f64).sum::<f64>() / n;
    let expected = (0..k)
        .map(|c| {
            let row: usize = matrix[c].iter().sum();
            let column: usize = matrix.iter().map(|r| r[c]).sum();
            row as f64 * column as f64
        })
        .sum::<f64>()
        / (n * n);
    kappa(observed, expected)
}

/// Cohen's κ of one category against all the others.
pub fn cohen_one(a: &[Option<usize>], b: &[Option<usize>], category: usize) -> Figure {
    let binary = |r: &[Option<usize>]| -> Vec<Option<usize>> {
        r.iter()
            .map(|x| x.map(|c| usize::from(c == category)))
            .collect()
    };
    cohen(&binary(a), &binary(b), 2)
}

/// Fleiss' κ over the units every annotator rated; `units[u][r]` is annotator r's rating of
/// unit u. Needs at least two annotators.
pub fn fleiss(units: &[Vec<Option<usize>>], k: usize) -> Figure {
    let complete: Vec<Vec<usize>> = units
        .iter()
        .filter_map(|u| u.iter().copied().collect::<Option<Vec<usize>>>())
        .filter(|u| u.len() >= 2)
        .collect();
    let Some(raters) = complete.first().map(Vec::len) else {
        return Figure::Undefined(NO_UNITS);
    };
    let n = raters as f64;
    let mut totals = vec![0usize; k];
    let mut agreement = 0.0;
    for unit in &complete {
        let mut counts = vec![0usize; k];
        for &c in unit {
            counts[c] += 1;
        }
        let pairs: usize = counts.iter().map(|&c| c * c.saturating_sub(1)).sum();
        agreement += pairs as f64 / (n * (n - 1.0));
        for (total, count) in totals.iter_mut().zip(counts) {
            *total += count;
        }
    }
    let units = complete.len() as f64;
    let expected = totals
        .iter()
        .map(|&t| (t as f64 / (units * n)).powi(2))
        .sum();
    kappa(agreement / units, expected)
}

/// Krippendorff's α for nominal data: any number of annotators, and a unit some of them left
/// out still counts if at least two rated it.
pub fn alpha(units: &[Vec<Option<usize>>], k: usize) -> Figure {
    // The coincidence matrix: each ordered pair of values within a unit, weighted 1/(m − 1).
    let mut coincidences = vec![vec![0.0f64; k]; k];
    for unit in units {
        let values: Vec<usize> = unit.iter().flatten().copied().collect();
        let m = values.len();
        if m < 2 {
            continue;
        }
        for (i, &c) in values.iter().enumerate() {
            for (j, &d) in values.iter().enumerate() {
                if i != j {
                    coincidences[c][d] += 1.0 / (m - 1) as f64;
                }
            }
        }
    }
    let marginals: Vec<f64> = coincidences.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = marginals.iter().sum();
    if n == 0.0 {
        return Figure::Undefined(NO_UNITS);
    }
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..k {
        for d in (0..k).filter(|&d| d != c) {
            observed += coincidences[c][d];
            expected += marginals[c] * marginals[d];
        }
    }
    if expected == 0.0 {
        return Figure::Undefined(ONE_CATEGORY);
    }
    Figure::Value(1.0 - (n - 1.0) * observed / expected)
}

/// Cohen's κ of every pair of annotators: `matrix[a][b]`, with 1 on the diagonal.
pub fn pairwise(units: &[Vec<Option<usize>>], k: usize) -> Vec<Vec<Figure>> {
    let raters = units.first().map_or(0, Vec::len);
    let column = |r: usize| -> Vec<Option<usize>> { units.iter().map(|u| u[r]).collect() };
    let columns: Vec<_> = (0..raters).map(column).collect();
    (0..raters)
        .map(|a| {
            (0..raters)
                .map(|b| {
                    if a == b {
                        Figure::Value(1.0)
                    } else {
                        cohen(&columns[a], &columns[b], k)
                    }
                })
                .collect()
        })
        .collect()
}
