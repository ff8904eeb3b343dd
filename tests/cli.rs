//! Transcripts of what users see in the terminal: the real binary's exit status and output on
//! fixture sites, as insta snapshots, so that a changed message is a reviewed change.

use std::path::Path;
use std::process::Command;

/// Runs `bulletin ARGS` in the repository and returns the exit status and what it printed,
/// with the temporary folder `tmp`, whose name differs per run, written `<tmp>`.
fn transcript(args: &[&str], tmp: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the bulletin binary runs");
    format!(
        "$ bulletin {}\nexit status: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        output
            .status
            .code()
            .map_or("signal".into(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    )
    .replace(&tmp.display().to_string(), "<tmp>")
}

/// `bulletin build --root SITE --output <tmp>/public`; the output folder must not appear.
fn failed_build(site: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let output = tmp.path().join("public");
    let text = transcript(
        &[
            "build",
            "--root",
            site,
            "--output",
            output.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(!output.exists(), "a failed build writes nothing");
    text
}

#[test]
fn build_reports_every_error_of_the_errors_fixture() {
    insta::assert_snapshot!(failed_build("tests/fixtures/errors"));
}

#[test]
fn build_reports_front_matter_template_and_message_errors_together() {
    insta::assert_snapshot!(failed_build("tests/fixtures/broken"));
}

#[test]
fn check_counts_warnings_and_says_how_to_translate() {
    let tmp = tempfile::tempdir().unwrap();
    insta::assert_snapshot!(transcript(
        &["check", "--root", "tests/fixtures/multilingual"],
        tmp.path()
    ));
}

#[test]
fn a_folder_without_a_site_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    insta::assert_snapshot!(transcript(
        &["build", "--root", tmp.path().to_str().unwrap()],
        tmp.path()
    ));
}

/// `bulletin translations | head -c1`: a reader that goes away ends the command quietly (as
/// SIGPIPE ends other tools), without a panic message or Rust's exit status 101.
#[test]
fn a_closed_pipe_ends_a_command_without_a_panic() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(["translations", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the bulletin binary runs");
    // Closed before the command has loaded the site: everything it prints has nowhere to go.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}

/// Issue 13, item 22: a malformed `SOURCE_DATE_EPOCH` is an error with a fix, not silently
/// ignored (which would make a build that is not reproducible); a valid one sets the day.
#[test]
fn a_malformed_source_date_epoch_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |epoch: &str| {
        Command::new(env!("CARGO_BIN_EXE_bulletin"))
            .args(["build", "--output"])
            .arg(tmp.path().join("public"))
            .env("SOURCE_DATE_EPOCH", epoch)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the bulletin binary runs")
    };
    let bad = run("yesterday");
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(bad.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SOURCE_DATE_EPOCH `yesterday`") && stderr.contains("help:"),
        "{stderr}"
    );
    let good = run("1727740800");
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
}
