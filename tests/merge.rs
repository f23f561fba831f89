//! Merging two tabs' versions of one document: each part keeps its latest change, versions with
//! different sentence bounds merge piece by piece, and random interleavings of two tabs never
//! panic, always converge, and never lose a label or note unless a later change replaced it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::VecDeque;

use proptest::prelude::*;
use sift::model::{apply, merge, Action, Document, Label, Session, State};
use sift::segment::Span;

const TEXT: &str = "Port strike ends\n\n“We won,” said Ana Ruiz. Ships sailed at 6 a.m. on Monday. Café 🙂 owners cheered. The union will meet again.";

fn opened() -> Session {
    Session::new(Document::new(TEXT.to_string(), "2026-11-25T09:00:00Z"))
}

fn run(session: &Session, actions: Vec<Action>) -> Session {
    let mut state = State {
        session: Some(session.clone()),
        read_only: false,
    };
    for action in actions {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn label(session: &Session, i: usize, label: Label) -> Session {
    run(
        session,
        vec![Action::Select(i), Action::SetLabel(Some(label))],
    )
}

#[test]
fn two_tabs_labelling_different_sentences_keep_both() {
    let base = opened();
    let ours = label(&base, 1, Label::Claim);
    let theirs = run(
        &label(&base, 3, Label::Fact),
        vec![Action::SetNote {
            index: 2,
            note: Some("theirs".into()),
        }],
    );
    let merged = merge(&ours, &theirs, 0).unwrap();
    assert_eq!(merged.session.label(1), Some(Label::Claim));
    assert_eq!(merged.session.label(3), Some(Label::Fact));
    assert_eq!(merged.session.note(2), Some("theirs"));
    assert!(merged.conflicts.is_empty());
    let other_way = merge(&theirs, &ours, 0).unwrap();
    assert!(
        other_way.session.same_content(&merged.session),
        "the order does not matter"
    );
}

/// The crash found by hand: one tab splits a sentence while the other labels one.
#[test]
fn a_split_in_one_tab_and_a_label_in_the_other_merge_without_a_panic() {
    let base = label(&opened(), 1, Label::Claim);
    let at = TEXT.find(" said").unwrap();
    let split = run(&base, vec![Action::Split { index: 1, at }]);
    let labelled = label(&base, 3, Label::Context);
    for merged in [
        merge(&split, &labelled, 0).unwrap(),
        merge(&labelled, &split, 0).unwrap(),
    ] {
        let s = merged.session;
        assert_eq!(s.doc.len(), base.doc.len() + 1, "the split is kept");
        assert_eq!(s.doc.sentence_text(1), "“We won,”");
        assert_eq!(
            (s.label(1), s.label(2)),
            (Some(Label::Claim), Some(Label::Claim))
        );
        assert_eq!(
            s.label(4),
            Some(Label::Context),
            "the label moved with its sentence"
        );
        assert_eq!(s.counts.labelled(), 3);
    }
}

#[test]
fn a_label_set_after_a_split_elsewhere_reaches_both_halves() {
    let base = opened();
    let at = TEXT.find(" said").unwrap();
    let split = run(&base, vec![Action::Split { index: 1, at }]);
    // The other tab labels the whole sentence later than the split (it saw more changes).
    let busy = run(
        &base,
        vec![
            Action::Rename("Strike".into()),
            Action::Rename("Port strike".into()),
        ],
    );
    let labelled = label(&busy, 1, Label::Fact);
    let s = merge(&split, &labelled, 0).unwrap().session;
    assert_eq!(
        (s.label(1), s.label(2)),
        (Some(Label::Fact), Some(Label::Fact))
    );
    assert_eq!(s.doc.title, "Port strike");
}

#[test]
fn a_merge_in_one_tab_and_a_note_in_the_other_keep_the_note() {
    let base = run(
        &opened(),
        vec![Action::SetNote {
            index: 1,
            note: Some("first".into()),
        }],
    );
    let merged_here = run(&base, vec![Action::Select(1), Action::MergeWithNext]);
    let noted = run(
        &base,
        vec![Action::SetNote {
            index: 2,
            note: Some("second".into()),
        }],
    );
    let s = merge(&merged_here, &noted, 0).unwrap().session;
    assert_eq!(s.doc.len(), base.doc.len() - 1);
    assert!(s.note(1).unwrap().contains("second"), "{:?}", s.note(1));
}

#[test]
fn an_unseen_change_of_ours_replaced_by_a_later_one_of_theirs_is_reported() {
    let base = opened();
    let ours = label(&base, 2, Label::Claim);
    let theirs = label(&label(&base, 4, Label::Fact), 2, Label::Context);
    let merged = merge(&ours, &theirs, 0).unwrap();
    assert_eq!(merged.session.label(2), Some(Label::Context));
    assert_eq!(merged.conflicts, [2]);
    assert_eq!(merged.conflicts_for_people(), "3");
    // Once ours was written and read back, it is no longer ours alone: no conflict.
    let seen = merge(&ours, &theirs, ours.clock).unwrap();
    assert!(seen.conflicts.is_empty());
}

#[test]
fn another_documents_version_is_not_merged() {
    let other = Session::new(Document::new("Something else.".into(), "t"));
    assert!(merge(&opened(), &other, 0).is_none());
}

/// One step of two tabs sharing storage: a tab changes its document (and writes it), or hears
/// of the other's oldest write it has not taken in yet.
#[derive(Debug, Clone)]
enum Step {
    Label {
        tab: usize,
        at: usize,
        span: usize,
        label: Option<Label>,
    },
    Note {
        tab: usize,
        at: usize,
        text: u8,
    },
    Split {
        tab: usize,
        at: usize,
        cut: usize,
    },
    Merge {
        tab: usize,
        at: usize,
    },
    Rename {
        tab: usize,
        title: u8,
    },
    /// A file laid onto the document: a label on every sentence whose bit in `which` is set.
    Import {
        tab: usize,
        which: u8,
    },
    Hear {
        tab: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0usize..2;
    let label = prop_oneof![
        Just(None),
        Just(Some(Label::Claim)),
        Just(Some(Label::Fact)),
        Just(Some(Label::Context))
    ];
    prop_oneof![
        3 => (tab.clone(), 0usize..20, 0usize..3, label)
            .prop_map(|(tab, at, span, label)| Step::Label { tab, at, span, label }),
        2 => (tab.clone(), 0usize..20, any::<u8>()).prop_map(|(tab, at, text)| Step::Note { tab, at, text }),
        1 => (tab.clone(), 0usize..20, 1usize..40).prop_map(|(tab, at, cut)| Step::Split { tab, at, cut }),
        1 => (tab.clone(), 0usize..20).prop_map(|(tab, at)| Step::Merge { tab, at }),
        1 => (tab.clone(), any::<u8>()).prop_map(|(tab, title)| Step::Rename { tab, title }),
        1 => (tab.clone(), any::<u8>()).prop_map(|(tab, which)| Step::Import { tab, which }),
        4 => tab.prop_map(|tab| Step::Hear { tab }),
    ]
}

struct Tab {
    session: Session,
    /// The tick of what this tab last wrote or read back unchanged.
    synced: u64,
    inbox: VecDeque<Session>,
}

/// A change made in a tab, to check at the end: which text it covered, at which tick.
struct Made {
    start: usize,
    end: usize,
    tick: u64,
    label: Option<Option<Label>>,
    note: Option<String>,
}

struct World {
    tabs: [Tab; 2],
    made: Vec<Made>,
    /// Regions whose labels and notes a merge of sentences replaced, and when.
    merges: Vec<(usize, usize, u64)>,
}

impl World {
    fn new() -> World {
        let tab = || Tab {
            session: opened(),
            synced: 0,
            inbox: VecDeque::new(),
        };
        World {
            tabs: [tab(), tab()],
            made: Vec::new(),
            merges: Vec::new(),
        }
    }

    fn write(&mut self, from: usize) {
        let session = self.tabs[from].session.clone();
        self.tabs[from].synced = session.clock;
        self.tabs[1 - from].inbox.push_back(session);
    }

    /// Acts, and remembers the label it set on the sentences it changed.
    fn label_made(
        &mut self,
        tab: usize,
        actions: Vec<Action>,
        changed: Vec<Span>,
        label: Option<Label>,
    ) {
        if self.act(tab, actions) {
            let tick = self.tabs[tab].session.clock;
            for span in changed {
                let (start, end) = (span.start, span.end);
                self.made.push(Made {
                    start,
                    end,
                    tick,
                    label: Some(label),
                    note: None,
                });
            }
        }
    }

    fn act(&mut self, tab: usize, actions: Vec<Action>) -> bool {
        let before = self.tabs[tab].session.clock;
        self.tabs[tab].session = run(&self.tabs[tab].session, actions);
        let changed = self.tabs[tab].session.clock != before;
        if changed {
            self.write(tab);
        }
        changed
    }

    /// As the app does: the reducer merges the other tab's write into the latest state, and
    /// the result is written back only when it holds more than that write.
    fn hear(&mut self, tab: usize) {
        let Some(theirs) = self.tabs[tab].inbox.pop_front() else {
            return;
        };
        let me = &mut self.tabs[tab];
        let state = State {
            session: Some(me.session.clone()),
            read_only: false,
        };
        let sync = Action::Sync {
            theirs: Box::new(theirs.clone()),
            synced: me.synced,
        };
        me.session = apply(&state, sync)
            .and_then(|s| s.session)
            .expect("a merge moves the tick on");
        if me.session.same_content(&theirs) {
            me.synced = me.session.clock;
        } else {
            self.write(tab);
        }
    }

    fn play(&mut self, step: Step) {
        match step {
            Step::Label {
                tab,
                at,
                span,
                label,
            } => {
                let s = &self.tabs[tab].session;
                let first = at % s.doc.len();
                let last = (first + span).min(s.doc.len() - 1);
                // Only the sentences whose label this changes: the others keep their own tick.
                let changed: Vec<_> = (first..=last)
                    .filter(|&i| s.label(i) != label)
                    .map(|i| s.doc.sentences[i])
                    .collect();
                let actions = vec![
                    Action::Select(first),
                    Action::ExtendTo(last),
                    Action::SetLabel(label),
                ];
                self.label_made(tab, actions, changed, label);
            }
            Step::Note { tab, at, text } => {
                let s = &self.tabs[tab].session;
                let index = at % s.doc.len();
                let span = s.doc.sentences[index];
                let note = format!("note {text}");
                if self.act(
                    tab,
                    vec![Action::SetNote {
                        index,
                        note: Some(note.clone()),
                    }],
                ) {
                    let tick = self.tabs[tab].session.clock;
                    self.made.push(Made {
                        start: span.start,
                        end: span.end,
                        tick,
                        label: None,
                        note: Some(note),
                    });
                }
            }
            Step::Split { tab, at, cut } => {
                let s = &self.tabs[tab].session;
                let index = at % s.doc.len();
                let span = s.doc.sentences[index];
                let at = (span.start + cut).min(span.end);
                if s.doc.text.is_char_boundary(at) {
                    self.act(tab, vec![Action::Split { index, at }]);
                }
            }
            Step::Merge { tab, at } => {
                let s = &self.tabs[tab].session;
                let index = at % s.doc.len();
                if index + 1 < s.doc.len() {
                    let (start, end) =
                        (s.doc.sentences[index].start, s.doc.sentences[index + 1].end);
                    if self.act(tab, vec![Action::Select(index), Action::MergeWithNext]) {
                        self.merges.push((start, end, self.tabs[tab].session.clock));
                    }
                }
            }
            Step::Rename { tab, title } => {
                self.act(tab, vec![Action::Rename(format!("Title {title}"))]);
            }
            Step::Import { tab, which } => {
                let s = &self.tabs[tab].session;
                let mut file = s.annotations();
                for (i, label) in file.labels.iter_mut().enumerate() {
                    if which >> (i % 8) & 1 == 1 {
                        *label = Some(Label::Context);
                    }
                }
                let changed: Vec<_> = (0..s.doc.len())
                    .filter(|&i| s.label(i) != file.labels[i])
                    .map(|i| s.doc.sentences[i])
                    .collect();
                self.label_made(
                    tab,
                    vec![Action::Adopt(file, vec![])],
                    changed,
                    Some(Label::Context),
                );
            }
            Step::Hear { tab } => self.hear(tab),
        }
    }

    /// Both tabs take in everything written; they then agree.
    fn settle(&mut self) {
        for _ in 0..200 {
            if self.tabs.iter().all(|t| t.inbox.is_empty()) {
                return;
            }
            self.hear(0);
            self.hear(1);
        }
        panic!("the two tabs never stopped writing");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Both tabs split, merge, label, note, rename and import, each hearing the other's writes
    /// in any order and at any time: no panic; the two agree in the end; and no label or note made in
    /// either tab is lost unless a later change replaced it.
    #[test]
    fn two_tabs_in_any_order_converge_and_lose_nothing_unreplaced(steps in prop::collection::vec(step(), 1..40)) {
        let mut world = World::new();
        for step in steps {
            world.play(step);
        }
        world.settle();
        let (a, b) = (&world.tabs[0].session, &world.tabs[1].session);
        prop_assert!(a.same_content(b), "the tabs agree");
        prop_assert_eq!(a.counts, sift::model::Counts::of(&a.labels));

        let text = &a.doc.text;
        let overlaps = |s: usize, e: usize, s2: usize, e2: usize| s < e2 && s2 < e;
        for made in &world.made {
            for (i, span) in a.doc.sentences.iter().enumerate() {
                if !overlaps(span.start, span.end, made.start, made.end)
                    || text[span.start.max(made.start)..span.end.min(made.end)].trim().is_empty()
                {
                    continue;
                }
                // A sentence holds one label and one note: a later change anywhere in the
                // sentence the change was made on, in any sentence merged with it since, or in
                // the one that holds its text now, may replace it.
                let mut joined = vec![(made.start, made.end)];
                while let Some(more) = world.merges.iter().find(|&&(s, e, _)| {
                    !joined.contains(&(s, e)) && joined.iter().any(|&(a, b)| overlaps(a, b, s, e))
                }) {
                    joined.push((more.0, more.1));
                }
                let near = |s: usize, e: usize| {
                    overlaps(span.start, span.end, s, e)
                        || joined.iter().any(|&(a, b)| overlaps(a, b, s, e))
                };
                let replaced_by_merge = world
                    .merges
                    .iter()
                    .any(|&(s, e, tick)| tick >= made.tick && near(s, e));
                if let Some(label) = made.label {
                    let later = world.made.iter().any(|m| {
                        m.label.is_some()
                            && (m.tick, m.label) > (made.tick, Some(label))
                            && near(m.start, m.end)
                    });
                    prop_assert!(
                        a.label(i) == label || later || replaced_by_merge,
                        "sentence {i} “{}” lost {label:?} set at tick {}: it has {:?} at {}", a.doc.sentence_text(i), made.tick, a.label(i), a.stamps.label[i]
                    );
                }
                if let Some(note) = &made.note {
                    let later = world.made.iter().any(|m| {
                        m.note.is_some()
                            && (m.tick, &m.note) > (made.tick, &made.note)
                            && near(m.start, m.end)
                    });
                    prop_assert!(
                        a.note(i).is_some_and(|n| n.contains(note.as_str())) || later || replaced_by_merge,
                        "sentence {i} “{}” lost the note {note:?} made at {}: it has {:?} at {}", a.doc.sentence_text(i), made.tick, a.note(i), a.stamps.note[i]
                    );
                }
            }
        }
    }
}

#[test]
fn the_selection_stays_on_its_sentence_when_the_other_tab_merged_before_it() {
    // Ours has "Café 🙂 owners cheered." selected; theirs merged the two sentences before it.
    let ours = run(&opened(), vec![Action::Select(3)]);
    let theirs = run(&opened(), vec![Action::Select(1), Action::MergeWithNext]);
    let state = State {
        session: Some(ours.clone()),
        read_only: false,
    };
    let synced = apply(
        &state,
        Action::Sync {
            theirs: Box::new(theirs),
            synced: 0,
        },
    )
    .unwrap()
    .session
    .unwrap();
    let focus = synced.selection.unwrap().focus;
    assert_eq!(synced.doc.sentence_text(focus), "Café 🙂 owners cheered.");
}
