//! The shape every import step works on: the text cut into blocks (runs of non-blank lines),
//! each line remembering its number in the input so warnings can point at it.

/// One trimmed, non-blank input line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// 1-based line number in the decoded input.
    pub number: usize,
}

/// Lines that stood together between blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub lines: Vec<Line>,
}

impl Block {
    /// The block's text with every whitespace run as one space, for comparing blocks.
    pub fn normalized(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            for word in line.text.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
        out
    }

    pub fn first_line(&self) -> usize {
        self.lines.first().map_or(0, |l| l.number)
    }

    /// A single line, as headlines, date lines and headings stand.
    pub fn single(&self) -> Option<&str> {
        match self.lines.as_slice() {
            [line] => Some(&line.text),
            _ => None,
        }
    }
}

/// Cuts text into blocks. Lines holding only whitespace (scrapers leave lines of a single
/// no-break space) count as blank.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if !current.is_empty() {
                blocks.push(Block {
                    lines: std::mem::take(&mut current),
                });
            }
        } else {
            current.push(Line {
                text: collapse_spaces(trimmed),
                number: i + 1,
            });
        }
    }
    if !current.is_empty() {
        blocks.push(Block { lines: current });
    }
    blocks
}

/// Runs of spaces (including the no-break spaces of copied web text) inside a line become one
/// space, except a no-break space between digits, which groups thousands (`22 576`).
fn collapse_spaces(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let digits_around = start > 0
                && chars[start - 1].is_ascii_digit()
                && chars.get(i).is_some_and(|c| c.is_ascii_digit());
            if digits_around && i - start == 1 && c == '\u{a0}' {
                out.push('\u{a0}');
            } else {
                out.push(' ');
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Everything in the blocks as plain text, a blank line between blocks.
pub fn plain_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| {
            b.lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_nbsp_lines_separate_blocks() {
        let b = blocks("Titel\n\n \n\u{a0}\nEins\n  zwei  drei\n");
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].lines[1].text, "zwei drei");
        assert_eq!(b[1].lines[1].number, 6);
        assert_eq!(b[1].normalized(), "Eins zwei drei");
    }

    #[test]
    fn thousands_keep_their_no_break_space() {
        let b = blocks("22\u{a0}576 employers\u{a0} and  more");
        assert_eq!(b[0].lines[0].text, "22\u{a0}576 employers and more");
    }
}
