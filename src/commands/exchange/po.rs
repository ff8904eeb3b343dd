//! gettext PO files of an article, written and read with `rspolib` (a port of polib). Each unit
//! is one entry with its field as `msgctxt` (`title`, `block-3`…), so the same sentence in two
//! places stays two entries; a changed block is `#, fuzzy` with its previous source as
//! `#| msgid`. The header names the article (`X-Bulletin-Article`), the source language and
//! the source's hash; `PO-Revision-Date` is the day the source last changed, so that exporting
//! twice gives the same file.

use rspolib::{FileOptions, POEntry, POFile};

use super::{Document, Field, Unit};
use crate::error::Diagnostic;

const ARTICLE: &str = "X-Bulletin-Article";
const FROM: &str = "X-Bulletin-Source-Language";
const SOURCE: &str = "X-Bulletin-Source";
const HASH: &str = "X-Bulletin-Source-Hash";

pub fn write(doc: &Document) -> String {
    let mut file = POFile::new(FileOptions::default());
    file.header = Some(format!(
        "Translation of {} into {}, exported by bulletin.\n\
         Translate each msgstr; leave Markdown (*emphasis*, [links](…), `code`) as it is.\n\
         Then: bulletin translations import FILE",
        doc.source_file.display(),
        doc.to
    ));
    let source = doc.source_file.to_string_lossy().into_owned();
    let revised = format!(
        "{} 00:00+0000",
        doc.revised.as_deref().unwrap_or("1970-01-01")
    );
    for (key, value) in [
        ("Project-Id-Version", doc.key.as_str()),
        ("PO-Revision-Date", revised.as_str()),
        ("Last-Translator", ""),
        ("Language-Team", doc.to.as_str()),
        ("Language", doc.to.as_str()),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        (ARTICLE, doc.key.as_str()),
        (FROM, doc.from.as_str()),
        (SOURCE, source.as_str()),
        (HASH, doc.source_hash.as_str()),
    ] {
        file.metadata.insert(key.to_string(), value.to_string());
    }
    for unit in &doc.units {
        let mut entry = POEntry::new(0);
        entry.msgctxt = Some(unit.field.id());
        entry.msgid = unit.source.clone();
        entry.msgstr = Some(unit.target.clone().unwrap_or_default());
        entry.occurrences = vec![(source.clone(), unit.line.to_string())];
        if unit.fuzzy {
            entry.flags.push("fuzzy".into());
        }
        entry.previous_msgid = unit.previous.clone();
        file.entries.push(entry);
    }
    let mut text = file.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

pub fn read(text: &str) -> Result<Document, Diagnostic> {
    // rspolib reads a path when given the name of an existing file: PO text always has a
    // line break, a path here never does.
    if !text.contains('\n') {
        return Err(
            Diagnostic::error("this is not a PO file exported by bulletin")
                .help("import the .po files that `bulletin translations export` wrote"),
        );
    }
    let file = rspolib::pofile(FileOptions::from(text))
        .map_err(|e| Diagnostic::error(format!("cannot read the PO file: {e}")))?;
    let header = |key: &str| -> Result<String, Diagnostic> {
        file.metadata
            .get(key)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .ok_or_else(|| {
                Diagnostic::error(format!("the PO header has no `{key}`"))
                    .help("import the .po files that `bulletin translations export` wrote, with their header")
            })
    };
    let mut units = Vec::new();
    for entry in &file.entries {
        if entry.obsolete {
            continue;
        }
        let Some(field) = entry.msgctxt.as_deref().and_then(Field::parse) else {
            return Err(Diagnostic::error(format!(
                "the entry at line {} has no bulletin context (`msgctxt \"block-1\"`, `\"title\"`…)",
                entry.linenum
            ))
            .help("keep each entry's msgctxt as exported"));
        };
        units.push(Unit {
            field,
            source: entry.msgid.clone(),
            target: entry.msgstr.clone().filter(|s| !s.is_empty()),
            fuzzy: entry.fuzzy(),
            previous: entry.previous_msgid.clone(),
            line: entry.linenum,
        });
    }
    Ok(Document {
        key: header(ARTICLE)?,
        from: header(FROM)?,
        to: header("Language")?,
        source_file: header(SOURCE)?.into(),
        source_hash: header(HASH)?,
        revised: header("PO-Revision-Date")
            .ok()
            .and_then(|d| d.get(..10).map(str::to_string)),
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        Document {
            key: "news/x".into(),
            from: "de".into(),
            to: "ca".into(),
            source_file: "content/news/x.de.md".into(),
            source_hash: "sha256:00".into(),
            revised: Some("2024-10-22".into()),
            units: vec![
                Unit {
                    field: Field::Title,
                    source: "Ein \"Titel\"".into(),
                    target: Some("Un títol".into()),
                    fuzzy: false,
                    previous: None,
                    line: 1,
                },
                Unit {
                    field: Field::Block(2),
                    source: "Zwei\nZeilen mit *Betonung*.".into(),
                    target: Some("Dues línies".into()),
                    fuzzy: true,
                    previous: Some("Zwei Zeilen".into()),
                    line: 9,
                },
                Unit {
                    field: Field::Block(3),
                    source: "Neu".into(),
                    target: None,
                    fuzzy: false,
                    previous: None,
                    line: 11,
                },
            ],
        }
    }

    #[test]
    fn round_trip() {
        let doc = sample();
        let text = write(&doc);
        assert!(
            text.contains("#, fuzzy\n#| msgid \"Zwei Zeilen\"\nmsgctxt \"block-3\""),
            "{text}"
        );
        let back = read(&text).unwrap();
        let mut expected = doc.clone();
        for (unit, line) in expected.units.iter_mut().zip([
            back.units[0].line,
            back.units[1].line,
            back.units[2].line,
        ]) {
            unit.line = line;
        }
        assert_eq!(back, expected);
        assert_eq!(write(&doc), text, "deterministic");
    }

    #[test]
    fn hostile_text_is_an_error_not_a_panic() {
        for text in [
            "msgid \"x\nmsgstr",
            "\"\"\"\n",
            "msgctxt \"a\"\nmsgid \"\"\nmsgstr \"\"\n",
            "/etc/passwd",
        ] {
            let _ = read(text);
        }
        assert!(read("msgid \"\"\nmsgstr \"\"\n").is_err());
    }
}
