//! Diagnostics: every problem a user can cause, located in a file where possible.
//!
//! The library never prints. It collects [`Diagnostic`]s, so one build reports every problem it
//! found, and the binary (or the live server's overlay) shows them. The text of a diagnostic is the
//! same wherever it is shown: one line that locates and names the problem, one with what to do.
//! (A diagnostics crate such as miette renders graphical reports with ANSI art; we need the same
//! plain text in a terminal and in a browser overlay, which `Display` below gives directly.)

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors fail a build, warnings are counted and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a text file, both 1-based (as editors show them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The line and column of byte `offset` in `text`; columns count characters, not bytes.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root when it is inside it.
    pub file: Option<PathBuf>,
    pub position: Option<Position>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            position: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, position: Position) -> Self {
        self.position = Some(position);
        self
    }

    /// Locates the diagnostic at byte `offset` of `text`, the contents of its file.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        self.at(Position::of_offset(text, offset))
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Makes file paths relative to `root`, so messages show `content/news/x.md`.
    pub fn relative_to(mut self, root: &Path) -> Self {
        if let Some(file) = &self.file
            && let Ok(rel) = file.strip_prefix(root)
        {
            self.file = Some(rel.to_path_buf());
        }
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: ")?;
        if let Some(file) = &self.file {
            write!(f, "{}", printable(&file.display().to_string()))?;
            if let Some(pos) = self.position {
                write!(f, ":{}:{}", pos.line, pos.column)?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", printable(&self.message))?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {}", printable(help))?;
        }
        Ok(())
    }
}

/// `text` with control characters (terminal escape sequences among them) written as escapes
/// (`\u{1b}`), so that a file name or a value quoted in a message cannot drive the terminal
/// it is printed on. Line breaks stay.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.into();
    }
    text.chars()
        .map(|c| match c {
            '\n' => "\n".to_string(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect::<String>()
        .into()
}

/// The problems a stage found; stages append, the caller decides whether to go on.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file and position and without repeats, so output is deterministic even when
    /// stages ran in parallel.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            items: vec![diagnostic],
        }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

/// Serde's message for an unknown field, turned into a hint naming the closest valid key.
///
/// serde formats it as "unknown field `x`, expected one of `a`, `b`" (or "expected `a`"); this
/// text is stable across serde versions and is the only place the list of valid keys is exposed.
pub fn unknown_field_hint(message: &str) -> Option<(String, String)> {
    let rest = message.split("unknown field `").nth(1)?;
    let (field, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let help = match closest(field, candidates.iter().copied(), 0.7) {
        Some(key) => format!("did you mean `{key}`?"),
        None if candidates.is_empty() => "remove this key".to_string(),
        None => format!("valid keys here are: {}", candidates.join(", ")),
    };
    Some((field.to_string(), help))
}

/// The candidate most like `wanted`, for a "did you mean" hint: one that differs only in case
/// first, else the most similar if it scores above `threshold` (normalised Damerau-Levenshtein:
/// one typo in a long path scores high, a shared prefix alone does not).
pub fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    threshold: f64,
) -> Option<&'a str> {
    let lower = wanted.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != wanted)
        .map(|c| {
            let score = if c.to_lowercase() == lower {
                2.0
            } else {
                strsim::normalized_damerau_levenshtein(&lower, &c.to_lowercase())
            };
            (score, c)
        })
        .filter(|(score, _)| *score > threshold)
        // Ties go to the first candidate, so that the hint does not depend on hash order.
        .fold(None, |best: Option<(f64, &str)>, (score, c)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, c)),
        })
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_in_messages_are_escaped() {
        let d = super::Diagnostic::error("bad `\u{1b}[31mred`")
            .in_file("content/x\u{7}.md")
            .help("line\nbreak");
        let shown = d.to_string();
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{shown:?}"
        );
        assert!(
            shown.contains("\\u{1b}[31mred") && shown.contains("x\\u{7}.md"),
            "{shown}"
        );
    }

    use super::*;

    #[test]
    fn positions_count_characters() {
        let text = "a\nüb c\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        let c = text.find('c').unwrap();
        assert_eq!(
            Position::of_offset(text, c),
            Position { line: 2, column: 4 }
        );
    }

    #[test]
    fn unknown_field_suggests_nearest() {
        let msg = "unknown field `paginte_by`, expected one of `base_url`, `paginate_by`, `theme`";
        let (field, help) = unknown_field_hint(msg).unwrap();
        assert_eq!(field, "paginte_by");
        assert_eq!(help, "did you mean `paginate_by`?");
    }

    #[test]
    fn display_has_location_and_help() {
        let d = Diagnostic::error("invalid date")
            .in_file("content/x.md")
            .at(Position { line: 4, column: 9 })
            .help("write YYYY-MM-DD");
        assert_eq!(
            d.to_string(),
            "error: content/x.md:4:9: invalid date\n  help: write YYYY-MM-DD"
        );
    }
}

/// A failed build or check: every problem found, errors and warnings, sorted.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

/// Every diagnostic, one after the other, as the terminal shows them.
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl Failure {
    pub fn from(problems: Diagnostics, root: &std::path::Path) -> Failure {
        Failure {
            diagnostics: problems
                .into_iter()
                .map(|d| d.relative_to(root))
                .collect::<Diagnostics>()
                .into_sorted(),
        }
    }
}
