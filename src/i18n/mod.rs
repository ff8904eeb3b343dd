//! UI strings and locale-aware formatting.
//!
//! Fluent catalogs come from the theme (`themes/<name>/i18n/<lang>/*.ftl`) and the site
//! (`i18n/<lang>/*.ftl`, whose messages replace the theme's message of the same id). A message
//! missing in a language falls back along the language's chain
//! ([`crate::config::Language::fallback`]: the configured fallback or English, the default
//! language, English). Plural rules are CLDR's, through
//! fluent-bundle. Dates and numbers are formatted by ICU4X ([`format`]), numbers in messages
//! too.

pub mod format;
pub mod functions;
pub mod plurals;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Position};
use crate::theme::{Layer, SourceFile};

type Bundle = FluentBundle<FluentResource>;

/// Where a message was defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub file: PathBuf,
    pub position: Position,
    /// Whether the theme or the site defines it.
    pub layer: Layer,
    /// Variables the message refers to (`$count`).
    pub variables: Vec<String>,
}

/// Fluent bundles and ICU formatters for every configured language, and bundles for the
/// languages their UI text falls back to.
pub struct I18n {
    bundles: HashMap<String, Bundle>,
    default_language: String,
    /// Configured language → the languages its messages fall back to, in order
    /// ([`crate::config::Language::fallback`]).
    chains: HashMap<String, Vec<String>>,
    /// Languages with at least one catalog file, of the theme or of the site.
    catalogued: std::collections::BTreeSet<String>,
    /// Language → message id → where it is defined (the winning definition).
    pub definitions: BTreeMap<String, BTreeMap<String, Definition>>,
    pub formats: HashMap<String, format::Formats>,
    /// Language → the smallest whole number of each of its plural categories
    /// ([`plurals::samples`]).
    samples: HashMap<String, Vec<(&'static str, u32)>>,
}

/// Why a message could not be formatted.
#[derive(Debug)]
pub enum MessageError {
    Missing,
    Format(String),
}

impl I18n {
    /// Loads the catalogs of every configured language from `sources` (the theme's files first,
    /// then the site's); all syntax errors are collected.
    pub fn load(config: &Config, sources: &[SourceFile]) -> (I18n, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut bundles = HashMap::new();
        let mut definitions = BTreeMap::new();
        let mut formats = HashMap::new();
        let mut samples = HashMap::new();
        let catalogued: std::collections::BTreeSet<String> = sources
            .iter()
            .filter(|f| f.name.ends_with(".ftl"))
            .filter_map(|f| f.name.strip_prefix("i18n/")?.split('/').next())
            .map(str::to_string)
            .collect();
        // The configured languages, then the languages they fall back to that the site does
        // not publish in (their bundles serve only as fallbacks).
        let mut wanted: Vec<(String, unic_langid::LanguageIdentifier, bool)> = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.locale.clone(), l.rtl))
            .collect();
        for lang in &config.languages {
            for code in &lang.fallback {
                if !wanted.iter().any(|(c, _, _)| c == code)
                    && let Ok(id) = code.parse::<unic_langid::LanguageIdentifier>()
                {
                    let rtl = matches!(
                        id.character_direction(),
                        unic_langid::CharacterDirection::RTL
                    );
                    wanted.push((code.clone(), id, rtl));
                }
            }
        }
        for lang in &config.languages {
            if !catalogued.contains(&lang.code) {
                let stand_in = lang
                    .fallback
                    .iter()
                    .find(|c| catalogued.contains(*c))
                    .map_or("none", String::as_str);
                problems.push(
                    Diagnostic::warning(format!(
                        "there is no UI text for `{}`: its pages show the theme's words in `{stand_in}`",
                        lang.code
                    ))
                    .in_file(crate::config::CONFIG_FILE)
                    .help(format!(
                        "`bulletin i18n missing {}` writes every message to translate into i18n/{}/; or choose the stand-in with [languages.{}] fallback = [\"…\"]",
                        lang.code, lang.code, lang.code
                    )),
                );
            }
        }
        for (code, locale, rtl) in &wanted {
            let lang = LangRef {
                code: code.as_str(),
                locale,
                rtl: *rtl,
            };
            let mut bundle = FluentBundle::new_concurrent(vec![lang.locale.clone()]);
            // Bidi isolation marks are needed only where right-to-left text is involved.
            bundle.set_use_isolating(lang.rtl);
            bundle.set_formatter(Some(fluent_number));
            // Plural variants by ICU4X's rules, not fluent-bundle's older ones ([`plurals`]).
            let icu_locale: icu::locale::Locale = lang
                .locale
                .to_string()
                .parse()
                .unwrap_or(icu::locale::Locale::UNKNOWN);
            if let Ok(rules) = icu::plurals::PluralRules::try_new_cardinal(icu_locale.into())
                .or_else(|_| {
                    icu::plurals::PluralRules::try_new_cardinal(icu::locale::Locale::UNKNOWN.into())
                })
            {
                samples.insert(lang.code.to_string(), plurals::samples(&rules));
                let _ = bundle.add_function(plurals::FUNCTION, plurals::function(rules));
            }
            let mut defined: BTreeMap<String, Definition> = BTreeMap::new();
            let dir = format!("i18n/{}/", lang.code);
            for file in sources
                .iter()
                .filter(|f| f.name.starts_with(&dir) && f.name.ends_with(".ftl"))
            {
                // The Fluent parser recurses into placeables: a catalog nesting `{` thousands
                // deep would overflow the stack, so it is refused before parsing.
                if let Some(offset) = too_deep(&file.text) {
                    problems.push(
                        Diagnostic::error(format!(
                            "placeables `{{ … }}` nest more than {MAX_PLACEABLE_NESTING} deep here"
                        ))
                        .in_file(&file.display)
                        .at_offset(&file.text, offset)
                        .help("a message needs a few levels at most; remove the extra braces"),
                    );
                    continue;
                }
                let text = plurals::rewrite(&file.text).unwrap_or_else(|| file.text.clone());
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(
                                Diagnostic::error(format!("Fluent syntax error: {}", e.kind))
                                    .in_file(&file.display)
                                    .at_offset(&file.text, e.pos.start)
                                    .help("see https://projectfluent.org/fluent/guide/ for the syntax"),
                            );
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let position = Position::of_offset(
                            &file.text,
                            definition_offset(&file.text, m.id.name),
                        );
                        let previous = defined.insert(
                            m.id.name.to_string(),
                            Definition {
                                file: file.display.clone(),
                                position,
                                layer: file.layer,
                                variables: message_variables(m),
                            },
                        );
                        if let Some(previous) = previous
                            && file.layer == previous.layer
                        {
                            problems.push(
                                Diagnostic::error(format!(
                                    "the message `{}` is defined twice",
                                    m.id.name
                                ))
                                .in_file(&file.display)
                                .at(position)
                                .help(format!(
                                    "the first definition is in {}:{}; remove one of them",
                                    previous.file.display(),
                                    previous.position.line
                                )),
                            );
                        }
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            if config.language(lang.code).is_some() {
                formats.insert(
                    lang.code.to_string(),
                    format::Formats::new(&lang.locale.to_string()),
                );
                definitions.insert(lang.code.to_string(), defined);
            }
            bundles.insert(lang.code.to_string(), bundle);
        }
        let chains = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.fallback.clone()))
            .collect();
        (
            I18n {
                bundles,
                default_language: config.default_language.clone(),
                chains,
                catalogued,
                definitions,
                formats,
                samples,
            },
            problems,
        )
    }

    /// `lang`, then the languages its UI text falls back to.
    fn chain<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a str> {
        let rest: &[String] = self.chains.get(lang).map_or(&[], Vec::as_slice);
        std::iter::once(lang)
            .chain(rest.iter().map(String::as_str))
            .chain(std::iter::once(self.default_language.as_str()))
    }

    /// The language of the UI text on pages in `lang`: `lang` when it has a catalog, else the
    /// first of its fallbacks that has one. Templates mark UI text with it when it differs.
    pub fn ui_language<'a>(&'a self, lang: &'a str) -> &'a str {
        self.chain(lang)
            .find(|code| self.catalogued.contains(*code))
            .unwrap_or(lang)
    }

    /// Formats message `key` in `lang`, falling back to the default language.
    pub fn message(
        &self,
        lang: &str,
        key: &str,
        args: &FluentArgs,
    ) -> Result<String, MessageError> {
        for code in self.chain(lang) {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(message) = bundle.get_message(key) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                return Err(MessageError::Format(format!(
                    "the message `{key}` has no value"
                )));
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if let Some(e) = errors.first() {
                return Err(MessageError::Format(format!(
                    "the message `{key}` in `{code}`: {e}"
                )));
            }
            return Ok(text.into_owned());
        }
        Err(MessageError::Missing)
    }

    /// A whole number of each plural category of `lang` (`one` → 1, `few` → 2 in Polish…),
    /// for messages that a page's script completes with a count it learns later: the message
    /// is formatted once per category and the script picks by the count's category.
    pub fn plural_samples(&self, lang: &str) -> &[(&'static str, u32)] {
        self.samples.get(lang).map_or(&[], Vec::as_slice)
    }

    pub fn formats(&self, lang: &str) -> &format::Formats {
        self.formats
            .get(lang)
            .or_else(|| self.formats.get(&self.default_language))
            .expect("formats exist for every configured language")
    }
}

