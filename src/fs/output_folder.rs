//! The output folder of `build`: locked against a second build, rendered beside itself, checked
//! against what earlier builds wrote, and swapped in as one step.
//!
//! The lifecycle, in the order [`OutputFolder::prepare`] and [`OutputFolder::commit`] run it:
//!
//! 1. Take the lock `.<name>.lock` beside the output (an advisory `flock`, released by the
//!    kernel when the process ends, however it ends), so two builds into one folder never mix.
//! 2. Remove what interrupted builds left (`.<name>.building-*`): with the lock held, no build
//!    that could still use them is running. Kept entries (below) found in a leftover and missing
//!    from the output are put back first, so a crash at any moment loses none of them.
//! 3. Render into a fresh `.<name>.building-<pid>-<n>` beside the output.
//! 4. Refuse to replace an output holding files that no build wrote: earlier builds list what
//!    they wrote in [`MANIFEST`]; anything else must be kept on purpose (`.git` of a deploy
//!    worktree always is; `[output] keep` names more) or moved away by the user.
//! 5. Move the kept entries into the new output, and exchange the two folders with one
//!    `renameat2(RENAME_EXCHANGE)`: a web server serving the folder sees the old site or the new
//!    one, never a gap. Where the exchange is not available (another OS, a file system without
//!    it) the fallback is two renames with the old output moved aside first, and a crash between
//!    them is repaired by step 2 of the next build.
//! 6. Remove the old output. If it cannot be removed (a read-only tree), that is a warning: the
//!    new output is already in place, and the next build tries again.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::error::Diagnostic;
use crate::fs::io_error;

/// The list of files a build wrote, kept in the output folder so the next build knows which
/// files are its own to replace.
pub const MANIFEST: &str = ".bulletin-files";

/// Entries of an output folder that every build keeps: the `.git` (a folder, or a file in a
/// `git worktree`) of a deploy branch checked out as the output folder.
const ALWAYS_KEPT: &[&str] = &[".git"];

/// At most this many foreign files are named in the refusal; the rest are counted.
const SHOWN: usize = 5;

/// An output folder being replaced: the lock, the staging folder, and what to keep.
pub struct OutputFolder {
    target: PathBuf,
    staging: PathBuf,
    keep: Vec<String>,
    committed: bool,
    /// Held until the build ends; dropping it releases the lock.
    _lock: File,
    warnings: Vec<Diagnostic>,
}

impl OutputFolder {
    /// Locks the output folder `target` (already [`resolved`](crate::fs::resolved)), removes
    /// leftovers of interrupted builds and creates the staging folder. `keep` are the user's
    /// `[output] keep` paths.
    pub fn prepare(target: &Path, keep: &[String]) -> Result<OutputFolder, Diagnostic> {
        let (parent, name) = parent_and_name(target);
        std::fs::create_dir_all(&parent).map_err(|e| unwritable_parent(&parent, &e))?;
        if let Some(problem) = mount_point(target, &parent) {
            return Err(problem);
        }
        let lock = lock(&parent, &name)?;
        let mut keep: Vec<String> = keep.to_vec();
        keep.extend(ALWAYS_KEPT.iter().map(|k| k.to_string()));
        let warnings = remove_leftovers(target, &parent, &name, &keep);
        if target.is_file() {
            return Err(Diagnostic::error(format!(
                "the output folder `{}` is a file",
                target.display()
            ))
            .help("choose a folder with --output, or move the file away"));
        }
        let staging = create_staging(&parent, &name)?;
        Ok(OutputFolder {
            target: target.to_path_buf(),
            staging,
            keep,
            committed: false,
            _lock: lock,
            warnings,
        })
    }

    /// The folder to render into.
    pub fn path(&self) -> &Path {
        &self.staging
    }

