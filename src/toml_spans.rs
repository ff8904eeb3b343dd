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

/// Every string value in `toml` (in tables, arrays and inline tables, at any depth) with the
/// byte offset where it is written, if the text parses. Escapes are decoded: `"\u0007"` is
/// the character U+0007.
pub fn strings(toml: &str) -> Vec<(usize, String)> {
    fn walk_value(value: &toml_edit::Value, out: &mut Vec<(usize, String)>) {
        match value {
            toml_edit::Value::String(s) => {
                if let Some(span) = value.span() {
                    out.push((span.start, s.value().clone()));
                }
            }
            toml_edit::Value::Array(items) => {
                for item in items {
                    walk_value(item, out);
                }
            }
            toml_edit::Value::InlineTable(table) => {
                for (_, item) in table.iter() {
                    walk_value(item, out);
                }
            }
            _ => {}
        }
    }
    fn walk_item(item: &toml_edit::Item, out: &mut Vec<(usize, String)>) {
        match item {
            toml_edit::Item::Value(value) => walk_value(value, out),
            toml_edit::Item::Table(table) => {
                for (_, item) in table.iter() {
                    walk_item(item, out);
                }
            }
            toml_edit::Item::ArrayOfTables(tables) => {
                for table in tables.iter() {
                    for (_, item) in table.iter() {
                        walk_item(item, out);
                    }
                }
            }
            toml_edit::Item::None => {}
        }
    }
    let Ok(document) = toml_edit::Document::parse(toml) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    walk_item(document.as_item(), &mut out);
    out
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

    #[test]
    fn strings_are_decoded_and_located() {
        let text = "a = \"x\\u0007\"\nb = [1, \"y\"]\n[t]\nc = { d = \"z\" }\n";
        let found: Vec<(&str, String)> = strings(text)
            .into_iter()
            .map(|(o, s)| (&text[o..o + 1], s))
            .collect();
        assert_eq!(
            found,
            [
                ("\"", "x\u{7}".to_string()),
                ("\"", "y".to_string()),
                ("\"", "z".to_string())
            ]
        );
    }
}
