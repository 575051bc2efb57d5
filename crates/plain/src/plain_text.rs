//! Text as a guide shows it: everyday words, with a short explanation after the first place each
//! term appears.

/// A term's explanation, shown after the first place the term appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub term: String,
    pub explain: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Note(Note),
}

/// Text as a guide shows it: everyday words, with explanations after first-seen terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plain {
    pub pieces: Vec<Piece>,
}

impl Plain {
    /// Text written by svcat itself or kept as is, with no explanations.
    pub fn raw(text: impl Into<String>) -> Plain {
        Plain {
            pieces: vec![Piece::Text(text.into())],
        }
    }

    /// The text without explanations: what the readability measures look at.
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t.as_str()),
                Piece::Note(_) => None,
            })
            .collect()
    }

    /// The text with explanations in brackets, as plain text: "复印件（用复印机……）".
    pub fn inline(&self) -> String {
        let mut s = String::new();
        for p in &self.pieces {
            match p {
                Piece::Text(t) => s.push_str(t),
                Piece::Note(n) => {
                    s.push('（');
                    s.push_str(&n.explain);
                    s.push('）');
                }
            }
        }
        s
    }

    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Note(n) => Some(n),
            Piece::Text(_) => None,
        })
    }

    pub fn push(&mut self, other: Plain) {
        self.pieces.extend(other.pieces);
    }
}