    /// Checks the old output for files no build wrote, records what this build wrote, and
    /// swaps the new output in. An error leaves the old output as it was; after the swap,
    /// problems are only warnings (returned), since the new output is in place.
    pub fn commit(mut self) -> Result<Vec<Diagnostic>, Diagnostic> {
        let written = files_below(&self.staging, &[]);
        let existing = self.target.is_dir();
        let kept: Vec<&String> = self
            .keep
            .iter()
            .filter(|k| self.target.join(k.as_str()).symlink_metadata().is_ok())
            .collect();
        if existing {
            self.refuse_foreign_files(&written)?;
            if let Some(both) = kept
                .iter()
                .find(|k| self.staging.join(k.as_str()).symlink_metadata().is_ok())
            {
                return Err(Diagnostic::error(format!(
                    "`{both}` is kept from the old output (`[output] keep` or a deploy worktree's .git) and also written by this build"
                ))
                .help(format!(
                    "remove `{both}` from [output] keep in bulletin.toml, or stop writing it (static/)"
                )));
            }
        }
        let manifest = manifest_text(&written);
        std::fs::write(self.staging.join(MANIFEST), manifest)
            .map_err(|e| write_error(&self.staging.join(MANIFEST), &e))?;

        let mut moved: Vec<&String> = Vec::new();
        for entry in &kept {
            if let Err(e) = move_entry(&self.target, &self.staging, entry) {
                self.put_back(&moved);
                return Err(io_error(
                    &self.target.join(entry.as_str()),
                    "cannot carry over the kept entry",
                    &e,
                )
                .help(
                    "the output folder must be writable to carry its kept files into the new output",
                ));
            }
            moved.push(entry);
        }
        let swapped = if existing {
            exchange(&self.staging, &self.target)
        } else {
            std::fs::rename(&self.staging, &self.target)
        };
        if let Err(e) = swapped {
            self.put_back(&moved);
            return Err(
                io_error(&self.target, "cannot move the new output into", &e)
                    .help(swap_help(&self.target)),
            );
        }
        self.committed = true;
        let mut warnings = std::mem::take(&mut self.warnings);
        // After an exchange the staging path holds the previous output.
        if self.staging.exists()
            && let Err(e) = std::fs::remove_dir_all(&self.staging)
        {
            warnings.push(
                Diagnostic::warning(format!(
                    "the new output is in place, but the previous one could not be removed from `{}`: {e}",
                    self.staging.display()
                ))
                .help("remove it by hand (check its permissions); the next build tries again"),
            );
        }
        Ok(warnings)
    }

    /// Moves kept entries back into the old output after a failed swap.
    fn put_back(&self, moved: &[&String]) {
        for entry in moved {
            let _ = move_entry(&self.staging, &self.target, entry);
        }
    }

    /// The error for an output folder holding files that neither an earlier build (its
    /// manifest) nor this one wrote, and that are not kept on purpose.
    fn refuse_foreign_files(&self, written: &BTreeSet<String>) -> Result<(), Diagnostic> {
        let recorded = read_manifest(&self.target);
        let foreign: Vec<String> = files_below(&self.target, &self.keep)
            .into_iter()
            .filter(|f| f != MANIFEST && !written.contains(f) && !recorded.contains(f))
            .collect();
        if foreign.is_empty() {
            return Ok(());
        }
        let mut named: Vec<String> = foreign
            .iter()
            .take(SHOWN)
            .map(|f| format!("`{f}`"))
            .collect();
        if foreign.len() > SHOWN {
            named.push(format!("and {} more", foreign.len() - SHOWN));
        }
        let mut help = String::from(
            "keep them on purpose with `[output] keep = [\"CNAME\"]` (paths in the output folder) in bulletin.toml, put them in static/ so every build writes them, or move them away; --output chooses another folder",
        );
        if !self.target.join(MANIFEST).is_file() {
            // Builds before the manifest existed left none: their output is not recognised.
            help.push_str(&format!(
                "; if the folder holds only the output of an earlier bulletin version, delete it once (the list of written files, {MANIFEST}, is new)"
            ));
        }
        Err(Diagnostic::error(format!(
            "the output folder `{}` holds files that no build wrote: {}; replacing the folder would delete them",
            self.target.display(),
            named.join(", ")
        ))
        .help(help))
    }
}

