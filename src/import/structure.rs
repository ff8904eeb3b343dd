//! Blocks of plain text → Markdown: headings from short standalone lines, bullet and numbered
//! lists, link lists from `Website: <…>` lines, URLs and e-mail addresses as links, and hard
//! line-wraps joined back into paragraphs. Nothing is dropped here: every line ends up in the
//! output.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;
use super::title::{is_date_line, is_label, is_prose};

static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•·▪◦‣*–—-]|(?P<n>\d{1,2})[.)])\s+(?P<t>.+)$").expect("valid pattern")
});
static LINK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<l>[\p{L}][\p{L}\d .’'&-]{0,40}?)\s*:\s*<?(?P<u>https?://[^\s<>]+?)>?$")
        .expect("valid pattern")
});
static LINKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(?:https?|mailto):[^\s<>]+>|https?://[^\s<>]*[^\s<>.,;:!?)\]’”»]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\b").expect("valid pattern")
});
/// Section names that are headings wherever they stand alone.
static KNOWN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(our |unsere |els nostres |les nostres |nuestros |nuestras |nos )?(objectives?|aims|goals|contacts?|partners|programme|program|agenda|background|added value|governance system|registration|ziele|kontakt|partner|programm|anmeldung|hintergrund|objectius|contacte|socis|programa|inscripcions?|objetivos|contacto|socios|inscripción|objectifs|partenaires|inscription)$").expect("valid pattern")
});
static LABEL_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Lu}][\p{L}\d ]{0,40}:\s+\S").expect("valid pattern"));

/// Renders the blocks as Markdown.
pub fn markdown(blocks: &[Block]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // Consecutive `Label: URL` lines, in one block or several, become one link list.
        let mut links = Vec::new();
        let mut j = i;
        while j < blocks.len() && blocks[j].lines.iter().all(|l| LINK_LINE.is_match(&l.text)) {
            for l in &blocks[j].lines {
                let c = LINK_LINE.captures(&l.text).expect("matched");
                links.push(format!("- [{}]({})", escape(c["l"].trim()), &c["u"]));
            }
            j += 1;
        }
        if !links.is_empty() {
            out.push(links.join("\n"));
            i = j;
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &blocks[p]);
        out.push(block(&blocks[i], prev, blocks.get(i + 1)));
        i += 1;
    }
    let mut text = out.join("\n\n");
    text.push('\n');
    text
}

fn block(b: &Block, prev: Option<&Block>, next: Option<&Block>) -> String {
    let lines: Vec<&str> = b.lines.iter().map(|l| l.text.as_str()).collect();
    if let [line] = lines.as_slice()
        && is_heading(line, prev, next)
    {
        return format!("## {}", inline(line.trim_end_matches(':')));
    }
    if lines.len() > 1 && lines.iter().all(|l| is_shout(l)) {
        return format!("### {}", inline(&lines.join(" ")));
    }
    // A short first line over a list or over sentences is the list's or paragraph's heading.
    let items_from = lines.iter().position(|l| is_item(l));
    let semicolons = lines.iter().skip(1).filter(|l| l.ends_with(';')).count();
    let labels = lines
        .iter()
        .skip(1)
        .filter(|l| LABEL_ITEM.is_match(l))
        .count();
    if lines.len() >= 3 && semicolons * 2 >= lines.len() - 1 && items_from.is_none() {
        let (head, rest) = split_heading(&lines);
        return join_parts(head, list(rest, false));
    }
    if let Some(start) = items_from {
        let head = paragraph(&lines[..start]);
        return join_parts(
            (!head.is_empty()).then_some(head),
            list(&lines[start..], true),
        );
    }
    if labels >= 3 {
        let start = lines
            .iter()
            .position(|l| LABEL_ITEM.is_match(l))
            .unwrap_or(0)
            .max(1);
        let head = paragraph(&lines[..start]);
        return join_parts(Some(head), list(&lines[start..], false));
    }
    paragraph(&lines)
}

