//! `bulletin translations export` and `import`: articles to translate, exchanged with
//! translators' tools as gettext PO ([`po`]: Weblate, Pontoon, Poedit) or XLIFF 1.2
//! ([`xliff`]: Trados, memoQ, OmegaT).
//!
//! One file per article and target language. Its units are the source's title, description,
//! event location and blocks ([`crate::content::blocks`]: paragraphs, headings, list items,
//! table cells, inline Markdown kept as text). A unit's target is the existing translation's
//! text where the source block is unchanged since the translation was confirmed; where it
//! changed, the old translation is offered as fuzzy with the previous source text beside it.
//! Import puts the targets back into the source's markup, keeps the translation's front matter,
//! and confirms exactly the blocks that are translated and not fuzzy.

pub mod po;
pub mod xliff;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::blocks::{self, Change};
use crate::content::translation_states::{State, all_versions, source_changes, state_of};
use crate::content::{Content, Page};
use crate::error::{Diagnostic, Diagnostics, Failure};

/// The largest exchange file `import` reads: far above any article's text.
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// What a unit of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Description,
    Location,
    /// The source's block with this index (from 0).
    Block(usize),
}

impl Field {
    /// The unit's id in XLIFF and its context in PO: `title`, `description`, `location`,
    /// `block-3` (from 1).
    pub fn id(self) -> String {
        match self {
            Field::Title => "title".into(),
            Field::Description => "description".into(),
            Field::Location => "location".into(),
            Field::Block(i) => format!("block-{}", i + 1),
        }
    }

    pub fn parse(id: &str) -> Option<Field> {
        match id {
            "title" => Some(Field::Title),
            "description" => Some(Field::Description),
            "location" => Some(Field::Location),
            _ => {
                let n: usize = id.strip_prefix("block-")?.parse().ok()?;
                n.checked_sub(1).map(Field::Block)
            }
        }
    }
}

/// One text to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub field: Field,
    /// The source text now.
    pub source: String,
    /// The translation, when there is one (fuzzy or not).
    pub target: Option<String>,
    /// The target translates an earlier source text: review it.
    pub fuzzy: bool,
    /// For a fuzzy unit: the source text the target translates, when kept.
    pub previous: Option<String>,
    /// The line of the source file the text starts on.
    pub line: usize,
}

/// One article to translate into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// `news/2024-10-22-secon-caceres`.
    pub key: String,
    pub from: String,
    pub to: String,
    /// The source file, relative to the site root.
    pub source_file: PathBuf,
    /// The source's content hash when exported.
    pub source_hash: String,
    /// The day the source last changed (`updated`, else `date`), as `YYYY-MM-DD`: PO's
    /// revision date, so that the same source exports the same file.
    pub revised: Option<String>,
    pub units: Vec<Unit>,
}

/// The file name of an exported article: `news--2024-10-22-secon-caceres.po`.
pub fn file_name(key: &str, extension: &str) -> String {
    format!("{}.{extension}", key.replace('/', "--"))
}

