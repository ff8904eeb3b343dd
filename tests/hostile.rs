//! Hostile input, one case per file in `tests/hostile/`: each case writes files into a copy of
//! the `multilingual` fixture site (or generates them: deep nesting, thousands of headings) and
//! runs the real binary one or more times. For every run it asserts that bulletin did not
//! panic, crash or hang; the exit status; the located errors it must print (and how many); and
//! that nothing was written outside the output folder (and the folders a command writes on
//! purpose). After a successful build, no output file may contain what the case forbids (a
//! script URL, say).
//!
//! A case file:
//!
//! ```toml
//! # What it guards (issue 13, item N).
//! [[run]]
//! args = ["check"]            # after `bulletin`; the site folder is the working folder
//! status = 1                  # the exit status (default 0)
//! errors = ["content/news/x.md:7:12: the link"]   # each must be in stderr
//! error_count = 1             # optional: exactly this many `error:` lines
//! stderr_lacks = ["\u001b"]   # optional
//! output_lacks = ["javascript:"]   # optional: no file of public/ contains these (any case)
//! writes = ["content/news"]   # optional: where this run may write besides public/
//! exists = ["public/CNAME"]   # optional: paths that must exist after the run
//! missing = [".public.building-1-0"]   # optional: paths that must not
//! env = { SOURCE_DATE_EPOCH = "x" }    # optional
//! [[run.file]]                # written before this run; `text`, or `repeat` × `times`
//! path = "content/news/2024-07-01-x.en.md"   # between `head` and `tail`
//! text = "+++\ntitle = \"X\"\n+++\n"
//! ```

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;

/// Longer than any case takes; a run that takes longer hangs.
const TIME_LIMIT: Duration = Duration::from_secs(120);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    run: Vec<Run>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Run {
    args: Vec<String>,
    #[serde(default)]
    status: i32,
    #[serde(default)]
    errors: Vec<String>,
    error_count: Option<usize>,
    #[serde(default)]
    stderr_lacks: Vec<String>,
    #[serde(default)]
    output_lacks: Vec<String>,
    #[serde(default)]
    writes: Vec<String>,
    #[serde(default)]
    exists: Vec<String>,
    #[serde(default)]
    missing: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    file: Vec<File>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    path: String,
    text: Option<String>,
    #[serde(default)]
    head: String,
    repeat: Option<String>,
    #[serde(default)]
    times: usize,
    #[serde(default)]
    tail: String,
}

impl File {
    fn contents(&self) -> String {
        match (&self.text, &self.repeat) {
            (Some(text), None) => text.clone(),
            (None, Some(repeat)) => {
                format!("{}{}{}", self.head, repeat.repeat(self.times), self.tail)
            }
            _ => panic!("{}: give `text`, or `repeat` and `times`", self.path),
        }
    }
}

#[test]
fn hostile_cases_are_refused_or_handled_and_never_crash() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "the cases are in {}", dir.display());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| run_case(case).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} hostile cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

fn run_case(path: &Path) -> Result<(), String> {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap();
    let case: Case = toml::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
    let site = support::Site::copy("multilingual");
    for (i, run) in case.run.iter().enumerate() {
        let label = format!("{name} (run {}: bulletin {})", i + 1, run.args.join(" "));
        for file in &run.file {
            let target = site.path(&file.path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&target, file.contents()).unwrap();
        }
        let before = tree(&site.root, &run.writes);
        let (status, stderr) = execute(&site.root, run).map_err(|e| format!("{label}: {e}"))?;
        let fail = |what: String| format!("{label}: {what}\n--- stderr ---\n{stderr}");
        if stderr.contains("panicked at") {
            return Err(fail("panicked".into()));
        }
        if status != run.status {
            return Err(fail(format!(
                "exit status {status}, expected {}",
                run.status
            )));
        }
        for wanted in &run.errors {
            if !stderr.contains(wanted.as_str()) {
                return Err(fail(format!("no `{wanted}` in stderr")));
            }
        }
        let count = stderr.lines().filter(|l| l.starts_with("error:")).count();
        if let Some(expected) = run.error_count
            && count != expected
        {
            return Err(fail(format!("{count} errors, expected {expected}")));
        }
        for lacking in &run.stderr_lacks {
            if stderr.contains(lacking.as_str()) {
                return Err(fail(format!("stderr has `{}`", lacking.escape_debug())));
            }
        }
        let after = tree(&site.root, &run.writes);
        let changed: Vec<&String> = after
            .iter()
            .filter(|(p, stamp)| before.get(*p) != Some(stamp))
            .map(|(p, _)| p)
            .chain(before.keys().filter(|p| !after.contains_key(*p)))
            .collect();
        if !changed.is_empty() {
            return Err(fail(format!(
                "written outside the output folder: {changed:?}"
            )));
        }
        for p in &run.exists {
            if site.path(p).symlink_metadata().is_err() {
                return Err(fail(format!("`{p}` is gone")));
            }
        }
        for p in &run.missing {
            if site.path(p).symlink_metadata().is_ok() {
                return Err(fail(format!("`{p}` is still there")));
            }
        }
        if !run.output_lacks.is_empty() {
            for entry in walkdir::WalkDir::new(site.path("public"))
                .into_iter()
                .flatten()
            {
                if !entry.file_type().is_file() {
                    continue;
                }
                let text =
                    String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).to_lowercase();
                for lacking in &run.output_lacks {
                    if text.contains(&lacking.to_lowercase()) {
                        return Err(fail(format!(
                            "{} contains `{lacking}`",
                            entry.path().display()
                        )));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Runs the binary in `root` within [`TIME_LIMIT`]: its exit status (a signal is an error) and
/// standard error.
fn execute(root: &Path, run: &Run) -> Result<(i32, String), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(&run.args)
        .current_dir(root)
        .envs(&run.env)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {TIME_LIMIT:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = reader.join().unwrap();
    match status.code() {
        Some(code) => Ok((code, stderr)),
        None => Err(format!("killed by a signal ({status})\n{stderr}")),
    }
}

/// Every file below `root` with its length and modification time, leaving out the output
/// folder, its lock and staging folders, and the `allowed` folders.
fn tree(root: &Path, allowed: &[String]) -> BTreeMap<String, (u64, SystemTime)> {
    let skipped = |rel: &str| {
        rel == "public"
            || rel.starts_with("public/")
            || rel.starts_with(".public.")
            || allowed
                .iter()
                .any(|a| rel == a || rel.starts_with(&format!("{a}/")))
    };
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| {
            let rel = e.path().strip_prefix(root).unwrap().to_string_lossy();
            !skipped(&rel)
        })
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let meta = e.metadata().unwrap();
            (rel, (meta.len(), meta.modified().unwrap()))
        })
        .collect()
}
