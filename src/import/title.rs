//! The headline and the lead: the first line that reads as a headline (a scraped page may put a
//! date or category line above it and repeat it below), and a description taken from the
//! subtitle or the first sentence of the first paragraph.

use super::blocks::Block;
use super::dates;

/// Longest headline: a longer first line is a paragraph, not a headline.
const MAX_HEADLINE: usize = 160;

/// Longest description before it is cut at a word boundary.
const MAX_DESCRIPTION: usize = 300;

/// Takes the title out of `blocks` (with any verbatim repeats of it near the top); returns it
/// with its line number.
pub fn take_title(blocks: &mut Vec<Block>) -> Option<(String, usize)> {
    let mut index = blocks
        .iter()
        .take(6)
        .position(|b| !is_date_line(&b.lines[0].text))?;
    // A category line (`Noticias`, `Project news`) above the headline stays in the body.
    if is_category(&blocks[index])
        && blocks
            .get(index + 1)
            .and_then(Block::single)
            .is_some_and(|l| l.split_whitespace().count() >= 3 && !is_date_line(l))
    {
        index += 1;
    }
    let first = &blocks[index].lines[0];
    if first.text.chars().count() > MAX_HEADLINE {
        // No headline, the text starts with a paragraph: its first sentence, cut short, names
        // the article, and the paragraph stays whole in the body.
        let sentence = first_sentence(&first.text).trim_end_matches('.');
        return Some((shorten(&clean_title(sentence), MAX_HEADLINE), first.number));
    }
    let line = blocks[index].lines.remove(0);
    if blocks[index].lines.is_empty() {
        blocks.remove(index);
    }
    let title = clean_title(&line.text);
    let key = comparable(&title);
    // 003 repeats its headline; a date or category line may sit between the copies.
    let mut i = 0;
    while i < blocks.len().min(index + 4) {
        if blocks[i]
            .single()
            .is_some_and(|l| comparable(&clean_title(l)) == key)
        {
            blocks.remove(i);
        } else {
            i += 1;
        }
    }
    Some((title, line.number))
}

fn is_category(block: &Block) -> bool {
    block.single().is_some_and(|l| {
        l.split_whitespace().count() <= 2
            && l.chars().count() <= 24
            && !l.ends_with(['.', '!', '?'])
    })
}

fn comparable(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A headline without emphasis markers or a closing full stop.
fn clean_title(line: &str) -> String {
    let t = line.replace("**", "");
    let t = t.trim().trim_end_matches('.').trim();
    t.to_string()
}

/// Whether a line is only a date, optionally behind a short label (`Project - 08-11-2022`).
pub fn is_date_line(line: &str) -> bool {
    let found = dates::find(line);
    let Some(first) = found.first() else {
        return false;
    };
    let rest = format!(
        "{}{}",
        &line[..first.start],
        &line[found.last().expect("one").end..]
    );
    rest.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        <= 3
        && !rest.contains(['.', '!', '?'])
}

/// Whether a block is running prose: a sentence, not a name, label or heading.
pub fn is_prose(block: &Block) -> bool {
    block.lines.iter().any(|line| {
        let words = line.text.split_whitespace().count();
        words >= 12 || (words >= 5 && line.text.ends_with(['.', '!', '?', ';']))
    })
}

/// The description: a short standalone subtitle right at the top, or the first sentence of the
/// first paragraph of prose.
pub fn description(blocks: &[Block]) -> Option<String> {
    if let (Some(first), Some(second)) = (blocks.first(), blocks.get(1))
        && let Some(line) = first.single()
        && line.chars().count() <= 200
        && !line.ends_with([':', '.'])
        && !is_label(line)
        && line.split_whitespace().count() >= 4
        && !is_prose(first)
        && !is_date_line(&second.lines[0].text)
    {
        return Some(line.replace("**", ""));
    }
    let lead = blocks.iter().find(|b| is_prose(b))?;
    let text = lead.normalized().replace("**", "");
    let sentence = first_sentence(&text);
    Some(shorten(sentence, MAX_DESCRIPTION))
}

/// `Lloc: Girona`, `Date: 3 June`: a label and its value, not a sentence or a heading.
pub fn is_label(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        !value.trim().is_empty()
            && label.split_whitespace().count() <= 3
            && !label.contains(['.', ','])
    })
}

