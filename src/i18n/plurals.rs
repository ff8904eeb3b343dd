//! Plural variants chosen by ICU4X's plural rules, the current CLDR's.
//!
//! fluent-bundle selects `[one]`, `[few]`… with its own rules, frozen at CLDR 36 (2019). Some
//! languages changed since: in Romanian 101–119 are `few` ("101 articole"), CLDR 36 says
//! `other` ("101 de articole"); Italian, Spanish, French and Portuguese gained `many` for
//! millions. So that every language follows one set of rules, the same as our dates and
//! numbers, each catalog is rewritten as it is loaded: a select on a variable whose variants
//! are plural categories selects on `PLURAL($var)` instead, a function that answers with the
//! category from ICU4X. Exact-number variants (`[0]`) keep winning, as Fluent specifies: they
//! become `[n0]`, and `PLURAL` answers `n0` for 0 when the select has one.
//!
//! A catalog with syntax errors is loaded as written, so that its errors point at the text
//! the translator wrote.

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use icu::plurals::{PluralCategory, PluralRules};

/// The function that catalogs call after [`rewrite`].
pub const FUNCTION: &str = "PLURAL";

/// The named argument listing a select's exact-number variants.
const EXACT: &str = "exact";

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `text` with its plural selects turned into `PLURAL(…)` selects, or `None` when it has none
/// (or does not parse cleanly).
pub fn rewrite(text: &str) -> Option<String> {
    let mut resource = fluent_syntax::parser::parse(text.to_string()).ok()?;
    let mut changed = false;
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &mut m.value {
                    changed |= pattern(value);
                }
                for attribute in &mut m.attributes {
                    changed |= pattern(&mut attribute.value);
                }
            }
            ast::Entry::Term(t) => {
                changed |= pattern(&mut t.value);
                for attribute in &mut t.attributes {
                    changed |= pattern(&mut attribute.value);
                }
            }
            _ => {}
        }
    }
    changed.then(|| fluent_syntax::serializer::serialize(&resource))
}

fn pattern(pattern: &mut ast::Pattern<String>) -> bool {
    let mut changed = false;
    for element in &mut pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            changed |= expression_(expression);
        }
    }
    changed
}

fn expression_(expression: &mut ast::Expression<String>) -> bool {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let mut changed = false;
            for variant in variants.iter_mut() {
                changed |= pattern(&mut variant.value);
            }
            let is_plural = variants
                .iter()
                .any(|v| matches!(&v.key, ast::VariantKey::Identifier { name } if name != "other"))
                && variants.iter().all(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => CATEGORIES.contains(&name.as_str()),
                    ast::VariantKey::NumberLiteral { value } => value.parse::<u64>().is_ok(),
                });
            let ast::InlineExpression::VariableReference { .. } = selector else {
                return changed;
            };
            if !is_plural {
                return changed;
            }
            let exact: Vec<String> = variants
                .iter_mut()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { value } => {
                        let value = value.clone();
                        v.key = ast::VariantKey::Identifier {
                            name: format!("n{value}"),
                        };
                        Some(value)
                    }
                    ast::VariantKey::Identifier { .. } => None,
                })
                .collect();
            let variable = std::mem::replace(
                selector,
                ast::InlineExpression::StringLiteral {
                    value: String::new(),
                },
            );
            *selector = ast::InlineExpression::FunctionReference {
                id: ast::Identifier {
                    name: FUNCTION.to_string(),
                },
                arguments: ast::CallArguments {
                    positional: vec![variable],
                    named: vec![ast::NamedArgument {
                        name: ast::Identifier {
                            name: EXACT.to_string(),
                        },
                        value: ast::InlineExpression::StringLiteral {
                            value: exact.join(" "),
                        },
                    }],
                },
            };
            true
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_(expression)
        }
        ast::Expression::Inline(_) => false,
    }
}

/// `PLURAL($n, exact: "0 1")`: `n0` when `$n` is one of the exact numbers, else `$n`'s
/// plural category by `rules`. Anything but a number is passed through, so a select on a
/// string still compares strings.
pub fn function(
    rules: PluralRules,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional, named| {
        let Some(value) = positional.first() else {
            return FluentValue::Error;
        };
        let FluentValue::Number(number) = value else {
            return value.clone();
        };
        let n = number.value;
        if let Some(FluentValue::String(exact)) = named.get(EXACT)
            && exact
                .split_whitespace()
                .any(|e| e.parse::<f64>().is_ok_and(|e| e == n))
        {
            return FluentValue::String(format!("n{n}").into());
        }
        // Operands as written: "1.50" (two fraction digits) is not "1", as in `number()`.
        let category = match format!("{n}").parse::<fixed_decimal::Decimal>() {
            Ok(mut decimal) => {
                let digits = number.options.minimum_fraction_digits.unwrap_or(0).min(20);
                decimal.pad_end(-(digits as i16));
                rules.category_for(&decimal)
            }
            Err(_) => PluralCategory::Other,
        };
        FluentValue::String(name(category).into())
    }
}

/// The smallest whole number of each plural category that whole numbers reach under `rules`,
/// in category order. Some categories are reached late (`many` of French and Spanish: a
/// million), so round numbers up to that are tried after the first thousand.
pub fn samples(rules: &PluralRules) -> Vec<(&'static str, u32)> {
    let mut found: Vec<(&'static str, u32)> = Vec::new();
    let candidates = (0..1000).chain([10_000, 100_000, 1_000_000, 2_000_000, 10_000_000]);
    for n in candidates {
        let category = name(rules.category_for(n));
        if !found.iter().any(|(c, _)| *c == category) {
            found.push((category, n));
        }
    }
    found.sort_by_key(|(c, _)| CATEGORIES.iter().position(|x| x == c));
    found
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_reach_every_category_whole_numbers_have() {
        let samples = |code: &str| {
            let locale: icu::locale::Locale = code.parse().unwrap();
            samples(&PluralRules::try_new_cardinal(locale.into()).unwrap())
        };
        assert_eq!(samples("en"), [("one", 1), ("other", 0)]);
        assert_eq!(samples("pl"), [("one", 1), ("few", 2), ("many", 0)]);
        assert_eq!(
            samples("fr"),
            [("one", 0), ("many", 1_000_000), ("other", 2)]
        );
        assert_eq!(
            samples("sl"),
            [("one", 1), ("two", 2), ("few", 3), ("other", 0)]
        );
    }

    #[test]
    fn plural_selects_call_the_function_and_exact_keys_survive() {
        let text = "count =\n    { $n ->\n        [0] none\n        [one] one\n       *[other] { $n } many\n    }\nlang =\n    { $code ->\n        [de] German\n       *[other] Other\n    }\n";
        let out = rewrite(text).unwrap();
        assert!(out.contains("{ PLURAL($n, exact: \"0\") ->"), "{out}");
        assert!(out.contains("[n0] none"), "{out}");
        assert!(
            out.contains("{ $code ->"),
            "a select on strings stays: {out}"
        );
        assert_eq!(rewrite("plain = Text\n"), None);
        assert_eq!(rewrite("broken = {\n"), None);
    }
}
