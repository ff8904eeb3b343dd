//! XLIFF 1.2 files of an article (what Trados, memoQ and OmegaT read), written as text and read
//! with `quick-xml`. One `<file>` whose `original` is the source file; one `<trans-unit>` per
//! unit, its id the field (`title`, `block-3`…). A target's `state` says what it is:
//! `translated`, `needs-review-translation` (fuzzy: the source changed; the previous source
//! and translation are in `<alt-trans>`), or `needs-translation` (empty). Import takes targets
//! whose state is not a `needs-…` one, and reads `needs-review-…` ones as fuzzy.

use quick_xml::escape::escape;
use quick_xml::events::Event;

use super::{Document, Field, Unit};
use crate::error::Diagnostic;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

pub fn write(doc: &Document) -> String {
    let source_file = doc.source_file.to_string_lossy();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">\n\
         \x20 <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\">\n\
         \x20   <header>\n\
         \x20     <tool tool-id=\"bulletin\" tool-name=\"bulletin\"/>\n\
         \x20     <note>Translate each target; leave Markdown (*emphasis*, [links](…), `code`) as it is. Then: bulletin translations import FILE</note>\n\
         \x20   </header>\n\
         \x20   <body>\n",
        escape(source_file.as_ref()),
        escape(&doc.from),
        escape(&doc.to)
    );
    for unit in &doc.units {
        let state = match (&unit.target, unit.fuzzy) {
            (None, _) => "needs-translation",
            (Some(_), true) => "needs-review-translation",
            (Some(_), false) => "translated",
        };
        out.push_str(&format!(
            "      <trans-unit id=\"{}\" xml:space=\"preserve\">\n        <source>{}</source>\n        <target state=\"{state}\">{}</target>\n",
            unit.field.id(),
            escape(&unit.source),
            escape(unit.target.as_deref().unwrap_or(""))
        ));
        if let (Some(previous), Some(target)) = (&unit.previous, &unit.target) {
            out.push_str(&format!(
                "        <alt-trans>\n          <source>{}</source>\n          <target>{}</target>\n        </alt-trans>\n",
                escape(previous),
                escape(target)
            ));
        }
        out.push_str(&format!(
            "        <context-group purpose=\"location\"><context context-type=\"linenumber\">{}</context></context-group>\n      </trans-unit>\n",
            unit.line
        ));
    }
    out.push_str("    </body>\n  </file>\n</xliff>\n");
    out
}

/// Where the reader is inside a trans-unit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Nothing,
    Source,
    Target,
    AltSource,
    Other,
}

pub fn read(text: &str) -> Result<Document, Diagnostic> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut doc = Document {
        key: String::new(),
        from: String::new(),
        to: String::new(),
        source_file: Default::default(),
        source_hash: String::new(),
        revised: None,
        units: Vec::new(),
    };
    let mut files = 0;
    let mut unit: Option<Unit> = None;
    let mut state = String::new();
    let mut inside = In::Nothing;
    let mut alt = false;
    let mut buffer = String::new();
    let error = |reader: &quick_xml::Reader<&[u8]>, what: String| {
        let at = reader.buffer_position() as usize;
        let line = text[..at.min(text.len())].matches('\n').count() + 1;
        Diagnostic::error(format!("cannot read the XLIFF file at line {line}: {what}"))
            .help("import the .xlf files that `bulletin translations export` wrote, as a translation tool saved them")
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| error(&reader, e.to_string()))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                let attr = |key: &str| -> Option<String> {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key.as_bytes())
                        .and_then(|a| {
                            a.decoded_and_normalized_value(
                                quick_xml::XmlVersion::Implicit1_0,
                                reader.decoder(),
                            )
                            .ok()
                            .map(|v| v.into_owned())
                        })
                };
                match name.as_ref() {
                    b"file" => {
                        files += 1;
                        doc.source_file = attr("original").unwrap_or_default().into();
                        doc.from = attr("source-language").unwrap_or_default();
                        doc.to = attr("target-language").unwrap_or_default();
                    }
                    b"trans-unit" => {
                        let id = attr("id").unwrap_or_default();
                        let Some(field) = Field::parse(&id) else {
                            return Err(error(
                                &reader,
                                format!(
                                    "the unit `{id}` is not one bulletin exported (`title`, `block-1`…)"
                                ),
                            ));
                        };
                        let line = text[..(reader.buffer_position() as usize).min(text.len())]
                            .matches('\n')
                            .count()
                            + 1;
                        unit = Some(Unit {
                            field,
                            source: String::new(),
                            target: None,
                            fuzzy: false,
                            previous: None,
                            line,
                        });
                    }
                    b"alt-trans" => alt = true,
                    b"source" if unit.is_some() => {
                        inside = if alt { In::AltSource } else { In::Source };
                        buffer.clear();
                    }
                    b"target" if unit.is_some() => {
                        inside = if alt { In::Other } else { In::Target };
                        if !alt {
                            state = attr("state").unwrap_or_default();
                        }
                        buffer.clear();
                    }
                    _ if inside != In::Nothing => {
                        return Err(error(
                            &reader,
                            "inline XLIFF tags are not used by bulletin: the text is Markdown"
                                .into(),
                        ));
                    }
                    _ => {}
                }
                // An empty `<target/>` or `<source/>` ends at once.
                if empty {
                    let name = e.local_name().as_ref().to_vec();
                    end(
                        &name,
                        &mut unit,
                        &mut inside,
                        &mut alt,
                        &mut buffer,
                        &state,
                        &mut doc,
                    );
                }
            }
            Event::Text(t) if inside != In::Nothing => {
                let decoded = t.decode().map_err(|e| error(&reader, e.to_string()))?;
                let unescaped = quick_xml::escape::unescape(&decoded)
                    .map_err(|e| error(&reader, e.to_string()))?;
                buffer.push_str(&unescaped);
            }
            Event::GeneralRef(r) if inside != In::Nothing => {
                let name = r.decode().map_err(|e| error(&reader, e.to_string()))?;
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .map(str::to_string)
                        .ok_or_else(|| error(&reader, format!("unknown entity `&{name};`")))?,
                };
                buffer.push_str(&resolved);
            }
            Event::CData(c) if inside != In::Nothing => {
                buffer.push_str(&String::from_utf8_lossy(&c));
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_vec();
                end(
                    &name,
                    &mut unit,
                    &mut inside,
                    &mut alt,
                    &mut buffer,
                    &state,
                    &mut doc,
                );
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if files != 1
        || doc.from.is_empty()
        || doc.to.is_empty()
        || doc.source_file.as_os_str().is_empty()
    {
        return Err(Diagnostic::error(
            "the XLIFF file needs exactly one <file> with original, source-language and target-language",
        )
        .help("import the .xlf files that `bulletin translations export` wrote, one article each"));
    }
    Ok(doc)
}

