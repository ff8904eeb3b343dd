//! Seed text → an article: Markdown with TOML front matter. Pure functions over bytes and
//! strings; reading the input files and writing into `content/` is [`crate::commands::import`]'s job.
//!
//! The steps: [`decode`] the bytes → cut into [`blocks`] → [`cleanup`] debris and repeated
//! blocks → take the [`title`] → read the [`events`] and publication dates ([`dates`] finds them)
//! → detect the [`language`] → [`structure`] the rest as Markdown → find [`tags`] → [`render`].

pub mod blocks;
pub mod cleanup;
pub mod dates;
pub mod decode;
pub mod events;
pub mod language;
pub mod place;
pub mod render;
pub mod structure;
pub mod tags;
pub mod title;

use sha2::{Digest, Sha256};

use crate::error::{Diagnostic, Position};
use events::EventInfo;
use language::{Detected, LanguageError};

/// What the caller knows about the site and the input.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The site's language codes.
    pub languages: &'a [&'a str],
    /// `--lang`: skip detection.
    pub lang: Option<&'a str>,
    pub known_tags: &'a [String],
    /// The input file name as given on the command line, for `[source] file`.
    pub source_file: &'a str,
}

/// An imported article, ready to render, with what the summary reports.
#[derive(Debug, Clone)]
pub struct Article {
    pub title: String,
    pub lang: String,
    /// The detector's verdict; `None` when `--lang` was given.
    pub detected: Option<Detected>,
    /// Publication date as stated, else the event's first day.
    pub date: Option<jiff::civil::Date>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub event: Option<EventInfo>,
    pub deadline: Option<jiff::civil::Date>,
    pub body: String,
    pub source_file: String,
    /// Hex SHA-256 of the input bytes.
    pub source_sha256: String,
    pub encoding: &'static str,
    /// Dates found and what they were taken for, for the summary.
    pub dates_found: Vec<String>,
    /// Lines of debris removed and repeated blocks dropped.
    pub debris_lines: usize,
    pub repeated_blocks: usize,
    /// Problems worth a look, located by line; the caller adds the file.
    pub warnings: Vec<Diagnostic>,
}

