//! The three labels a sentence can carry, and the running count of each.

/// In every format a label is its name: `"claim"`, `"fact"` or `"context"`; any other name is
/// refused when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Claim,
    Fact,
    Context,
}

impl Label {
    pub const ALL: [Label; 3] = [Label::Claim, Label::Fact, Label::Context];

    /// The name used in exports, storage and `data-label`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Claim => "claim",
            Label::Fact => "fact",
            Label::Context => "context",
        }
    }

    /// The label named `name` in exports and storage.
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// The name shown to the reader.
    pub fn title(self) -> &'static str {
        match self {
            Label::Claim => "Claim",
            Label::Fact => "Fact",
            Label::Context => "Context",
        }
    }

    /// The digit key that applies the label; also its code in stored data.
    pub fn digit(self) -> char {
        match self {
            Label::Claim => '1',
            Label::Fact => '2',
            Label::Context => '3',
        }
    }

    pub fn from_digit(c: char) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.digit() == c)
    }
}

/// By name, with a message that says which names there are.
impl<'de> serde::Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Label, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(de)?;
        Label::from_name(&name).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "“{name}” is not one of Sift's labels (claim, fact, context)"
            ))
        })
    }
}

/// How many sentences carry each label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Counts {
    pub claim: usize,
    pub fact: usize,
    pub context: usize,
    pub unlabelled: usize,
}

impl Counts {
    pub fn of(labels: &[Option<Label>]) -> Counts {
        let mut counts = Counts::default();
        for &label in labels {
            *counts.slot(label) += 1;
        }
        counts
    }

    pub fn get(&self, label: Option<Label>) -> usize {
        match label {
            Some(Label::Claim) => self.claim,
            Some(Label::Fact) => self.fact,
            Some(Label::Context) => self.context,
            None => self.unlabelled,
        }
    }

    /// Records that one sentence went from `from` to `to`.
    pub fn shift(&mut self, from: Option<Label>, to: Option<Label>) {
        *self.slot(from) -= 1;
        *self.slot(to) += 1;
    }

    pub fn labelled(&self) -> usize {
        self.claim + self.fact + self.context
    }

    fn slot(&mut self, label: Option<Label>) -> &mut usize {
        match label {
            Some(Label::Claim) => &mut self.claim,
            Some(Label::Fact) => &mut self.fact,
            Some(Label::Context) => &mut self.context,
            None => &mut self.unlabelled,
        }
    }
}
