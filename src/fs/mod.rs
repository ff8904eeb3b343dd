//! File access that names the path in every error, the output sinks, and the atomic swap of the
//! output folder.
//!
//! `build` renders into a sibling temporary folder and swaps it in only when everything
//! succeeded, so a failed build leaves the previous output untouched ([`OutputFolder`]).
//! `check` and `serve` render into memory through the same [`Sink`] interface.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Diagnostic;
use crate::urls::OutputPath;

mod output_folder;

pub use output_folder::{MANIFEST, OutputFolder, is_full, write_error};

/// Reads a UTF-8 text file; the error names the file and what to do.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, "cannot read", &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Diagnostic::error("the file is not valid UTF-8 text")
            .in_file(path)
            .at_offset(&text, valid)
            .help("save the file with UTF-8 encoding")
    })
}

/// Characters that no feed, calendar or page may carry (XML 1.0 and iCalendar forbid them):
/// C0 controls other than tab and line breaks, and the noncharacters U+FFFE and U+FFFF. Each
/// is an error at its line and column: they are invisible in most editors, and left in, they
/// would make the language's feed ill-formed.
pub fn unfit_characters(source: &str) -> impl Iterator<Item = Diagnostic> + '_ {
    source
        .char_indices()
        .filter(|&(_, c)| is_unfit(c))
        .take(20)
        .map(move |(offset, c)| unfit(c, "").at_offset(source, offset))
}

/// The same characters written as escapes (`"\u0007"`) in the string values of a TOML text (a
/// front matter, a configuration): decoded, they would reach the outputs as well. `toml`
/// starts at byte `offset` of `source`, the whole file, where each error is located. Only a
/// text with a backslash is parsed.
pub fn unfit_escapes(toml: &str, source: &str, offset: usize) -> Vec<Diagnostic> {
    if !toml.contains('\\') {
        return Vec::new();
    }
    crate::toml_spans::strings(toml)
        .into_iter()
        .filter_map(|(at, value)| {
            let c = value.chars().find(|&c| is_unfit(c))?;
            Some(unfit(c, " (written as an escape)").at_offset(source, offset + at))
        })
        .take(20)
        .collect()
}

/// Every unfit character of a TOML file (`bulletin.toml`, an issue record), typed or
/// written as an escape.
pub fn unfit_in_toml(text: &str) -> Vec<Diagnostic> {
    unfit_characters(text)
        .chain(unfit_escapes(text, text, 0))
        .collect()
}

/// Whether `c` may not appear in any output ([`unfit_characters`]).
pub fn is_unfit(c: char) -> bool {
    (c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

fn unfit(c: char, how: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "the text holds the invisible character U+{:04X}{how}, which feeds and calendars cannot carry",
        c as u32
    ))
    .help("delete it (an editor may show it as a box or not at all; it often comes with pasted text)")
}

pub fn io_error(path: &Path, what: &str, err: &io::Error) -> Diagnostic {
    Diagnostic::error(format!("{what} `{}`: {err}", path.display())).in_file(path)
}

/// Writes beside the target, then renames: readers never see half a file.
pub fn write_atomically(target: &Path, text: &str) -> Result<(), Diagnostic> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "cannot create folder", &e))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.writing-{}", std::process::id()));
    std::fs::write(&tmp, text).map_err(|e| io_error(&tmp, "cannot write", &e))?;
    std::fs::rename(&tmp, target).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_error(target, "cannot write", &e)
    })
}

/// Where rendered files go. Implementations must accept writes from many threads.
pub trait Sink: Sync {
    fn write(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), Diagnostic>;
}

/// Writes into a folder on disk. Once the disk is full, later writes are skipped: the build
/// fails with that one error (it is returned once) instead of one per file.
pub struct DiskSink {
    root: PathBuf,
    full: AtomicBool,
}

