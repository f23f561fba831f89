//! A deterministic generator of news-like text for benchmarks: headlines, bylines, datelines,
//! quotes with attributions, abbreviations, numbers and money, lists and captions.
//! Shared by the native benchmark (`benches/segment.rs`) and the wasm one (`tests/wasm_bench.rs`).

/// A small linear congruential generator: the same text on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "The council",
    "Mr. Haddad",
    "Dr. Lena Ortiz",
    "The ministry",
    "Prof. Ade Bello",
    "Harlow Holdings Inc.",
    "The U.S. Treasury",
    "Sen. Maria Costa",
    "Police",
    "The union",
    "Residents",
    "The operator",
    "Gen. Ruiz",
    "Analysts at Dunmore Ltd.",
    "The E.U. commission",
    "A spokeswoman",
    "J. K. Amankwah",
];
const VERBS: &[&str] = &[
    "said",
    "announced",
    "denied",
    "confirmed",
    "warned",
    "reported",
    "estimated",
    "argued",
    "claimed",
    "promised",
    "revealed",
    "insisted",
];
const OBJECTS: &[&str] = &[
    "that fares would rise by 3.5% in Jan. 2027",
    "that the bridge carries 22,000 vehicles a day",
    "a £48.6m budget for the harbour",
    "that the plan was approved at 7 p.m. on Tuesday",
    "that exports to the U.K. fell by $1.2bn",
    "that version 2.0.1 of the app fixed the fault",
    "that No. 10 had not been consulted",
    "that the report (see p. 14) was incomplete",
    "that unemployment reached 4.1 per cent",
    "that the vote, held at 10.30, was close",
    "that turnout was lower than in 2019",
    "that the figures, e.g. those on housing, were wrong",
];
const CLAUSES: &[&str] = &[
    ", a move that critics said would hit families on low incomes hardest",
    ", although the figures have not been checked by an independent body",
    ", adding that a final decision would be taken before the end of the year",
    " after a meeting that ran late into the night at the town hall",
    ", the third such warning since the scheme was launched in 2019",
    " despite objections from residents, businesses and two opposition parties",
];
const TAILS: &[&str] = &[
    ".",
    ".",
    ".",
    ", according to officials.",
    " on Monday.",
    " in a statement.",
    "?",
    "!",
    "...",
    ", citing figures from the U.N.",
];
const QUOTES: &[&str] = &[
    "“We simply don’t know whether the figures are right,” one engineer said.",
    "“Stop. Think again,” she told the meeting.",
    "'Why now?' a resident asked.",
    "“This is a victory for common sense.”",
    "\"Nobody outside the company has seen the calculations.\"",
];
const HEADLINES: &[&str] = &[
    "Council approves bridge despite safety doubts",
    "Ferry fares to rise as fuel costs bite",
    "Ministers split over harbour plan",
    "What happens next?",
    "Exports fall for a third month",
];

fn sentence(rng: &mut Rng, out: &mut String) {
    if rng.below(6) == 0 {
        out.push_str(rng.pick(QUOTES));
        return;
    }
    out.push_str(rng.pick(SUBJECTS));
    out.push(' ');
    out.push_str(rng.pick(VERBS));
    out.push(' ');
    out.push_str(rng.pick(OBJECTS));
    if rng.below(3) > 0 {
        out.push_str(rng.pick(CLAUSES));
    }
    out.push_str(rng.pick(TAILS));
}

/// About `bytes` bytes of article text, cut at a paragraph boundary.
pub fn article(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        match rng.below(24) {
            0 => {
                out.push_str(rng.pick(HEADLINES));
                out.push_str("\n\nBy Priya Nair, Local Affairs Correspondent\nWed 12 Mar 2025 07.45 GMT\n\n");
            }
            1 => out.push_str("The council must now:\n1. apply for funding;\n2. run a consultation;\n3. appoint a checker.\n\n"),
            2 => out.push_str("A lorry crosses the old span at dawn (Photo: P. Nair)\n\n"),
            _ => {
                for i in 0..1 + rng.below(4) {
                    if i > 0 {
                        out.push(' ');
                    }
                    sentence(&mut rng, &mut out);
                }
                out.push_str("\n\n");
            }
        }
    }
    out
}
