//! Sentence splitting, one test per category of difficulty. Every case is written for Sift.

use sift::segment::{segment, sentence_texts};

#[track_caller]
fn splits(text: &str, expected: &[&str]) {
    assert_eq!(sentence_texts(text), expected, "\ninput: {text:?}");
}

#[test]
fn titles_never_end_a_sentence() {
    splits(
        "Mr. Osei met Mrs. Hart and Dr. Lund. Prof. Ivanova joined Gen. Ruiz, Sen. Park and Rep. Diaz at St. Mary's.",
        &["Mr. Osei met Mrs. Hart and Dr. Lund.", "Prof. Ivanova joined Gen. Ruiz, Sen. Park and Rep. Diaz at St. Mary's."],
    );
}

#[test]
fn company_suffixes_inside_and_at_the_end_of_a_sentence() {
    splits(
        "Shares of Brightwater Inc. fell 4%. Its rival, Dunmore Ltd., rose. Orla Co. and Vexa Corp. merged last year.",
        &["Shares of Brightwater Inc. fell 4%.", "Its rival, Dunmore Ltd., rose.", "Orla Co. and Vexa Corp. merged last year."],
    );
    splits(
        "The deal was signed by Harlow Holdings Inc. The shares jumped.",
        &[
            "The deal was signed by Harlow Holdings Inc.",
            "The shares jumped.",
        ],
    );
}

#[test]
fn months_places_and_bodies() {
    splits(
        "The law took effect on Jan. 1 and was amended in Sept. 2024. Talks between the U.S. and the U.K. stalled at the U.N. in Geneva, the E.U. said.",
        &[
            "The law took effect on Jan. 1 and was amended in Sept. 2024.",
            "Talks between the U.S. and the U.K. stalled at the U.N. in Geneva, the E.U. said.",
        ],
    );
}

#[test]
fn an_abbreviation_can_end_a_sentence_before_a_capitalised_word() {
    splits(
        "Her family moved to the U.S. The next day she started school.",
        &[
            "Her family moved to the U.S.",
            "The next day she started school.",
        ],
    );
    splits(
        "They bought pens, paper, ink etc. Then they left.",
        &["They bought pens, paper, ink etc.", "Then they left."],
    );
    splits(
        "The meeting ended at 11 p.m. Police were called soon after.",
        &[
            "The meeting ended at 11 p.m.",
            "Police were called soon after.",
        ],
    );
    splits(
        "Officials in the U.S. Senate disagreed.",
        &["Officials in the U.S. Senate disagreed."],
    );
}

#[test]
fn latin_abbreviations() {
    splits(
        "Some fuels, e.g. diesel, cost more, i.e. about 10% more. Costs vs. benefits were weighed, etc. and approx. 40 firms replied.",
        &[
            "Some fuels, e.g. diesel, cost more, i.e. about 10% more.",
            "Costs vs. benefits were weighed, etc. and approx. 40 firms replied.",
        ],
    );
}

#[test]
fn units_and_references() {
    splits(
        "See No. 10 on p. 4 and pp. 12-15, fig. 3 in vol. 2, ch. 7. The rest is online.",
        &[
            "See No. 10 on p. 4 and pp. 12-15, fig. 3 in vol. 2, ch. 7.",
            "The rest is online.",
        ],
    );
}

#[test]
fn an_unknown_abbreviation_before_a_lowercase_word_or_a_number_goes_on() {
    // From real news: a full stop before a lower-case word rarely ends a sentence, and a short
    // word before a number is an abbreviation Sift need not know by name.
    splits(
        "He was treated by the med. staff at the clinic. The Texas Reps. include Sheila Jackson Lee.",
        &[
            "He was treated by the med. staff at the clinic.",
            "The Texas Reps. include Sheila Jackson Lee.",
        ],
    );
    splits(
        "She rides her bike on Del. 1 near Lewes. For details see pg. 5 of the report. It is in 1 Stat. at Large 5.",
        &[
            "She rides her bike on Del. 1 near Lewes.",
            "For details see pg. 5 of the report.",
            "It is in 1 Stat. at Large 5.",
        ],
    );
    // A longer word or a number before the full stop still ends the sentence.
    splits(
        "Sales doubled. 40 stores opened. The team won game 3. 4 more remain.",
        &[
            "Sales doubled.",
            "40 stores opened.",
            "The team won game 3.",
            "4 more remain.",
        ],
    );
}