impl Drop for OutputFolder {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

fn parent_and_name(target: &Path) -> (PathBuf, String) {
    let parent = target.parent().unwrap_or(Path::new("/")).to_path_buf();
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

fn unwritable_parent(parent: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::error(format!(
        "cannot write into `{}`, the folder that holds the output folder: {err}",
        parent.display()
    ))
    .help(
        "a build writes the new output beside the old one and swaps the two, so it needs to write in the output's parent folder: make it writable, or choose --output in a folder you can write",
    )
}

/// A mount point cannot be renamed, so it cannot be swapped.
fn mount_point(target: &Path, parent: &Path) -> Option<Diagnostic> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let own = std::fs::metadata(target).ok()?;
        let above = std::fs::metadata(parent).ok()?;
        if own.is_dir() && own.dev() != above.dev() {
            return Some(
                Diagnostic::error(format!(
                    "the output folder `{}` is a mount point; a build replaces the folder as a whole, which a mount point does not allow",
                    target.display()
                ))
                .help(format!(
                    "build into a folder inside it (--output {}/site) and publish that, or mount its parent instead",
                    target.display()
                )),
            );
        }
    }
    let _ = (target, parent);
    None
}

fn lock(parent: &Path, name: &str) -> Result<File, Diagnostic> {
    let path = parent.join(format!(".{name}.lock"));
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| unwritable_parent(parent, &e))?;
    match file.try_lock() {
        Ok(()) => {
            // The holder's process id, for the message another build shows.
            let _ = file.set_len(0);
            let _ = write!(file, "{}", std::process::id());
            Ok(file)
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&path).unwrap_or_default();
            let holder = holder.trim();
            let who = if holder.is_empty() {
                String::new()
            } else {
                format!(" (process {holder})")
            };
            Err(Diagnostic::error(format!(
                "another build is running into `{}`{who}",
                parent.join(name).display()
            ))
            .help("wait until it ends, or build into another folder with --output"))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(io_error(&path, "cannot lock", &e)),
    }
}

fn leftover_prefix(name: &str) -> String {
    format!(".{name}.building-")
}

/// Removes the staging folders of interrupted builds (the lock is held, so none is in use),
/// after putting back any kept entry the output folder lost in the interruption. What cannot be
/// removed is a warning: it never blocks a build.
fn remove_leftovers(target: &Path, parent: &Path, name: &str, keep: &[String]) -> Vec<Diagnostic> {
    let prefix = leftover_prefix(name);
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut leftovers: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect();
    leftovers.sort();
    let mut warnings = Vec::new();
    for leftover in leftovers {
        // The fallback swap moves the old output aside first: if the build died before the
        // new one took its place, the old one goes back.
        if !target.exists()
            && leftover.extension().is_some_and(|e| e == "old")
            && std::fs::rename(&leftover, target).is_ok()
        {
            continue;
        }
        if target.is_dir() {
            for entry in keep {
                let lost = target.join(entry).symlink_metadata().is_err();
                if lost && leftover.join(entry).symlink_metadata().is_ok() {
                    let _ = move_entry(&leftover, target, entry);
                }
            }
        }
        if let Err(e) = std::fs::remove_dir_all(&leftover) {
            warnings.push(
                Diagnostic::warning(format!(
                    "cannot remove `{}`, left by an interrupted build: {e}",
                    leftover.display()
                ))
                .help("remove it by hand; it does not stop this build"),
            );
        }
    }
    warnings
}

fn create_staging(parent: &Path, name: &str) -> Result<PathBuf, Diagnostic> {
    let prefix = leftover_prefix(name);
    let pid = std::process::id();
    // A leftover that could not be removed may hold any name: take the next free one.
    for n in 0..1000 {
        let staging = parent.join(format!("{prefix}{pid}-{n}"));
        match std::fs::create_dir(&staging) {
            Ok(()) => return Ok(staging),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(unwritable_parent(parent, &e)),
        }
    }
    Err(Diagnostic::error(format!(
        "cannot create a temporary folder in `{}`: too many leftovers of earlier builds",
        parent.display()
    ))
    .help(format!("remove the folders named {prefix}* there")))
}

