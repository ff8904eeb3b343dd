//! Images: `![alt](photo.jpg "Caption © Credit")` becomes an `<img>` with `srcset`, `sizes`,
//! its intrinsic `width` and `height`, and lazy loading after the first image. An image alone
//! in its paragraph with a title becomes a `<figure>`: the title is the caption, and the part
//! from `©` on is the credit. `![""](x.svg)` marks a decorative image (`alt=""`); an image
//! without alternative text is an error, one whose text is only its file name a warning.
//!
//! Which files an image names and what they became is the [`Resolver`]'s business
//! (`crate::images` prepares them); images it does not prepare (other sites, `data:`) are left
//! to [`super::links::rewrite`].

use std::ops::Range;
use std::path::PathBuf;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use super::{Problem, Resolver};

/// An image prepared for the web, as the HTML needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// The file browsers that ignore `srcset` load.
    pub src: String,
    /// Size of `src`, which has the shape of every candidate.
    pub width: u32,
    pub height: u32,
    /// (URL, pixel width) of each candidate, narrowest first; empty when there is one file.
    pub srcset: Vec<(String, u32)>,
    /// The files the output needs for this picture.
    pub files: Vec<ImageFile>,
}

/// A file of the output made from an image: its URL and where its bytes are.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImageFile {
    pub url: String,
    pub source: PathBuf,
}

/// Why an image cannot be shown, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageProblem {
    pub message: String,
    pub help: String,
}

/// How wide an image shows in the article column: the whole screen on phones, the column of
/// about 65 characters (the theme's `--measure`) on larger screens.
pub const SIZES: &str = "(min-width: 45rem) 42rem, 100vw";

/// The alternative text written for a decorative image.
fn is_decorative(alt: &str) -> bool {
    let alt = alt.trim();
    alt.chars().count() >= 2 && alt.chars().all(|c| "\"“”„«»‘’'".contains(c))
}

/// What the figure's title says: (caption, credit).
pub fn caption_and_credit(title: &str) -> (Option<&str>, Option<&str>) {
    fn non_empty(s: &str) -> Option<&str> {
        Some(s.trim()).filter(|s| !s.is_empty())
    }
    match title.find('©') {
        Some(at) => (non_empty(&title[..at]), non_empty(&title[at..])),
        None => (non_empty(title), None),
    }
}