/// Imports one file's bytes. The error, located by line, means nothing can be written.
pub fn import(bytes: &[u8], options: &Options) -> Result<Article, Diagnostic> {
    let at_line = |d: Diagnostic, line: usize| d.at(Position { line, column: 1 });
    let decoded = decode::decode(bytes).map_err(|e| match e {
        decode::DecodeError::Empty => at_line(Diagnostic::error("the file is empty"), 1)
            .help("import the text of an article: a headline, then paragraphs"),
        decode::DecodeError::Binary { line } => at_line(
            Diagnostic::error(
                "this is not a text file (it holds control characters or undecodable bytes)",
            ),
            line,
        )
        .help("import plain .txt files saved as UTF-8, UTF-16 or Windows-1252"),
        decode::DecodeError::LongLine { line, bytes } => at_line(
            Diagnostic::error(format!(
                "line {line} is {} KB long, more than the {} KB a paragraph can be",
                bytes / 1024,
                decode::MAX_LINE_BYTES / 1024
            )),
            line,
        )
        .help("check that the file is an article's text with its line ends, not a page dump"),
    })?;
    let mut blocks = blocks::blocks(&decoded.text);
    let debris = cleanup::remove_debris(&mut blocks);
    if blocks.is_empty() {
        return Err(at_line(
            Diagnostic::error(format!(
                "nothing but form debris ({} lines such as `{}`)",
                debris.len(),
                debris.first().map_or("", |d| d.1.as_str())
            )),
            debris.first().map_or(1, |d| d.0),
        )
        .help("check that the file holds the article's text"));
    }
    let repeats = cleanup::remove_repeats(&mut blocks);

    let Some((title, title_line)) = title::take_title(&mut blocks) else {
        // Dates, and nothing else, in the first blocks: there is no headline to take.
        return Err(at_line(
            Diagnostic::error(
                "the text has no line that could be its title: it starts with dates only",
            ),
            blocks.first().map_or(1, |b| b.lines[0].number),
        )
        .help("put the article's headline on the first line"));
    };
    let text_for_language = format!("{title}\n\n{}", blocks::plain_text(&blocks));
    let (lang, detected) = match options.lang {
        Some(lang) => (lang.to_string(), None),
        None => {
            let d = language::detect(&strip_addresses(&text_for_language), options.languages)
                .map_err(|e| language_error(e, options.languages))?;
            (d.code.clone(), Some(d))
        }
    };
    let found = events::read(&mut blocks, &title);
    let description = title::description(&blocks);
    let body = structure::markdown(&blocks);
    let tags = tags::find(&text_for_language, options.known_tags);

    let mut warnings: Vec<Diagnostic> = found
        .warnings
        .iter()
        .map(|(line, message, help)| {
            at_line(
                Diagnostic::warning(message.clone()).help(help.clone()),
                *line,
            )
        })
        .collect();
    // A site language no detector knows may have been read as another one.
    if let Some(d) = &detected {
        let unknown = language::unknown(options.languages);
        if !unknown.is_empty() {
            warnings.push(
                at_line(
                    Diagnostic::warning(format!(
                        "the text was read as {} ({}); bulletin cannot recognise {} by itself",
                        d.name,
                        d.code,
                        unknown.join(", ")
                    )),
                    1,
                )
                .help(format!(
                    "if the text is in {}, import it again with --lang",
                    unknown.join(" or ")
                )),
            );
        }
    }
    let date = found
        .published
        .or(found.event.as_ref().map(|e| e.start.date));
    if date.is_none() {
        warnings.push(
            at_line(
                Diagnostic::warning(
                    "no publication or event date found; the file name has no date",
                ),
                title_line,
            )
            .help("add `date = YYYY-MM-DD` to the front matter and rename the file"),
        );
    }
    let mut dates_found = found.found;
    if found.published.is_none()
        && let Some(e) = &found.event
    {
        dates_found.push(format!("date {} (from the event)", e.start.date));
    }
    Ok(Article {
        title,
        lang,
        detected,
        date,
        description,
        tags,
        event: found.event,
        deadline: found.deadline,
        body,
        source_file: options.source_file.to_string(),
        source_sha256: hex::encode(Sha256::digest(bytes)),
        encoding: decoded.encoding,
        dates_found,
        debris_lines: debris.len(),
        repeated_blocks: repeats.iter().map(|r| r.1).sum(),
        warnings,
    })
}

fn language_error(e: LanguageError, configured: &[&str]) -> Diagnostic {
    let list = configured.join(", ");
    match e {
        LanguageError::Unsure { best } => Diagnostic::error(match best {
            Some(b) => format!(
                "cannot tell the language of the text (at best {} with confidence {:.2})",
                b.name, b.confidence
            ),
            None => "cannot tell the language: there is too little text".to_string(),
        })
        .at(Position { line: 1, column: 1 })
        .help(format!("pass --lang with one of the site's languages ({list})")),
        LanguageError::NotConfigured(b) => Diagnostic::error(format!(
            "the text is in {} ({}, confidence {:.2}), which the site does not publish in",
            b.name, b.code, b.confidence
        ))
        .at(Position { line: 1, column: 1 })
        .help(format!(
            "add [languages.{}] to bulletin.toml, or pass --lang with one of {list} if the detection is wrong",
            b.code
        )),
    }
}

/// Text without URLs and e-mail addresses, which say nothing about the language.
fn strip_addresses(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.contains("://") && !w.contains('@') && !w.starts_with("www."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The file name stem: `YYYY-MM-DD-slug`, or just the slug when the article has no date. The
/// slug is the title transliterated to ASCII and cut at a word boundary.
pub fn stem(article: &Article) -> String {
    let mut slug = slug::slugify(&article.title);
    if slug.len() > 60 {
        let cut = slug[..60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        slug = "article".into();
    }
    match article.date {
        Some(d) => format!("{d}-{slug}"),
        None => slug,
    }
}