/// The exchange document of article `key` into `to`, from its source `source` and its
/// existing translation `target`.
pub fn document(
    root: &Path,
    source: &Page,
    target: Option<&Page>,
    versions: &BTreeMap<&str, &Page>,
    to: &str,
) -> Document {
    let body_line = source.source[..source.body_offset].lines().count() + 1;
    let line_of = |offset: usize| body_line + source.body()[..offset].matches('\n').count();
    let found = blocks::blocks(source.body());
    let targets = aligned_targets(root, &found, target, versions);
    // A draft's text is the source's copy until someone translates it.
    let confirmed_before = target.is_some_and(|t| {
        t.front
            .translation
            .as_ref()
            .is_some_and(|tr| tr.source_hash.is_some())
    });
    let untranslated_copy = |source: &str, target: &Option<(String, bool, Option<String>)>| {
        !confirmed_before
            && target
                .as_ref()
                .is_some_and(|(t, _, _)| t.trim() == source.trim())
    };
    let mut units = Vec::new();
    let mut front = |field: Field, source_text: Option<&String>, target_text: Option<&String>| {
        let Some(text) = source_text.filter(|t| !t.trim().is_empty()) else {
            return;
        };
        let mut target_text = target_text.cloned();
        if target_text.as_deref() == Some(text.as_str()) && !confirmed_before {
            target_text = None;
        }
        units.push(Unit {
            field,
            source: text.clone(),
            target: target_text,
            fuzzy: false,
            previous: None,
            line: 1,
        });
    };
    front(
        Field::Title,
        Some(&source.front.title),
        target.map(|t| &t.front.title),
    );
    front(
        Field::Description,
        source.front.description.as_ref(),
        target.and_then(|t| t.front.description.as_ref()),
    );
    front(
        Field::Location,
        source
            .front
            .event
            .as_ref()
            .and_then(|e| e.location.as_ref()),
        target
            .and_then(|t| t.front.event.as_ref())
            .and_then(|e| e.location.as_ref()),
    );
    for (i, block) in found.iter().enumerate() {
        if !translatable(block.text) {
            continue;
        }
        let mut aligned = targets.get(i).cloned().flatten();
        if untranslated_copy(block.text, &aligned) {
            aligned = None;
        }
        let (target, fuzzy, previous) = match aligned {
            Some((t, fuzzy, previous)) => (Some(t), fuzzy, previous),
            None => (None, false, None),
        };
        units.push(Unit {
            field: Field::Block(i),
            source: block.text.to_string(),
            target,
            fuzzy,
            previous,
            line: line_of(block.range.start),
        });
    }
    Document {
        key: source.key.clone(),
        from: source.lang.clone(),
        to: to.to_string(),
        source_file: source.file.clone(),
        source_hash: source.content_hash().to_string(),
        revised: source
            .front
            .updated
            .or(source.date)
            .map(|m| m.date.to_string()),
        units,
    }
}

/// Whether a block has words to translate (not a bare number, URL-less symbol line…).
/// Blocks without letters are not exported and are confirmed as they are.
fn translatable(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// For each block of the source now: the translation's text for it, whether it is fuzzy (the
/// source block changed since it was confirmed) and the source's previous text. The
/// translation's blocks are matched by position to the source as confirmed, so a translation
/// keeps the source's block structure (as `import` writes it); when it does not, nothing is
/// matched.
type Target = Option<(String, bool, Option<String>)>;

fn aligned_targets(
    root: &Path,
    source_blocks: &[blocks::Block],
    target: Option<&Page>,
    versions: &BTreeMap<&str, &Page>,
) -> Vec<Target> {
    let mut out: Vec<Target> = vec![None; source_blocks.len()];
    let Some(target) = target else {
        return out;
    };
    let theirs: Vec<String> = blocks::blocks(target.body())
        .iter()
        .map(|b| b.text.to_string())
        .collect();
    let state = state_of(target, versions);
    let changes = source_changes(root, target, versions);
    match changes {
        Some(c) if state == State::Current || (state == State::Draft && !c.known) => {
            if theirs.len() == source_blocks.len() {
                for (slot, text) in out.iter_mut().zip(theirs) {
                    *slot = Some((text, false, None));
                }
            }
        }
        Some(c) if c.known => {
            let old_len = c
                .changes
                .iter()
                .filter_map(|ch| match ch {
                    Change::Same(o, _) | Change::Changed(o, _) | Change::Removed(o) => Some(o + 1),
                    Change::Added(_) => None,
                })
                .max()
                .unwrap_or(0);
            if theirs.len() != old_len {
                return out;
            }
            for change in &c.changes {
                match *change {
                    Change::Same(o, n) => out[n] = Some((theirs[o].clone(), false, None)),
                    Change::Changed(o, n) => {
                        let previous = c.old.get(o).filter(|p| **p != c.new[n]).cloned();
                        out[n] = Some((theirs[o].clone(), true, previous));
                    }
                    Change::Added(_) | Change::Removed(_) => {}
                }
            }
        }
        _ => {
            // Changed, but how is not known: every block is offered for review.
            if theirs.len() == source_blocks.len() {
                for (slot, text) in out.iter_mut().zip(theirs) {
                    *slot = Some((text, true, None));
                }
            }
        }
    }
    out
}

/// What `translations export` is asked to do.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub root: PathBuf,
    pub to: String,
    pub format: Format,
    pub stale_only: bool,
    /// Default: `translations/<to>` under the root.
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Po,
    Xliff,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Po => "po",
            Format::Xliff => "xlf",
        }
    }
}