/// The `<img>` element of `picture`; `eager` for the first image of a page, which is likely
/// on screen at once.
pub fn img_html(picture: &Picture, alt: &str, eager: bool) -> String {
    let mut html = String::from("<img src=\"");
    let _ = escape_href(&mut html, &picture.src);
    html.push('"');
    if !picture.srcset.is_empty() {
        html.push_str(" srcset=\"");
        for (i, (url, width)) in picture.srcset.iter().enumerate() {
            if i > 0 {
                html.push_str(", ");
            }
            let _ = escape_href(&mut html, url);
            html.push_str(&format!(" {width}w"));
        }
        html.push_str("\" sizes=\"");
        html.push_str(SIZES);
        html.push('"');
    }
    html.push_str(&format!(
        " width=\"{}\" height=\"{}\" alt=\"",
        picture.width, picture.height
    ));
    let _ = escape_html(&mut html, alt);
    html.push('"');
    if !eager {
        html.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    html.push('>');
    html
}

/// A `<figure>` of `img` with its caption and credit.
pub fn figure_html(img: &str, caption: Option<&str>, credit: Option<&str>) -> String {
    let mut html = format!("<figure>{img}");
    if caption.is_some() || credit.is_some() {
        html.push_str("<figcaption>");
        if let Some(caption) = caption {
            let _ = escape_html(&mut html, caption);
        }
        if let Some(credit) = credit {
            if caption.is_some() {
                html.push(' ');
            }
            html.push_str("<small class=\"credit\">");
            let _ = escape_html(&mut html, credit);
            html.push_str("</small>");
        }
        html.push_str("</figcaption>");
    }
    html.push_str("</figure>\n");
    html
}

pub fn rewrite<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    resolver: &dyn Resolver,
    problems: &mut Vec<Problem>,
    files: &mut Vec<ImageFile>,
) -> Vec<(Event<'a>, Range<usize>)> {
    let mut out: Vec<(Event<'a>, Range<usize>)> = Vec::with_capacity(events.len());
    let mut events = events.into_iter().peekable();
    let mut first = !resolver.has_cover();
    while let Some((event, range)) = events.next() {
        let Event::Start(Tag::Image {
            dest_url, title, ..
        }) = &event
        else {
            out.push((event, range));
            continue;
        };
        // The image's own events, to its end: its text is the alternative text.
        let mut inner = Vec::new();
        let mut depth = 1usize;
        for (e, r) in events.by_ref() {
            match &e {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) => depth -= 1,
                _ => {}
            }
            inner.push((e, r));
            if depth == 0 {
                break;
            }
        }
        let alt: String = inner
            .iter()
            .map(|(e, _)| match e {
                Event::Text(t) | Event::Code(t) => t.as_ref(),
                Event::SoftBreak | Event::HardBreak => " ",
                _ => "",
            })
            .collect();
        check_alt(&alt, dest_url, &range, problems);
        let picture = match resolver.image(dest_url) {
            Some(Ok(picture)) => picture,
            Some(Err(problem)) => {
                problems.push(Problem {
                    range: range.clone(),
                    message: problem.message,
                    help: problem.help,
                    warning: false,
                });
                // Its text stands in for it, so that the preview shows where it was and the
                // output's link check does not report it a second time.
                out.push((Event::Text(CowStr::from(alt.trim().to_string())), range));
                continue;
            }
            None => {
                out.push((event, range));
                out.extend(inner);
                continue;
            }
        };
        files.extend(picture.files.iter().cloned());
        let alt = if is_decorative(&alt) { "" } else { alt.trim() };
        let img = img_html(&picture, alt, std::mem::take(&mut first));
        let (caption, credit) = caption_and_credit(title);
        let alone = matches!(out.last(), Some((Event::Start(Tag::Paragraph), _)))
            && matches!(events.peek(), Some((Event::End(TagEnd::Paragraph), _)));
        if alone && (caption.is_some() || credit.is_some()) {
            let (_, start) = out.pop().expect("a paragraph start");
            let (_, end) = events.next().expect("a paragraph end");
            out.push((
                Event::Html(CowStr::from(figure_html(&img, caption, credit))),
                start.start..end.end,
            ));
        } else {
            out.push((Event::InlineHtml(CowStr::from(img)), range));
        }
    }
    out
}

/// An image needs a text for readers who cannot see it; its file name is no such text.
fn check_alt(alt: &str, dest: &str, range: &Range<usize>, problems: &mut Vec<Problem>) {
    if is_decorative(alt) {
        return;
    }
    let alt = alt.trim();
    if alt.is_empty() {
        problems.push(Problem {
            range: range.clone(),
            message: format!("the image `{dest}` has no alternative text"),
            help: format!(
                "say what it shows for readers who cannot see it: ![Participants of the workshop]({dest}); write ![\"\"]({dest}) for a purely decorative image"
            ),
            warning: false,
        });
        return;
    }
    let name = dest.rsplit('/').next().unwrap_or(dest);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    if alt.eq_ignore_ascii_case(name) || alt.eq_ignore_ascii_case(stem) {
        problems.push(Problem {
            range: range.clone(),
            message: format!("the alternative text of the image `{dest}` is its file name"),
            help: "say what the image shows; screen readers read this text aloud".into(),
            warning: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_splits_into_caption_and_credit() {
        assert_eq!(
            caption_and_credit("Plenary in Cáceres © Ana Pérez, CC BY 4.0"),
            (Some("Plenary in Cáceres"), Some("© Ana Pérez, CC BY 4.0"))
        );
        assert_eq!(
            caption_and_credit("Only a caption"),
            (Some("Only a caption"), None)
        );
        assert_eq!(caption_and_credit("© EU"), (None, Some("© EU")));
        assert_eq!(caption_and_credit(" "), (None, None));
    }

    #[test]
    fn decorative_alt() {
        assert!(is_decorative("\"\""));
        assert!(is_decorative("“”"));
        assert!(!is_decorative("\""));
        assert!(!is_decorative("A photo"));
    }
}
