//! `bulletin import`: reads seed files, runs the pure [`crate::import`] pipeline on each and
//! writes the articles into `content/<section>/`, each atomically, none overwriting an edit.
//!
//! An input that was imported before is recognised by `[source] file` and updated in place (its
//! file name, and so its URL, stays); a file whose `generated` hash no longer matches was edited
//! by a person and is kept unless `force` is set.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::{Config, Overrides, is_section_name};
use crate::content::FrontMatter;
use crate::content::front_matter::split;
use crate::error::Failure;
use crate::error::{Diagnostic, Diagnostics};
use crate::fs::absolute;
use crate::import::{self, Article, render};

/// What `bulletin import` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub root: PathBuf,
    /// Files and folders (whose `.txt` files are imported), as given on the command line.
    pub inputs: Vec<PathBuf>,
    pub section: Option<String>,
    pub lang: Option<String>,
    pub force: bool,
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    Created,
    Updated,
    Unchanged,
    /// The existing file was edited by hand; not overwritten.
    KeptEdited,
    /// Nothing was written: the input could not be imported.
    Failed,
}

/// One input file and what became of it.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The input as given (folder inputs joined with the file's name).
    pub input: String,
    /// The article file, relative to the site root.
    pub output: Option<PathBuf>,
    pub action: FileAction,
    pub article: Option<Article>,
    /// The file's text as imported (what `--dry-run` shows).
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub files: Vec<FileReport>,
    pub dry_run: bool,
}

impl ImportReport {
    pub fn has_errors(&self) -> bool {
        self.files
            .iter()
            .any(|f| f.diagnostics.iter().any(Diagnostic::is_error))
    }
}

/// Imports every input; problems with one input do not stop the others.
pub fn import(options: &ImportOptions) -> Result<ImportReport, Failure> {
    let root = absolute(&options.root);
    let config = Config::load(&root, &Overrides::default()).map_err(|d| Failure::from(d, &root))?;
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    let section = options
        .section
        .clone()
        .unwrap_or_else(|| config.import.section.clone());
    if !is_section_name(&section) {
        return Err(fail(
            Diagnostic::error(format!("`--section {section}` is not a folder name"))
                .help("use letters, digits, `-` and `_`, e.g. --section news"),
        ));
    }
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    if let Some(lang) = &options.lang
        && !codes.contains(&lang.as_str())
    {
        return Err(fail(
            Diagnostic::error(format!(
                "`--lang {lang}` is not one of the site's languages"
            ))
            .help(format!(
                "use one of {}, or add [languages.{lang}] to bulletin.toml",
                codes.join(", ")
            )),
        ));
    }
    if options.inputs.is_empty() {
        return Err(fail(Diagnostic::error("no files to import").help(
            "name .txt files or folders holding them: bulletin import seeds/",
        )));
    }
    let dir = root.join("content").join(&section);
    let mut existing = Existing::scan(&dir);
    let mut report = ImportReport {
        files: Vec::new(),
        dry_run: options.dry_run,
    };
    for (path, given) in inputs(&options.inputs, &root) {
        let file_options = import::Options {
            languages: &codes,
            lang: options.lang.as_deref(),
            known_tags: &config.import.known_tags,
            source_file: &given,
        };
        let mut file = import_one(&path, &given, &file_options, &dir, &mut existing, options);
        file.output = file
            .output
            .map(|o| o.strip_prefix(&root).map(Path::to_path_buf).unwrap_or(o));
        report.files.push(file);
    }
    Ok(report)
}

/// The input files: files as given, `.txt` files in folders (sorted), each with the name
/// `[source] file` records: its path relative to the site root, whatever the working folder and
/// however it was typed, so importing it again from anywhere updates the same article (an input
/// outside the site is recorded by its absolute path).
fn inputs(given: &[PathBuf], root: &Path) -> Vec<(PathBuf, String)> {
    let root = crate::fs::resolved(root);
    let display = |p: &Path| {
        let p = crate::fs::resolved(p);
        display(p.strip_prefix(&root).unwrap_or(&p))
    };
    let mut out = Vec::new();
    for input in given {
        if input.is_dir() {
            for entry in WalkDir::new(input)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
            {
                let is_txt = entry
                    .path()
                    .extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("txt"));
                if entry.file_type().is_file() && is_txt {
                    out.push((entry.path().to_path_buf(), display(entry.path())));
                }
            }
        } else {
            out.push((input.clone(), display(input)));
        }
    }
    out
}

/// `./seeds//x.txt` → `seeds/x.txt`, with forward slashes on every platform.
fn display(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/").replace("//", "/")
}