/// Every file below `root` (not following symbolic links), as a `/`-separated relative path,
/// skipping the `skipped` paths and everything under them.
fn files_below(root: &Path, skipped: &[String]) -> BTreeSet<String> {
    let relative = |path: &Path| {
        path.strip_prefix(root)
            .ok()
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default()
    };
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| !skipped.contains(&relative(e.path())))
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .map(|e| relative(e.path()))
        .collect()
}

fn manifest_text(written: &BTreeSet<String>) -> String {
    let mut text = String::from(
        "# Written by bulletin: the files of this folder that the last build wrote. The next build\n# replaces exactly these, and refuses to delete any other file (see [output] keep).\n",
    );
    for file in written {
        text.push_str(file);
        text.push('\n');
    }
    text
}

fn read_manifest(target: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(target.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Moves `from/entry` to `to/entry`, creating the folders it needs.
fn move_entry(from: &Path, to: &Path, entry: &str) -> io::Result<()> {
    let destination = to.join(entry);
    if let Some(folder) = destination.parent() {
        std::fs::create_dir_all(folder)?;
    }
    std::fs::rename(from.join(entry), destination)
}

/// Exchanges two folders in one step where the system can; otherwise moves `target` aside,
/// moves `staging` in, and leaves the old output at `staging` as the exchange would.
fn exchange(staging: &Path, target: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, staging, CWD, target, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // Kernels before 3.15 and some file systems (older NFS, for one) lack it.
            Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => {}
            Err(e) => return Err(e.into()),
        }
    }
    let aside = staging.with_extension("old");
    std::fs::rename(target, &aside)?;
    if let Err(e) = std::fs::rename(staging, target) {
        let _ = std::fs::rename(&aside, target);
        return Err(e);
    }
    std::fs::rename(&aside, staging)
}

fn swap_help(target: &Path) -> String {
    format!(
        "a build replaces `{}` by renaming a new folder into its place: the folder and its parent must be on one writable file system, and the folder must not be in use as a mount point",
        target.display()
    )
}

/// The error for a file that cannot be written; a full disk gets its own words.
pub fn write_error(path: &Path, err: &io::Error) -> Diagnostic {
    if is_full(err) {
        Diagnostic::error(format!(
            "the disk is full: cannot write `{}`",
            path.display()
        ))
        .help("free some space (or raise the quota) and build again; the previous output was left as it was")
    } else {
        io_error(path, "cannot write", err)
    }
}