impl DiskSink {
    pub fn new(root: PathBuf) -> Self {
        DiskSink {
            root,
            full: AtomicBool::new(false),
        }
    }

    fn write_file(&self, full: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(full, bytes)
    }
}

impl Sink for DiskSink {
    fn write(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), Diagnostic> {
        if self.full.load(Ordering::Relaxed) {
            return Ok(());
        }
        let full = self.root.join(path.as_str());
        match self.write_file(&full, bytes) {
            Ok(()) => Ok(()),
            // Another thread reported the full disk already: this build fails with that.
            Err(e) if is_full(&e) && self.full.swap(true, Ordering::Relaxed) => Ok(()),
            Err(e) => Err(write_error(&full, &e)),
        }
    }
}

/// Keeps every output in memory, ordered by path.
#[derive(Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), Diagnostic> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(path.as_str().to_string(), bytes.to_vec());
        Ok(())
    }
}

/// `path` made absolute, with `.` and `..` resolved and symbolic links followed as far as the
/// path exists, so that two spellings of one folder compare equal.
pub fn resolved(path: &Path) -> PathBuf {
    let mut lexical = PathBuf::new();
    for component in absolute(path).components() {
        match component {
            Component::ParentDir => {
                lexical.pop();
            }
            other => lexical.push(other),
        }
    }
    let mut existing = lexical.as_path();
    let mut missing = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_owned());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut out = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_path_buf());
    out.extend(missing.iter().rev());
    out
}

/// Why building into `target` would destroy something, if it would: the output folder is
/// replaced as a whole, so it must not hold the site at `root` or its sources (files that no
/// build wrote are found by [`OutputFolder::commit`]). Both paths are [`resolved`]; `sources`
/// are the names of the site's source folders.
pub fn unsafe_output(root: &Path, target: &Path, sources: &[&str]) -> Option<Diagnostic> {
    let shown = target.display();
    let problem = |message: String, help: &str| Some(Diagnostic::error(message).help(help));
    let own_folder =
        "build into a folder of its own, such as the default public/ (--output public)";
    if root.starts_with(target) {
        return problem(
            format!(
                "the output folder `{shown}` holds the site itself; the build would replace its bulletin.toml and sources"
            ),
            own_folder,
        );
    }
    for folder in sources {
        if target.starts_with(root.join(folder)) {
            return problem(
                format!(
                    "the output folder `{shown}` is inside the site's sources ({folder}/); the build would replace them"
                ),
                own_folder,
            );
        }
    }
    if target.is_file() {
        return problem(
            format!("the output folder `{shown}` is a file"),
            "choose a folder with --output, or move the file away",
        );
    }
    None
}

/// The absolute form of a path, for messages and for locating output beside it.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    joined
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolved_paths_compare_equal() {
        let dir = tempfile::tempdir().unwrap();
        let real = resolved(dir.path());
        std::fs::create_dir(real.join("site")).unwrap();
        std::os::unix::fs::symlink(real.join("site"), real.join("link")).unwrap();
        assert_eq!(
            resolved(&real.join("site/./x/../public")),
            real.join("site/public")
        );
        assert_eq!(
            resolved(&real.join("link/public")),
            real.join("site/public")
        );
        assert_eq!(resolved(&real.join("link/..")), real);
    }

    #[test]
    fn a_full_disk_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let sink = DiskSink::new(dir.path().to_path_buf());
        for name in ["a.html", "b.html", "c.html"] {
            std::os::unix::fs::symlink("/dev/full", dir.path().join(name)).unwrap();
        }
        let errors: Vec<Diagnostic> = ["a.html", "b.html", "c.html", "d.html"]
            .iter()
            .filter_map(|p| sink.write(&OutputPath::new(*p).unwrap(), b"x").err())
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].message.starts_with("the disk is full"),
            "{}",
            errors[0]
        );
        assert!(
            !dir.path().join("d.html").exists(),
            "writes stop at a full disk"
        );
    }
}