/// What was exported.
#[derive(Debug)]
pub struct Exported {
    pub folder: PathBuf,
    /// File name, state of the translation, units, untranslated units, fuzzy units.
    pub files: Vec<(String, State, usize, usize, usize)>,
}

/// Writes one exchange file per article that `to` needs (missing, draft, stale; current too
/// unless `stale_only`).
pub fn export(options: &ExportOptions) -> Result<Exported, Failure> {
    let root = crate::fs::absolute(&options.root);
    let (config, content) = super::translations::load_with_drafts(&root)?;
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    super::translate::site_language(&config, &options.to).map_err(fail)?;
    let folder = options
        .output
        .clone()
        .unwrap_or_else(|| root.join("translations").join(&options.to));
    let mut files = Vec::new();
    for (key, versions) in all_versions(&content) {
        let pages: Vec<&Page> = versions.values().copied().collect();
        if !Content::is_for(&pages, &options.to) {
            continue;
        }
        let target = versions.get(options.to.as_str()).copied();
        let Some(source) = source_of(&config, &versions, target, &options.to) else {
            continue;
        };
        let state = target.map_or(State::Missing, |t| state_of(t, &versions));
        if options.stale_only && state != State::Stale {
            continue;
        }
        let mut doc = document(&root, source, target, &versions, &options.to);
        if options.stale_only {
            // Only what needs work: import keeps the rest of the translation as it is.
            doc.units.retain(|u| u.fuzzy || u.target.is_none());
        }
        let text = match options.format {
            Format::Po => po::write(&doc),
            Format::Xliff => xliff::write(&doc),
        };
        let name = file_name(key, options.format.extension());
        crate::fs::write_atomically(&folder.join(&name), &text).map_err(fail)?;
        let untranslated = doc.units.iter().filter(|u| u.target.is_none()).count();
        let fuzzy = doc.units.iter().filter(|u| u.fuzzy).count();
        files.push((name, state, doc.units.len(), untranslated, fuzzy));
    }
    Ok(Exported { folder, files })
}

/// The version a translation into `to` is made from: the one its existing translation names,
/// else the original (the stand-in order of the site's languages when there are several).
fn source_of<'a>(
    config: &crate::config::Config,
    versions: &BTreeMap<&str, &'a Page>,
    target: Option<&Page>,
    to: &str,
) -> Option<&'a Page> {
    match target {
        Some(t) => {
            let from = &t.front.translation.as_ref()?.from;
            versions.get(from.as_str()).copied()
        }
        None => {
            let originals: BTreeMap<String, &Page> = versions
                .iter()
                .filter(|(l, p)| **l != to && p.front.translation.is_none())
                .map(|(l, p)| (l.to_string(), *p))
                .collect();
            config.stand_in(&originals).copied()
        }
    }
}

/// What importing one file did.
#[derive(Debug)]
pub struct Imported {
    /// The exchange file.
    pub file: PathBuf,
    /// The translation written (relative to the root).
    pub translation: PathBuf,
    /// Whether the translation file changed.
    pub written: bool,
    pub state: State,
    /// Units without a translation, and fuzzy ones: what is still to do.
    pub untranslated: Vec<String>,
    pub fuzzy: Vec<String>,
}

/// Reads translated exchange files and writes their translations into the articles.
pub fn import(root: &Path, files: &[PathBuf]) -> Result<Vec<Imported>, Failure> {
    let root = crate::fs::absolute(root);
    let mut problems = Diagnostics::default();
    let mut parsed = Vec::new();
    for file in files {
        match read_document(file) {
            Ok(doc) => parsed.push((file.clone(), doc)),
            Err(d) => problems.push(d.in_file(file)),
        }
    }
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    let mut done = Vec::new();
    for (file, doc) in parsed {
        // Reload for each file: an earlier import may have written the same site.
        let (config, content) = super::translations::load_with_drafts(&root)?;
        match import_one(&root, &config, &content, &doc) {
            Ok(mut imported) => {
                imported.file = file;
                done.push(imported);
            }
            Err(d) => problems.push(d.in_file(&file)),
        }
    }
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    Ok(done)
}