/// Whether writing failed because the disk (or the user's quota) is full.
pub fn is_full(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site_output(dir: &Path) -> PathBuf {
        let target = dir.join("public");
        std::fs::create_dir(&target).unwrap();
        target
    }

    fn build(
        target: &Path,
        keep: &[String],
        files: &[&str],
    ) -> Result<Vec<Diagnostic>, Diagnostic> {
        let output = OutputFolder::prepare(target, keep)?;
        for f in files {
            let path = output.path().join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, f).unwrap();
        }
        output.commit()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_staging_folder_is_removed_unless_committed() {
        let dir = tempfile::tempdir().unwrap();
        let target = site_output(dir.path());
        std::fs::write(target.join("old.html"), "old").unwrap();
        let output = OutputFolder::prepare(&target, &[]).unwrap();
        std::fs::write(output.path().join("new.html"), "new").unwrap();
        drop(output);
        assert!(target.join("old.html").exists());
        assert_eq!(names(dir.path()), [".public.lock", "public"]);
    }

    #[test]
    fn a_build_replaces_only_what_builds_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        build(&target, &[], &["index.html", "a/index.html"]).unwrap();
        assert_eq!(
            read_manifest(&target),
            BTreeSet::from(["a/index.html".to_string(), "index.html".to_string()])
        );
        // The next build may drop a/index.html: an earlier build wrote it.
        build(&target, &[], &["index.html"]).unwrap();
        assert!(!target.join("a").exists());
        assert_eq!(names(dir.path()), [".public.lock", "public"]);
    }

    #[test]
    fn files_no_build_wrote_stop_the_build_and_stay() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        build(&target, &[], &["index.html"]).unwrap();
        std::fs::write(target.join("CNAME"), "news.example.org").unwrap();
        std::fs::create_dir(target.join("uploads")).unwrap();
        std::fs::write(target.join("uploads/report.pdf"), "pdf").unwrap();
        let err = build(&target, &[], &["index.html"]).unwrap_err();
        assert!(
            err.message.contains("`CNAME`, `uploads/report.pdf`"),
            "{err}"
        );
        assert!(err.help.as_deref().unwrap().contains("[output] keep"));
        assert_eq!(
            std::fs::read_to_string(target.join("CNAME")).unwrap(),
            "news.example.org"
        );
        assert_eq!(names(dir.path()), [".public.lock", "public"]);
    }

    #[test]
    fn kept_entries_and_a_deploy_worktree_survive_every_build() {
        let dir = tempfile::tempdir().unwrap();
        let target = site_output(dir.path());
        std::fs::create_dir_all(target.join(".git/refs")).unwrap();
        std::fs::write(target.join(".git/HEAD"), "ref: refs/heads/gh-pages").unwrap();
        std::fs::write(target.join("CNAME"), "news.example.org").unwrap();
        let keep = vec!["CNAME".to_string()];
        for _ in 0..2 {
            build(&target, &keep, &["index.html"]).unwrap();
            assert_eq!(
                names(&target),
                [".bulletin-files", ".git", "CNAME", "index.html"]
            );
            assert!(target.join(".git/HEAD").is_file());
        }
        // Kept and also written: refused, nothing lost.
        let err = build(&target, &keep, &["index.html", "CNAME"]).unwrap_err();
        assert!(err.message.contains("`CNAME` is kept"), "{err}");
        assert_eq!(
            std::fs::read_to_string(target.join("CNAME")).unwrap(),
            "news.example.org"
        );
    }

    #[test]
    fn leftovers_of_interrupted_builds_are_removed_and_never_block() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        build(&target, &[], &["index.html"]).unwrap();
        // A build killed while rendering, one killed in the fallback swap's gap (the old output
        // aside, none in place), and one killed after carrying the worktree's .git over.
        std::fs::create_dir_all(dir.path().join(".public.building-1-0/a")).unwrap();
        std::fs::create_dir_all(dir.path().join(".public.building-2-0/.git")).unwrap();
        std::fs::write(dir.path().join(".public.building-2-0/.git/HEAD"), "x").unwrap();
        build(&target, &[], &["index.html"]).unwrap();
        assert!(target.join(".git/HEAD").is_file());
        assert_eq!(names(dir.path()), [".public.lock", "public"]);

        std::fs::rename(&target, dir.path().join(".public.building-3-0.old")).unwrap();
        build(&target, &[], &["index.html"]).unwrap();
        assert!(
            target.join(".git/HEAD").is_file(),
            "the old output came back"
        );
        assert_eq!(names(dir.path()), [".public.lock", "public"]);
    }

    #[test]
    fn a_second_build_into_the_same_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let first = OutputFolder::prepare(&target, &[]).unwrap();
        let err = OutputFolder::prepare(&target, &[]).err().unwrap();
        assert!(err.message.starts_with("another build is running"), "{err}");
        assert!(err.message.contains(&std::process::id().to_string()));
        drop(first);
        OutputFolder::prepare(&target, &[]).unwrap();
    }

    #[test]
    fn an_unwritable_parent_says_why_the_build_needs_it() {
        let err = OutputFolder::prepare(Path::new("/proc/bulletin-test/public"), &[])
            .err()
            .unwrap();
        assert!(
            err.message
                .starts_with("cannot write into `/proc/bulletin-test`"),
            "{err}"
        );
        assert!(err.help.unwrap().contains("swaps the two"));
    }

    #[test]
    fn a_full_disk_is_named() {
        let err = std::fs::write("/dev/full", "x").unwrap_err();
        let d = write_error(Path::new("public/index.html"), &err);
        assert!(d.message.starts_with("the disk is full"), "{d}");
    }
}
