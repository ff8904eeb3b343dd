//! The `bulletin` binary: parse the command line, call the library, print its diagnostics once,
//! set the exit status.

mod cli;

// The pipeline allocates many small strings and values per page, and `serve` frees the previous
// build's after every edit; mimalloc makes a partial rebuild of the 3,000-page benchmark site
// about a quarter faster than glibc's allocator (examples/serve_bench.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
mod summary;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use bulletin::error::Diagnostic;
use clap::Parser;
use cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Init { dir } => {
            let today = jiff::Zoned::now().date();
            match bulletin::init::init(&dir, today) {
                Ok(files) => {
                    for f in files {
                        println!("  created {}", dir.join(f).display());
                    }
                    println!(
                        "A new site is ready. Build it with: bulletin build --root {}",
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(d) => fail(&[d]),
            }
        }
        Command::Import {
            inputs,
            root,
            section,
            lang,
            force,
            dry_run,
        } => {
            let options = bulletin::ImportOptions {
                root: site_root(root),
                inputs,
                section,
                lang,
                force,
                dry_run,
            };
            match bulletin::import(&options) {
                Ok(report) => summary::print(&report),
                Err(failure) => fail(&failure.diagnostics),
            }
        }
        Command::Build {
            root,
            output,
            drafts,
            base_url,
        } => {
            let started = Instant::now();
            let options = bulletin::BuildOptions {
                root: site_root(root),
                output,
                drafts,
                base_url,
                today: None,
            };
            match bulletin::build(&options) {
                Ok(report) => {
                    print_all(&report.warnings);
                    println!(
                        "Built {} pages ({} files) into {} in {} ms{}",
                        report.pages,
                        report.files,
                        report.output.display(),
                        started.elapsed().as_millis(),
                        count_suffix(0, report.warnings.len())
                    );
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(&failure.diagnostics),
            }
        }
        Command::Serve {
            root,
            bind,
            port,
            open,
            drafts,
        } => serve(
            bulletin::serve::ServeOptions {
                root: site_root(root),
                bind,
                port,
                drafts,
            },
            open,
        ),
        Command::Check { root, drafts } => match bulletin::check::check(&site_root(root), drafts) {
            Ok(report) => {
                print_all(&report.warnings);
                println!(
                    "Checked {} pages: no errors{}",
                    report.pages,
                    count_suffix(0, report.warnings.len())
                );
                ExitCode::SUCCESS
            }
            Err(failure) => fail(&failure.diagnostics),
        },
    }
}

fn serve(options: bulletin::serve::ServeOptions, open: bool) -> ExitCode {
    use bulletin::serve::ServeEvent;
    let on_event = move |event: ServeEvent| match event {
        ServeEvent::Listening { url, wanted } => {
            if let Some(port) = wanted {
                println!("Port {port} is in use; took the next free one.");
            }
            println!("Serving the site at {url} (Ctrl-C to stop)");
            if open && let Err(e) = open::that_detached(&url) {
                eprintln!("warning: cannot open a browser: {e}");
            }
        }
        ServeEvent::Built {
            pages,
            rendered,
            elapsed,
            warnings,
        } => {
            print_all(&warnings);
            println!(
                "Built {pages} pages ({rendered} files rendered) in {} ms{}",
                elapsed.as_millis(),
                count_suffix(0, warnings.len())
            );
        }
        ServeEvent::Failed { diagnostics } => {
            print_all(&diagnostics);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "Build failed{}; still serving the last good version.",
                count_suffix(errors, diagnostics.len() - errors)
            );
        }
        ServeEvent::WatchProblem { message } => eprintln!("warning: watching files: {message}"),
    };
    match bulletin::serve::serve(&options, on_event, shutdown_signal()) {
        Ok(()) => {
            println!("Stopped.");
            ExitCode::SUCCESS
        }
        Err(d) => fail(&[d]),
    }
}

/// Ctrl-C, or SIGTERM from a service manager or a test harness.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn site_root(root: Option<PathBuf>) -> PathBuf {
    match root {
        Some(r) => r,
        None => bulletin::find_root(Path::new(".")),
    }
}

pub(crate) fn print_all(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

pub(crate) fn count_suffix(errors: usize, warnings: usize) -> String {
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(format!(
            "{errors} error{}",
            if errors == 1 { "" } else { "s" }
        ));
    }
    if warnings > 0 {
        parts.push(format!(
            "{warnings} warning{}",
            if warnings == 1 { "" } else { "s" }
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn fail(diagnostics: &[Diagnostic]) -> ExitCode {
    print_all(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    eprintln!(
        "Failed{}; nothing was written.",
        count_suffix(errors, warnings)
    );
    ExitCode::FAILURE
}
