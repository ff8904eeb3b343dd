//! What `bulletin import` prints: one summary per input file (language, title, dates, place,
//! tags, clean-up, warnings), then the counts.

use std::process::ExitCode;

use bulletin::error::printable;

use bulletin::commands::import::{FileAction, FileReport, ImportReport};

pub fn print(report: &ImportReport) -> ExitCode {
    for file in &report.files {
        print_file(file, report.dry_run);
    }
    let count = |o: FileAction| report.files.iter().filter(|f| f.action == o).count();
    let warnings = report
        .files
        .iter()
        .flat_map(|f| &f.diagnostics)
        .filter(|d| !d.is_error())
        .count();
    let errors = report
        .files
        .iter()
        .flat_map(|f| &f.diagnostics)
        .filter(|d| d.is_error())
        .count();
    let verb = if report.dry_run {
        "Would import"
    } else {
        "Imported"
    };
    println!(
        "{verb} {} file{}: {} new, {} updated, {} unchanged, {} kept because edited, {} failed{}",
        report.files.len(),
        if report.files.len() == 1 { "" } else { "s" },
        count(FileAction::Created),
        count(FileAction::Updated),
        count(FileAction::Unchanged),
        count(FileAction::KeptEdited),
        count(FileAction::Failed),
        crate::terminal::count_suffix(errors, warnings),
    );
    if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_file(file: &FileReport, dry_run: bool) {
    let outcome = match (file.action, dry_run) {
        (FileAction::Created, false) => "created",
        (FileAction::Created, true) => "would create",
        (FileAction::Updated, false) => "updated",
        (FileAction::Updated, true) => "would update",
        (FileAction::Unchanged, _) => "unchanged",
        (FileAction::KeptEdited, _) => "kept: edited by hand",
        (FileAction::Failed, _) => "not imported",
    };
    match &file.output {
        Some(out) => println!(
            "{} → {} ({outcome})",
            printable(&file.input),
            printable(&out.display().to_string())
        ),
        None => println!("{} ({outcome})", printable(&file.input)),
    }
    if let Some(a) = &file.article {
        match &a.detected {
            Some(d) => println!(
                "  language  {} ({}, confidence {:.2})",
                a.lang, d.name, d.confidence
            ),
            None => println!("  language  {} (given with --lang)", a.lang),
        }
        println!("  title     {}", a.title);
        if let Some(d) = &a.description {
            println!("  lead      {d}");
        }
        let dates = if a.dates_found.is_empty() {
            "none".to_string()
        } else {
            a.dates_found.join("; ")
        };
        println!("  dates     {dates}");
        if let Some(e) = &a.event {
            let place = match (&e.location, e.online) {
                (Some(l), true) => format!("{l}, online"),
                (Some(l), false) => l.clone(),
                (None, true) => "online".into(),
                (None, false) => "not found".into(),
            };
            println!("  location  {place}");
        }
        if !a.tags.is_empty() {
            println!("  tags      {}", a.tags.join(", "));
        }
        if a.debris_lines + a.repeated_blocks > 0 || a.encoding != "UTF-8" {
            println!(
                "  cleaned   {} line{} of debris, {} repeated block{}; read as {}",
                a.debris_lines,
                if a.debris_lines == 1 { "" } else { "s" },
                a.repeated_blocks,
                if a.repeated_blocks == 1 { "" } else { "s" },
                a.encoding
            );
        }
    }
    crate::terminal::print_all(&file.diagnostics);
    if dry_run && let Some(text) = &file.text {
        println!(
            "{}",
            text.trim_end()
                .lines()
                .map(|l| format!("  │ {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