fn import_one(
    path: &Path,
    given: &str,
    options: &import::Options,
    dir: &Path,
    existing: &mut Existing,
    run: &ImportOptions,
) -> FileReport {
    let mut report = FileReport {
        input: given.to_string(),
        output: None,
        action: FileAction::Failed,
        article: None,
        text: None,
        diagnostics: Vec::new(),
    };
    let bytes = match read_seed(path) {
        Ok(b) => b,
        Err(Unreadable::NotAFile) => {
            report.diagnostics.push(
                Diagnostic::error("not a regular file (a device, a pipe or a socket)")
                    .in_file(given)
                    .help(
                        "import text files saved from a page: folders are searched for .txt files",
                    ),
            );
            return report;
        }
        Err(Unreadable::TooLarge) => {
            report.diagnostics.push(
                Diagnostic::error(format!(
                    "larger than {} MiB: not an article",
                    SEED_BYTES / (1024 * 1024)
                ))
                .in_file(given)
                .help("import the text of one article per file"),
            );
            return report;
        }
        Err(Unreadable::Io(e)) => {
            report.diagnostics.push(
                crate::fs::io_error(path, "cannot read", &e)
                    .in_file(given)
                    .help("check the path; folders are searched for .txt files"),
            );
            return report;
        }
    };
    let article = match import::import(&bytes, options) {
        Ok(a) => a,
        Err(d) => {
            report.diagnostics.push(d.in_file(given));
            return report;
        }
    };
    report
        .diagnostics
        .extend(article.warnings.iter().map(|d| d.clone().in_file(given)));
    let text = render::render(&article);
    // A safety net: what we write must be what `build` reads.
    if let Err(e) = split(&text)
        .map_err(|d| d.message)
        .and_then(|s| toml::from_str::<FrontMatter>(s.front_matter).map_err(|e| e.to_string()))
    {
        report.diagnostics.push(
            Diagnostic::error(format!(
                "import produced front matter that does not load: {e}"
            ))
            .in_file(given)
            .help("please report this with the input file"),
        );
        return report;
    }
    let target = existing.target(given, &article.lang, &import::stem(&article), dir);
    report.output = Some(target.clone());
    let current = std::fs::read_to_string(&target).ok();
    report.action = match current {
        None => FileAction::Created,
        Some(c) if c == text => FileAction::Unchanged,
        Some(c) if render::is_untouched(&c) || run.force => FileAction::Updated,
        Some(_) => FileAction::KeptEdited,
    };
    if report.action == FileAction::KeptEdited {
        report.diagnostics.push(
            Diagnostic::warning(
                "the article was edited since it was imported; it is kept as it is",
            )
            .in_file(rel(&target, dir))
            .help("pass --force to replace it with a fresh import of the source"),
        );
    }
    if matches!(report.action, FileAction::Created | FileAction::Updated)
        && !run.dry_run
        && let Err(d) = crate::fs::write_atomically(&target, &text)
    {
        report.diagnostics.push(d);
        report.action = FileAction::Failed;
    }
    report.article = Some(article);
    report.text = Some(text);
    report
}

fn rel(target: &Path, dir: &Path) -> PathBuf {
    let content = dir.parent().and_then(Path::parent).unwrap_or(dir);
    target
        .strip_prefix(content)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| target.to_path_buf())
}

/// The section's article files: which source each was imported from, and which names are taken.
struct Existing {
    /// (source file, language) → article file.
    by_source: BTreeMap<(String, String), PathBuf>,
    taken: BTreeSet<PathBuf>,
}

impl Existing {
    fn scan(dir: &Path) -> Existing {
        let mut by_source = BTreeMap::new();
        let mut taken = BTreeSet::new();
        for entry in WalkDir::new(dir)
            .max_depth(1)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(stem_lang) = name.strip_suffix(".md") else {
                continue;
            };
            taken.insert(path.to_path_buf());
            let lang = stem_lang
                .rsplit_once('.')
                .map_or("", |(_, l)| l)
                .to_string();
            let source = std::fs::read_to_string(path).ok().and_then(|text| {
                let fm: toml::Table = toml::from_str(split(&text).ok()?.front_matter).ok()?;
                Some(fm.get("source")?.get("file")?.as_str()?.to_string())
            });
            if let Some(source) = source {
                by_source.insert((source, lang), path.to_path_buf());
            }
        }
        Existing { by_source, taken }
    }

    /// The file for an import of `source`: its earlier import, or a free name from `stem`.
    fn target(&mut self, source: &str, lang: &str, stem: &str, dir: &Path) -> PathBuf {
        if let Some(path) = self.by_source.get(&(source.to_string(), lang.to_string())) {
            return path.clone();
        }
        let mut n = 1;
        let path = loop {
            let candidate = match n {
                1 => dir.join(format!("{stem}.{lang}.md")),
                _ => dir.join(format!("{stem}-{n}.{lang}.md")),
            };
            if !self.taken.contains(&candidate) {
                break candidate;
            }
            n += 1;
        };
        self.taken.insert(path.clone());
        self.by_source
            .insert((source.to_string(), lang.to_string()), path.clone());
        path
    }
}
/// The most a seed file may hold: a scraped article is a few KiB; this keeps `/dev/zero` or
/// a huge file from being read without bound.
pub const SEED_BYTES: u64 = 8 * 1024 * 1024;

enum Unreadable {
    NotAFile,
    TooLarge,
    Io(std::io::Error),
}

/// A seed's bytes: only from a regular file, and at most [`SEED_BYTES`] of them (read with a
/// bound, as a file may grow while it is read).
fn read_seed(path: &Path) -> Result<Vec<u8>, Unreadable> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(Unreadable::Io)?;
    if !meta.is_file() {
        return Err(Unreadable::NotAFile);
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(Unreadable::Io)?
        .take(SEED_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > SEED_BYTES {
        return Err(Unreadable::TooLarge);
    }
    Ok(bytes)
}
