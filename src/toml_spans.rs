//! Where a value is written in a TOML text (`bulletin.toml`, front matter), so that an error
//! found after parsing (a value that parses but makes no sense) can point at it. The text is
//! parsed again with spans, which only texts with errors pay for.

/// One step towards a value: a key, or an item of an array.
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    Key(&'a str),
    Item(usize),
}

/// The byte offset in `toml` of the value at `path` (of the header, for a table), if the text
/// parses and has it.
pub fn offset_of(toml: &str, path: &[Step]) -> Option<usize> {
    let document = toml_edit::Document::parse(toml).ok()?;
    let mut item = document.as_item();
    for step in path {
        item = match *step {
            Step::Key(key) => item.get(key)?,
            Step::Item(index) => item.get(index)?,
        };
    }
    Some(item.span()?.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keys_and_items() {
        let text = "# languages\ndefault_language = \"de\"\ntags = [\"a\", \"b\"]\n[languages.de]\ntitle = \"x\"\n";
        let at = |path: &[Step]| offset_of(text, path).map(|o| &text[o..]);
        assert!(
            at(&[Step::Key("default_language")])
                .unwrap()
                .starts_with("\"de\"")
        );
        assert!(
            at(&[Step::Key("tags"), Step::Item(1)])
                .unwrap()
                .starts_with("\"b\"")
        );
        assert!(
            at(&[Step::Key("languages"), Step::Key("de")])
                .unwrap()
                .starts_with("[languages.de]")
        );
        assert_eq!(at(&[Step::Key("slug")]), None);
        assert_eq!(offset_of("not = [toml", &[Step::Key("not")]), None);
    }
}
