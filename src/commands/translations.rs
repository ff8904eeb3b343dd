//! `bulletin translations`: the state of every article in every language
//! ([`crate::content::translation_states`]), for the terminal, for tools (JSON) and as a gate in CI.

use std::path::Path;

use crate::config::Config;
use crate::content::Content;
use crate::content::translation_states::status;
pub use crate::content::translation_states::{State, Status};
use crate::error::Failure;

/// Loads the site at `root` (drafts included) and reports its translations.
pub fn load_status(root: &Path) -> Result<Status, Failure> {
    let (config, content) = load_with_drafts(root)?;
    Ok(status(&config, &content))
}

/// The site at `root` as the translation commands read it: drafts included, since a draft is
/// a translation in progress.
pub(crate) fn load_with_drafts(root: &Path) -> Result<(Config, Content), Failure> {
    let root = crate::fs::absolute(root);
    let overrides = crate::config::Overrides {
        drafts: true,
        ..Default::default()
    };
    let config = Config::load(&root, &overrides).map_err(|d| Failure::from(d, &root))?;
    let (content, problems) = crate::content::load(&config);
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    Ok((config, content))
}

/// `bulletin translations --diff FILE`: which paragraphs of the source of the translation
/// `file` changed, were added or removed since it was confirmed, with the old and new text,
/// as text for the terminal.
pub fn diff(root: &Path, file: &Path) -> Result<String, Failure> {
    use crate::content::blocks::Change;
    use crate::content::translation_states::{all_versions, source_changes, state_of};
    use crate::error::{Diagnostic, Diagnostics};
    let root = crate::fs::absolute(root);
    let (_, content) = load_with_drafts(&root)?;
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    let page = super::translate::find_page(&root, file, &content.pages).map_err(fail)?;
    let versions = all_versions(&content);
    let versions = &versions[page.key.as_str()];
    let Some(changes) = source_changes(&root, page, versions) else {
        let why = if page.front.translation.is_some() {
            "its source language has no version"
        } else {
            "it is an original, not a translation"
        };
        return Err(fail(
            Diagnostic::error(format!("no source to compare with: {why}")).in_file(&page.file),
        ));
    };
    let state = state_of(page, versions);
    let mut out = format!(
        "{} ({}, from {}): {}.\n",
        page.file.display(),
        state.name(),
        changes.source.display(),
        changes.summary()
    );
    let quote = |sign: &str, text: &str| -> String {
        text.lines().map(|l| format!("    {sign} {l}\n")).collect()
    };
    for change in &changes.changes {
        match *change {
            Change::Same(..) => {}
            Change::Changed(old, new) => {
                out.push_str(&format!("\nparagraph {} changed:\n", new + 1));
                match changes.old.get(old) {
                    Some(text) if text != &changes.new[new] => out.push_str(&quote("-", text)),
                    Some(_) => out.push_str("    (not confirmed yet)\n"),
                    None => out.push_str("    (its previous text was not kept)\n"),
                }
                out.push_str(&quote("+", &changes.new[new]));
            }
            Change::Added(new) => {
                out.push_str(&format!("\nparagraph {} added:\n", new + 1));
                out.push_str(&quote("+", &changes.new[new]));
            }
            Change::Removed(old) => {
                out.push_str(&format!(
                    "\nparagraph {} of the previous source removed:\n",
                    old + 1
                ));
                match changes.old.get(old) {
                    Some(text) => out.push_str(&quote("-", text)),
                    None => out.push_str("    (its text was not kept)\n"),
                }
            }
        }
    }
    Ok(out)
}