/// What loading needs of a language: code, locale and direction.
struct LangRef<'a> {
    code: &'a str,
    locale: &'a unic_langid::LanguageIdentifier,
    rtl: bool,
}

/// Numbers in Fluent messages (`t(key=…, count=1234)`), formatted per locale like `number()`:
/// Fluent itself writes `1234` in every language.
fn fluent_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    // Number literals in a message (`1.50`) ask for their digits after the separator.
    let min_fraction_digits = n.options.minimum_fraction_digits.unwrap_or(0);
    memoizer
        .with_try_get::<format::Numbers, _, _>((), |numbers| {
            numbers.format(n.value, min_fraction_digits.min(20) as i16)
        })
        .ok()
}

/// Byte offset of the line that defines message `id` (`id = …` at the start of a line).
fn definition_offset(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

/// The `$variables` a message refers to, anywhere in its value or attributes.
fn message_variables(message: &ast::Message<&str>) -> Vec<String> {
    let mut vars = Vec::new();
    if let Some(pattern) = &message.value {
        pattern_variables(pattern, &mut vars);
    }
    for attr in &message.attributes {
        pattern_variables(&attr.value, &mut vars);
    }
    vars.sort();
    vars.dedup();
    vars
}

fn pattern_variables(pattern: &ast::Pattern<&str>, vars: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                pattern_variables(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
            for n in &arguments.named {
                inline_variables(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}
/// How deep placeables may nest in a Fluent catalog.
pub const MAX_PLACEABLE_NESTING: usize = 32;

/// Where `{` first nests deeper than [`MAX_PLACEABLE_NESTING`] in a catalog's text, if it does.
/// Braces are counted as written: one inside a string literal can only make the count larger,
/// and no real message comes near the limit.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, c) in text.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_NESTING {
                    return Some(offset);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '\n' if !text[offset + 1..].starts_with([' ', '\t']) => depth = 0,
            _ => {}
        }
    }
    None
}
