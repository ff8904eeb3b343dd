//! An article body as translators see it: a sequence of blocks (paragraphs, headings, list
//! items, table cells, code and HTML blocks), each with its text as written (inline Markdown
//! kept), between the markup that is not translated (list markers, `#`, table pipes, fences,
//! blank lines, link reference definitions). This is how mdbook-i18n-helpers segments a page
//! for gettext, and what paragraph-level staleness, `translations --diff` and PO/XLIFF exchange
//! work on.
//!
//! A block's hash normalises whitespace the way the article hash does
//! ([`crate::content::hash`]): re-wrapping a paragraph changes nothing.
//!
//! Known limit: the text of a paragraph inside a block quote spans its lines, so the `> ` of
//! its continuation lines is part of the block's text.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser};
use sha2::{Digest, Sha256};

/// One translatable block: where it is in the body and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
}

impl Block<'_> {
    pub fn hash(&self) -> String {
        block_hash(self.text)
    }
}

/// The Markdown extensions the renderer enables, so that blocks are what readers see.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The blocks of `body`, in order. Their ranges do not overlap.
pub fn blocks(body: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut flush = |current: &mut Option<Range<usize>>| {
        if let Some(range) = current.take() {
            let raw = &body[range.clone()];
            let start = range.start + (raw.len() - raw.trim_start().len());
            let end = range.end - (raw.len() - raw.trim_end().len());
            if start < end {
                out.push(Block {
                    range: start..end,
                    text: &body[start..end],
                });
            }
        }
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let inline = match &event {
            Event::Start(tag) => crate::markdown::is_inline_tag(tag),
            Event::End(end) => crate::markdown::is_inline_end(*end),
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::InlineHtml(_)
            | Event::Html(_)
            | Event::FootnoteReference(_)
            | Event::SoftBreak
            | Event::HardBreak => true,
            Event::TaskListMarker(_) | Event::Rule => false,
        };
        if inline {
            current = Some(match current {
                Some(r) => r.start.min(range.start)..r.end.max(range.end),
                None => range,
            });
        } else {
            flush(&mut current);
        }
    }
    flush(&mut current);
    out
}

/// A short hash of a block's text with whitespace normalised: 16 hex digits of its SHA-256.
pub fn block_hash(text: &str) -> String {
    let normalized = super::hash::normalize_whitespace(text);
    hex::encode(&Sha256::digest(normalized.as_bytes())[..8])
}

/// `body` with each block's text replaced by `texts[i]` (same count as [`blocks`]), the markup
/// between blocks kept.
pub fn replace(body: &str, blocks: &[Block], texts: &[&str]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for (block, text) in blocks.iter().zip(texts) {
        out.push_str(&body[at..block.range.start]);
        out.push_str(text);
        at = block.range.end;
    }
    out.push_str(&body[at..]);
    out
}

/// How one block of the source changed between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Old block `.0` is new block `.1`, unchanged.
    Same(usize, usize),
    /// Old block `.0` became new block `.1`.
    Changed(usize, usize),
    /// New block `.0` was added.
    Added(usize),
    /// Old block `.0` was removed.
    Removed(usize),
}

/// The changes from blocks with hashes `old` to blocks with hashes `new`, in the new order.
/// An empty old hash is a block that was never confirmed: it counts as changed.
pub fn changes(old: &[String], new: &[String]) -> Vec<Change> {
    use similar::{Algorithm, DiffOp, capture_diff_slices};
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for i in 0..len {
                    out.push(Change::Same(old_index + i, new_index + i));
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => out.extend((old_index..old_index + old_len).map(Change::Removed)),
            DiffOp::Insert {
                new_index, new_len, ..
            } => out.extend((new_index..new_index + new_len).map(Change::Added)),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let paired = old_len.min(new_len);
                for i in 0..paired {
                    out.push(Change::Changed(old_index + i, new_index + i));
                }
                out.extend((old_index + paired..old_index + old_len).map(Change::Removed));
                out.extend((new_index + paired..new_index + new_len).map(Change::Added));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        blocks(body).iter().map(|b| b.text).collect()
    }

    #[test]
    fn paragraphs_headings_items_cells_code() {
        let body = "## Ziele {#ziele}\n\nEin Absatz\nmit *Umbruch* und [Link](https://x.eu).\n\n\
                    - erster Punkt\n- [ ] zweiter\n  - verschachtelt\n\n\
                    | A | B |\n|---|---|\n| eins | zwei |\n\n```\ncode hier\n```\n\n\
                    <div>html</div>\n\n---\n\n[ref]: https://x.eu\n";
        assert_eq!(
            texts(body),
            [
                "Ziele",
                "Ein Absatz\nmit *Umbruch* und [Link](https://x.eu).",
                "erster Punkt",
                "zweiter",
                "verschachtelt",
                "A",
                "B",
                "eins",
                "zwei",
                "code hier",
                "<div>html</div>",
            ]
        );
    }

    #[test]
    fn replacing_every_block_by_itself_gives_the_body_back() {
        let body = "# T\n\nA *b*.\n\n1. x\n2. y\n\n> quoted\n";
        let found = blocks(body);
        let same: Vec<&str> = found.iter().map(|b| b.text).collect();
        assert_eq!(replace(body, &found, &same), body);
        let other = replace(body, &found, &["U", "C", "p", "q", "r"]);
        assert_eq!(other, "# U\n\nC\n\n1. p\n2. q\n\n> r\n");
    }

    #[test]
    fn whitespace_does_not_change_a_block_hash() {
        assert_eq!(block_hash("a  b\nc"), block_hash(" a b c "));
        assert_ne!(block_hash("a b c"), block_hash("a b d"));
    }

    #[test]
    fn changes_pair_replaced_blocks() {
        let h = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let c = changes(&h(&["a", "b", "c", "d"]), &h(&["a", "B", "c", "e", "f"]));
        assert_eq!(
            c,
            [
                Change::Same(0, 0),
                Change::Changed(1, 1),
                Change::Same(2, 2),
                Change::Changed(3, 3),
                Change::Added(4),
            ]
        );
        let c = changes(&h(&["a", "b"]), &h(&["b"]));
        assert_eq!(c, [Change::Removed(0), Change::Same(1, 0)]);
    }
}
