//! The Tera engine: the theme's templates, each syntax or reference error located in its file,
//! and the functions templates call (`t()`, `date()`… from [`crate::i18n`], `url()`, `asset()`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::Tera;

use super::url_function;
use crate::error::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::theme::ThemeFiles;

/// The templates every theme must have.
pub const REQUIRED_TEMPLATES: &[&str] = &[
    "index.html",
    "section.html",
    "page.html",
    "tags.html",
    "tag.html",
    "root.html",
    "404.html",
    "redirect.html",
    "robots.txt",
];

/// Builds the Tera engine; template syntax errors are collected with their locations.
pub fn engine(
    theme: &ThemeFiles,
    i18n: Arc<I18n>,
    assets: BTreeMap<String, String>,
    targets: Arc<url_function::Targets>,
) -> (Tera, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut tera = Tera::default();
    crate::i18n::functions::register(&mut tera, i18n);
    url_function::register(&mut tera, targets);
    tera.register_function("asset", move |kwargs: tera::Kwargs, _: &tera::State| {
        let path = kwargs.must_get::<&str>("path")?;
        assets
            .get(path.trim_start_matches('/'))
            .cloned()
            .ok_or_else(|| {
                tera::Error::message(format!("asset(): there is no static file `{path}`"))
            })
    });
    // Add templates one by one first, so every syntax error is reported, not only the first.
    let mut good = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    for (name, file) in &theme.templates {
        let mut probe = Tera::default();
        probe.register_from(&tera);
        match probe.add_raw_template(name, &file.text) {
            Err(e) if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) => {
                problems.push(tera_diagnostic(&e, theme));
                failed.push(name.clone());
            }
            // Missing parents and the like show up when all templates are added together.
            _ => good.push((name.as_str(), file.text.as_str())),
        }
    }
    // Then together, which checks what templates refer to (filters, functions, includes,
    // parents). A template that fails is left out and the rest tried again, so one bad
    // template costs only its own pages and the other templates' errors are still found.
    loop {
        let mut attempt = Tera::default();
        attempt.register_from(&tera);
        let Err(e) = attempt.add_raw_templates(good.iter().copied()) else {
            tera = attempt;
            break;
        };
        let (blamed, diagnostics) = reference_errors(&e, theme, &failed);
        let before = good.len();
        good.retain(|(name, _)| !blamed.contains(*name));
        if good.len() == before {
            // Not traced to a template of ours: report it and render nothing from templates.
            problems.push(tera_diagnostic(&e, theme));
            break;
        }
        problems.extend(diagnostics);
        failed.extend(blamed);
    }
    for name in REQUIRED_TEMPLATES {
        if !theme.templates.contains_key(*name) {
            problems.push(
                Diagnostic::error(format!("the theme has no template `{name}`"))
                    .help(format!("add templates/{name} to the site or the theme")),
            );
        }
    }
    (tera, problems)
}

/// The templates that `err`, from adding all templates at once, blames, and the diagnostics to
/// show. A template whose parent or include is among the `failed` ones is blamed silently: its
/// only fault is the other's.
fn reference_errors(
    err: &tera::Error,
    theme: &ThemeFiles,
    failed: &[String],
) -> (BTreeSet<String>, Vec<Diagnostic>) {
    let diagnostic = |name: &str, message: &str| {
        Diagnostic::error(format!("template error: {message}"))
            .in_file(template_file(theme, name))
            .help("run `bulletin docs templates` for the variables and functions templates can use")
    };
    let mut blamed = BTreeSet::new();
    let mut problems = Vec::new();
    match err.kind() {
        tera::ErrorKind::MissingParent { current, parent } => {
            blamed.insert(current.clone());
            if !failed.contains(parent) {
                problems.push(diagnostic(current, &err.to_string()));
            }
        }
        tera::ErrorKind::CircularExtend { tpl, .. }
        | tera::ErrorKind::CircularInclude { tpl, .. } => {
            blamed.insert(tpl.clone());
            problems.push(diagnostic(tpl, &err.to_string()));
        }
        // Unknown filters, functions, tests and includes, and blocks no parent has: Tera
        // joins one report per problem, each pointing at `--> name:line:column`.
        tera::ErrorKind::Msg(message) => {
            for report in message.split("\n\n") {
                let mut lines = report.lines();
                let (Some(what), Some(place)) = (lines.next(), lines.next()) else {
                    continue;
                };
                let Some((name, line, column)) = place
                    .trim()
                    .strip_prefix("--> ")
                    .and_then(|p| p.rsplit_once(':'))
                    .and_then(|(rest, column)| {
                        let (name, line) = rest.rsplit_once(':')?;
                        Some((name, line.parse().ok()?, column.parse().ok()?))
                    })
                else {
                    continue;
                };
                blamed.insert(name.to_string());
                let what = what.strip_prefix("error: ").unwrap_or(what);
                let consequence = failed
                    .iter()
                    .any(|f| what == format!("Unknown template `{f}`"));
                if !consequence {
                    problems
                        .push(diagnostic(name, what).at(crate::error::Position { line, column }));
                }
            }
        }
        _ => {}
    }
    (blamed, problems)
}

/// The file a template name comes from, for messages.
fn template_file(theme: &ThemeFiles, name: &str) -> PathBuf {
    theme
        .templates
        .get(name)
        .map(|f| f.display.clone())
        .unwrap_or_else(|| Path::new("templates").join(name))
}

/// A Tera error as a diagnostic in the template's file.
pub fn tera_diagnostic(err: &tera::Error, theme: &ThemeFiles) -> Diagnostic {
    let file_of = |name: &str| template_file(theme, name);
    match err.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            let message = with_causes(report.message().to_string(), err);
            let what = if matches!(err.kind(), tera::ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            Diagnostic::error(format!("{what}: {message}"))
                .in_file(file_of(report.filename()))
                .at(crate::error::Position {
                    line: span.start_line,
                    column: span.start_col + 1,
                })
                .help("run `bulletin docs templates` for the variables and functions templates can use")
        }
        _ => {
            let message = with_causes(err.to_string(), err);
            Diagnostic::error(format!("template error: {message}"))
                .help("run `bulletin docs templates` for what themes must provide")
        }
    }
}

/// `message` followed by the error's chain of causes (`…: cause: cause of the cause`).
fn with_causes(mut message: String, err: &tera::Error) -> String {
    use std::error::Error as _;
    let mut source = err.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}