/// The end of element `name` (or an empty one): the text read goes where it belongs.
#[allow(clippy::too_many_arguments)]
fn end(
    name: &[u8],
    unit: &mut Option<Unit>,
    inside: &mut In,
    alt: &mut bool,
    buffer: &mut String,
    state: &str,
    doc: &mut Document,
) {
    match name {
        b"source" | b"target" => {
            if let Some(u) = unit.as_mut() {
                match *inside {
                    In::Source => u.source = std::mem::take(buffer),
                    In::Target => {
                        let target = std::mem::take(buffer);
                        // needs-review-*, needs-adaptation, needs-l10n: a text to review;
                        // needs-translation, new: none yet.
                        u.fuzzy = state.starts_with("needs-review")
                            || state == "needs-adaptation"
                            || state == "needs-l10n";
                        let untranslated = state == "needs-translation" || state == "new";
                        u.target = (!target.is_empty() && !untranslated).then_some(target);
                    }
                    In::AltSource => u.previous = Some(std::mem::take(buffer)),
                    In::Other | In::Nothing => {}
                }
            }
            *inside = In::Nothing;
        }
        b"alt-trans" => *alt = false,
        b"trans-unit" => {
            if let Some(u) = unit.take() {
                doc.units.push(u);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_markup_characters() {
        let doc = Document {
            key: String::new(),
            from: "de".into(),
            to: "ca".into(),
            source_file: "content/news/x.de.md".into(),
            source_hash: String::new(),
            revised: None,
            units: vec![
                Unit {
                    field: Field::Title,
                    source: "A <b> & \"c\"".into(),
                    target: Some("Un & <i>".into()),
                    fuzzy: false,
                    previous: None,
                    line: 0,
                },
                Unit {
                    field: Field::Block(0),
                    source: "Neu\nzwei Zeilen".into(),
                    target: Some("Vell".into()),
                    fuzzy: true,
                    previous: Some("Alt".into()),
                    line: 0,
                },
                Unit {
                    field: Field::Block(1),
                    source: "Leer".into(),
                    target: None,
                    fuzzy: false,
                    previous: None,
                    line: 0,
                },
            ],
        };
        let text = write(&doc);
        let mut back = read(&text).unwrap();
        for u in &mut back.units {
            u.line = 0;
        }
        assert_eq!(back, doc);
    }

    #[test]
    fn hostile_xml_is_an_error_not_a_panic() {
        for text in [
            "<xliff><file><body><trans-unit id=\"x\">",
            "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><xliff/>",
            "<xliff><file original=\"a\" source-language=\"de\" target-language=\"ca\"><body><trans-unit id=\"title\"><source>&bogus;</source></trans-unit></body></file></xliff>",
            "",
        ] {
            assert!(read(text).is_err(), "{text}");
        }
    }
}
