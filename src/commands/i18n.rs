//! `bulletin i18n missing LANG`: the theme's UI messages that a language lacks, written into
//! one Fluent file to translate, each with the English text (and the theme's comment on it) as
//! it stands, so a translator replaces the English and nothing else.

use std::path::{Path, PathBuf};

use crate::config::{Config, Overrides};
use crate::error::{Diagnostic, Diagnostics, Failure};
use crate::fs::absolute;
use crate::theme::ThemeFiles;

/// What `missing` wrote.
#[derive(Debug)]
pub struct Missing {
    pub file: PathBuf,
    pub messages: usize,
}

/// Writes the messages of the theme's English catalog that `lang` lacks (in the theme and the
/// site) into `output`, by default `i18n/<lang>/missing.ftl`; an existing file is not replaced.
pub fn missing(root: &Path, lang: &str, output: Option<PathBuf>) -> Result<Missing, Failure> {
    let root = absolute(root);
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    let config = Config::load(&root, &Overrides::default()).map_err(|d| Failure::from(d, &root))?;
    if config.language(lang).is_none() {
        let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        return Err(fail(
            Diagnostic::error(format!("`{lang}` is not a language of this site"))
                .in_file(crate::config::CONFIG_FILE)
                .help(format!(
                    "add [languages.{lang}] to bulletin.toml first, or use one of {}",
                    codes.join(", ")
                )),
        ));
    }
    let (theme, _) = ThemeFiles::load(&config);
    let (i18n, _) = crate::i18n::I18n::load(&config, &theme.i18n);
    let defined = &i18n.definitions[lang];
    let mut text = format!(
        "# UI messages of the theme that `{lang}` does not have yet, in English.\n\
         # Translate each value (keep the ids, the {{ $variables }} and the [variant] keys;\n\
         # plural variants follow the plural categories of `{lang}`), then keep this file in\n\
         # i18n/{lang}/. A message left in English shows as it does now.\n"
    );
    let mut count = 0;
    for file in theme
        .i18n
        .iter()
        .filter(|f| f.name.starts_with("i18n/en/") && f.layer == crate::theme::Layer::Theme)
    {
        let mut section = String::new();
        for entry in entries(&file.text) {
            if defined.contains_key(&entry.id) {
                continue;
            }
            if section.is_empty() {
                section = format!("\n## From {}\n", file.name);
                text.push_str(&section);
            }
            text.push('\n');
            text.push_str(&entry.text);
            count += 1;
        }
    }
    let file = output.unwrap_or_else(|| root.join("i18n").join(lang).join("missing.ftl"));
    if count == 0 {
        return Ok(Missing { file, messages: 0 });
    }
    if file.exists() {
        return Err(fail(
            Diagnostic::error(format!("`{}` exists already", file.display())).help(
                "translate and rename it first (it is read like any catalog), or choose another file with --output",
            ),
        ));
    }
    crate::fs::write_atomically(&file, &text).map_err(fail)?;
    Ok(Missing {
        file,
        messages: count,
    })
}

/// One message of a Fluent file as written: its comment lines, its first line and the indented
/// lines that continue it.
struct Entry {
    id: String,
    text: String,
}

fn entries(ftl: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut comment = String::new();
    let mut current: Option<Entry> = None;
    for line in ftl.lines() {
        let continues = line.starts_with(' ') || line.starts_with('\t');
        if let Some(entry) = current.as_mut()
            && continues
        {
            entry.text.push_str(line);
            entry.text.push('\n');
            continue;
        }
        out.extend(current.take());
        if line.starts_with("# ") || line == "#" {
            comment.push_str(line);
            comment.push('\n');
        } else if let Some((id, _)) = line.split_once('=')
            && !line.starts_with(['#', '-'])
            && id
                .trim()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && !id.trim().is_empty()
        {
            current = Some(Entry {
                id: id.trim().to_string(),
                text: format!("{}{line}\n", std::mem::take(&mut comment)),
            });
        } else {
            comment.clear();
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_their_comment_and_continuation_lines() {
        let ftl = "## Section\n\n# Count of articles.\ncount =\n    { $n ->\n        [one] one\n       *[other] many\n    }\nplain = Text\n-term = T\n";
        let found = entries(ftl);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].id, "count");
        assert_eq!(
            found[0].text,
            "# Count of articles.\ncount =\n    { $n ->\n        [one] one\n       *[other] many\n    }\n"
        );
        assert_eq!(found[1].text, "plain = Text\n");
    }
}