/// The text up to the first full stop that ends a sentence: not after a day number
/// (`22. Oktober`) or a one- or two-letter abbreviation (`z. B.`), and followed by a capital
/// letter (so `approx. 500` goes on).
pub fn first_sentence(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(offset, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(i + 2).map(|&(_, c)| c);
        let space = chars.get(i + 1).is_some_and(|&(_, c)| c == ' ');
        let word: String = chars[..i]
            .iter()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .map(|&(_, c)| c)
            .collect();
        // `22. Oktober`, `z. B.`; but `(October). In` and `in 2019. Then` end a sentence.
        let abbreviation = c == '.' && !word.is_empty() && word.chars().count() <= 2;
        if space && next.is_some_and(|n| n.is_uppercase() || n == '“' || n == '«') && !abbreviation
        {
            return &text[..offset + c.len_utf8()];
        }
    }
    text
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::blocks;

    #[test]
    fn title_is_the_first_non_date_line() {
        let mut b = blocks("12.03.2025\n\nJornada de cooperativisme a Girona\n\nEl text.");
        assert_eq!(
            take_title(&mut b),
            Some(("Jornada de cooperativisme a Girona".into(), 3))
        );
        assert_eq!(b.len(), 2);
    }

    #[test]
    fn category_line_above_the_headline() {
        let mut b = blocks("Noticias\n\nConvocatoria de ayudas para cooperativas\n\nEl texto.");
        assert_eq!(
            take_title(&mut b).unwrap().0,
            "Convocatoria de ayudas para cooperativas"
        );
        assert_eq!(b[0].normalized(), "Noticias");
        // A short headline over a paragraph is still the headline.
        let mut b = blocks("Kick-Off Meeting!\n\nOn 21 September 2022, the meeting took place.");
        assert_eq!(take_title(&mut b).unwrap().0, "Kick-Off Meeting!");
    }

    #[test]
    fn a_paragraph_is_not_a_headline() {
        let para = format!(
            "{} Second sentence.",
            "Word ".repeat(40).trim_end().to_string() + "."
        );
        let mut b = blocks(&para);
        let (title, _) = take_title(&mut b).unwrap();
        assert!(
            title.chars().count() <= MAX_HEADLINE + 1 && title.ends_with('…'),
            "{title}"
        );
        assert_eq!(b[0].lines[0].text, para, "the paragraph stays in the body");
    }

    #[test]
    fn repeated_title_is_removed() {
        let mut b =
            blocks("Kick-Off Meeting!\n\nKick-Off Meeting!\n\nProject - 08-11-2022\n\nText.");
        assert_eq!(take_title(&mut b).unwrap().0, "Kick-Off Meeting!");
        let rest: Vec<String> = b.iter().map(Block::normalized).collect();
        assert_eq!(rest, ["Project - 08-11-2022", "Text."]);
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("Project - 08-11-2022"));
        assert!(is_date_line("27 Nov 2019 to 28 Nov 2019"));
        assert!(is_date_line("Cáceres, Spanien – 22. bis 25. Oktober 2024"));
        assert!(!is_date_line(
            "Am 14. März 2025 treffen sich die Genossenschaften in Leipzig."
        ));
        assert!(!is_date_line("Das Treffen findet statt"));
    }

    #[test]
    fn description_from_subtitle_or_lead() {
        let b = blocks(
            "Ein Tag für Austausch und Vernetzung\n\nAm 14. März treffen sich die Genossenschaften der Region in Leipzig. Es gibt Workshops.",
        );
        assert_eq!(
            description(&b).unwrap(),
            "Ein Tag für Austausch und Vernetzung"
        );
        let b = blocks(
            "Category:\nNews\n\nIn Europe there are approx. 500.000 enterprises. They employ many people.",
        );
        assert_eq!(
            description(&b).unwrap(),
            "In Europe there are approx. 500.000 enterprises."
        );
    }

    #[test]
    fn sentences_do_not_end_at_dates_or_abbreviations() {
        assert_eq!(
            first_sentence("Am 22. Oktober z. B. Treffen in Cáceres. Danach mehr."),
            "Am 22. Oktober z. B. Treffen in Cáceres."
        );
        assert_eq!(
            first_sentence("Trainings in Seoul (October). In November, a workshop."),
            "Trainings in Seoul (October)."
        );
    }
}
