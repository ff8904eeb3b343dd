//! The `bulletin` binary: parse the command line, call the library, print its diagnostics once,
//! set the exit status.

mod cli;

// The pipeline allocates many small strings and values per page, and `serve` frees the previous
// build's after every edit; mimalloc makes a partial rebuild of the 3,000-page benchmark site
// about a quarter faster than glibc's allocator (examples/serve_bench.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
mod summary;
mod terminal;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use bulletin::error::Diagnostic;
use clap::Parser;
use cli::{Cli, Command};
use terminal::{count_suffix, print_all};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        end_quietly_on_a_closed_pipe();
    }
    match cli.command {
        Command::Init { dir, github_pages } => {
            let today = match bulletin::config::build_day() {
                Ok(day) => day,
                Err(d) => return fail(&[d]),
            };
            let made = bulletin::commands::init::init(&dir, today).and_then(|mut files| {
                if github_pages {
                    files.push(bulletin::commands::init::github_pages_workflow(&dir)?);
                }
                Ok(files)
            });
            match made {
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
            base_url,
        } => serve(
            bulletin::serve::ServeOptions {
                root: site_root(root),
                bind,
                port,
                drafts,
                base_url,
            },
            open,
        ),
        Command::Translations {
            action: Some(action),
            ..
        } => translations_exchange(action),
        Command::Translations {
            action: None,
            diff: Some(file),
            root,
            ..
        } => match bulletin::commands::translations::diff(&site_root(root), &file) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(failure) => fail(&failure.diagnostics),
        },
        Command::Translations {
            action: None,
            diff: None,
            root,
            format,
            fail_on,
        } => translations(&site_root(root), format, &fail_on),
        Command::Translate {
            article,
            to,
            done,
            force,
            root,
        } => {
            let options = bulletin::commands::translate::TranslateOptions {
                root: site_root(root),
                article,
                to,
                done,
                force,
            };
            match bulletin::commands::translate::translate(&options) {
                Ok(bulletin::commands::translate::Translated::Created { file, from }) => {
                    println!(
                        "Created {} as a draft, with the {from} text to translate.",
                        file.display()
                    );
                    println!(
                        "When it is translated and reviewed: bulletin translate {} --to {} --done",
                        file.display(),
                        options.to
                    );
                    ExitCode::SUCCESS
                }
                Ok(bulletin::commands::translate::Translated::Recorded {
                    file,
                    from,
                    unchanged,
                    draft,
                    published,
                }) => {
                    if unchanged {
                        println!(
                            "{} was already up to date with its {from} source.",
                            file.display()
                        );
                    } else {
                        println!(
                            "{} is now recorded as up to date with its {from} source.",
                            file.display()
                        );
                    }
                    if published {
                        println!("It is no longer a draft: the next build publishes it.");
                    }
                    if draft {
                        println!(
                            "It is still a draft, like its source: remove `draft = true` from both to publish them."
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(&failure.diagnostics),
            }
        }
        Command::Newsletter {
            root,
            lang,
            all_languages,
            since,
            issue,
        } => {
            let started = Instant::now();
            let languages = match (lang, all_languages) {
                (Some(code), _) => bulletin::commands::newsletter::Languages::One(code),
                (None, true) => bulletin::commands::newsletter::Languages::All,
                (None, false) => bulletin::commands::newsletter::Languages::Default,
            };
            let options = bulletin::commands::newsletter::NewsletterOptions {
                root: site_root(root),
                languages,
                since,
                issue,
                today: match bulletin::config::build_day() {
                    Ok(day) => day,
                    Err(d) => return fail(&[d]),
                },
            };
            match bulletin::commands::newsletter::newsletter(&options) {
                Ok(report) => {
                    print_newsletter(&report, started);
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(&failure.diagnostics),
            }
        }
        Command::I18n {
            action: cli::I18nAction::Missing { lang, root, output },
        } => match bulletin::commands::i18n::missing(&site_root(root), &lang, output) {
            Ok(m) if m.messages == 0 => {
                println!("`{lang}` has every UI message of the theme: nothing to translate.");
                ExitCode::SUCCESS
            }
            Ok(m) => {
                println!(
                    "Wrote {} messages to translate into {}.",
                    m.messages,
                    m.file.display()
                );
                ExitCode::SUCCESS
            }
            Err(failure) => fail(&failure.diagnostics),
        },
        Command::Docs { topic } => match bulletin::commands::docs::docs(topic.as_deref()) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(d) => fail(&[d]),
        },
        Command::Check {
            root,
            drafts,
            base_url,
        } => match bulletin::commands::check::check(&site_root(root), drafts, base_url) {
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

/// `bulletin translations export` and `import`.
fn translations_exchange(action: cli::TranslationsAction) -> ExitCode {
    use bulletin::commands::exchange;
    match action {
        cli::TranslationsAction::Export {
            to,
            format,
            stale_only,
            output,
            root,
        } => {
            let options = exchange::ExportOptions {
                root: site_root(root),
                to,
                format: match format {
                    cli::Exchange::Po => exchange::Format::Po,
                    cli::Exchange::Xliff => exchange::Format::Xliff,
                },
                stale_only,
                output,
            };
            match exchange::export(&options) {
                Ok(done) => {
                    for (name, state, units, untranslated, fuzzy) in &done.files {
                        println!(
                            "{name}: {} ({units} texts, {untranslated} untranslated, {fuzzy} to review)",
                            state.name()
                        );
                    }
                    println!(
                        "Wrote {} file{} into {}. When translated: bulletin translations import {}/*.{}",
                        done.files.len(),
                        if done.files.len() == 1 { "" } else { "s" },
                        done.folder.display(),
                        done.folder.display(),
                        options.format.extension()
                    );
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(&failure.diagnostics),
            }
        }
        cli::TranslationsAction::Import { files, root } => {
            match exchange::import(&site_root(root), &files) {
                Ok(done) => {
                    for imported in &done {
                        let what = if imported.written {
                            "wrote"
                        } else {
                            "unchanged"
                        };
                        let mut line = format!(
                            "{}: {what} {} ({})",
                            imported.file.display(),
                            imported.translation.display(),
                            imported.state.name()
                        );
                        if !imported.untranslated.is_empty() {
                            line.push_str(&format!(
                                "; untranslated: {}",
                                imported.untranslated.join(", ")
                            ));
                        }
                        if !imported.fuzzy.is_empty() {
                            line.push_str(&format!(
                                "; to review (fuzzy): {}",
                                imported.fuzzy.join(", ")
                            ));
                        }
                        println!("{line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(&failure.diagnostics),
            }
        }
    }
}

fn translations(root: &Path, format: cli::Format, fail_on: &[cli::FailOn]) -> ExitCode {
    use bulletin::commands::translations::State;
    let status = match bulletin::commands::translations::load_status(root) {
        Ok(s) => s,
        Err(failure) => return fail(&failure.diagnostics),
    };
    match format {
        cli::Format::Json => match serde_json::to_string_pretty(&status.articles) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        },
        cli::Format::Table => print!("{}", translations_table(&status)),
    }
    let states: Vec<State> = fail_on
        .iter()
        .map(|f| match f {
            cli::FailOn::Missing => State::Missing,
            cli::FailOn::Draft => State::Draft,
            cli::FailOn::Stale => State::Stale,
            cli::FailOn::Orphaned => State::Orphaned,
        })
        .collect();
    if status.any(&states) {
        let names: Vec<&str> = states.iter().map(|s| s.name()).collect();
        eprintln!("Failed: some translations are {}.", names.join(" or "));
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One row per article, one column per language, then the totals.
fn translations_table(status: &bulletin::commands::translations::Status) -> String {
    use bulletin::commands::translations::State;
    use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
    let languages: Vec<&String> = status.totals.keys().collect();
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // The terminal's width (comfy_table asks the terminal; `COLUMNS` when piped), 100 when
    // unknown. Below 100 columns the cells are abbreviated (`stale←de`), with a legend.
    let width = table
        .width()
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(100);
    table.set_width(width);
    let narrow = width < 100;
    let mut header = vec!["article".to_string()];
    header.extend(languages.iter().map(|l| l.to_string()));
    table.set_header(header);
    for article in &status.articles {
        let mut row = vec![article.key.clone()];
        for lang in &languages {
            let version = &article.languages[*lang];
            row.push(if narrow {
                version.abbreviate()
            } else {
                version.describe()
            });
        }
        table.add_row(row);
    }
    let mut out = format!("{table}\n");
    if narrow {
        out.push_str("orig: the original; ←de: translated from de; *: marked draft\n");
    }
    for (lang, counts) in &status.totals {
        let parts: Vec<String> = State::ALL
            .iter()
            .map(|s| format!("{} {}", counts.get(s).copied().unwrap_or(0), s.name()))
            .collect();
        out.push_str(&format!("{lang}: {}\n", parts.join(", ")));
    }
    out
}

fn print_newsletter(report: &bulletin::commands::newsletter::NewsletterReport, started: Instant) {
    use bulletin::commands::newsletter::Reason;
    print_all(&report.build.warnings);
    let how = match &report.reason {
        Reason::Issue(n) => format!("the articles whose front matter says `issue = {n}`"),
        Reason::Since(day) => format!("the articles published on or after {day}"),
        Reason::IssueAndSince(n, day) => format!(
            "the articles marked `issue = {n}` and those published on or after {day}"
        ),
        Reason::AfterPrevious { previous, since } => format!(
            "no --since or --issue given, so the articles published on or after {since} (the date of issue {previous}) that are in no issue yet"
        ),
        Reason::NotInAnyIssue => {
            "no --since or --issue given and no earlier issue, so every article that is in no issue yet".to_string()
        }
    };
    let count = report.articles.len();
    println!(
        "{} issue {} in {}: {count} article{}, {how}.",
        if report.replaced {
            "Recorded again"
        } else {
            "Recorded"
        },
        report.number,
        report.record.display(),
        if count == 1 { "" } else { "s" },
    );
    for key in &report.articles {
        println!("  {key}");
    }
    println!(
        "Built {} pages ({} files) into {} in {} ms{}",
        report.build.pages,
        report.build.files,
        report.build.output.display(),
        started.elapsed().as_millis(),
        count_suffix(0, report.build.warnings.len())
    );
    println!("E-mail edition ({}):", report.languages.join(", "));
    for file in &report.files {
        println!("  {}", report.build.output.join(file).display());
    }
    println!("Web version:");
    for url in &report.web {
        println!("  {url}");
    }
    if report.unsubscribe_configured {
        println!("Unsubscribe link: {}", report.unsubscribe);
    } else {
        println!(
            "Unsubscribe link: {} (set [newsletter] mailer = \"listmonk\", \"mailchimp\" or \"buttondown\", or unsubscribe_url, in bulletin.toml for your mailing tool)",
            report.unsubscribe
        );
    }
}

fn site_root(root: Option<PathBuf>) -> PathBuf {
    match root {
        Some(r) => r,
        None => bulletin::find_root(Path::new(".")),
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

/// `bulletin translations | head -1`: when the reader of our output goes away, end as other
/// command-line tools do (killed by SIGPIPE, which shells do not report) instead of panicking
/// in `println!`. Rust ignores SIGPIPE so that writes fail with an error instead; this puts
/// back the default for the commands that only print. `serve` keeps Rust's choice: a browser
/// that closes a connection must not end the server.
fn end_quietly_on_a_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any thread is started; SIG_DFL is a valid
    // disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
