//! The source texts that translations were confirmed against, kept in
//! `translations/sources/<hash>.md` at the site root (one file per source version, named by its
//! content hash, shared by every translation of that version). They let `translations --diff`
//! and the PO/XLIFF export show a translator the previous text of a changed paragraph, as
//! gettext's `#| msgid` does. Commit the folder with the content; files no translation refers
//! to are removed when a translation is confirmed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Diagnostic;

/// The folder, relative to the site root.
pub const FOLDER: &str = "translations/sources";

/// `sha256:ab…` → `translations/sources/ab….md`; `None` for anything that is not a hash we
/// write (so a hand-edited `source_hash` cannot name a path).
pub fn file_of(root: &Path, source_hash: &str) -> Option<PathBuf> {
    let hex = source_hash.strip_prefix("sha256:")?;
    (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| root.join(FOLDER).join(format!("{hex}.md")))
}

/// The source body confirmed under `source_hash`, if kept.
pub fn read(root: &Path, source_hash: &str) -> Option<String> {
    std::fs::read_to_string(file_of(root, source_hash)?).ok()
}

/// Keeps `body` as the source text of `source_hash`.
pub fn keep(root: &Path, source_hash: &str, body: &str) -> Result<(), Diagnostic> {
    let Some(file) = file_of(root, source_hash) else {
        return Ok(());
    };
    if file.exists() {
        return Ok(());
    }
    crate::fs::write_atomically(&file, body)
}

/// Removes the kept sources that none of `in_use` (source hashes) refers to.
pub fn prune(root: &Path, in_use: &BTreeSet<&str>) {
    let Ok(entries) = std::fs::read_dir(root.join(FOLDER)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(hex) = name.strip_suffix(".md") else {
            continue;
        };
        let ours = hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit());
        if ours && !in_use.contains(format!("sha256:{hex}").as_str()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