#[test]
fn ellipses_initials_stray_marks_and_glued_numbers() {
    splits(
        "Happy! ... no one came. Ask the Minister of Loneliness.' ... consider Japan.",
        &[
            "Happy! ... no one came.",
            "Ask the Minister of Loneliness.' ... consider Japan.",
        ],
    );
    splits(
        "She flew to the U. A. E. last week. Northwestern's J. A. Adande said so.",
        &[
            "She flew to the U. A. E. last week.",
            "Northwestern's J. A. Adande said so.",
        ],
    );
    // A stray mark after a space stays with its sentence.
    splits("Really?? ? Yes, really.", &["Really?? ?", "Yes, really."]);
    // A number glued to the next sentence, as in copied text: "2011.On Tuesday".
    splits(
        "No 5.He never came back. Iraq in 2011.On Tuesday he spoke. Version 2.0 shipped.",
        &[
            "No 5.",
            "He never came back.",
            "Iraq in 2011.",
            "On Tuesday he spoke.",
            "Version 2.0 shipped.",
        ],
    );
}

#[test]
fn times_of_day() {
    splits(
        "The polls open at 7 a.m. and close at 10 p.m. on Thursday. Results follow at 2 a.m. Friday.",
        &["The polls open at 7 a.m. and close at 10 p.m. on Thursday.", "Results follow at 2 a.m. Friday."],
    );
}

#[test]
fn initials_and_names() {
    splits(
        "J. R. R. Tolkien wrote it. George W. Bush read it. The report was signed by A. K. Mensah.",
        &[
            "J. R. R. Tolkien wrote it.",
            "George W. Bush read it.",
            "The report was signed by A. K. Mensah.",
        ],
    );
    splits(
        "They chose plan B. The vote was unanimous.",
        &["They chose plan B.", "The vote was unanimous."],
    );
}

#[test]
fn ordinals_and_roman_numerals() {
    splits(
        "Henry VIII had six wives. World War II ended in 1945. He finished 2nd. She finished 3rd in the 100m.",
        &["Henry VIII had six wives.", "World War II ended in 1945.", "He finished 2nd.", "She finished 3rd in the 100m."],
    );
}

#[test]
fn numbers_money_versions_and_dates() {
    splits(
        "Prices rose 3.5% to $1.2bn. The train left at 10.30 and version v2.0.1 ships on 12.11.2024. It costs €4.99.",
        &["Prices rose 3.5% to $1.2bn.", "The train left at 10.30 and version v2.0.1 ships on 12.11.2024.", "It costs €4.99."],
    );
    splits(
        "Turnout was 61.2 per cent. 2025 will be harder.",
        &["Turnout was 61.2 per cent.", "2025 will be harder."],
    );
}

#[test]
fn list_items_one_per_line() {
    splits(
        "The plan has three parts:\n1. cut fares;\n2) add buses;\na. review routes\n• Publish data\n- Consult riders",
        &["The plan has three parts:", "1. cut fares;", "2) add buses;", "a. review routes", "• Publish data", "- Consult riders"],
    );
}

#[test]
fn list_items_inside_a_paragraph() {
    splits(
        "The council must: 1. raise £4m 2. hire staff 3. report in June.",
        &[
            "The council must:",
            "1. raise £4m",
            "2. hire staff",
            "3. report in June.",
        ],
    );
    splits(
        "Options: a) wait b) sell c) buy.",
        &["Options:", "a) wait", "b) sell", "c) buy."],
    );
    splits(
        "Steps: i. plan ii. build iii. test.",
        &["Steps:", "i. plan", "ii. build", "iii. test."],
    );
    splits(
        "Bring • water • a map • boots.",
        &["Bring", "• water", "• a map", "• boots."],
    );
}