fn split_heading<'a>(lines: &'a [&'a str]) -> (Option<String>, &'a [&'a str]) {
    if !lines[0].ends_with([';', '.', ',']) && lines[0].split_whitespace().count() <= 8 {
        (Some(format!("**{}**", inline(lines[0]))), &lines[1..])
    } else {
        (None, lines)
    }
}

fn join_parts(head: Option<String>, body: String) -> String {
    match head {
        Some(h) => format!("{h}\n\n{body}"),
        None => body,
    }
}

/// Items of a list; lines that do not start a new item continue the one before.
fn list(lines: &[&str], marked: bool) -> String {
    let mut items: Vec<(Option<String>, String)> = Vec::new();
    for line in lines {
        let starts = BULLET.captures(line).filter(|_| is_item(line));
        let continues = match &starts {
            Some(_) => false,
            None => marked || line.starts_with(char::is_lowercase),
        };
        match (starts, items.last_mut()) {
            (None, Some(last)) if continues => {
                last.1.push(' ');
                last.1.push_str(line);
            }
            (Some(c), _) => items.push((
                c.name("n").map(|n| n.as_str().to_string()),
                c["t"].to_string(),
            )),
            (None, _) => items.push((None, line.to_string())),
        }
    }
    items
        .iter()
        .map(|(n, t)| match n {
            Some(n) => format!("{n}. {}", inline(t)),
            None => format!("- {}", inline(t)),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lines joined where the text was hard-wrapped; kept as line breaks where each line stands on
/// its own (names, addresses, short statements).
fn paragraph(lines: &[&str]) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = lines[i - 1];
            let label = prev.ends_with(':') && prev.split_whitespace().count() <= 4;
            let wrapped = !prev.ends_with(['.', '!', '?', ':', ';'])
                && (prev.chars().count() >= 50 || line.starts_with(char::is_lowercase));
            out.push_str(if label || wrapped || prev.ends_with(',') {
                " "
            } else {
                "\\\n"
            });
        }
        out.push_str(&inline(line));
    }
    out
}

/// A list item; `22. bis 25. Oktober` starts like one but is a date.
fn is_item(line: &str) -> bool {
    BULLET.is_match(line) && !is_date_line(line)
}

fn is_shout(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3
        && letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 7
        && line.chars().count() <= 60
        && !line.ends_with(['.', ':', ';', ','])
}

fn is_heading(line: &str, prev: Option<&Block>, next: Option<&Block>) -> bool {
    let words = line.split_whitespace().count();
    // `Objectius específics:` over a list is a heading; longer lines with a colon lead into it.
    let label = line.ends_with(':') && words <= 4;
    let shape = line.chars().count() <= 60
        && words <= 8
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && (label || !line.ends_with(['.', ',', ';', ':', '?', '!']))
        && !LINKS.is_match(line)
        && !BULLET.is_match(line)
        && !is_label(line)
        && !is_date_line(line);
    let Some(next) = next.filter(|_| shape) else {
        return false;
    };
    if KNOWN_HEADING.is_match(line.trim_end_matches(':')) {
        return true;
    }
    let next_is_content = is_prose(next) || next.lines.iter().any(|l| is_item(&l.text));
    let next_is_subheading = next.lines.len() > 1 && next.lines.iter().all(|l| is_shout(&l.text));
    let prev_is_short = prev.is_some_and(|p| p.single().is_some() && !is_prose(p));
    (next_is_content && (label || !prev_is_short)) || (next_is_subheading && words >= 2)
}

/// One line of text with links made clickable and characters that Markdown would misread
/// escaped; `**bold**` is kept.
pub fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for m in LINKS.find_iter(text) {
        out.push_str(&escape(&text[last..m.start()]));
        let link = m.as_str();
        if link.starts_with('<') {
            out.push_str(link);
        } else {
            out.push_str(&format!("<{link}>"));
        }
        last = m.end();
    }
    out.push_str(&escape(&text[last..]));
    out
}

/// Escapes what would start a heading, quote, list or HTML tag, or a link.
fn escape(text: &str) -> String {
    let mut s = text
        .replace('\\', "\\\\")
        .replace('<', "\\<")
        .replace('[', "\\[")
        .replace(']', "\\]");
    if s.starts_with(['#', '>', '+', '=', '|']) {
        s.insert(0, '\\');
    }
    s
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod tests;
