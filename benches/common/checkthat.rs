//! The CLEF 2019 CheckThat! Task 1 data (check-worthiness in political debates, speeches and
//! press conferences, 2015–2019; "free for general research use"), the suggestions' second
//! evaluation: a data set the bundled prior was not trained on. It is not in the project:
//! `benches/suggest.rs` reads its `data/` folder where `CHECKTHAT` names it. Its files are
//! `line <TAB> speaker <TAB> text <TAB> label` (label 1: to be fact-checked).

use std::collections::HashSet;
use std::path::Path;

use super::claimbuster::Sentence;

/// The task's own split: sentences to learn labels from (`training/`) and sentences to rank
/// (`test_annotated/`), each without the sentences ClaimBuster also has (the two share a few
/// 2016 debates), so that nothing ranked was seen by the prior.
pub fn read(folder: &Path, prior_saw: &[Sentence]) -> (Vec<Sentence>, Vec<Sentence>) {
    let seen: HashSet<String> = prior_saw.iter().map(|s| key(&s.text)).collect();
    let part = |name: &str| {
        let mut files: Vec<_> = std::fs::read_dir(folder.join(name))
            .unwrap_or_else(|e| panic!("{}/{name}: {e}", folder.display()))
            .map(|entry| entry.expect("a readable folder").path())
            .filter(|path| path.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        let mut sentences = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for (n, line) in text.lines().enumerate() {
                let fields: Vec<&str> = line.split('\t').collect();
                let [_, _, text, label] = fields[..] else {
                    panic!("{} line {}: not four fields", path.display(), n + 1)
                };
                if !seen.contains(&key(text)) {
                    sentences.push(Sentence {
                        sentence_id: sentences.len() as u64,
                        label: label.trim().parse().expect("a label of 0 or 1"),
                        text: text.to_string(),
                    });
                }
            }
        }
        sentences
    };
    (part("training"), part("test_annotated"))
}

/// Lower-case words only, so that punctuation and case do not hide a shared sentence.
fn key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
