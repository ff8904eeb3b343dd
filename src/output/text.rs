//! Plain text for the text version of the e-mail: HTML fragments (article summaries) as
//! readable text whose links are numbered references, and line wrapping.

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};

/// The reference number of `url` in `links`, added at the end when it is not there yet.
pub fn reference(links: &mut Vec<String>, url: &str) -> usize {
    match links.iter().position(|l| l == url) {
        Some(i) => i + 1,
        None => {
            links.push(url.to_string());
            links.len()
        }
    }
}

// Markers that cannot occur in text, put in place of block boundaries before the HTML's own
// white space is collapsed.
const PARAGRAPH: char = '\u{1}';
const LINE: char = '\u{2}';

/// `html` as plain text: blocks separated by blank lines, list items as `- item`, each link's
/// text followed by its reference number (`text [3]`, the URL added to `links`), images by
/// their `alt` text.
pub fn html_to_text(html: &str, links: &mut Vec<String>) -> String {
    // A footnote's number means nothing without the note, which is not in the text; removed
    // first, so that its link gets no reference number either.
    let without_notes = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "sup.footnote-reference",
            |el| {
                el.remove();
                Ok(())
            }
        )),
    );
    let html = without_notes.as_deref().unwrap_or(html);
    let links = std::cell::RefCell::new(links);
    let paragraph = PARAGRAPH.to_string();
    let line = LINE.to_string();
    let handlers = vec![
        element!("a[href]", |el| {
            if let Some(href) = el.get_attribute("href")
                && !href.starts_with('#')
            {
                let n = reference(&mut links.borrow_mut(), &href);
                el.after(&format!(" [{n}]"), ContentType::Text);
            }
            Ok(())
        }),
        element!("img", |el| {
            let alt = el.get_attribute("alt").unwrap_or_default();
            el.replace(&alt, ContentType::Text);
            Ok(())
        }),
        element!("br", |el| {
            el.replace(&line, ContentType::Html);
            Ok(())
        }),
        element!("li", |el| {
            el.before(&format!("{line}- "), ContentType::Html);
            Ok(())
        }),
        element!(
            "p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, table, tr, hr",
            |el| {
                el.before(&paragraph, ContentType::Html);
                el.after(&paragraph, ContentType::Html);
                Ok(())
            }
        ),
        element!("*", |el| {
            el.remove_and_keep_content();
            Ok(())
        }),
    ];
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |s, h| {
            s.append_element_content_handler(h)
        });
    let rewritten = rewrite_str(html, settings).unwrap_or_else(|_| html.to_string());
    let decoded = decode_entities(&rewritten);
    // The HTML's own line breaks are white space; only the markers end lines.
    let flat = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    for block in flat.split(PARAGRAPH) {
        let lines: Vec<String> = block
            .split(LINE)
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&lines.join("\n"));
    }
    out
}

/// The character references that HTML written by pulldown-cmark (and people) contains.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let code = if let Some(hex) =
                        name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
                    {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        name.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    code.and_then(char::from_u32)
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text as mail readers show it best: no trailing spaces, at most one blank line in a row,
/// lines longer than `width` characters wrapped at spaces (a word longer than a line, such as
/// a URL, stays whole), continuation lines indented like the text of the line they continue,
/// and one final newline.
pub fn tidy(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut blank = true; // no blank lines at the top
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        blank = false;
        for wrapped in wrap(line, width) {
            out.push_str(&wrapped);
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// One line wrapped: continuation lines are indented to where the text of the first line
/// starts (after its indentation and a `- ` or `12. ` marker).
fn wrap(line: &str, width: usize) -> Vec<String> {
    if line.chars().count() <= width {
        return vec![line.to_string()];
    }
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    // A list marker stays with the first word: `- `, `12. `, and a reference `[3] ` with its
    // URL (which is never broken, however long).
    let reference = rest
        .strip_prefix('[')
        .map(|r| r.chars().take_while(char::is_ascii_digit).count())
        .filter(|&digits| digits > 0 && rest[1 + digits..].starts_with("] "));
    let marker = if rest.starts_with("- ") {
        2
    } else if let Some(digits) = reference {
        digits + 3
    } else {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(". ") {
            digits + 2
        } else {
            0
        }
    };
    let hang = " ".repeat(indent + marker);
    let mut lines = Vec::new();
    let mut current = line[..indent + marker].to_string();
    let mut empty = true;
    for word in line[indent + marker..].split(' ').filter(|w| !w.is_empty()) {
        let len = current.chars().count();
        if !empty && len + 1 + word.chars().count() > width {
            lines.push(std::mem::replace(&mut current, hang.clone()));
            empty = true;
        }
        if !empty {
            current.push(' ');
        }
        current.push_str(word);
        empty = false;
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_with_numbered_links() {
        let mut links = vec!["https://example.org/en/news/x/".to_string()];
        let text = html_to_text(
            "<p>The <a href=\"https://a.org/\">first</a> meeting &amp; the\n<em>second</em>.</p>\n<ul>\n<li>one</li>\n<li>two <a href=\"https://example.org/en/news/x/\">again</a></li>\n</ul>\n",
            &mut links,
        );
        assert_eq!(
            text,
            "The first [2] meeting & the second.\n\n- one\n- two again [1]"
        );
        assert_eq!(links, ["https://example.org/en/news/x/", "https://a.org/"]);
        let text = html_to_text(
            "<p>Text.<sup class=\"footnote-reference\"><a href=\"https://b.org/x/#1\">1</a></sup> <img src=\"p.png\" alt=\"A photo\"></p>",
            &mut links,
        );
        assert_eq!(text, "Text. A photo");
        assert_eq!(links.len(), 2, "{links:?}");
    }

    #[test]
    fn long_lines_wrap_under_their_text() {
        let text = tidy(
            "1. A title that is long enough to need wrapping when the width is small\n\n\n   and an indented paragraph of some words\n",
            30,
        );
        assert_eq!(
            text,
            "1. A title that is long enough\n   to need wrapping when the\n   width is small\n\n   and an indented paragraph\n   of some words\n"
        );
        assert_eq!(
            wrap(
                "see https://example.org/a/very/long/url/that/does/not/fit",
                20
            ),
            [
                "see",
                "https://example.org/a/very/long/url/that/does/not/fit"
            ]
        );
        // A reference keeps its URL on its line, however long.
        assert_eq!(
            wrap(
                "[12] https://example.org/a/very/long/url/that/does/not/fit",
                20
            ),
            ["[12] https://example.org/a/very/long/url/that/does/not/fit"]
        );
    }
}