fn read_document(file: &Path) -> Result<Document, Diagnostic> {
    let size = std::fs::metadata(file)
        .map_err(|e| Diagnostic::error(format!("cannot read the file: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "the file is {size} bytes, more than the {MAX_FILE_BYTES} an article's translation can need"
        ))
        .help("export the article again with `bulletin translations export`"));
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| Diagnostic::error(format!("cannot read the file as UTF-8 text: {e}")))?;
    let is_xliff = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlf") || e.eq_ignore_ascii_case("xliff"))
        || text.trim_start().starts_with("<?xml")
        || text.trim_start().starts_with("<xliff");
    if is_xliff {
        xliff::read(&text)
    } else {
        po::read(&text)
    }
}

fn import_one(
    root: &Path,
    config: &crate::config::Config,
    content: &Content,
    doc: &Document,
) -> Result<Imported, Diagnostic> {
    let all = all_versions(content);
    // XLIFF names the source file, PO the article too.
    let key = if doc.key.is_empty() {
        content
            .pages
            .iter()
            .chain(&content.drafts)
            .find(|p| p.file == doc.source_file)
            .map_or(String::new(), |p| p.key.clone())
    } else {
        doc.key.clone()
    };
    let Some(versions) = all.get(key.as_str()) else {
        return Err(Diagnostic::error(format!(
            "the site has no article `{}`",
            if key.is_empty() {
                doc.source_file.display().to_string()
            } else {
                key.clone()
            }
        ))
        .help("export again: the article may have been renamed or removed"));
    };
    super::translate::site_language(config, &doc.to)?;
    let Some(source) = versions.get(doc.from.as_str()).copied() else {
        return Err(Diagnostic::error(format!(
            "the article `{key}` has no `{}` version to translate from",
            doc.from
        )));
    };
    let existing = versions.get(doc.to.as_str()).copied();
    if existing.is_some_and(|t| t.front.translation.is_none()) {
        return Err(Diagnostic::error(format!(
            "the `{}` version of `{key}` is an original, not a translation",
            doc.to
        ))
        .help("import translations only into translations"));
    }
    // Targets by source text: the source may have changed since the export, and the same
    // paragraph may appear twice.
    let normal = crate::content::hash::normalize_whitespace;
    let mut by_text: BTreeMap<(bool, String), &Unit> = BTreeMap::new();
    for unit in &doc.units {
        let is_block = matches!(unit.field, Field::Block(_));
        by_text
            .entry((is_block, normal(&unit.source)))
            .or_insert(unit);
    }
    // What the file does not mention keeps the translation's confirmed text (an export with
    // --stale-only holds only the blocks that need work).
    let baseline = document(root, source, existing, versions, &doc.to);
    let kept = |field: Field| -> Option<&Unit> {
        baseline
            .units
            .iter()
            .find(|u| u.field == field && !u.fuzzy && u.target.is_some())
    };
    // The unit of the same field with the same source first (the same paragraph may appear
    // twice, translated differently), then any unit with that source (the source moved since
    // the export), then the translation as confirmed.
    let mentioned = |field: Field, text: &str| -> Option<&Unit> {
        let is_block = matches!(field, Field::Block(_));
        let wanted = normal(text);
        doc.units
            .iter()
            .find(|u| u.field == field && normal(&u.source) == wanted)
            .or_else(|| {
                by_text
                    .get(&(is_block, wanted))
                    .copied()
                    .filter(|u| is_block || u.field == field)
            })
            .or_else(|| kept(field))
    };
    let found = blocks::blocks(source.body());
    let mut texts: Vec<String> = Vec::with_capacity(found.len());
    let mut confirmed: Vec<String> = Vec::with_capacity(found.len());
    let mut untranslated = Vec::new();
    let mut fuzzy = Vec::new();
    for (i, block) in found.iter().enumerate() {
        let id = Field::Block(i).id();
        if !translatable(block.text) {
            texts.push(block.text.to_string());
            confirmed.push(block.hash());
            continue;
        }
        match mentioned(Field::Block(i), block.text) {
            Some(Unit {
                target: Some(t),
                fuzzy: f,
                ..
            }) if !t.trim().is_empty() => {
                texts.push(t.trim().to_string());
                if *f {
                    fuzzy.push(id);
                    confirmed.push(String::new());
                } else {
                    confirmed.push(block.hash());
                }
            }
            _ => {
                untranslated.push(id);
                texts.push(block.text.to_string());
                confirmed.push(String::new());
            }
        }
    }
    let front_target = |field: Field, text: Option<&String>| -> Option<String> {
        let unit = mentioned(field, text?)?;
        if unit.fuzzy {
            return None;
        }
        unit.target.clone().filter(|t| !t.trim().is_empty())
    };
    let title = front_target(Field::Title, Some(&source.front.title));
    let description = front_target(Field::Description, source.front.description.as_ref());
    let location = front_target(
        Field::Location,
        source
            .front
            .event
            .as_ref()
            .and_then(|e| e.location.as_ref()),
    );

    let file = match existing {
        Some(t) => t.file.clone(),
        None => super::translate::translation_file(&source.file, &source.lang, &doc.to, config),
    };
    let current = match existing {
        Some(t) => t.source.clone(),
        None => super::translate::draft(source)?,
    };
    let parts = crate::content::front_matter::split(&current).map_err(|d| d.in_file(&file))?;
    // The body: the translation's own when its blocks already say this, else the targets in
    // the source's markup.
    let theirs: Vec<&str> = blocks::blocks(parts.body).iter().map(|b| b.text).collect();
    let body = if theirs.len() == texts.len() && theirs.iter().zip(&texts).all(|(a, b)| a == b) {
        parts.body.to_string()
    } else {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        blocks::replace(source.body(), &found, &refs)
    };
    let mut front: toml_edit::DocumentMut = parts.front_matter.parse().map_err(|e| {
        Diagnostic::error(format!("cannot read the front matter: {e}")).in_file(&file)
    })?;
    let set = |front: &mut toml_edit::DocumentMut, key: &str, text: Option<String>| {
        if let Some(text) = text
            && front.get(key).and_then(|v| v.as_str()) != Some(text.as_str())
        {
            front.insert(key, toml_edit::value(text));
        }
    };
    set(&mut front, "title", title);
    set(&mut front, "description", description);
    if let Some(location) = location {
        let event = front
            .entry("event")
            .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()));
        if let Some(table) = event.as_table_like_mut()
            && table.get("location").and_then(|v| v.as_str()) != Some(location.as_str())
        {
            table.insert("location", toml_edit::value(location));
        }
    }
    let complete = untranslated.is_empty() && fuzzy.is_empty();
    let hash = source.content_hash().to_string();
    let previous = existing.and_then(|t| t.front.translation.clone());
    let unchanged_record = previous
        .as_ref()
        .is_some_and(|p| p.source_hash.as_deref() == Some(hash.as_str()) && p.blocks == confirmed);
    let publish = complete && front.get("draft").is_some() && !source.front.draft;
    // A partial import records only when it confirms something new: a stale translation
    // brought back unchanged keeps its record, and with it the previous source text.
    let newly_confirmed =
        (0..found.len()).any(|i| !confirmed[i].is_empty() && kept(Field::Block(i)).is_none());
    if (!unchanged_record && (complete || newly_confirmed)) || publish {
        let translation = front
            .entry("translation")
            .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()));
        let Some(table) = translation.as_table_like_mut() else {
            return Err(Diagnostic::error("`translation` is not a table").in_file(&file));
        };
        table.insert("from", toml_edit::value(source.lang.as_str()));
        table.insert("source_hash", toml_edit::value(hash.as_str()));
        table.insert(
            "blocks",
            toml_edit::value(toml_edit::Array::from_iter(confirmed.iter())),
        );
        if publish {
            front.remove("draft");
        }
    }
    let text = format!(
        "{}{}{}",
        &current[..parts.front_offset],
        front,
        &current[parts.front_offset + parts.front_matter.len()..parts.body_offset]
    ) + &body;
    let written = existing.is_none() || text != current;
    if written {
        crate::content::memory::keep(root, &hash, source.body())?;
        crate::fs::write_atomically(&root.join(&file), &text)?;
        super::translate::prune_memory(root, content, &file, &hash);
    }
    let state = if !complete {
        State::Stale
    } else if front.get("draft").and_then(|d| d.as_bool()) == Some(true) {
        State::Draft
    } else {
        State::Current
    };
    Ok(Imported {
        file: PathBuf::new(),
        translation: file,
        written,
        state,
        untranslated,
        fuzzy,
    })
}