#[test]
fn ellipses_in_the_middle_and_at_the_end() {
    splits(
        "Work will begin in 2026... if the money comes. He paused… then left. They waited... Nobody came.",
        &["Work will begin in 2026... if the money comes.", "He paused… then left.", "They waited...", "Nobody came."],
    );
    splits("It ended there…", &["It ended there…"]);
}

#[test]
fn repeated_and_mixed_marks() {
    splits(
        "Really?! Nobody knew. It worked!!! Why?? We asked.",
        &[
            "Really?!",
            "Nobody knew.",
            "It worked!!!",
            "Why??",
            "We asked.",
        ],
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    splits(
        "He called it “a disgrace.” She did not. (The vote was close.) They said \"no.\" It was 'over!' Then [see note 4.] came.",
        &["He called it “a disgrace.”", "She did not.", "(The vote was close.)", "They said \"no.\"", "It was 'over!'", "Then [see note 4.] came."],
    );
}

#[test]
fn quotes_with_an_attribution_stay_whole() {
    splits(
        "“Stop. Now,” he said. They stopped.",
        &["“Stop. Now,” he said.", "They stopped."],
    );
    splits("'Stop. Now,' he said.", &["'Stop. Now,' he said."]);
    splits(
        "“Why?” she asked. “Because,” he said.",
        &["“Why?” she asked.", "“Because,” he said."],
    );
    splits("'Why?' she asked.", &["'Why?' she asked."]);
    splits(
        "“We lost. We will be back,” the coach said on Sunday. Fans cheered.",
        &[
            "“We lost. We will be back,” the coach said on Sunday.",
            "Fans cheered.",
        ],
    );
}

#[test]
fn quotes_without_an_attribution_split_as_usual() {
    splits(
        "“We simply don’t know whether the figures are right,” one engineer said. “Nobody has seen the sums.”",
        &["“We simply don’t know whether the figures are right,” one engineer said.", "“Nobody has seen the sums.”"],
    );
}

#[test]
fn exclamation_in_names_urls_emails_and_files() {
    splits(
        "Yahoo! said profits fell. Read example.com/a.b or report.pdf for more. Write to press@example.org. Visit https://www.news.example/2024/06/story.html today.",
        &[
            "Yahoo! said profits fell.",
            "Read example.com/a.b or report.pdf for more.",
            "Write to press@example.org.",
            "Visit https://www.news.example/2024/06/story.html today.",
        ],
    );
}

#[test]
fn a_missing_space_after_a_period() {
    splits(
        "The match was over.The fans went home.",
        &["The match was over.", "The fans went home."],
    );
    splits(
        "Open config.json, then read the Node.js docs.",
        &["Open config.json, then read the Node.js docs."],
    );
}

#[test]
fn sentences_that_begin_with_a_number_or_a_lowercase_word() {
    splits(
        "Sales doubled. 40 stores opened. iPhone sales slowed. eBay said nothing.",
        &[
            "Sales doubled.",
            "40 stores opened.",
            "iPhone sales slowed.",
            "eBay said nothing.",
        ],
    );
}

#[test]
fn parenthetical_sentences() {
    splits(
        "The mayor resigned. (She had served two terms.) A vote is due.",
        &[
            "The mayor resigned.",
            "(She had served two terms.)",
            "A vote is due.",
        ],
    );
}

#[test]
fn headlines_bylines_datelines_and_captions_are_their_own_sentences() {
    let text = "Storm closes harbour\nBy Lea Brandt\nKIEL, Germany —\nBoats sheltered on Monday. The port reopened.\nA tug in the harbour (Photo: L. Brandt)";
    splits(
        text,
        &[
            "Storm closes harbour",
            "By Lea Brandt",
            "KIEL, Germany —",
            "Boats sheltered on Monday.",
            "The port reopened.",
            "A tug in the harbour (Photo: L. Brandt)",
        ],
    );
    assert_eq!(segment(text).paragraphs.len(), 5);
}

#[test]
fn crlf_and_non_breaking_spaces() {
    splits(
        "Title\r\n\r\nOne.\u{a0}Two.\r\nThree",
        &["Title", "One.", "Two.", "Three"],
    );
    splits(
        "It cost £5.\u{a0}\u{a0}Then it rose.",
        &["It cost £5.", "Then it rose."],
    );
}

#[test]
fn curly_and_straight_quotes() {
    splits(
        "She said, “It works.” He said, \"It fails.\" They said, ‘Maybe.’ Done.",
        &[
            "She said, “It works.”",
            "He said, \"It fails.\"",
            "They said, ‘Maybe.’",
            "Done.",
        ],
    );
}

#[test]
fn other_scripts_pass_through_and_cjk_marks_end_sentences() {
    splits(
        "今天下雨。明天晴天！你去吗？好。",
        &["今天下雨。", "明天晴天！", "你去吗？", "好。"],
    );
    splits(
        "「行こう。」と彼は言った。",
        &["「行こう。」", "と彼は言った。"],
    );
    splits("Москва. Киев. Минск.", &["Москва.", "Киев.", "Минск."]);
    splits("مرحبا. كيف حالك؟", &["مرحبا.", "كيف حالك؟"]);
}

#[test]
fn hard_wrapped_text_is_joined_into_paragraphs() {
    let text = "The council met on Tuesday to discuss the bridge, which has carried\n\
                twice its design load for a decade. Engineers said the new design had\n\
                not been checked by an independent firm, and asked for a review.\n\
                \n\
                The vote was 31 to 19. Work starts next year if the money is found\n\
                in time.";
    splits(
        text,
        &[
            "The council met on Tuesday to discuss the bridge, which has carried\ntwice its design load for a decade.",
            "Engineers said the new design had\nnot been checked by an independent firm, and asked for a review.",
            "The vote was 31 to 19.",
            "Work starts next year if the money is found\nin time.",
        ],
    );
    assert_eq!(segment(text).paragraphs.len(), 2);
}

#[test]
fn a_short_line_in_wrapped_text_ends_its_paragraph() {
    let text = "Councillors voted late on Tuesday to approve the plan, ending a debate\n\
                that has run since 2019 and split the ruling group.\n\
                Opponents called it reckless and promised a legal challenge soon.";
    let segments = segment(text);
    assert_eq!(segments.paragraphs.len(), 2, "{:?}", sentence_texts(text));
}

#[test]
fn lines_of_prose_are_not_mistaken_for_wrapped_text() {
    let text = "Council approves bridge\nEngineers warned the design had not been reviewed\nBy Priya Nair\nWed 12 Mar 2025";
    assert_eq!(segment(text).paragraphs.len(), 4);
}

#[test]
fn blank_lines_always_end_a_sentence() {
    splits(
        "The vote was held on\n\nTuesday night",
        &["The vote was held on", "Tuesday night"],
    );
}

#[test]
fn empty_and_whitespace_inputs_have_no_sentences() {
    for text in ["", " ", "\n\n", "\r\n\t ", "\u{a0}"] {
        assert!(segment(text).sentences.is_empty(), "{text:?}");
    }
}

#[test]
fn spaced_and_bracketed_ellipses() {
    splits(
        "The minister said the plan “will cost less than feared . . .” and left.",
        &["The minister said the plan “will cost less than feared . . .” and left."],
    );
    splits(
        "The report ends with a warning about cost . . . . Few read that far.",
        &[
            "The report ends with a warning about cost . . . .",
            "Few read that far.",
        ],
    );
    splits(
        "He wrote that the board “agreed [...] to sell the site [...]” (minutes, p. 4).",
        &["He wrote that the board “agreed [...] to sell the site [...]” (minutes, p. 4)."],
    );
    splits(
        "She hesitated . . . Then she signed.",
        &["She hesitated . . . Then she signed."],
    );
}

#[test]
fn citation_marks_after_the_period() {
    splits(
        "The dam was finished in 1931.[2] It still stands.[14][15] Few expected that.",
        &[
            "The dam was finished in 1931.[2]",
            "It still stands.[14][15]",
            "Few expected that.",
        ],
    );
}

#[test]
fn bullets_with_numbers_and_numero_signs() {
    splits(
        "• 4. Check the pumps • 5. Close the valves",
        &["• 4. Check the pumps", "• 5. Close the valves"],
    );
    splits(
        "⁃4. Check the pumps ⁃5. Close the valves",
        &["⁃4. Check the pumps", "⁃5. Close the valves"],
    );
    splits(
        "The file is N°. 4471.220. It was sealed.",
        &["The file is N°. 4471.220.", "It was sealed."],
    );
}

#[test]
fn a_quotation_followed_by_a_lowercase_attribution() {
    splits(
        "He looked up, 'That was quick.' he said.",
        &["He looked up, 'That was quick.' he said."],
    );
    splits(
        "He looked up, \"That was quick.\" he said.",
        &["He looked up, \"That was quick.\" he said."],
    );
    splits(
        "He looked up, \"That was quick.\" Then he left.",
        &["He looked up, \"That was quick.\"", "Then he left."],
    );
}

#[test]
fn short_phrases_before_an_abbreviation_are_not_sentences() {
    splits(
        "By 6 a.m. Ms. Ortiz had left. She came back at 9 P.M. Mr. Ortiz stayed home.",
        &[
            "By 6 a.m. Ms. Ortiz had left.",
            "She came back at 9 P.M.",
            "Mr. Ortiz stayed home.",
        ],
    );
    splits(
        "The clerk gave him the form at 5 p.m. Then the office closed.",
        &[
            "The clerk gave him the form at 5 p.m.",
            "Then the office closed.",
        ],
    );
}

#[test]
fn a_stray_line_break_inside_a_sentence_is_joined() {
    splits(
        "The inspectors found the\nfault in a second pump.",
        &["The inspectors found the\nfault in a second pump."],
    );
    splits(
        "menu\nsearch archive\nsign in",
        &["menu", "search archive", "sign in"],
    );
}

#[test]
fn possessives_and_abbreviations_with_apostrophes() {
    splits(
        "That is Martin Jr.'s car. It is red.",
        &["That is Martin Jr.'s car.", "It is red."],
    );
    splits(
        "We saw St. Anne's and then Mt. Ossa.",
        &["We saw St. Anne's and then Mt. Ossa."],
    );
}

#[test]
fn parentheses_hold_their_inner_sentences() {
    splits(
        "(Was it legal? Nobody asked.) The vote went ahead.",
        &["(Was it legal? Nobody asked.)", "The vote went ahead."],
    );
    splits(
        "She studied law (she had trained as a nurse first.) at the city university.",
        &["She studied law (she had trained as a nurse first.) at the city university."],
    );
}

#[test]
fn a_bracket_after_an_abbreviation_continues_the_sentence_a_quote_starts_one() {
    splits(
        "Shares of Orla Inc. (ORLA) rose 2%. Rivals fell.",
        &["Shares of Orla Inc. (ORLA) rose 2%.", "Rivals fell."],
    );
    splits(
        "The team moved to the U.S. “It was home,” she said.",
        &["The team moved to the U.S.", "“It was home,” she said."],
    );
}

#[test]
fn units_and_prices_with_a_period_before_a_lowercase_word_stay_whole() {
    splits(
        "Apples cost $1.99/lb. at the market. Pears cost more.",
        &["Apples cost $1.99/lb. at the market.", "Pears cost more."],
    );
    splits(
        "The kit weighs 3kg. iPad sales rose.",
        &["The kit weighs 3kg.", "iPad sales rose."],
    );
}

/// The test set of `tests/segment-cases.json`: cases in eight categories of difficulty, each
/// written for Sift after real news text (its source noted), as `cargo run --example
/// split_cases tests/segment-cases.json` scores them for `scripts/bench`.
#[test]
fn the_news_test_set_splits_as_written() {
    #[derive(serde::Deserialize)]
    struct Case {
        category: String,
        source: String,
        text: String,
        sentences: Vec<String>,
    }
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("segment-cases.json")).expect("the test set reads");
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter(|case| sentence_texts(&case.text) != case.sentences)
        .map(|case| {
            format!(
                "[{}] {:?} ({})\n  expected {:?}\n  got      {:?}",
                case.category,
                case.text,
                case.source,
                case.sentences,
                sentence_texts(&case.text)
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
