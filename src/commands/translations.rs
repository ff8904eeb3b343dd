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
